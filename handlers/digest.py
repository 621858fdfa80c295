"""/digest and scheduled digests: the command, the JobQueue jobs, and restoring them at start.

A scheduled run is a one-off job named "digest:<chat id>" carrying its period (the run's
instant); when it runs it claims the period in the database (so no period is sent twice, also
across a restart), sends, and plans the next run. A chat that blocked or removed the bot is
marked and no longer scheduled.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from telegram import Bot, Update
from telegram.error import Forbidden
from telegram.ext import Application, ContextTypes, JobQueue

from bot.digest import build_digest, nothing_new
from bot.schedule import (
    DEFAULT_WINDOW,
    Schedule,
    ScheduleError,
    describe,
    iso,
    missed_run,
    next_run,
    parse_digest_args,
    since_label,
    window_start,
)
from handlers.common import core_of, is_admin
from storage import Repository
from storage.repository import DigestRow

log = logging.getLogger(__name__)

JOB_PREFIX = "digest:"


def _now() -> datetime:
    return datetime.now(UTC)


def _instant(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def schedule_of(row: DigestRow | None) -> Schedule:
    """The schedule stored for a chat (off, in UTC, when it never set one)."""
    if row is None:
        return Schedule()
    return Schedule(row.frequency, row.hour, row.minute, row.zone, row.weekday)


async def digest_line(repo: Repository, chat_id: int) -> str:
    """ "Digest: daily 09:00 Europe/Berlin — next on Tue 27 Jan 09:00", as /settings shows it."""
    return describe(schedule_of(await repo.digest_row(chat_id)), _now())


# --------------------------------------------------------------------------- sending


async def send_digest(bot: Bot, repo: Repository, chat_id: int, since: datetime, zone: str) -> int:
    """Send the digest of what the chat shared since `since`; returns messages sent (0 when
    nothing is new). Raises telegram.error.Forbidden when the chat blocked the bot."""
    until = _now()
    digest = await build_digest(repo, chat_id, since, until, zone)
    for text in digest.messages:
        await bot.send_message(chat_id, text)  # through the application's rate limiter
    if digest.messages:
        await repo.mark_digest_sent(chat_id, iso(until))
    return len(digest.messages)


# --------------------------------------------------------------------------- jobs


def unschedule(job_queue: JobQueue, chat_id: int) -> None:
    for job in job_queue.get_jobs_by_name(f"{JOB_PREFIX}{chat_id}"):
        job.schedule_removal()


def plan(job_queue: JobQueue, chat_id: int, due: datetime, *, now: bool = False) -> None:
    """(Re)place the chat's one digest job: for the run at `due`, started then (or at once)."""
    unschedule(job_queue, chat_id)
    job_queue.run_once(
        digest_job,
        when=0 if now else due,
        chat_id=chat_id,
        name=f"{JOB_PREFIX}{chat_id}",
        data={"due": iso(due)},
    )


def plan_next(job_queue: JobQueue, chat_id: int, schedule: Schedule, after: datetime) -> None:
    upcoming = next_run(schedule, after)
    if upcoming is None:
        unschedule(job_queue, chat_id)
    else:
        plan(job_queue, chat_id, upcoming)


async def digest_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """A scheduled run: claim its period, send the digest (nothing when nothing is new), plan
    the next run. On Forbidden the chat is marked blocked and not scheduled again."""
    job, core = context.job, core_of(context)
    if job is None or job.chat_id is None:
        return
    chat_id, due = job.chat_id, datetime.fromisoformat(job.data["due"])  # type: ignore[index]
    row = await core.repo.digest_row(chat_id)
    schedule = schedule_of(row)
    if row is None or row.blocked or not schedule.active:
        return
    try:
        if await core.repo.claim_digest_period(chat_id, iso(due)):
            since = window_start(schedule, due, _instant(row.last_sent))
            await send_digest(context.bot, core.repo, chat_id, since, schedule.zone)
    except Forbidden as exc:
        log.info("chat %s blocked or removed the bot (%s); digest unscheduled", chat_id, exc)
        await core.repo.mark_digest_blocked(chat_id)
        if context.job_queue is not None:
            unschedule(context.job_queue, chat_id)
        return
    except Exception:
        log.exception("digest for chat %s failed", chat_id)
    if context.job_queue is not None:
        plan_next(context.job_queue, chat_id, schedule, max(due, _now()))


async def restore_digests(application: Application) -> int:
    """At start-up: put every stored schedule back in the JobQueue; a run missed while down
    (within 6 hours) is sent once at once. Returns how many schedules were restored."""
    core = application.bot_data["core"]
    job_queue = application.job_queue
    if job_queue is None:
        return 0
    now = _now()
    rows = await core.repo.active_digests()
    for row in rows:
        schedule = schedule_of(row)
        last_period = _instant(row.last_period)
        missed = missed_run(schedule, last_period, now)
        if missed is not None:
            plan(job_queue, row.chat_id, missed, now=True)
        else:
            plan_next(job_queue, row.chat_id, schedule, max(now, last_period or now))
    return len(rows)


# --------------------------------------------------------------------------- /digest


async def digest_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/digest (a digest now), /digest daily HH:MM [ZONE], /digest weekly DAY HH:MM [ZONE],
    /digest off — changing the schedule is for group admins."""
    core, message = core_of(context), update.effective_message
    if message is None:
        return
    chat_id = message.chat_id
    row = await core.repo.digest_row(chat_id)
    current = schedule_of(row)
    try:
        request = parse_digest_args(list(context.args or []), current.zone)
    except ScheduleError as exc:
        await message.reply_text(str(exc))
        return
    if request.schedule is None:
        now = _now()
        since = _instant(row.last_sent if row else None) or now - DEFAULT_WINDOW
        sent = await _digest_now(update, context, since, current.zone)
        if not sent:
            await message.reply_text(nothing_new(since_label(since, now, current.zone)))
        return
    if not await is_admin(update, context):
        await message.reply_text("Only group admins can change this chat's digest.")
        return
    wanted = request.schedule
    if not wanted.active:  # off: remember the time and zone
        wanted = Schedule("off", current.hour, current.minute, wanted.zone, current.weekday)
    chat = update.effective_chat
    await core.repo.ensure_chat(chat_id, chat.type if chat else None, chat.title if chat else None)
    await core.repo.save_digest_schedule(
        chat_id,
        wanted.frequency,
        wanted.hour,
        wanted.minute,
        wanted.zone,
        wanted.weekday,
        iso(_now()),
    )
    if context.job_queue is not None:
        plan_next(context.job_queue, chat_id, wanted, _now())
    await message.reply_text(describe(wanted, _now()))


async def _digest_now(
    update: Update, context: ContextTypes.DEFAULT_TYPE, since: datetime, zone: str
) -> int:
    message = update.effective_message
    assert message is not None
    core = core_of(context)
    until = _now()
    digest = await build_digest(core.repo, message.chat_id, since, until, zone)
    for text in digest.messages:
        await message.reply_text(text)
    if digest.messages:
        await core.repo.mark_digest_sent(message.chat_id, iso(until))
    return len(digest.messages)
