"""Digest schedules: parsing /digest, run times in a chat's zone (DST too), missed runs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.digest.schedule import (
    Schedule,
    ScheduleError,
    describe,
    iso,
    missed_run,
    next_run,
    parse_digest_args,
    parse_duration,
    parse_zone,
    previous_run,
    since_label,
    window_start,
)

BERLIN_DAILY = Schedule("daily", 9, 0, "Europe/Berlin")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_parse_daily_weekly_off_and_now() -> None:
    assert parse_digest_args([]).schedule is None
    assert parse_digest_args(["daily", "09:00", "europe/berlin"]).schedule == BERLIN_DAILY
    weekly = parse_digest_args(["weekly", "Monday", "7:30"], "Asia/Tokyo").schedule
    assert weekly == Schedule("weekly", 7, 30, "Asia/Tokyo", 0)
    assert parse_digest_args(["daily", "18:05"], "America/New_York").schedule == Schedule(
        "daily", 18, 5, "America/New_York"
    )
    off = parse_digest_args(["off"], "Europe/Berlin").schedule
    assert off is not None and not off.active and off.zone == "Europe/Berlin"


@pytest.mark.parametrize(
    "args",
    [
        ["daily"],
        ["daily", "25:00"],
        ["daily", "9am"],
        ["daily", "09:00", "Mars/Olympus"],
        ["weekly", "someday", "09:00"],
        ["hourly", "09:00"],
        ["off", "now"],
    ],
)
def test_bad_arguments_say_why(args: list[str]) -> None:
    with pytest.raises(ScheduleError):
        parse_digest_args(args)


def test_zone_names() -> None:
    assert parse_zone("utc") == "UTC"
    assert parse_zone("AMERICA/SAO_PAULO") == "America/Sao_Paulo"


def test_next_run_in_a_non_utc_zone() -> None:
    # 08:30 UTC on Tue 27 Jan 2026 is 09:30 in Berlin: today's 09:00 has passed
    assert next_run(BERLIN_DAILY, utc(2026, 1, 27, 8, 30)) == utc(2026, 1, 28, 8, 0)
    assert next_run(BERLIN_DAILY, utc(2026, 1, 27, 7, 59)) == utc(2026, 1, 27, 8, 0)
    # exactly at a run: the next one
    assert next_run(BERLIN_DAILY, utc(2026, 1, 27, 8, 0)) == utc(2026, 1, 28, 8, 0)
    # summer time: 09:00 CEST is 07:00 UTC
    assert next_run(BERLIN_DAILY, utc(2026, 7, 1, 0, 0)) == utc(2026, 7, 1, 7, 0)


def test_next_run_across_dst_and_midnight() -> None:
    tokyo_late = Schedule("daily", 23, 30, "Asia/Tokyo")
    assert next_run(tokyo_late, utc(2026, 1, 27, 15, 0)) == utc(2026, 1, 27, 14, 30) + timedelta(
        days=1
    )
    # Berlin springs forward on 29 Mar 2026 at 02:00: a 02:30 run happens at 03:30 CEST
    gap = Schedule("daily", 2, 30, "Europe/Berlin")
    assert next_run(gap, utc(2026, 3, 29, 0, 0)) == utc(2026, 3, 29, 1, 30)


def test_weekly_runs() -> None:
    monday = Schedule("weekly", 9, 0, "Europe/Berlin", 0)
    # Tue 27 Jan 2026 → Mon 2 Feb 2026 09:00 CET
    assert next_run(monday, utc(2026, 1, 27, 12, 0)) == utc(2026, 2, 2, 8, 0)
    assert previous_run(monday, utc(2026, 1, 27, 12, 0)) == utc(2026, 1, 26, 8, 0)
    assert monday.length == timedelta(days=7)
    assert next_run(Schedule(), utc(2026, 1, 27)) is None


def test_confirmation_line() -> None:
    now = utc(2026, 1, 26, 12, 0)  # Mon 26 Jan, 13:00 in Berlin
    assert describe(BERLIN_DAILY, now) == (
        "Digest: daily 09:00 Europe/Berlin — next on Tue 27 Jan 09:00"
    )
    monday = Schedule("weekly", 18, 30, "Asia/Kolkata", 0)
    assert (
        describe(monday, now) == "Digest: weekly Mon 18:30 Asia/Kolkata — next on Mon 26 Jan 18:30"
    )
    assert describe(Schedule(zone="Europe/Berlin"), now) == "Digest: off (zone Europe/Berlin)"


def test_missed_run_within_six_hours_is_sent_once_older_ones_skipped() -> None:
    run = utc(2026, 1, 27, 8, 0)  # 09:00 Berlin
    set_at = utc(2026, 1, 20, 10, 0)
    assert missed_run(BERLIN_DAILY, set_at, run + timedelta(hours=2)) == run
    assert missed_run(BERLIN_DAILY, set_at, run + timedelta(hours=7)) is None  # skipped
    assert missed_run(BERLIN_DAILY, run, run + timedelta(hours=2)) is None  # already sent
    # a schedule set after today's run does not count today's as missed
    assert missed_run(BERLIN_DAILY, run + timedelta(hours=1), run + timedelta(hours=2)) is None
    assert missed_run(Schedule(), None, run) is None


def test_window_and_labels() -> None:
    run = utc(2026, 1, 27, 8, 0)
    assert window_start(BERLIN_DAILY, run, None) == run - timedelta(days=1)
    assert window_start(BERLIN_DAILY, run, utc(2026, 1, 26, 20, 0)) == utc(2026, 1, 26, 20, 0)
    assert since_label(run, run, "Europe/Berlin") == "since Tue 27 Jan 09:00"
    assert since_label(utc(2015, 6, 29, 12, 0), run, "UTC") == "since Mon 29 Jun 2015 12:00"
    assert parse_duration("24h") == timedelta(hours=24)
    assert parse_duration("2w") == timedelta(weeks=2)
    with pytest.raises(ScheduleError):
        parse_duration("yesterday")
    assert iso(datetime(2026, 1, 27, 9, 0, tzinfo=BERLIN_DAILY.tz)) == "2026-01-27T08:00:00+00:00"
