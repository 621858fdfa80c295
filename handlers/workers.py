"""Several identical workers behind one webhook URL: each update taken once, each queued link
read by one worker at a time (a lease), and a dead worker's links finished by the others.

- `once_per_update` runs before every other handler: an update another worker (or this one)
  already took — Telegram delivers it again after a delivery that failed or timed out — goes no
  further. python-telegram-bot answers the webhook's POST before the handlers run, so Telegram
  redelivers only what never reached a worker or timed out on the way; the seen-record is taken
  first, so a worker dying right after it loses at most that one update. A link in it is safe
  once accepted (the queue is recorded first, `Repository.accept`); a question is answered at
  most once — a lost answer costs the user one more question, a doubled one is noise for all.
- `heartbeat` renews this worker's leases; `sweep` leases the links whose lease ran out (their
  worker died or hung) or that were never leased, and reads them, as a restart did before.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import socket

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes

from handlers.common import INGEST_CONCURRENCY, Core, core_of
from handlers.links import run_job

log = logging.getLogger(__name__)

QUEUE_AHEAD = 4 * INGEST_CONCURRENCY  # links one worker leases beyond those it reads now
UPDATES_KEPT_S = (
    3 * 24 * 3600
)  # updates seen are forgotten after this; Telegram gave up long before
PRUNE_EVERY_S = 3600.0


def owner_id() -> str:
    """This worker's name on its leases: host, process id and a random part (a pid is reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


def _dead_here(owner: str) -> bool:
    """A worker of this host whose process is gone (a restart after a crash): its leases need
    not run out. Workers of other hosts are judged by their leases alone."""
    host, _, rest = owner.partition(":")
    pid, _, _ = rest.partition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return True  # our pid, another random part: an earlier run in this very process slot
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


async def once_per_update(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop an update that a worker already took (see the module's docstring)."""
    if not isinstance(update, Update):
        return
    if not await core_of(context).repo.first_delivery(update.update_id):
        log.info("update %d was taken already; not handled again", update.update_id)
        raise ApplicationHandlerStop


async def release_dead(core: Core) -> int:
    """At start: end the leases of this host's dead workers, so their links are read at once."""
    released = 0
    for owner in await core.repo.lease_owners():
        if owner != core.owner and _dead_here(owner):
            released += await core.repo.release_leases(owner)
    if released:
        log.info("took over %d queued links of a worker that stopped", released)
    return released


async def heartbeat(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Renew every lease this worker holds (a repeating job, a few times per lease)."""
    core = core_of(context)
    await core.repo.renew_leases(core.owner, core.settings.lease_seconds)


async def sweep(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Lease the queued links nobody holds (up to what this worker reads soon) and read them:
    a dead worker's, and those left by a run that stopped (the old restart recovery)."""
    application, core = context.application, core_of(context)
    while application.running and len(core.jobs) < QUEUE_AHEAD:
        item_id = await core.repo.claim_item(None, core.owner, core.settings.lease_seconds)
        if item_id is None:
            break
        log.info("queued link %d had no living worker; reading it here", item_id)
        core.jobs.add(item_id)
        application.create_task(run_job(application, item_id), name=f"sweep-{item_id}")


async def prune(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Forget updates seen days ago (an hourly job)."""
    await core_of(context).repo.forget_updates_before(UPDATES_KEPT_S)


def start_jobs(application: Application, core: Core) -> None:
    """This worker's repeating jobs: heartbeat, sweep (at once too), pruning."""
    job_queue = application.job_queue
    if job_queue is None:
        return
    lease = core.settings.lease_seconds
    job_queue.run_repeating(heartbeat, interval=lease / 3, first=lease / 3, name="lease-heartbeat")
    job_queue.run_once(sweep, when=0, name="queue-sweep-at-start")
    job_queue.run_repeating(sweep, interval=lease / 3, first=lease / 3, name="queue-sweep")
    job_queue.run_repeating(prune, interval=PRUNE_EVERY_S, first=60, name="updates-prune")


async def stop(core: Core) -> None:
    """A clean stop: the links this worker still held are free for the others at once."""
    with contextlib.suppress(Exception):
        await core.repo.release_leases(core.owner)
