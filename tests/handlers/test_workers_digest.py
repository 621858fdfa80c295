"""Digests with two workers on one SQLite file: two real Applications (job queues running, no
updater) against the fake Bot API. A schedule set through one worker is planned by the other
within a sync, turning it off unplans it there, and both timers firing at once send one digest."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime

from telegram.ext import Application

from bot.config import Settings
from bot.digest.schedule import Schedule, iso, next_run
from bot.fake_telegram import FakeTelegram
from handlers.application import build_application
from handlers.scheduling import plan_chat
from tests.bot_process import until
from tests.helpers import STORY, digests, live_jobs, schedule_in_db, share


@asynccontextmanager
async def worker(settings: Settings) -> AsyncIterator[Application]:
    """A worker's Application with its job queue running; updates are not needed here."""
    application = build_application(settings)
    await application.initialize()
    assert application.post_init is not None and application.post_shutdown is not None
    await application.post_init(application)
    await application.start()
    try:
        yield application
    finally:
        await application.stop()
        await application.shutdown()
        await application.post_shutdown(application)


def planned_due(application: Application, chat_id: int) -> list[str]:
    return [job.data["due"] for job in live_jobs(application, f"digest:{chat_id}")]


async def test_a_schedule_set_through_one_worker_fires_on_both_and_sends_once(
    fake: FakeTelegram, settings: Settings
) -> None:
    settings = replace(settings, sync_seconds=0.2)
    group = fake.group("Newsroom")
    await share(settings, group.id, STORY)
    daily = Schedule("daily", 9, 0, "Europe/Berlin")
    due = next_run(daily, datetime.now(UTC))
    assert due is not None
    async with worker(settings) as a, worker(settings) as b:
        assert planned_due(a, group.id) == planned_due(b, group.id) == []
        # what /digest does on worker A: store the schedule, plan it in A's job queue
        await schedule_in_db(settings, group.id, daily, datetime.now(UTC))
        await plan_chat(a, group.id)
        assert planned_due(a, group.id) == [iso(due)]
        assert await until(lambda: planned_due(b, group.id) == [iso(due)], 10)
        # 09:00 Berlin comes, on both workers at once
        [job_a] = live_jobs(a, f"digest:{group.id}")
        [job_b] = live_jobs(b, f"digest:{group.id}")
        await asyncio.gather(job_a.run(a), job_b.run(b))
        assert await fake.wait_until(lambda: len(digests(fake, group)) >= 1, 10)
        await asyncio.sleep(0.5)  # a second digest would be on its way by now
        assert len(digests(fake, group)) == 1
        assert "Harbour authority denies plan" in digests(fake, group)[0].text
        # turned off through B: A no longer plans it
        await schedule_in_db(settings, group.id, Schedule("off"), datetime.now(UTC))
        assert await until(lambda: planned_due(a, group.id) == [], 10)
