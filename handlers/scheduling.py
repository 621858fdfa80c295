"""Scheduled digests: the JobQueue jobs, their delivery and retries, restoring them at start,
and following a group that became a supergroup (`migrate_chat`).

A scheduled run is a one-off job named "digest:<chat id>" carrying its period (the run's
instant). When it runs it starts a *delivery* of that period in the database — its window fixed,
so a retry sends the same digest — sends it message by message, and plans the next run. The
period counts as sent only once every message went out, so a period is never sent twice, also
across a restart. A failed send (network, 5xx, flood wait) is retried by a one-off job named
"digest-retry:<chat id>", backing off, a bounded number of times; the delivery is persisted, so a
restart resumes it. A chat that blocked or removed the bot is marked and no longer scheduled.

Digests go to the forum topic /digest was scheduled in (to General once the topic is gone), and a
group upgraded to a supergroup is followed to its new id (`migrate_chat`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter
from telegram.ext import Application, ContextTypes, JobQueue

from bot.digest.load import build_digest
from bot.digest.schedule import (
    RETRY_ATTEMPTS,
    Schedule,
    describe,
    iso,
    iso_precise,
    missed_run,
    next_run,
    retry_delay,
    window_start,
)
from handlers.common import core_of
from storage import Repository
from storage.records import DigestDelivery, DigestRow

log = logging.getLogger(__name__)

JOB_PREFIX = "digest:"
RETRY_PREFIX = "digest-retry:"
THREAD_GONE = "message thread not found"  # Telegram's BadRequest for a deleted forum topic


def utcnow() -> datetime:
    return datetime.now(UTC)


def instant_of(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def schedule_of(row: DigestRow | None) -> Schedule:
    """The schedule stored for a chat (off, in UTC, when it never set one)."""
    if row is None:
        return Schedule()
    return Schedule(row.frequency, row.hour, row.minute, row.zone, row.weekday)


async def digest_line(repo: Repository, chat_id: int) -> str:
    """ "Digest: daily 09:00 Europe/Berlin — next on Tue 27 Jan 09:00", as /settings shows it."""
    return describe(schedule_of(await repo.digest_row(chat_id)), utcnow())


# --------------------------------------------------------------------------- sending


@dataclass
class _Target:
    """Where a digest goes; changes mid-delivery when the group moved or the topic is gone."""

    chat_id: int
    thread_id: int | None = None


async def _send_part(context: ContextTypes.DEFAULT_TYPE, target: _Target, text: str) -> None:
    """Send one message of a digest (through the application's rate limiter). A group upgraded
    to a supergroup is migrated and a deleted topic left for General, each retried once."""
    try:
        await context.bot.send_message(target.chat_id, text, message_thread_id=target.thread_id)
        return
    except ChatMigrated as exc:
        log.info("chat %s is now supergroup %s", target.chat_id, exc.new_chat_id)
        await migrate_chat(context.application, target.chat_id, exc.new_chat_id)
        target.chat_id = exc.new_chat_id
    except BadRequest as exc:
        if target.thread_id is None or THREAD_GONE not in exc.message.lower():
            raise
        log.info("topic %s of %s is gone; digests go to General", target.thread_id, target.chat_id)
        await core_of(context).repo.set_digest_thread(target.chat_id, None)
        target.thread_id = None
    await context.bot.send_message(target.chat_id, text, message_thread_id=target.thread_id)


async def _deliver(
    context: ContextTypes.DEFAULT_TYPE, target: _Target, delivery: DigestDelivery, zone: str
) -> None:
    """Send what is left of a delivery, noting each message sent; then the period is done."""
    repo = core_of(context).repo
    since, until = instant_of(delivery.since), instant_of(delivery.until)
    assert since is not None and until is not None
    digest = await build_digest(repo, target.chat_id, since, until, zone)
    for number, text in enumerate(digest.messages, start=1):
        if number <= delivery.parts_sent:
            continue
        await _send_part(context, target, text)
        await repo.digest_part_sent(target.chat_id, delivery.period, number)
    await repo.finish_digest_delivery(target.chat_id, delivery.period, sent=bool(digest.messages))


async def _attempt(
    context: ContextTypes.DEFAULT_TYPE, row: DigestRow, delivery: DigestDelivery
) -> int | None:
    """One attempt at a delivery. Returns the chat id the digest lives under afterwards (a
    group may have moved), or None when the chat blocked or removed the bot."""
    core = core_of(context)
    target = _Target(row.chat_id, row.thread_id)
    try:
        await _deliver(context, target, delivery, row.zone)
    except Forbidden as exc:
        log.info("chat %s blocked or removed the bot (%s); digest unscheduled", target.chat_id, exc)
        await core.repo.mark_digest_blocked(target.chat_id)
        if context.job_queue is not None:
            unschedule(context.job_queue, target.chat_id)
        return None
    except BadRequest as exc:  # the same request would fail again; the next digest covers it
        log.warning("digest for chat %s refused (%s); given up", target.chat_id, exc)
        await _give_up(context, target.chat_id, delivery)
    except Exception as exc:  # network, 5xx, flood wait …: try again later
        await _retry_later(context, target.chat_id, delivery, exc)
    return target.chat_id


async def _retry_later(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, delivery: DigestDelivery, exc: Exception
) -> None:
    repo = core_of(context).repo
    failed = delivery.attempts + 1
    if failed >= RETRY_ATTEMPTS:
        log.warning("digest for chat %s failed %d times (%s); given up", chat_id, failed, exc)
        await _give_up(context, chat_id, delivery)
        return
    wait = retry_delay(failed, _retry_after(exc))
    at = instant_of(iso(utcnow() + wait))
    assert at is not None
    log.info("digest for chat %s failed (%s); retry %d at %s", chat_id, exc, failed, iso(at))
    await repo.retry_digest_delivery(chat_id, delivery.period, failed, iso(at), str(exc))
    if context.job_queue is not None:
        plan_retry(context.job_queue, chat_id, delivery.period, at)


async def _give_up(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, delivery: DigestDelivery
) -> None:
    """No more attempts at this period; the next digest starts where it would have."""
    await core_of(context).repo.abandon_digest_delivery(chat_id, delivery.period)
    if context.job_queue is not None:
        _remove(context.job_queue, f"{RETRY_PREFIX}{chat_id}")


def _retry_after(exc: Exception) -> timedelta | None:
    if not isinstance(exc, RetryAfter):
        return None
    wait = exc.retry_after
    return wait if isinstance(wait, timedelta) else timedelta(seconds=wait)


# --------------------------------------------------------------------------- jobs


def _remove(job_queue: JobQueue, name: str) -> None:
    for job in job_queue.get_jobs_by_name(name):
        job.schedule_removal()


def unschedule(job_queue: JobQueue, chat_id: int) -> None:
    """Remove the chat's digest job and any retry job."""
    _remove(job_queue, f"{JOB_PREFIX}{chat_id}")
    _remove(job_queue, f"{RETRY_PREFIX}{chat_id}")


def plan(job_queue: JobQueue, chat_id: int, due: datetime, *, now: bool = False) -> None:
    """(Re)place the chat's one digest job: for the run at `due`, started then (or at once)."""
    _remove(job_queue, f"{JOB_PREFIX}{chat_id}")
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


def plan_retry(
    job_queue: JobQueue, chat_id: int, period: str, at: datetime, *, resume: bool = False
) -> None:
    """(Re)place the chat's one retry job: another attempt at the delivery of `period`
    (`resume`: one a stop cut off, which waits for no retry time)."""
    _remove(job_queue, f"{RETRY_PREFIX}{chat_id}")
    job_queue.run_once(
        retry_job,
        when=at if at > utcnow() else 0,
        chat_id=chat_id,
        name=f"{RETRY_PREFIX}{chat_id}",
        data={"period": period, "resume": resume},
    )


async def digest_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """A scheduled run: start delivering its period (nothing when it was sent already), send
    the digest (nothing when nothing is new), plan the next run. A failed send is retried
    later; on Forbidden the chat is marked blocked and not scheduled again."""
    job, core = context.job, core_of(context)
    if job is None or job.chat_id is None:
        return
    chat_id, due = job.chat_id, datetime.fromisoformat(job.data["due"])  # type: ignore[index]
    row = await core.repo.digest_row(chat_id)
    schedule = schedule_of(row)
    if row is None or row.blocked or not schedule.active:
        return
    since = window_start(schedule, due, instant_of(row.last_sent))
    delivery = await core.repo.begin_digest_delivery(
        chat_id, iso(due), iso_precise(since), iso_precise(utcnow())
    )
    if delivery is not None:
        if context.job_queue is not None:  # a retry of an earlier period is superseded
            _remove(context.job_queue, f"{RETRY_PREFIX}{chat_id}")
        moved_to = await _attempt(context, row, delivery)
        if moved_to is None:
            return
        chat_id = moved_to
    if context.job_queue is not None:
        plan_next(context.job_queue, chat_id, schedule, max(due, utcnow()))


async def retry_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Another attempt at a delivery that failed; gone quietly when it was sent or replaced
    meanwhile, and given up when the digest was turned off."""
    job, core = context.job, core_of(context)
    if job is None or job.chat_id is None:
        return
    chat_id, period = job.chat_id, str(job.data["period"])  # type: ignore[index]
    row = await core.repo.digest_row(chat_id)
    if row is None or row.blocked or not schedule_of(row).active:
        await core.repo.abandon_digest_delivery(chat_id, period)
        return
    resume = bool(job.data.get("resume"))  # type: ignore[union-attr]
    quiet = context.application.bot_data["settings"].lease_seconds
    delivery = await core.repo.start_digest_attempt(
        chat_id, period, resume=resume, quiet_seconds=quiet
    )
    if delivery is not None:
        await _attempt(context, row, delivery)


async def plan_chat(application: Application, chat_id: int, *, at_start: bool = False) -> None:
    """Put a chat's stored schedule (and a delivery waiting for a retry) in the JobQueue. At
    start-up a run missed while down (within 6 hours) is sent once at once, and a delivery cut
    off by the stop is resumed."""
    job_queue, repo = application.job_queue, application.bot_data["core"].repo
    if job_queue is None:
        return
    row = await repo.digest_row(chat_id)
    schedule = schedule_of(row)
    if row is None or row.blocked or not schedule.active:
        unschedule(job_queue, chat_id)
        return
    now = utcnow()
    pending = await repo.digest_delivery(chat_id)
    periods = (row.last_period, pending.period if pending else None)
    last_period = max((instant_of(p) for p in periods if p), default=None)
    missed = missed_run(schedule, last_period, now) if at_start else None
    if missed is not None:  # its window covers a pending delivery too
        plan(job_queue, chat_id, missed, now=True)
        return
    plan_next(job_queue, chat_id, schedule, max(now, last_period or now))
    if pending is not None and (pending.retry_at or at_start):  # else an attempt is running
        # one a stop cut off is resumed once it has been quiet a lease long: another worker
        # may have begun it a moment ago and be sending it now
        quiet = timedelta(seconds=application.bot_data["settings"].lease_seconds)
        at = instant_of(pending.retry_at) or now + quiet
        plan_retry(job_queue, chat_id, pending.period, at, resume=not pending.retry_at)


async def restore_digests(application: Application) -> int:
    """At start-up: put every stored schedule back in the JobQueue (see `plan_chat`). Returns
    how many schedules were restored."""
    core = application.bot_data["core"]
    if application.job_queue is None:
        return 0
    rows = await core.repo.active_digests()
    for row in rows:
        await plan_chat(application, row.chat_id, at_start=True)
    return len(rows)


async def migrate_chat(
    application: Application, old_id: int, new_id: int, *, title: str | None = None
) -> bool:
    """Move what is stored for `old_id` to `new_id` (one transaction) and its digest jobs with
    it. False when there was nothing (left) to move: a second call changes nothing."""
    core = application.bot_data["core"]
    moved = await core.repo.migrate_chat(old_id, new_id, title=title)
    if moved:
        log.info("chat %s moved to supergroup %s", old_id, new_id)
        if application.job_queue is not None:
            unschedule(application.job_queue, old_id)
            await plan_chat(application, new_id)
    return moved


# --------------------------------------------------------------------------- several workers


async def sync_digests(context: ContextTypes.DEFAULT_TYPE) -> None:
    """A repeating job in each worker: plan the schedules the database holds, so one set (or
    turned off) through another worker takes effect here too. A chat's job is re-placed only
    when its next run changed; every worker's timer fires, and `begin_digest_delivery` lets
    one of them send the period."""
    application, job_queue = context.application, context.job_queue
    if job_queue is None:
        return
    repo = core_of(context).repo
    active = {row.chat_id: row for row in await repo.active_digests()}
    for job in job_queue.jobs():
        if job.name and job.name.startswith(JOB_PREFIX) and job.chat_id not in active:
            unschedule(job_queue, int(job.name.removeprefix(JOB_PREFIX)))
    for chat_id, row in active.items():
        planned = [j.data["due"] for j in job_queue.get_jobs_by_name(f"{JOB_PREFIX}{chat_id}")]  # type: ignore[index]
        upcoming = next_run(
            schedule_of(row), max(utcnow(), instant_of(row.last_period) or utcnow())
        )
        if upcoming is not None and planned != [iso(upcoming)]:
            await plan_chat(application, chat_id)


def start_digest_sync(application: Application) -> None:
    """Re-read the digest schedules every `sync_seconds` (see `sync_digests`)."""
    if application.job_queue is None:
        return
    every = application.bot_data["settings"].sync_seconds
    application.job_queue.run_repeating(
        sync_digests, interval=every, first=every, name="digest-sync"
    )
