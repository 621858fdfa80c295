"""Waiting out a busy database: SQLite's busy timeout first, then retries with back-off.

Another process writing (the command line beside the bot), a checkpoint, or the recovery of a
journal after a crash can leave SQLite answering "database is locked" even past the busy
timeout. That is a reason to wait, never a failure to show a user.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")

RETRY_FOR_S = 60.0  # how long a busy database is waited for, on top of the busy timeout
FIRST_PAUSE_S = 0.05
LONGEST_PAUSE_S = 1.0

log = logging.getLogger(__name__)


def is_busy(exc: BaseException) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED, as sqlite3 reports them."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    message = str(exc).lower()
    return (
        "database is locked" in message
        or "database is busy" in message
        or ("locked" in message and "table" in message)
    )


async def when_free(action: Callable[[], Awaitable[T]], *, retry_for: float = RETRY_FOR_S) -> T:
    """Run `action`, and run it again while the database is busy, for up to `retry_for` s."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + retry_for
    pause = FIRST_PAUSE_S
    while True:
        try:
            return await action()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or loop.time() + pause > deadline:
                raise
            log.info("database busy (%s); trying again in %.2f s", exc, pause)
        await asyncio.sleep(pause)
        pause = min(pause * 2, LONGEST_PAUSE_S)
