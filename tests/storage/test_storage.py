"""Storage on a real SQLite file and a real PostgreSQL database (each test on both, through the
`db` fixture): migrations, whole-or-nothing writes, full-text search, the queue, digests."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from bot.digest.schedule import iso_precise
from bot.models import Article, Statement
from storage import Repository, SchemaTooNewError
from storage.db import latest_version, migrations


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
async def repo(db: str):
    repository = await Repository.open(db)
    yield repository
    await repository.close()


async def test_migrations_record_the_schema_version_and_set_pragmas(tmp_path: Path) -> None:
    repo = await Repository.open(str(tmp_path / "pragmas.db"))
    async with repo.conn.execute("PRAGMA user_version") as cur:
        assert (await cur.fetchone())[0] == latest_version() >= 1
    async with repo.conn.execute("PRAGMA journal_mode") as cur:
        assert (await cur.fetchone())[0] == "wal"
    async with repo.conn.execute("PRAGMA foreign_keys") as cur:
        assert (await cur.fetchone())[0] == 1
    async with repo.conn.execute("PRAGMA busy_timeout") as cur:
        assert (await cur.fetchone())[0] > 0
    await repo.close()


async def test_reopening_keeps_data_and_does_not_migrate_twice(db: str) -> None:
    async with await Repository.open(db) as repo:
        await repo.save_article(make_article(), [CLAIM], chat_id=1)
    async with await Repository.open(db) as repo:
        assert await repo.count_articles() == 1


async def test_migrations_are_numbered_once_each_and_apply_in_order(tmp_path: Path) -> None:
    assert [m.version for m in migrations()] == list(range(1, latest_version() + 1))
    path = tmp_path / "at6.db"
    with sqlite3.connect(path) as conn:  # a database of the release before 007_followups
        for migration in migrations()[:6]:
            conn.executescript(migration.sql)
        conn.execute("PRAGMA user_version = 6")
    async with await Repository.open(str(path)) as repo:
        async with repo.conn.execute("PRAGMA user_version") as cur:
            assert (await cur.fetchone())[0] == latest_version() >= 7
        async with repo.conn.execute("SELECT name FROM pragma_table_info('ingest_queue')") as cur:
            assert {"reply", "status_message_id", "delivered_at"} <= {
                r[0] for r in await cur.fetchall()
            }
        async with repo.conn.execute("SELECT name FROM pragma_table_info('followups')") as cur:
            assert "answer_article" in {r[0] for r in await cur.fetchall()}


async def test_a_newer_database_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    with pytest.raises(SchemaTooNewError, match="version 999 is newer"):
        await Repository.open(str(path))


async def test_article_and_statements_are_written_whole_or_not_at_all(repo: Repository) -> None:
    broken = [CLAIM, Statement(0, "denial", "Same position twice.")]  # violates UNIQUE
    with pytest.raises((sqlite3.IntegrityError, psycopg.IntegrityError)):
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


async def test_chat_sentences_are_the_chat_s_own_in_order(repo: Repository) -> None:
    await repo.save_article(make_article(), [CLAIM, DENIAL], chat_id=1)
    await repo.save_article(make_article("https://news.example/b"), [DENIAL], chat_id=2)
    assert await repo.chat_sentences(1) == [CLAIM.sentence, DENIAL.sentence]
    assert await repo.chat_sentences(2) == [DENIAL.sentence]
    assert await repo.chat_sentences(3) == []


async def test_several_articles_saved_at_once_are_each_stored_and_shared(
    repo: Repository,
) -> None:
    stories = [(make_article(f"https://news.example/{n}"), [CLAIM, DENIAL]) for n in range(3)]
    results = await repo.save_articles(stories, chat_id=5)
    again = await repo.save_articles(stories[:1], chat_id=5)
    assert [r.created for r in results] == [True, True, True] and again[0].already_shared
    assert again[0].article_id == results[0].article_id
    assert len(await repo.list_articles(5)) == 3
    assert len(await repo.search_statements(5, ["costa"])) == 3  # indexed like save_article


async def test_search_index_follows_replaced_statements(repo: Repository) -> None:
    await repo.save_article(make_article(text="One."), [DENIAL], chat_id=1)
    await repo.save_article(make_article(text="Two."), [CLAIM], chat_id=1)
    assert await repo.search_statements(1, ["ministry"]) == []
    assert len(await repo.search_statements(1, ["courier"])) == 1


async def test_queue_keeps_every_accepted_link(db: str) -> None:
    async with await Repository.open(db) as repo:
        done, _ = await repo.accept(1, "https://news.example/a", message_id=5, user_id=7)
        crashed, _ = await repo.accept(1, "https://news.example/b")
        failed, _ = await repo.accept(1, "https://news.example/c")
        for item in (done, crashed, failed):
            await repo.start_item(item)
        saved = await repo.save_article(make_article(), chat_id=1)
        await repo.finish_item(done, saved.article_id)
        await repo.fail_item(failed, "HTTP 404 Not Found")
    async with await Repository.open(db) as repo:  # as after a crash and restart
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
        *(repo.accept(1, f"https://news.example/q{i}") for i in range(20)),
    )
    assert await repo.count_articles() == 20
    assert len(await repo.pending_items()) == 20


async def _rows(repo: Repository) -> dict[str, list[tuple]]:
    """Every chat-scoped row, to compare before and after."""
    found = {}
    tables = ("chats", "shares", "links", "messages", "ingest_queue")
    for table in (*tables, "digests", "digest_deliveries"):
        rows = await repo.db.fetch_all(f"SELECT * FROM {table} ORDER BY 1, 2")
        found[table] = [tuple(row) for row in rows]
    return found


async def test_migrating_a_group_moves_everything_to_the_new_id_once(repo: Repository) -> None:
    old, new = -10, -1_000_000_000_010
    claim_story = await repo.save_article(make_article("https://a.example/1"), [CLAIM], chat_id=old)
    denial = make_article("https://b.example/2", "Denial text.")
    denial_story = await repo.save_article(denial, [DENIAL], chat_id=old, message_id=6)
    await repo.save_article(denial, [DENIAL], chat_id=new, message_id=1)  # shared in both
    a, b = claim_story.article_id, denial_story.article_id
    [claim] = await repo.statements_for(a)
    [answer] = await repo.statements_for(b)
    for chat in (old, new):
        await repo.add_links(chat, [(answer.id, claim.id, 90.0)])
    await repo.remember_message(old, 5, a)
    await repo.remember_message(old, 6, b)
    await repo.remember_message(old, 1, a)  # the same message id as one in the new chat
    await repo.remember_message(new, 1, b)
    await repo.accept(old, "https://c.example/3", message_id=7)
    await repo.update_chat_settings(old, lang="en", x=1)
    await repo.update_chat_settings(new, x=2)
    await repo.save_digest_schedule(old, "daily", 9, 0, "Europe/Berlin", None, "2024-01-01")
    await repo.mark_digest_sent(new, "2024-01-03T00:00:00+00:00")  # a /digest in the new chat
    period = "2024-01-04T08:00:00+00:00"
    assert await repo.begin_digest_delivery(old, period, "2024-01-03", "2024-01-04")

    assert await repo.migrate_chat(old, new, title="Newsroom") is True

    assert await repo.list_articles(old) == []
    assert {x.id for x in await repo.list_articles(new)} == {a, b}
    assert (await repo.share(new, b)).message_id == 1  # type: ignore[union-attr]
    assert (await repo.chat_stats(new))["links"] == 1
    assert [await repo.article_for_message(new, m) for m in (5, 6, 1)] == [a, b, b]
    assert [item.chat_id for item in await repo.pending_items()] == [new]
    assert await repo.chat_settings(new) == {"lang": "en", "x": 2, "migrated_from": old}
    assert await repo.digest_row(old) is None
    row = await repo.digest_row(new)
    assert row is not None and (row.frequency, row.zone, row.blocked) == (
        "daily",
        "Europe/Berlin",
        0,
    )
    assert row.last_sent == "2024-01-03T00:00:00+00:00"
    assert (await repo.digest_delivery(new)).period == period  # type: ignore[union-attr]
    before = await _rows(repo)
    assert before["chats"][0][0] == new and len(before["chats"]) == 1
    assert await repo.migrate_chat(old, new) is False  # the other service message: a no-op
    assert await _rows(repo) == before


async def test_a_digest_delivery_counts_as_sent_only_when_finished(repo: Repository) -> None:
    await repo.save_digest_schedule(1, "daily", 9, 0, "UTC", None, "2024-01-01T00:00:00+00:00")
    p1, p2 = "2024-01-02T09:00:00+00:00", "2024-01-03T09:00:00+00:00"
    first = await repo.begin_digest_delivery(1, p1, "2024-01-01T09:00:00+00:00", "2024-01-02")
    assert first is not None and first.parts_sent == first.attempts == 0
    assert await repo.begin_digest_delivery(1, p1, "x", "y") is None  # being delivered
    await repo.retry_digest_delivery(1, p1, 1, "2024-01-02T09:01:00+00:00", "Bad Gateway")
    waiting = await repo.digest_delivery(1)
    assert waiting is not None and (waiting.attempts, waiting.last_error) == (1, "Bad Gateway")
    assert await repo.start_digest_attempt(1, "2000-01-01") is None
    taken = await repo.start_digest_attempt(1, p1)
    assert taken is not None and taken.retry_at is None
    assert await repo.start_digest_attempt(1, p1) is None  # taken: another worker's timer is late
    # a worker starting up while another has just begun sending it leaves it alone…
    assert await repo.start_digest_attempt(1, p1, resume=True, quiet_seconds=60) is None
    assert await repo.start_digest_attempt(1, p1, resume=True) is not None  # cut off by a stop
    # …and of two resuming at once, one takes it
    assert await repo.start_digest_attempt(1, p1, resume=True, quiet_seconds=60) is None
    row = await repo.digest_row(1)
    assert row is not None and row.last_period == "2024-01-01T00:00:00+00:00"  # not sent yet
    # the next period replaces a delivery still waiting; its window starts at the earlier one
    second = await repo.begin_digest_delivery(1, p2, "2024-01-02T09:00:00+00:00", "2024-01-03")
    assert second is not None and second.since == "2024-01-01T09:00:00+00:00"
    await repo.digest_part_sent(1, p2, 2)
    assert (await repo.digest_delivery(1)).parts_sent == 2  # type: ignore[union-attr]
    await repo.finish_digest_delivery(1, p2, sent=True)
    row = await repo.digest_row(1)
    assert row is not None and (row.last_period, row.last_sent) == (p2, "2024-01-03")
    assert await repo.digest_delivery(1) is None
    assert await repo.begin_digest_delivery(1, p1, "x", "y") is None
    assert await repo.begin_digest_delivery(1, p2, "x", "y") is None


async def test_a_given_up_digest_leaves_its_window_to_the_next(repo: Repository) -> None:
    await repo.save_digest_schedule(2, "daily", 9, 0, "UTC", None, "2024-01-01T00:00:00+00:00")
    period = "2024-01-02T09:00:00+00:00"
    await repo.begin_digest_delivery(2, period, "2024-01-01T09:00:00+00:00", period)
    await repo.abandon_digest_delivery(2, period)
    row = await repo.digest_row(2)
    assert row is not None and row.last_period == period
    assert row.last_sent == "2024-01-01T09:00:00+00:00"  # the next digest starts there
    assert await repo.digest_delivery(2) is None
    later = "2024-01-03T09:00:00+00:00"
    assert await repo.begin_digest_delivery(2, later, "a", "b") is not None
    await repo.mark_digest_blocked(2)  # blocked: nothing more is delivered
    assert await repo.digest_delivery(2) is None
    assert await repo.begin_digest_delivery(2, "2024-01-04T09:00:00+00:00", "a", "b") is None


async def test_a_share_right_after_a_digest_goes_into_the_next_one(repo: Repository) -> None:
    """Digest windows are (since, until] to the microsecond, like share times: a story shared
    in the very second a digest was made is in the next digest, not lost between the two."""
    start = datetime.now(UTC) - timedelta(hours=1)
    await repo.save_article(make_article("https://news.example/one"), [CLAIM], chat_id=1)
    until = datetime.now(UTC)  # the first digest is made now …
    await repo.save_article(make_article("https://news.example/two"), [CLAIM], chat_id=1)
    later = datetime.now(UTC)  # … and the story above is shared in the same second
    first = await repo.shared_between(1, iso_precise(start), iso_precise(until))
    second = await repo.shared_between(1, iso_precise(until), iso_precise(later))
    assert [a.url for a, _ in first] == ["https://news.example/one"]
    assert [a.url for a, _ in second] == ["https://news.example/two"]


async def test_a_misspelt_word_finds_the_stored_words_like_it(repo: Repository) -> None:
    """ "peskow" is in no statement: "peskov" stands in for it (pg_trgm on PostgreSQL, the same
    trigram similarity on SQLite); a word like nothing stored finds nothing."""
    peskov = Statement(1, "denial", "Dmitry Peskov said the report was wrong.", speaker="Peskov")
    await repo.save_article(make_article(), [peskov, CLAIM], chat_id=1)
    assert await repo.similar_terms("peskow") == ["peskov"]
    found = await repo.search_statements(1, ["peskow"])
    assert [s.statement.speaker for s in found] == ["Peskov"]
    assert await repo.similar_terms("zzzzqq") == []
    assert await repo.search_statements(1, ["bridgr"]) != []  # "bridge", two statements
    assert await repo.search_statements(1, ["qqqqqq"]) == []
    # a three-letter word is guessed at too ("rud" for "Rudd"); two letters are not
    rudd = Statement(2, "denial", "Paul Rudd's reps denied it.", speaker="Paul Rudd's reps")
    await repo.save_article(make_article(url="https://news.example/rudd"), [rudd], chat_id=1)
    assert [s.statement.speaker for s in await repo.search_statements(1, ["rud"])] == [
        "Paul Rudd's reps"
    ]
    assert await repo.search_statements(1, ["ru"]) == []
