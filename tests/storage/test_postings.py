"""Search over statements_postings (migration 011) ranks as SQLite's FTS5 bm25 ranked, and the
migration gives stored statements the postings, counts and totals new ones get."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from bot.models import Statement
from storage import Repository, repository
from storage.db import migrations
from storage.search import fts_tokens, selective, terms_json
from tests.storage.test_storage import make_article

WORDS = [
    "kremlin", "peskov", "denied", "report", "bridge", "ministry", "talks", "ceasefire", "the",
    "of", "said", "josé", "oil", "price", "merger", "deal", "court", "fraud", "vote", "police",
]  # fmt: skip
KINDS = ["claim", "denial", "statement", "confirmation"]
SEARCHES = [  # single words (common, with many repeats) and sets of rarer ones
    (["the"], 5, ()), (["the"], 40, ()), (["said"], 7, ("denial",)), (["kremlin", "bridge"], 9, ()),
    (["peskov", "josé", "fraud"], 12, ("claim", "denial")), (["of", "oil", "vote"], 30, ()),
]  # fmt: skip


def _statements(rng: random.Random) -> list[Statement]:
    """Sentences of a few words, often repeated (a word up to 4 times), of many lengths."""
    found = []
    for position in range(rng.randint(1, 6)):
        sentence = " ".join(rng.choice(WORDS[: rng.randint(4, len(WORDS))]) for _ in range(12))
        found.append(
            Statement(
                position, rng.choice(KINDS), sentence[: rng.randint(8, len(sentence))] + ".",
                speaker=rng.choice(["Dmitry Peskov", "José Álvarez", None]),
                proposition=rng.choice([None, " ".join(rng.sample(WORDS, 3))]),
            )
        )  # fmt: skip
    return found


async def _fill(repo: Repository, stories: int = 150) -> None:
    rng = random.Random(5)
    for n in range(stories):
        article = make_article(f"https://news.example/{n}", f"Story {n}.")
        await repo.save_article(article, _statements(rng), chat_id=n % 3)
    for n in range(0, stories, 9):  # replaced: statements out of the postings and back in
        article = make_article(f"https://news.example/{n}", f"Story {n}, again.")
        await repo.save_article(article, _statements(rng), chat_id=n % 3)


def _fts5(db: Path, chat: int, words: list[str], limit: int, kinds: tuple[str, ...]) -> list[int]:
    """What search_statements found before 011: FTS5's bm25 over its index, then the id."""
    kind_filter = f" AND st.kind IN ({', '.join('?' for _ in kinds)})" if kinds else ""
    with sqlite3.connect(db) as conn:
        found = conn.execute(
            "SELECT st.id FROM statements_fts f JOIN statements st ON st.id = f.rowid "
            "JOIN shares sh ON sh.article_id = st.article_id AND sh.chat_id = ? "
            f"WHERE statements_fts MATCH ?{kind_filter} ORDER BY f.rank, st.id LIMIT ?",
            (chat, " OR ".join(f'"{w}"' for w in words), *kinds, limit),
        )
        return [row[0] for row in found]


@pytest.mark.parametrize("small_chat", [500, 0], ids=["chat-first", "all-chats-first"])
async def test_search_ranks_as_fts5_bm25_did(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_chat: int
) -> None:
    """Both ways give FTS5's order: a small chat's own statements ranked, or all chats ranked
    first and this chat's kept (a chat holding many statements)."""
    monkeypatch.setattr(repository, "SMALL_CHAT", small_chat)
    db = tmp_path / "rank.db"
    async with await Repository.open(str(db)) as repo:
        await _fill(repo)
        most = await repo.db.fetch_one("SELECT max(tf) FROM statements_postings")
        assert most is not None and most[0] >= 3  # words repeat: counts above one are ranked
        for words, limit, kinds in SEARCHES:
            chosen = selective(await repo.word_frequencies(fts_tokens(words)))
            for chat in range(3):
                found = await repo.search_statements(chat, words, limit, kinds=kinds)
                expected = _fts5(db, chat, chosen, limit, kinds)
                assert [s.id for s in found] == expected, (words, chat, limit)
                assert len(expected) == limit or words != ["the"]


def _counted(db: Path) -> list[list[tuple]]:
    with sqlite3.connect(db) as conn:
        return [
            sorted(conn.execute(f"SELECT * FROM {table}").fetchall())
            for table in ("statements_postings", "statements_vocab", "statements_totals")
        ]


async def test_migration_011_counts_the_statements_stored_before_it(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.db"
    async with await Repository.open(str(fresh)) as repo:
        await _fill(repo, stories=30)
    old = tmp_path / "old.db"  # the same rows in a database of the release before 011
    with sqlite3.connect(old) as conn:
        for migration in migrations()[:10]:
            conn.executescript(migration.sql)
        conn.execute("PRAGMA user_version = 10")
        conn.execute("ATTACH ? AS fresh", (str(fresh),))
        for table in ("chats", "articles", "shares"):
            conn.execute(f"INSERT INTO {table} SELECT * FROM fresh.{table}")
        columns = [r[1] for r in conn.execute("PRAGMA table_info(statements)")]
        conn.execute(
            f"INSERT INTO statements ({', '.join(columns)}) "
            f"SELECT {', '.join(columns)} FROM fresh.statements"
        )
    async with await Repository.open(str(old)) as repo:
        assert await repo.search_statements(0, ["the"], 5)
    assert _counted(old) == _counted(fresh)
    with sqlite3.connect(old) as conn:
        stored = conn.execute("SELECT sentence, proposition, speaker, org, aliases, terms FROM "
                              "statements").fetchall()  # fmt: skip
    assert all(terms == terms_json(*row[:5]) for *row, terms in stored)


async def test_search_articles_are_those_of_the_best_statements(tmp_path: Path) -> None:
    async with await Repository.open(str(tmp_path / "articles.db")) as repo:
        await _fill(repo)
        for words, _, _ in SEARCHES:
            for chat in range(3):
                for statements, articles in ((80, 5), (7, 3), (30, 40), (1, 1)):
                    found = await repo.search_statements(chat, words, statements)
                    expected = list(dict.fromkeys(s.article_id for s in found))[:articles]
                    assert await repo.search_articles(chat, words, statements, articles) == (
                        expected
                    ), (words, chat, statements, articles)


async def test_the_counts_follow_statements_replaced_and_forgotten(tmp_path: Path) -> None:
    db = tmp_path / "counts.db"
    async with await Repository.open(str(db)) as repo:
        await _fill(repo, stories=40)
        await repo.forget(1)  # a third of the stories deleted with their statements
        assert await repo.count_articles() < 40
    recounted = tmp_path / "recounted.db"  # the same statements, counted from scratch
    with sqlite3.connect(recounted) as conn:
        conn.execute("ATTACH ? AS kept", (str(db),))
        conn.executescript(
            "CREATE TABLE statements_postings AS SELECT w.value AS term, count(*) AS tf, "
            "json_array_length(st.terms) AS length, st.id AS statement_id "
            "FROM kept.statements st, json_each(st.terms) w GROUP BY st.id, w.value;"
            "CREATE TABLE statements_vocab AS SELECT term, count(*) AS doc "
            "FROM statements_postings GROUP BY term;"
            "CREATE TABLE statements_totals AS SELECT count(*) AS rows, "
            "sum(json_array_length(terms)) AS tokens FROM kept.statements;"
        )
    assert _counted(db) == _counted(recounted)
