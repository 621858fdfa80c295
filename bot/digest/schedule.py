"""Digest schedules: parse `/digest …`, compute run times in a chat's zone, decide missed runs.

Pure functions over a small `Schedule`; every instant handed in or out is timezone-aware.
A scheduled run is identified by its instant (its *period*): the database remembers the last
period a chat was sent, so a period is never sent twice, also across a restart; a period that
failed to send is tried again after `retry_delay`, a bounded number of times.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

DEFAULT_ZONE = "UTC"
MISSED_GRACE = timedelta(hours=6)  # a run missed while down is sent on start if this recent
DEFAULT_WINDOW = timedelta(hours=24)  # what /digest covers when no digest was sent before
RETRY_FIRST = timedelta(seconds=30)  # a digest that failed to send is tried again after this …
RETRY_LONGEST = timedelta(minutes=10)  # … doubling each time up to this …
RETRY_ATTEMPTS = 5  # … and given up after this many failed attempts (the next digest covers it)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
USAGE = (
    "Usage: /digest (a digest now), /digest daily 09:00 [ZONE], "
    "/digest weekly mon 09:00 [ZONE], /digest off. ZONE is an IANA name like Europe/Berlin."
)


class ScheduleError(ValueError):
    """A `/digest` argument that could not be understood; the message says which."""


@dataclass(frozen=True)
class Schedule:
    """When a chat gets its digest: `frequency` is daily, weekly or off; weekday 0 is Monday."""

    frequency: str = "off"
    hour: int = 9
    minute: int = 0
    zone: str = DEFAULT_ZONE
    weekday: int | None = None

    @property
    def active(self) -> bool:
        return self.frequency in ("daily", "weekly")

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.zone)

    @property
    def length(self) -> timedelta:
        """How long one period is (a week for weekly digests, else a day)."""
        return timedelta(days=7) if self.frequency == "weekly" else timedelta(days=1)


@dataclass(frozen=True)
class DigestRequest:
    """What `/digest ARGS` asks for: a digest now (`schedule` None) or a new schedule."""

    schedule: Schedule | None = None


# --------------------------------------------------------------------------- parsing


@lru_cache(maxsize=1)
def _zones_by_folded_name() -> dict[str, str]:
    return {name.casefold(): name for name in available_timezones()}


def parse_zone(text: str) -> str:
    """An IANA zone name, spelled as tzdata spells it ("europe/berlin" → "Europe/Berlin")."""
    name = _zones_by_folded_name().get(text.strip().casefold())
    if name is None and text.strip().upper() in ("UTC", "Z", "GMT"):
        name = "UTC"
    if name is None:
        raise ScheduleError(f"Unknown time zone {text!r}: use an IANA name like Europe/Berlin.")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ScheduleError(f"Unknown time zone {text!r}.") from exc
    return name


def parse_time(text: str) -> tuple[int, int]:
    """ "09:00" or "9:00" (24-hour) → (9, 0)."""
    hours, sep, minutes = text.strip().partition(":")
    if (
        not sep
        or not hours.isdigit()
        or not minutes.isdigit()
        or len(minutes) != 2
        or len(hours) > 2
    ):
        raise ScheduleError(f"Not a time: {text!r} — use 24-hour HH:MM, like 09:00 or 18:30.")
    hour, minute = int(hours), int(minutes)
    if hour > 23 or minute > 59:
        raise ScheduleError(f"Not a time: {text!r} — use 24-hour HH:MM, like 09:00 or 18:30.")
    return hour, minute


def parse_weekday(text: str) -> int:
    """ "mon", "Monday", "tue" … → 0 … 6."""
    key = text.strip().casefold()[:3]
    if len(text.strip()) < 3 or key not in WEEKDAYS:
        raise ScheduleError(f"Not a weekday: {text!r} — use mon, tue, wed, thu, fri, sat or sun.")
    return WEEKDAYS.index(key)


def parse_digest_args(args: list[str], zone: str = DEFAULT_ZONE) -> DigestRequest:
    """`/digest` arguments → a request; `zone` is the chat's remembered zone (used when none
    is given). Raises ScheduleError with a one-line reason."""
    if not args:
        return DigestRequest()
    word, rest = args[0].casefold(), args[1:]
    if word == "off" and not rest:
        return DigestRequest(Schedule("off", zone=zone))
    if word == "daily" and len(rest) in (1, 2):
        hour, minute = parse_time(rest[0])
        chosen = parse_zone(rest[1]) if len(rest) == 2 else zone
        return DigestRequest(Schedule("daily", hour, minute, chosen))
    if word == "weekly" and len(rest) in (2, 3):
        weekday = parse_weekday(rest[0])
        hour, minute = parse_time(rest[1])
        chosen = parse_zone(rest[2]) if len(rest) == 3 else zone
        return DigestRequest(Schedule("weekly", hour, minute, chosen, weekday))
    raise ScheduleError(USAGE)


# --------------------------------------------------------------------------- run times


def _run_on(schedule: Schedule, day: date) -> datetime | None:
    """The run instant (UTC) on a local calendar day, or None when the schedule skips it."""
    if schedule.frequency == "weekly" and day.weekday() != schedule.weekday:
        return None
    local = datetime.combine(day, time(schedule.hour, schedule.minute), tzinfo=schedule.tz)
    # A wall time that does not exist (DST gap) comes out an hour later, as a clock would.
    return local.astimezone(UTC)


def next_run(schedule: Schedule, after: datetime) -> datetime | None:
    """The first run strictly after `after` (UTC), or None when the digest is off."""
    if not schedule.active:
        return None
    start = after.astimezone(schedule.tz).date() - timedelta(days=1)
    for offset in range(10):
        run = _run_on(schedule, start + timedelta(days=offset))
        if run is not None and run > after:
            return run
    return None  # pragma: no cover - every week has the weekday


def previous_run(schedule: Schedule, at: datetime) -> datetime | None:
    """The last run at or before `at` (UTC), or None when the digest is off."""
    if not schedule.active:
        return None
    start = at.astimezone(schedule.tz).date() + timedelta(days=1)
    for offset in range(10):
        run = _run_on(schedule, start - timedelta(days=offset))
        if run is not None and run <= at:
            return run
    return None  # pragma: no cover


def missed_run(
    schedule: Schedule,
    last_period: datetime | None,
    now: datetime,
    grace: timedelta = MISSED_GRACE,
) -> datetime | None:
    """The period to send now because its run passed while the bot was down, if any.

    Only the latest passed run counts, and only within `grace`; older ones are skipped rather
    than piled up. `last_period` is the last period sent (or when the schedule was set).
    """
    run = previous_run(schedule, now)
    if run is None or (last_period is not None and last_period >= run):
        return None
    return run if now - run <= grace else None


def retry_delay(failed: int, retry_after: timedelta | None = None) -> timedelta:
    """How long to wait after the `failed`-th failed attempt at sending a digest: RETRY_FIRST,
    doubling up to RETRY_LONGEST, and never sooner than Telegram's `retry_after`."""
    backoff = min(RETRY_FIRST * 2 ** max(failed - 1, 0), RETRY_LONGEST)
    return max(backoff, retry_after or timedelta(0))


def window_start(schedule: Schedule, period: datetime, last_sent: datetime | None) -> datetime:
    """Where a scheduled digest's content starts: the last digest sent, or one period back."""
    return last_sent if last_sent is not None else period - schedule.length


# --------------------------------------------------------------------------- wording


def local_stamp(moment: datetime, zone: str) -> str:
    """ "Tue 27 Jan 09:00" in the zone (24-hour)."""
    local = moment.astimezone(ZoneInfo(zone))
    return f"{local:%a} {local.day} {local:%b %H:%M}"


def since_label(since: datetime, now: datetime, zone: str) -> str:
    """ "since Tue 27 Jan 09:00" (with the year when it is not this year's)."""
    stamp = local_stamp(since, zone)
    local = since.astimezone(ZoneInfo(zone))
    if local.year != now.astimezone(ZoneInfo(zone)).year:
        stamp = f"{local:%a} {local.day} {local:%b %Y %H:%M}"
    return f"since {stamp}"


def describe(schedule: Schedule, now: datetime) -> str:
    """The one-line form used to confirm a change and in /settings:
    "Digest: daily 09:00 Europe/Berlin — next on Tue 27 Jan 09:00"."""
    if not schedule.active:
        return f"Digest: off (zone {schedule.zone})"
    at = f"{schedule.hour:02d}:{schedule.minute:02d}"
    when = "daily" if schedule.frequency == "daily" else f"weekly {_day_name(schedule)}"
    upcoming = next_run(schedule, now)
    tail = f" — next on {local_stamp(upcoming, schedule.zone)}" if upcoming else ""
    return f"Digest: {when} {at} {schedule.zone}{tail}"


def _day_name(schedule: Schedule) -> str:
    return WEEKDAYS[schedule.weekday or 0].capitalize()


def parse_duration(text: str) -> timedelta:
    """ "24h", "90m", "7d", "2w" → a timedelta (for `counterclaim digest --since`)."""
    units = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
    text = text.strip().lower()
    if len(text) < 2 or text[-1] not in units or not text[:-1].isdigit():
        raise ScheduleError(f"Not a duration: {text!r} — use e.g. 90m, 24h, 7d or 2w.")
    return timedelta(**{units[text[-1]]: int(text[:-1])})


def iso(moment: datetime) -> str:
    """The stored form of an instant: UTC ISO 8601 to the second (compares as text)."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def iso_precise(moment: datetime) -> str:
    """The stored form of a digest window's end, to the microsecond like the share times it
    is compared with, so a share in the very second a digest is made goes into the next."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")
