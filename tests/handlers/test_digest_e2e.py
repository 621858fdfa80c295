"""Digests through the fake Bot API: scheduling in a zone, running the job, restarts, a missed
run, long digests, a chat that blocked the bot, failed sends retried (also across a restart),
and forum topics. Jobs are run directly (job.run)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.config import Settings
from bot.digest.schedule import MISSED_GRACE, RETRY_ATTEMPTS, RETRY_FIRST, Schedule, iso, next_run
from bot.fake_telegram import FakeTelegram
from storage import Repository
from tests.helpers import (
    BOTH_BACKENDS,
    PUTIN,
    STORY,
    digests,
    is_digest,
    live_jobs,
    running_bot,
    schedule_in_db,
    share,
)


@BOTH_BACKENDS
async def test_schedule_in_a_zone_run_the_job_restart_and_nothing_twice(
    fake: FakeTelegram,
    settings: Settings,
) -> None:
    anna, ben = fake.user("Anna"), fake.user("Ben")
    group = fake.group("Newsroom")
    fake.set_admins(group, [anna])
    name = f"digest:{group.id}"
    async with running_bot(fake, settings) as app:
        fake.user_says(group, ben, "/digest daily 09:00 Asia/Tokyo")
        await fake.wait_for_sent(lambda m: "Only group admins" in m.text, chat=group)
        fake.user_says(group, anna, "/digest daily 09:00 Asia/Tokyo")
        [line] = await fake.wait_for_sent(lambda m: m.text.startswith("Digest: daily"), chat=group)
        expected = next_run(Schedule("daily", 9, 0, "Asia/Tokyo"), datetime.now(UTC))
        assert expected is not None
        local = expected.astimezone(Schedule(zone="Asia/Tokyo").tz)
        stamp = f"{local:%a} {local.day} {local:%b} 09:00"
        assert line.text == f"Digest: daily 09:00 Asia/Tokyo — next on {stamp}"
        [job] = app.job_queue.get_jobs_by_name(name)
        assert job.next_t == expected
        fake.user_says(group, anna, "/settings")
        [shown] = await fake.wait_for_sent(lambda m: m.text.startswith("Settings"), chat=group)
        assert f"Digest: daily 09:00 Asia/Tokyo — next on {stamp}" in shown.text
        # the zone is remembered
        fake.user_says(group, anna, "/digest weekly fri 18:30")
        await fake.wait_for_sent(lambda m: "weekly Fri 18:30 Asia/Tokyo" in m.text, chat=group)
        fake.user_says(group, anna, "/digest daily 09:00")
        await fake.wait_for_sent(lambda m: m.text.count("daily 09:00 Asia/Tokyo") == 1, chat=group)
        # something is shared, then the job is run directly instead of waiting until 09:00
        fake.user_says(group, anna, "/add " + STORY)
        await fake.wait_for_sent(lambda m: "Harbour authority" in m.text, chat=group, timeout=10)
        [job] = app.job_queue.get_jobs_by_name(name)
        await job.run(app)
        [digest] = await fake.wait_for_sent(is_digest, chat=group)
        assert "1 story, 1 disputed" in digest.text and "Disputed" in digest.text
        assert "Harbour authority denies plan" in digest.text
        [later] = app.job_queue.get_jobs_by_name(name)
        assert later.next_t == expected + timedelta(days=1)
        await job.run(app)  # the same period again: claimed already
    async with running_bot(fake, settings) as app:
        [restored] = app.job_queue.get_jobs_by_name(name)
        assert restored.next_t == expected + timedelta(days=1)
        await asyncio.sleep(0.3)
        await restored.run(app)  # nothing new since the last digest: no message
        fake.user_says(group, ben, "/digest")
        await fake.wait_for_sent(lambda m: m.text.startswith("Nothing new shared here since"))
    assert len(digests(fake, group)) == 1


async def test_a_missed_digest_is_sent_once_and_an_old_one_skipped(
    fake: FakeTelegram,
    settings: Settings,
) -> None:
    recent, old = fake.group("Recent"), fake.group("Old")
    now = datetime.now(UTC)
    await share(settings, recent.id, STORY)
    await share(settings, old.id, STORY)
    for chat, ago in ((recent, timedelta(hours=2)), (old, MISSED_GRACE + timedelta(hours=1))):
        when = (now - ago).astimezone(Schedule(zone="Europe/Berlin").tz)
        daily = Schedule("daily", when.hour, when.minute, "Europe/Berlin")
        await schedule_in_db(settings, chat.id, daily, now - timedelta(days=3))
    async with running_bot(fake, settings) as app:
        [digest] = await fake.wait_for_sent(is_digest, chat=recent, timeout=10)
        assert "Harbour authority denies plan" in digest.text
        assert app.job_queue.get_jobs_by_name(f"digest:{old.id}")  # still scheduled
    async with running_bot(fake, settings):
        await asyncio.sleep(0.5)
    assert len(digests(fake, recent)) == 1
    assert digests(fake, old) == []


async def test_a_long_digest_is_split_on_entry_boundaries(
    fake: FakeTelegram,
    settings: Settings,
) -> None:
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    towns = [f"Town{n:02d}ville" for n in range(45)]
    stories = [  # 45 different stories: no two share a word of their title or text
        f"{town} " + " ".join(f"t{n}w{k}" for k in range(6)) + "\n\n"
        f"The {town} " + " ".join(f"b{n}w{k}" for k in range(40)) + ". "
        f"Then {town} " + " ".join(f"c{n}w{k}" for k in range(20)) + "."
        for n, town in enumerate(towns)
    ]
    await share(settings, chat.id, *stories)
    async with running_bot(fake, settings):
        fake.user_says(chat, anna, "/digest")
        await fake.wait_until(lambda: len(fake.sent(chat)) >= 3, timeout=10)
        await asyncio.sleep(0.3)
    messages = fake.sent(chat)
    assert len(messages) >= 3 and messages[0].text.startswith("Digest")
    assert "45 stories, 0 disputed" in messages[0].text
    assert messages[1].text.startswith("Stories (cont.)")
    assert all(len(m.source) <= 4096 for m in messages)
    text = "\n".join(m.text for m in messages)
    for town in towns:  # every story once, whole, in order
        assert text.count(f"{town} t") == 1
    positions = [text.index(f"{town} t") for town in towns]
    assert positions == sorted(positions)


async def test_a_chat_that_blocked_the_bot_is_no_longer_scheduled(
    fake: FakeTelegram,
    settings: Settings,
) -> None:
    group = fake.group("Gone")
    await share(settings, group.id, PUTIN)
    await schedule_in_db(
        settings, group.id, Schedule("daily", 9, 0, "Europe/Berlin"), datetime.now(UTC)
    )
    name = f"digest:{group.id}"
    async with running_bot(fake, settings) as app:
        [job] = app.job_queue.get_jobs_by_name(name)
        fake.fail_next("sendMessage", 403, "Forbidden: bot was kicked from the group chat")
        await job.run(app)
        assert not [j for j in app.job_queue.get_jobs_by_name(name) if not j.removed]
        async with await Repository.open(settings.db_path) as repo:
            row = await repo.digest_row(group.id)
            assert row is not None and row.blocked
            assert await repo.active_digests() == []
    async with running_bot(fake, settings) as app:
        assert app.job_queue.get_jobs_by_name(name) == ()
    assert digests(fake, group) == []


async def test_removing_the_bot_from_a_group_stops_its_digest(
    fake: FakeTelegram,
    settings: Settings,
) -> None:
    anna = fake.user("Anna")
    group = fake.group("Leaving")
    await schedule_in_db(
        settings, group.id, Schedule("daily", 9, 0, "Europe/Berlin"), datetime.now(UTC)
    )
    name = f"digest:{group.id}"
    async with running_bot(fake, settings) as app:
        assert app.job_queue.get_jobs_by_name(name)
        fake.bot_removed_from_group(group, anna)

        def unscheduled() -> bool:
            return not [j for j in app.job_queue.get_jobs_by_name(name) if not j.removed]

        assert await fake.wait_until(unscheduled, 5)
    async with await Repository.open(settings.db_path) as repo:
        row = await repo.digest_row(group.id)
        assert row is not None and row.blocked
    assert fake.sent(group) == []


async def a_daily_digest(where: Settings, chat_id: int, *texts: str) -> None:
    """Stories shared in the chat, then a daily digest at 09:00 Berlin set now."""
    await share(where, chat_id, *texts)
    daily = Schedule("daily", 9, 0, "Europe/Berlin")
    await schedule_in_db(where, chat_id, daily, datetime.now(UTC))


@BOTH_BACKENDS
async def test_a_digest_that_failed_to_send_is_retried_and_sent_once(
    fake: FakeTelegram,
    settings: Settings,
) -> None:
    group = fake.group("Flaky")
    await a_daily_digest(settings, group.id, STORY)
    name, retry_name = f"digest:{group.id}", f"digest-retry:{group.id}"
    async with running_bot(fake, settings) as app:
        [job] = live_jobs(app, name)
        due = datetime.fromisoformat(job.data["due"])
        fake.fail_next("sendMessage", 500)
        await job.run(app)
        assert digests(fake, group) == []
        async with await Repository.open(settings.db_path) as repo:
            pending = await repo.digest_delivery(group.id)
            row = await repo.digest_row(group.id)
        assert pending is not None and pending.period == iso(due) and pending.attempts == 1
        assert pending.retry_at is not None and row is not None and row.last_sent is None
        [retry] = live_jobs(app, retry_name)
        assert retry.next_t == datetime.fromisoformat(pending.retry_at)
        assert retry.next_t - datetime.now(UTC) <= RETRY_FIRST
        [upcoming] = live_jobs(app, name)  # the schedule goes on meanwhile
        assert upcoming.next_t == due + timedelta(days=1)

        await retry.run(app)
        [digest] = await fake.wait_for_sent(is_digest, chat=group)
        assert "Harbour authority denies plan" in digest.text
        await retry.run(app)  # done: nothing again
        await job.run(app)  # the same period from its own job: sent already
    assert len(digests(fake, group)) == 1
    async with await Repository.open(settings.db_path) as repo:
        assert await repo.digest_delivery(group.id) is None
        row = await repo.digest_row(group.id)
        assert row is not None and row.last_period == iso(due) and row.last_sent is not None


async def test_a_digest_waiting_for_a_retry_survives_a_restart(
    fake: FakeTelegram,
    settings: Settings,
) -> None:
    group = fake.group("Restarted")
    await a_daily_digest(settings, group.id, STORY)
    retry_name = f"digest-retry:{group.id}"
    async with running_bot(fake, settings) as app:
        [job] = live_jobs(app, f"digest:{group.id}")
        fake.fail_next("sendMessage", 502, times=1)
        await job.run(app)
        [before] = live_jobs(app, retry_name)
    assert digests(fake, group) == []
    async with running_bot(fake, settings) as app:
        [restored] = live_jobs(app, retry_name)
        assert restored.next_t == before.next_t
        await restored.run(app)
        await fake.wait_for_sent(is_digest, chat=group)
    async with running_bot(fake, settings) as app:
        assert live_jobs(app, retry_name) == []
    assert len(digests(fake, group)) == 1


async def test_a_long_digest_resumes_after_the_message_that_failed(
    fake: FakeTelegram,
    settings: Settings,
) -> None:
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    towns = [f"Town{n:02d}ville" for n in range(45)]
    await a_daily_digest(
        settings,
        chat.id,
        *(
            f"{town} " + " ".join(f"t{n}w{k}" for k in range(6)) + "\n\n"
            f"The {town} " + " ".join(f"b{n}w{k}" for k in range(40)) + "."
            for n, town in enumerate(towns)
        ),
    )
    async with running_bot(fake, settings) as app:
        [job] = live_jobs(app, f"digest:{chat.id}")
        fake.fail_next("sendMessage", 500, after=1)  # the first message goes out, then a 500
        await job.run(app)
        assert len(fake.sent(chat)) == 1
        [retry] = live_jobs(app, f"digest-retry:{chat.id}")
        await retry.run(app)
        await fake.wait_until(lambda: len(fake.sent(chat)) >= 3)
    messages = fake.sent(chat)
    assert messages[0].text.startswith("Digest since") and "45 stories" in messages[0].text
    assert not any(is_digest(m) for m in messages[1:])
    text = "\n".join(m.text for m in messages)
    for town in towns:  # every story once: nothing lost, nothing sent twice
        assert text.count(f"{town} t") == 1


async def test_retries_are_bounded_and_the_next_digest_covers_what_was_given_up(
    fake: FakeTelegram,
    settings: Settings,
) -> None:
    anna = fake.user("Anna")
    group = fake.group("Down")
    retry_name = f"digest-retry:{group.id}"
    await a_daily_digest(settings, group.id, STORY)
    async with running_bot(fake, settings) as app:
        fake.fail_next("sendMessage", 500, times=RETRY_ATTEMPTS)
        [job] = live_jobs(app, f"digest:{group.id}")
        await job.run(app)
        for _ in range(RETRY_ATTEMPTS - 1):
            [retry] = live_jobs(app, retry_name)
            await retry.run(app)
        assert live_jobs(app, retry_name) == []
        assert digests(fake, group) == []
        async with await Repository.open(settings.db_path) as repo:
            assert await repo.digest_delivery(group.id) is None
        fake.user_says(group, anna, "/digest")
        [digest] = await fake.wait_for_sent(is_digest, chat=group)
        assert "Harbour authority denies plan" in digest.text
    assert len(fake.errors) == RETRY_ATTEMPTS


async def test_a_refused_digest_is_given_up_at_once(
    fake: FakeTelegram,
    settings: Settings,
) -> None:
    group = fake.group("Refused")
    await a_daily_digest(settings, group.id, STORY)
    async with running_bot(fake, settings) as app:
        fake.fail_next("sendMessage", 400, "Bad Request: can't parse entities: oops")
        [job] = live_jobs(app, f"digest:{group.id}")
        await job.run(app)
        assert live_jobs(app, f"digest-retry:{group.id}") == []
        assert live_jobs(app, f"digest:{group.id}")  # still scheduled
    async with await Repository.open(settings.db_path) as repo:
        assert await repo.digest_delivery(group.id) is None
    assert digests(fake, group) == []


async def test_a_digest_set_in_a_forum_topic_goes_there_and_to_general_once_it_is_gone(
    fake: FakeTelegram,
    settings: Settings,
) -> None:
    anna = fake.user("Anna")
    kept, deleted = fake.supergroup("Desk", forum=True), fake.supergroup("Bureau", forum=True)
    async with running_bot(fake, settings) as app:
        for forum, topic in ((kept, 7), (deleted, 9)):
            fake.set_admins(forum, [anna])
            fake.user_says(forum, anna, "/digest daily 09:00 Europe/Berlin", thread_id=topic)
            [line] = await fake.wait_for_sent(
                lambda m: m.text.startswith("Digest: daily"), chat=forum
            )
            assert line.thread_id == topic
            fake.user_says(forum, anna, "/add " + STORY, thread_id=topic)
            await fake.wait_for_sent(
                lambda m: "Harbour authority" in m.text, chat=forum, timeout=10
            )
        fake.delete_topic(deleted, 9)
        for forum in (kept, deleted):
            [job] = live_jobs(app, f"digest:{forum.id}")
            await job.run(app)
    [in_topic] = digests(fake, kept)
    assert in_topic.thread_id == 7
    [in_general] = digests(fake, deleted)
    assert in_general.thread_id is None and "Harbour authority denies plan" in in_general.text
    assert [e["description"] for _, e in fake.errors] == ["Bad Request: message thread not found"]
    async with await Repository.open(settings.db_path) as repo:
        row = await repo.digest_row(deleted.id)
        assert row is not None and row.thread_id is None and row.frequency == "daily"
        assert await repo.digest_delivery(deleted.id) is None
        row = await repo.digest_row(kept.id)
        assert row is not None and row.thread_id == 7
