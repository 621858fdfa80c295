"""What several test modules share: fixture pages, a page server on 127.0.0.1, the running bot
against the fake Bot API, the CLI as a subprocess, digest helpers. Not a test module."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import psycopg
import pytest

from bot.config import Settings
from bot.digest.schedule import Schedule, iso
from bot.fake_telegram import FakeTelegram, SentMessage
from bot.ingest import ingest_text
from handlers.application import build_application, running
from storage import Repository, is_postgres_url

FIXTURES = Path(__file__).parent / "fixtures"


# a bot test marked with this runs on a SQLite file and on a PostgreSQL database
BOTH_BACKENDS = pytest.mark.parametrize("settings", ["sqlite", "postgresql"], indirect=True)

TOKEN = "123:ABC"  # the bot token every test uses with the fake Bot API


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0  # seconds before answering: a slow site


@dataclass
class PageServer:
    """A tiny site: `routes` maps a path to what it serves; `hits` counts requests per path."""

    base: str
    routes: dict[str, Route]
    hits: dict[str, int] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.base + path


def page_handler(server: PageServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            path = self.path.split("?", 1)[0]
            server.hits[path] = server.hits.get(path, 0) + 1
            route = server.routes.get(
                path, Route(b"<html><body>Not found</body></html>", status=404)
            )
            if route.delay:
                time.sleep(route.delay)
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            self.wfile.write(route.body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@asynccontextmanager
async def running_bot(fake: FakeTelegram, settings: Settings) -> AsyncIterator[Any]:
    """build_application() started the way run_polling starts it, and stopped likewise."""
    async with running(build_application(settings)) as app:
        yield app


@asynccontextmanager
async def bot_process(fake: FakeTelegram, tmp_path: Path, *args: str) -> AsyncIterator[Any]:
    """`python -m bot run ARGS` as a separate process against the fake; killed if still alive."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COUNTERCLAIM_", "TELEGRAM_"))}
    env |= {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "COUNTERCLAIM_DB": str(tmp_path / "process.db"),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", *args, env=env, cwd=tmp_path,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    try:
        yield process
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def stop(process: Any) -> int:
    """SIGTERM, then the exit code within 10 s."""
    process.send_signal(signal.SIGTERM)
    return await asyncio.wait_for(process.wait(), timeout=10)


def run_cli(
    *args: str, db: Path | str, allow_private: bool = True
) -> subprocess.CompletedProcess[str]:
    """`python -m bot --db DB ARGS` (a SQLite file, run beside it, or a PostgreSQL URL)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COUNTERCLAIM_", "TELEGRAM_"))}
    env["COUNTERCLAIM_ALLOW_PRIVATE_URLS"] = "1" if allow_private else "0"
    return subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=None if is_postgres_url(str(db)) else Path(db).parent,
    )


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def rows(db: Path | str, sql: str) -> list[tuple]:
    """A query's rows, read straight from the SQLite file or PostgreSQL database."""
    if is_postgres_url(str(db)):
        with psycopg.connect(str(db)) as pg:
            return [tuple(row) for row in pg.execute(sql).fetchall()]  # type: ignore[arg-type]
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


STORY = fixture_text("plain_story.txt")


PUTIN = fixture_text("transfer_story.txt")


def is_card(message: SentMessage) -> bool:
    return bool(message.buttons())


async def card_for(fake: FakeTelegram, chat: Any, user: Any, link: str) -> SentMessage:
    """`user` sends `link` in `chat`; the story card the bot sends for it."""
    fake.user_says(chat, user, link)
    [card] = await fake.wait_for_sent(is_card, chat=chat, timeout=10)
    return card


def is_followup(message: SentMessage) -> bool:
    """A timeline update replied to an earlier story's card, not an answer to a link."""
    return message.text.startswith("Update on this story")


def link_answers(fake: FakeTelegram, chat: Any) -> list[SentMessage]:
    """What the bot sent in `chat` but the timeline updates: "Reading…", cards, failures."""
    return [m for m in fake.sent(chat) if not is_followup(m)]


def is_digest(message: SentMessage) -> bool:
    return message.text.startswith("Digest since")


def digests(server: FakeTelegram, chat: object) -> list[SentMessage]:
    return [m for m in server.sent(chat) if is_digest(m)]  # type: ignore[arg-type]


async def share(where: Settings, chat_id: int, *texts: str) -> None:
    async with await Repository.open(where.db_path) as repo:
        for text in texts:
            await ingest_text(repo, text, chat_id=chat_id)


async def schedule_in_db(
    where: Settings, chat_id: int, schedule: Schedule, set_at: datetime
) -> None:
    async with await Repository.open(where.db_path) as repo:
        await repo.save_digest_schedule(
            chat_id,
            schedule.frequency,
            schedule.hour,
            schedule.minute,
            schedule.zone,
            schedule.weekday,
            iso(set_at),
        )


def live_jobs(app: object, name: str) -> list:
    return [j for j in app.job_queue.get_jobs_by_name(name) if not j.removed]  # type: ignore[attr-defined]
