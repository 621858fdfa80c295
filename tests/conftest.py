"""Shared test fixtures: fixture pages, a real HTTP server on 127.0.0.1 that serves them, and a
real PostgreSQL server (started once per session) beside SQLite files for the storage tests."""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bot.config import Settings
from bot.fake_telegram import FakeTelegram
from storage import Repository
from storage.testing import PostgresMissingError, TemporaryPostgres
from tests.helpers import TOKEN, PageServer, Route, fixture_text, page_handler


@pytest.fixture
def site() -> Iterator[PageServer]:
    """The fixture pages served over real HTTP on 127.0.0.1."""
    routes = {
        "/world/putin-feelers.html": Route(fixture_text("seed_story.html").encode()),
        "/ledger/putin-talks.html": Route(fixture_text("bloomberg_claim.html").encode()),
        "/report.pdf": Route(b"%PDF-1.4 not an article", "application/pdf"),
        "/empty.html": Route(b"<html><head><title>Nothing</title></head><body></body></html>"),
        "/story.txt": Route(fixture_text("plain_story.txt").encode(), "text/plain; charset=utf-8"),
        "/slow.html": Route(fixture_text("seed_story.html").encode(), delay=3.0),
    }
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server = PageServer(f"http://127.0.0.1:{httpd.server_address[1]}", routes)
    httpd.RequestHandlerClass = page_handler(server)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield server
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    """The fake Telegram Bot API on 127.0.0.1 (privacy mode on, like a new bot)."""
    async with FakeTelegram(TOKEN, username="counterclaim_bot") as server:
        yield server


@pytest.fixture
def settings(request: pytest.FixtureRequest, fake: FakeTelegram, tmp_path: Path) -> Settings:
    """Bot settings pointing at the fake Bot API and a fresh database (SQLite; PostgreSQL too
    for a test marked BOTH_BACKENDS); 127.0.0.1 allowed."""
    backend = getattr(request, "param", "sqlite")
    return Settings(
        db_path=request.getfixturevalue("pg_url")
        if backend == "postgresql"
        else str(tmp_path / "bot.db"),
        telegram_token=TOKEN,
        telegram_api_base_url=fake.base_url,
        allow_private_urls=True,
    )


_TEMPLATE = "counterclaim_template"  # migrated once; each test's database is a copy of it
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres() -> Iterator[TemporaryPostgres]:
    """One PostgreSQL server for the session, in a temporary directory; fails (never skips)
    when the server binaries are missing."""
    try:
        server = TemporaryPostgres()
    except PostgresMissingError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        server.start()
        asyncio.run(_migrated(server.create_database(_TEMPLATE)))
        yield server
    finally:
        server.stop()


async def _migrated(url: str) -> None:
    async with await Repository.open(url):
        pass


@pytest.fixture
def pg_url(postgres: TemporaryPostgres) -> str:
    """A fresh, migrated PostgreSQL database of its own for one test."""
    return postgres.create_database(f"test_{next(_numbers)}", template=_TEMPLATE)


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The --db of a test run on both backends: a SQLite file, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    return request.getfixturevalue("pg_url")
