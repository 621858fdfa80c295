"""The real `counterclaim run` as a separate process against the fake Bot API: started,
stopped with SIGTERM, or killed with SIGKILL the way a crash or an OOM killer would."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from bot.fake_telegram import FakeTelegram
from tests.helpers import TOKEN


async def until(predicate: Callable[[], bool], timeout: float = 60) -> bool:
    """Poll `predicate` (state kept by other threads or processes) until it holds, bounded."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True


def _count(conn_rows: list[tuple]) -> int:
    return int(conn_rows[0][0])


class BotProcess:
    """One database, any number of runs of the bot on it (one at a time)."""

    def __init__(self, fake: FakeTelegram, workdir: Path, **env: str) -> None:
        self.fake, self.workdir = fake, workdir
        self.db = workdir / "bot.db"
        self.log = workdir / "bot.log"
        self.extra_env = env
        self.process: asyncio.subprocess.Process | None = None
        self.runs = 0
        self._polling: Callable[[], bool] = lambda: False

    async def start(self) -> None:
        base = {
            k: v for k, v in os.environ.items() if not k.startswith(("COUNTERCLAIM_", "TELEGRAM_"))
        }
        env = (
            base
            | {
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "TELEGRAM_API_BASE_URL": self.fake.base_url,
                "COUNTERCLAIM_DB": str(self.db),
                "COUNTERCLAIM_ALLOW_PRIVATE_URLS": "1",
                "LOG_LEVEL": "INFO",
            }
            | self.extra_env
        )
        self.runs += 1
        with self.log.open("a") as log:
            log.write(f"\n--- run {self.runs}\n")
        log_file = self.log.open("ab")
        try:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", env=env, cwd=self.workdir,
                stdout=log_file, stderr=log_file,
            )  # fmt: skip
        finally:
            log_file.close()
        calls = len(self.fake.calls)
        self._polling = lambda: any(c[0] == "getUpdates" for c in self.fake.calls[calls:])

    async def ready(self, timeout: float = 60) -> bool:
        """Up and polling: this run has asked the fake Telegram for updates."""
        return await self.fake.wait_until(self._polling, timeout)

    async def settled(self, timeout: float = 60) -> bool:
        """Every queued link answered and noted as delivered in the database."""
        sql = "SELECT count(*) FROM ingest_queue WHERE delivered_at IS NULL"
        return await until(lambda: _count(self.rows(sql)) == 0, timeout)

    async def kill(self) -> None:
        """SIGKILL: no clean-up of any kind, as in a crash."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        await self.process.wait()
        self.process = None

    async def stop(self) -> int:
        """SIGTERM once it is up (before, Python's default handler would kill it), and the
        exit code within 20 s."""
        assert self.process is not None
        await self.ready()
        self.process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(self.process.wait(), timeout=20)
        self.process = None
        return code

    async def close(self) -> None:
        if self.process is not None and self.process.returncode is None:
            await self.kill()

    def rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Read the bot's database from outside, as another process may."""
        with sqlite3.connect(self.db, timeout=30) as conn:
            return conn.execute(sql, params).fetchall()

    def integrity(self) -> str:
        return self.rows("PRAGMA integrity_check")[0][0]

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""
