"""Shared test fixtures: fixture pages, and a real HTTP server on 127.0.0.1 that serves them."""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bot.config import Settings
from bot.fake_telegram import FakeTelegram

FIXTURES = Path(__file__).parent / "fixtures"
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


def _handler(server: PageServer) -> type[BaseHTTPRequestHandler]:
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
    httpd.RequestHandlerClass = _handler(server)
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
def settings(fake: FakeTelegram, tmp_path: Path) -> Settings:
    """Bot settings pointing at the fake Bot API and a fresh database; 127.0.0.1 allowed."""
    return Settings(
        db_path=str(tmp_path / "bot.db"),
        telegram_token=TOKEN,
        telegram_api_base_url=fake.base_url,
        allow_private_urls=True,
    )
