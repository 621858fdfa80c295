"""A busy database is waited for and retried, never a failure: another process holding the
write lock past the busy timeout, and many tasks reading and writing one connection at once."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from bot.models import Article, Statement
from storage import Repository
from storage.busy import is_busy, when_free


def article(n: int) -> Article:
    text = f"The Courier reported bridge {n} would close. The ministry denied the report."
    return Article(f"https://news.example/{n}", f"Bridge {n}", "Courier", None, None, "en",
                   text, text, f"hash{n}")  # fmt: skip


STATEMENTS = [
    Statement(0, "claim", "The Courier reported the bridge would close.", speaker="The Courier"),
    Statement(1, "denial", "The ministry denied the report.", speaker="ministry", target=0),
]


def hold_write_lock(path: Path) -> sqlite3.Connection:
    """Another process's writer: BEGIN IMMEDIATE and keep it."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    return other


async def test_a_write_waits_past_the_busy_timeout(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    async with await Repository.open(str(path), busy_timeout_ms=20) as repo:
        other = hold_write_lock(path)
        asyncio.get_running_loop().call_later(0.5, other.execute, "COMMIT")
        item, _ = await repo.accept(1, "https://news.example/a")  # locked 25 times the timeout
        saved = await repo.save_article(article(1), STATEMENTS, chat_id=1)
        other.close()
        assert (await repo.queue_item(item)) is not None
        assert (await repo.article(saved.article_id)) is not None


async def test_without_the_retries_it_would_have_failed(tmp_path: Path) -> None:
    """The control for the test above: the same lock, no retries, and SQLite says locked."""
    path = tmp_path / "busy.db"
    async with await Repository.open(str(path), busy_timeout_ms=20) as repo:
        other = hold_write_lock(path)
        with pytest.raises(sqlite3.OperationalError) as caught:
            await when_free(
                lambda: repo.conn.execute("INSERT INTO chats (id, created_at) VALUES (1, 'now')"),
                retry_for=0,
            )
        other.execute("ROLLBACK")
        other.close()
    assert is_busy(caught.value)


def test_only_a_busy_database_is_retried() -> None:
    assert is_busy(sqlite3.OperationalError("database is locked"))
    assert not is_busy(sqlite3.OperationalError("no such table: x"))
    assert not is_busy(ValueError("database is locked"))


async def test_reads_and_writes_at_once_on_one_connection(tmp_path: Path) -> None:
    """Searches (FTS5 and its vocabulary) while articles are written on the same connection:
    no read is aborted. (Before reads ran in one step, this failed with "query aborted".)"""
    words = [f"w{i}" for i in range(30)]
    statements = [
        Statement(i, "claim", " ".join(words[(i * 7 + j) % 30] for j in range(12)) + " report.")
        for i in range(30)
    ]

    def busy_article(n: int) -> Article:
        text = " ".join(words[(n + i) % 30] for i in range(40)) + f" bridge {n}."
        return Article(f"https://news.example/{n}", f"B{n}", "C", None, None, "en", text, text,
                       f"h{n}")  # fmt: skip

    async with await Repository.open(str(tmp_path / "load.db")) as repo:

        async def search() -> None:
            for _ in range(20):
                await repo.search_statements(1, [*words, "report", "bridge"])

        await asyncio.gather(
            *(repo.save_article(busy_article(n), statements, chat_id=1) for n in range(150)),
            *(search() for _ in range(40)),
        )
        assert await repo.count_articles() == 150
