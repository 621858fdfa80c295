"""What only PostgreSQL has to prove: its migrations and their versions, processes starting and
storing at once, `migrate-db` from SQLite, and search finding what SQLite's FTS5 finds."""

from __future__ import annotations

import asyncio
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from bot.models import Statement
from storage import Repository, SchemaTooNewError
from storage.copy import TABLES
from storage.db import latest_version, migrations
from storage.testing import TemporaryPostgres
from tests.helpers import FIXTURES, jsonl, rows, run_cli
from tests.storage.test_storage import CLAIM, DENIAL, make_article

POSTGRESQL = "postgresql"


def pg(url: str, sql: str, params: tuple = ()) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as conn:
        cursor = conn.execute(sql, params)
        return [tuple(r) for r in cursor.fetchall()] if cursor.description else []


def test_postgresql_has_the_same_numbered_migrations_as_sqlite() -> None:
    versions = [m.version for m in migrations(POSTGRESQL)]
    assert versions == [m.version for m in migrations()] == list(range(1, latest_version() + 1))
    assert latest_version(POSTGRESQL) == latest_version()


async def test_an_empty_database_is_migrated_to_the_latest_version(
    postgres: TemporaryPostgres,
) -> None:
    url = postgres.create_database("fresh")
    async with await Repository.open(url) as repo:
        assert repo.postgres
        assert await repo.count_articles() == 0
    assert pg(url, "SELECT version FROM schema_version") == [(latest_version(POSTGRESQL),)]
    assert pg(url, "SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'") == [("pg_trgm",)]
    indexes = {r[0] for r in pg(url, "SELECT indexname FROM pg_indexes")}
    assert {"statements_tsv", "statements_vocab_trgm", "articles_text_once"} <= indexes


async def test_a_database_at_an_older_version_gets_only_the_missing_migrations(
    postgres: TemporaryPostgres,
) -> None:
    url = postgres.create_database("at6")
    with psycopg.connect(url, autocommit=True) as conn:  # a database of the release before 007
        for migration in migrations(POSTGRESQL)[:6]:
            conn.execute(migration.sql.encode())
        conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        conn.execute("INSERT INTO schema_version VALUES (6)")
        conn.execute(
            "INSERT INTO chats (id, created_at) VALUES (5, 'then'); INSERT INTO articles "
            "(url, text, summary, content_hash, fetched_at) VALUES ('u', 't', 's', 'h', 'then')"
        )
    async with await Repository.open(url) as repo:
        assert await repo.count_articles() == 1
        assert await repo.claim_followup(5, 1, 1, 10) is True  # 007's table is there
    assert pg(url, "SELECT version FROM schema_version") == [(latest_version(POSTGRESQL),)]


async def test_a_newer_database_is_refused_with_a_clear_message(pg_url: str) -> None:
    pg(pg_url, "UPDATE schema_version SET version = 999")
    with pytest.raises(SchemaTooNewError, match="version 999 is newer"):
        await Repository.open(pg_url)
    result = run_cli("list", db=pg_url)
    assert result.returncode == 1 and "version 999 is newer" in result.stderr


async def test_processes_starting_together_on_an_empty_database_migrate_it_once(
    postgres: TemporaryPostgres,
) -> None:
    url = postgres.create_database("together")
    repos = await asyncio.gather(*(Repository.open(url) for _ in range(4)))
    for repo in repos:
        await repo.close()
    assert pg(url, "SELECT version FROM schema_version") == [(latest_version(POSTGRESQL),)]


def _ingest_process(url: str, files: list[str]) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COUNTERCLAIM_", "TELEGRAM_"))}
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "--db", url, "ingest", *files, "--jsonl"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


STORY_FILES = [
    "seed_story.html", "bloomberg_claim.html", "plain_story.txt", "transfer_story.txt",
    "takeover_story.txt", "quota_story.txt", "bakery_story.txt", "hoax_story.txt",
]  # fmt: skip


def test_two_ingest_processes_racing_over_the_same_files_store_each_story_once(
    pg_url: str,
) -> None:
    files = [str(FIXTURES / name) for name in STORY_FILES]
    racers = [_ingest_process(pg_url, files), _ingest_process(pg_url, files[::-1])]
    outputs = [racer.communicate(timeout=180) for racer in racers]
    for racer, (out, err) in zip(racers, outputs, strict=True):
        assert racer.returncode == 0, err
        assert len(jsonl(out)) == len(files)
    ids = [sorted(r["article_id"] for r in jsonl(out)) for out, _ in outputs]
    assert ids[0] == ids[1] and len(set(ids[0])) == len(files)  # both name the same stories
    assert rows(pg_url, "SELECT count(*) FROM articles") == [(len(files),)]
    assert rows(pg_url, "SELECT count(*) FROM shares") == [(len(files),)]
    statements = sum(len(r["statements"]) for r in jsonl(outputs[0][0]))
    assert rows(pg_url, "SELECT count(*) FROM statements") == [(statements,)] != [(0,)]


async def test_two_connections_storing_the_same_text_story_at_once_keep_one(pg_url: str) -> None:
    """A story without a URL is known by its text's hash: unique among URL-less articles."""
    repos = [await Repository.open(pg_url) for _ in range(6)]
    try:
        story = make_article(url=None, text="The same pasted story.")
        results = await asyncio.gather(
            *(repo.save_article(story, [CLAIM, DENIAL], chat_id=i % 2) for i, repo in
              enumerate(repos))
        )  # fmt: skip
        assert len({r.article_id for r in results}) == 1
        assert sum(r.created for r in results) == 1
        assert await repos[0].count_articles() == 1
        assert len(await repos[0].statements_for(results[0].article_id)) == 2
    finally:
        for repo in repos:
            await repo.close()


async def _populate(path: str) -> None:
    """A SQLite database with a row in every table the copy covers."""
    async with await Repository.open(path) as repo:
        first = await repo.save_article(make_article("https://a.example/1"), [CLAIM], chat_id=-5)
        second = await repo.save_article(
            make_article("https://b.example/2", "Denial."), [DENIAL], chat_id=-5, message_id=9
        )
        [claim] = await repo.statements_for(first.article_id)
        [answer] = await repo.statements_for(second.article_id)
        await repo.add_links(-5, [(answer.id, claim.id, 88.5)])
        await repo.remember_message(-5, 9, second.article_id)
        await repo.update_chat_settings(-5, lang="en")
        await repo.save_digest_schedule(-5, "daily", 9, 0, "Europe/Berlin", None, "2024-01-01")
        await repo.begin_digest_delivery(-5, "2024-01-02T08:00:00+00:00", "2024-01-01", "x")
        await repo.claim_followup(-5, first.article_id, second.article_id, 9)
        item, _ = await repo.accept(-5, "https://c.example/3", message_id=11)
        await repo.start_item(item)


def _table(db: str, table: str) -> list[tuple]:
    columns = ", ".join(
        c for c in (r[1] for r in rows(str(Path(db)), f"PRAGMA table_info({table})"))
    )
    return rows(db, f"SELECT {columns} FROM {table} ORDER BY 1, 2")


def test_migrate_db_copies_everything_into_an_empty_database_and_answers_the_same(
    tmp_path: Path, pg_url: str
) -> None:
    source = tmp_path / "cc.db"
    for name in ("seed_story.html", "bloomberg_claim.html", "plain_story.txt"):
        assert run_cli("ingest", str(FIXTURES / name), db=source).returncode == 0
    asyncio.run(_populate(str(source)))

    copied = run_cli("migrate-db", "--to", pg_url, db=source)
    assert copied.returncode == 0, copied.stderr
    counts = dict(line.split(": ") for line in copied.stdout.splitlines()[:-1])
    assert set(counts) == set(TABLES) and all(int(n) > 0 for n in counts.values())
    for table in TABLES:  # every row, every column (terms: JSON on SQLite), ids kept
        found = [r[1] for r in rows(source, f"PRAGMA table_info({table})")]
        columns = ", ".join(c for c in found if not (table == "statements" and c == "terms"))
        query = f"SELECT {columns} FROM {table} ORDER BY 1, 2"
        assert rows(pg_url, query) == rows(source, query), table
        assert int(counts[table]) == len(rows(source, query))

    questions = [
        "did the Kremlin deny this?", "who denied the bloomberg story?",
        "did Zelensky deny this?", "did Apple deny it will buy Netflix?", "any denial from Moscow?",
    ]  # fmt: skip
    batch = tmp_path / "q.jsonl"
    batch.write_text("\n".join(json.dumps({"q": q, "about": 1}) for q in questions), "utf-8")
    on_sqlite = run_cli("ask", "--batch", str(batch), db=source)
    on_postgres = run_cli("ask", "--batch", str(batch), db=pg_url)
    assert on_sqlite.returncode == on_postgres.returncode == 0
    assert jsonl(on_postgres.stdout) == jsonl(on_sqlite.stdout)
    assert [a["answer"] for a in jsonl(on_sqlite.stdout)][:2] == ["yes", "yes"]

    # ids go on after the copied ones; a second copy is refused in one line
    added = run_cli("ingest", str(FIXTURES / "hoax_story.txt"), "--jsonl", db=pg_url)
    assert jsonl(added.stdout)[0]["article_id"] == int(counts["articles"]) + 1
    again = run_cli("migrate-db", "--to", pg_url, db=source)
    assert again.returncode == 1 and "not empty" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1


_PROSE = (
    "kremlin peskov denied report bridge ministry talks ceasefire ukraine bloomberg said "
    "minister the of reuters sanctions oil price officials claimed spokesman rejected false "
    "netflix apple merger deal court ruling election fraud vote police protest hospital"
)
WORDS = _PROSE.split()
NAMES = ["Dmitry Peskov", "Ana Costa", "José Álvarez", "The Kremlin", "Reuters", None]


def _statements(rng: random.Random, article: int) -> list[Statement]:
    found = []
    for position in range(rng.randint(1, 6)):
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 14))).capitalize()
        speaker = rng.choice(NAMES)
        found.append(
            Statement(
                position, rng.choice(["claim", "denial", "statement", "confirmation"]),
                sentence + ".", speaker=speaker, org=rng.choice([None, "Ministry of Works"]),
                proposition=rng.choice([None, " ".join(rng.sample(WORDS, 3))]),
                aliases=(speaker.split()[-1],) if speaker else (),
            )
        )  # fmt: skip
    return found


async def _fill(repo: Repository) -> None:
    rng = random.Random(12)
    for n in range(120):
        article = make_article(f"https://news.example/{n}", f"Story {n}.")
        await repo.save_article(article, _statements(rng, n), chat_id=n % 3)
    for n in range(0, 120, 7):  # replaced text: statements out of the index and back in
        article = make_article(f"https://news.example/{n}", f"Story {n}, updated.")
        await repo.save_article(article, _statements(rng, n), chat_id=n % 3)
    await repo.forget(2, None)


QUESTIONS = [
    "did the Kremlin deny the Bloomberg report?", "what did Peskov say about the ceasefire?",
    "did Alvarez deny the merger?", "any denial from the ministry about the bridge?",
    "did Apple deny it will buy Netflix?", "who rejected the false fraud claim?",
    "the of", "did reuters confirm the oil price?", "nothing here matches zebra",
]  # fmt: skip


async def test_search_finds_the_same_statements_in_the_same_order_on_both(
    tmp_path: Path, pg_url: str
) -> None:
    async with (
        await Repository.open(str(tmp_path / "same.db")) as lite,
        await Repository.open(pg_url) as post,
    ):
        await _fill(lite)
        await _fill(post)
        for question in QUESTIONS:
            words = question.replace("?", "").split()
            assert await post.word_frequencies(words) == await lite.word_frequencies(words)
            for chat, limit, kinds in ((0, 50, ()), (1, 5, ()), (0, 8, ("denial", "claim"))):
                found = [
                    [s.id for s in await repo.search_statements(chat, words, limit, kinds=kinds)]
                    for repo in (lite, post)
                ]
                assert found[1] == found[0], (question, chat, limit)
        assert await post.search_statements(2, ["kremlin"]) == []  # chat 2 forgot all


async def test_the_same_vocabulary_is_counted_on_both(tmp_path: Path, pg_url: str) -> None:
    async with (
        await Repository.open(str(tmp_path / "vocab.db")) as lite,
        await Repository.open(pg_url) as post,
    ):
        await _fill(lite)
        await _fill(post)
        lite_vocab = await lite.db.fetch_all("SELECT term, doc FROM statements_vocab ORDER BY 1")
        post_vocab = await post.db.fetch_all("SELECT term, doc FROM statements_vocab ORDER BY 1")
        assert [tuple(r) for r in post_vocab] == [tuple(r) for r in lite_vocab]
        assert len(lite_vocab) > 30 and ("jose",) in [(r[0],) for r in lite_vocab]
