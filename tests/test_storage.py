"""Storage on a real SQLite file: migrations, pragmas, whole-or-nothing writes, FTS5, queue."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.models import Article, Statement
from storage import Repository, SchemaTooNewError
from storage.db import latest_version


def make_article(url: str | None = "https://news.example/a", text: str = "Body text.") -> Article:
    return Article(
        url=url,
        title="A title",
        site="News Example",
        author="Reporter",
        published="2024-01-26T15:43:00+05:30",
        language="en",
        text=text,
        summary=text,
        content_hash=str(hash(text)),
    )


DENIAL = Statement(
    position=1,
    kind="denial",
    sentence="The ministry denied the report about the bridge.",
    speaker="Ana Costa",
    org="Ministry of Works",
    aliases=("Costa", "the ministry"),
)
CLAIM = Statement(0, "claim", "The Courier reported the bridge would close.", speaker="The Courier")


@pytest.fixture
async def repo(tmp_path: Path):
    repository = await Repository.open(str(tmp_path / "test.db"))
    yield repository
    await repository.close()


async def test_migrations_record_the_schema_version_and_set_pragmas(repo: Repository) -> None:
    async with repo.conn.execute("PRAGMA user_version") as cur:
        assert (await cur.fetchone())[0] == latest_version() >= 1
    async with repo.conn.execute("PRAGMA journal_mode") as cur:
        assert (await cur.fetchone())[0] == "wal"
    async with repo.conn.execute("PRAGMA foreign_keys") as cur:
        assert (await cur.fetchone())[0] == 1
    async with repo.conn.execute("PRAGMA busy_timeout") as cur:
        assert (await cur.fetchone())[0] > 0


async def test_reopening_keeps_data_and_does_not_migrate_twice(tmp_path: Path) -> None:
    path = str(tmp_path / "again.db")
    async with await Repository.open(path) as repo:
        await repo.save_article(make_article(), [CLAIM], chat_id=1)
    async with await Repository.open(path) as repo:
        assert await repo.count_articles() == 1


async def test_a_newer_database_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    with pytest.raises(SchemaTooNewError, match="version 999 is newer"):
        await Repository.open(str(path))


async def test_article_and_statements_are_written_whole_or_not_at_all(repo: Repository) -> None:
    broken = [CLAIM, Statement(0, "denial", "Same position twice.")]  # violates UNIQUE
    with pytest.raises(sqlite3.IntegrityError):
        await repo.save_article(make_article(), broken, chat_id=1)
    assert await repo.count_articles() == 0
    assert await repo.list_articles(1) == []
    # the connection is usable afterwards
    result = await repo.save_article(make_article(), [CLAIM, DENIAL], chat_id=1)
    assert result.created and len(await repo.statements_for(result.article_id)) == 2


async def test_the_same_url_is_one_article_shared_per_chat(repo: Repository) -> None:
    first = await repo.save_article(make_article(), [CLAIM], chat_id=1, message_id=10)
    again = await repo.save_article(make_article(), [CLAIM], chat_id=1, message_id=11)
    other = await repo.save_article(make_article(), [CLAIM], chat_id=2)
    assert first.created and not first.already_shared
    assert again.article_id == first.article_id and again.already_shared
    assert again.share.message_id == 10  # the first share is the one remembered
    assert other.article_id == first.article_id and not other.created and not other.already_shared
    assert await repo.count_articles() == 1


async def test_changed_text_replaces_statements(repo: Repository) -> None:
    first = await repo.save_article(make_article(text="One."), [CLAIM], chat_id=1)
    await repo.save_article(make_article(text="Two."), [CLAIM, DENIAL], chat_id=1)
    stored = await repo.article(first.article_id)
    assert stored is not None and stored.text == "Two."
    assert [s.statement.kind for s in await repo.statements_for(first.article_id)] == [
        "claim",
        "denial",
    ]


async def test_text_stories_without_url_are_deduplicated_by_content(repo: Repository) -> None:
    a = await repo.save_article(make_article(url=None, text="Pasted."), chat_id=1)
    b = await repo.save_article(make_article(url=None, text="Pasted."), chat_id=1)
    c = await repo.save_article(make_article(url=None, text="Other."), chat_id=1)
    assert a.article_id == b.article_id != c.article_id


async def test_full_text_search_is_scoped_to_the_chat(repo: Repository) -> None:
    await repo.save_article(make_article(), [CLAIM, DENIAL], chat_id=1)
    hits = await repo.search_statements(1, ["costa"])
    assert [h.statement.speaker for h in hits] == ["Ana Costa"]
    assert hits[0].statement.aliases == ("Costa", "the ministry")
    assert await repo.search_statements(2, ["costa"]) == []
    assert await repo.search_statements(1, ['bri"dge', "OR", "NEAR("]) == []  # no syntax errors


async def test_search_index_follows_replaced_statements(repo: Repository) -> None:
    await repo.save_article(make_article(text="One."), [DENIAL], chat_id=1)
    await repo.save_article(make_article(text="Two."), [CLAIM], chat_id=1)
    assert await repo.search_statements(1, ["ministry"]) == []
    assert len(await repo.search_statements(1, ["courier"])) == 1


async def test_queue_keeps_every_accepted_link(tmp_path: Path) -> None:
    path = str(tmp_path / "queue.db")
    async with await Repository.open(path) as repo:
        done = await repo.enqueue(1, "https://news.example/a", message_id=5, user_id=7)
        crashed = await repo.enqueue(1, "https://news.example/b")
        failed = await repo.enqueue(1, "https://news.example/c")
        for item in (done, crashed, failed):
            await repo.start_item(item)
        saved = await repo.save_article(make_article(), chat_id=1)
        await repo.finish_item(done, saved.article_id)
        await repo.fail_item(failed, "HTTP 404 Not Found")
    async with await Repository.open(path) as repo:  # as after a crash and restart
        pending = await repo.pending_items()
        assert [(p.source, p.state, p.attempts) for p in pending] == [
            ("https://news.example/b", "running", 1)
        ]
        item = await repo.queue_item(failed)
        assert item is not None and item.state == "failed"
        assert item.last_error == "HTTP 404 Not Found"


async def test_chat_settings_round_trip(repo: Repository) -> None:
    await repo.ensure_chat(-100, "supergroup", "Newsroom")
    assert await repo.update_chat_settings(-100, timezone="Europe/Berlin") == {
        "timezone": "Europe/Berlin"
    }
    await repo.ensure_chat(-100)
    assert await repo.chat_settings(-100) == {"timezone": "Europe/Berlin"}


async def test_forget_drops_the_share_and_orphans_only(repo: Repository) -> None:
    shared = await repo.save_article(make_article(), [CLAIM, DENIAL], chat_id=1)
    await repo.save_article(make_article(), [CLAIM, DENIAL], chat_id=2)
    alone = await repo.save_article(make_article(url="https://news.example/b"), [CLAIM], chat_id=1)
    assert await repo.forget(1, alone.article_id) == 1
    assert await repo.article(alone.article_id) is None  # no chat holds it any more
    assert await repo.search_statements(1, ["courier"]) != []  # chat 1 still has the first
    assert await repo.forget(1) == 1
    assert await repo.list_articles(1) == []
    assert await repo.article(shared.article_id) is not None  # chat 2 still holds it
    assert (await repo.chat_stats(2))["articles"] == 1


async def test_concurrent_writers_do_not_mix_transactions(repo: Repository) -> None:
    import asyncio

    articles = [make_article(url=f"https://news.example/{i}", text=f"T{i}") for i in range(20)]
    await asyncio.gather(
        *(repo.save_article(a, [CLAIM], chat_id=i % 3) for i, a in enumerate(articles)),
        *(repo.enqueue(1, f"https://news.example/q{i}") for i in range(20)),
    )
    assert await repo.count_articles() == 20
    assert len(await repo.pending_items()) == 20
