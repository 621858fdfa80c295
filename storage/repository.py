"""The repository: the only place that speaks SQL. Small async methods over one database,
SQLite or PostgreSQL; where their SQL differs, both variants stand side by side here."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.models import Article, Statement
from storage.db import BUSY_TIMEOUT_MS, Database, connect
from storage.records import (
    DigestDelivery,
    DigestRow,
    Link,
    QueueItem,
    SaveResult,
    Share,
    StoredArticle,
    StoredStatement,
)
from storage.rows import Row
from storage.search import (
    TYPO_MIN_LEN,
    TYPO_TERMS,
    alike,
    fts_tokens,
    ranked_params,
    ranked_sql,
    selective,
    statement_terms,
    terms_json,
)
from storage.workers import WorkerRecords, instant


def _marks(values: Iterable[Any]) -> str:
    """One "?" per value, comma-separated: an IN list."""
    return ", ".join("?" for _ in values)


def utcnow() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def utcnow_precise() -> str:
    """Now to the microsecond: for share times, which digest windows compare against."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


_QUEUE_COLUMNS = (
    "id, chat_id, source, message_id, user_id, state, attempts, last_error, article_id, "
    "reply, status_message_id, delivered_at"
)

_ARTICLE_COLUMNS = (
    "id, url, title, site, author, published, language, text, summary, content_hash, fetched_at"
)
_STATEMENT_COLUMNS = (
    "id, article_id, position, kind, speaker, speaker_norm, org, role, cue, sentence, quote, "
    "quote_start, quote_end, proposition, anonymous, aliases, target_position"
)


def _article(row: Row) -> StoredArticle:
    return StoredArticle(**dict(row))


STATEMENT_INSERT_COLUMNS = (
    "article_id, position, kind, speaker, speaker_norm, org, role, cue, sentence, quote, "
    "quote_start, quote_end, proposition, anonymous, aliases, target_position"
)
# statements looked up by id, then kept when their article is shared in the chat: an EXISTS,
# so that no planner starts from the chat's shares (SQLite did, at 1M statements: 120 ms)
_SHARED = "EXISTS (SELECT 1 FROM shares sh WHERE sh.article_id = st.article_id AND sh.chat_id = ?)"
# A chat with at most this many articles (some 5,000 statements) is searched through its own
# statements only: in a bot serving many chats, ranking all of them first reads many rows to
# find a small chat's few; a large chat holds enough of the best to rank them all first.
SMALL_CHAT = 500
SMALL_RANKED = 10_000  # of a small chat's statements, the best this many (all, in practice)
ARTICLE_CHUNK = 16  # statements search_articles looks up at a time (most need one look)
_SEARCHED = (8, 12, 3, 5, 14)  # sentence, proposition, speaker, org, aliases: what FTS5 indexes


def statement_row(article_id: int, s: Statement) -> tuple[Any, ...]:
    """A statement's values in STATEMENT_INSERT_COLUMNS order."""
    return (
        article_id, s.position, s.kind, s.speaker, s.speaker_norm, s.org, s.role, s.cue,
        s.sentence, s.quote, s.quote_start, s.quote_end, s.proposition, int(s.anonymous),
        "|".join(s.aliases), s.target,
    )  # fmt: skip


_STATEMENT_AS_STORED = (  # the Statement fields stored as they are, column for field
    "position", "kind", "sentence", "speaker", "speaker_norm", "org", "role", "cue", "quote",
    "quote_start", "quote_end", "proposition",
)  # fmt: skip


def _statement(row: Row) -> StoredStatement:
    aliases = tuple(a for a in (row["aliases"] or "").split("|") if a)
    return StoredStatement(
        id=row["id"],
        article_id=row["article_id"],
        statement=Statement(
            **{name: row[name] for name in _STATEMENT_AS_STORED},
            anonymous=bool(row["anonymous"]),
            aliases=aliases,
            target=row["target_position"],
        ),
    )


def _share(row: Row) -> Share:
    return Share(
        row["chat_id"], row["article_id"], row["message_id"], row["user_id"], row["shared_at"]
    )


_CHAT_UPSERT = (
    "INSERT INTO chats (id, kind, title, created_at) VALUES (?, COALESCE(?, 'private'), ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET kind = COALESCE(?, chats.kind), "
    "title = COALESCE(excluded.title, chats.title)"
)


class Repository(WorkerRecords):
    """Async access to the Counterclaim database. Open with `await Repository.open(path)`.
    What several workers share (updates seen, queue leases) is in `storage.workers`."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.conn = db.conn  # the driver's connection (aiosqlite or psycopg), for diagnostics

    @property
    def postgres(self) -> bool:
        return self.db.dialect == "postgresql"

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """One transaction, rolled back on any error; writers on this connection take turns.
        SQLite: BEGIN IMMEDIATE, a busy database waited for. PostgreSQL: READ COMMITTED, with
        the rows a read-modify-write reads locked (FOR UPDATE) and unique keys ON CONFLICT."""
        async with self.db.transaction():
            yield

    async def _write(self, sql: str, params: tuple[Any, ...] = ()) -> int:
        """One statement, autocommitted unless inside this task's transaction; rows changed."""
        return await self.db.execute(sql, params)

    @classmethod
    async def open(cls, db: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Repository:
        """`db` is a SQLite file path or a postgresql:// (postgres://) URL."""
        return cls(await connect(db, busy_timeout_ms=busy_timeout_ms))

    async def close(self) -> None:
        await self.db.close()

    async def __aenter__(self) -> Repository:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- helpers -------------------------------------------------------------------------

    async def _one(self, sql: str, params: tuple[Any, ...] = ()) -> Row | None:
        return await self.db.fetch_one(sql, params)

    async def _all(self, sql: str, params: tuple[Any, ...] = ()) -> list[Row]:
        return await self.db.fetch_all(sql, params)

    # -- chats ---------------------------------------------------------------------------

    async def ensure_chat(
        self, chat_id: int, kind: str | None = None, title: str | None = None
    ) -> None:
        """Create the chat row if missing; update its kind and title when given."""
        await self._write(_CHAT_UPSERT, (chat_id, kind, title, utcnow(), kind))

    async def chat_settings(self, chat_id: int) -> dict[str, Any]:
        row = await self._one("SELECT settings FROM chats WHERE id = ?", (chat_id,))
        return json.loads(row["settings"]) if row else {}

    async def update_chat_settings(self, chat_id: int, **changes: Any) -> dict[str, Any]:
        async with self.transaction():
            await self.ensure_chat(chat_id)
            row = await self._one(
                "SELECT settings FROM chats WHERE id = ?" + self.db.for_update, (chat_id,)
            )
            settings = (json.loads(row["settings"]) if row else {}) | changes
            await self._write(
                "UPDATE chats SET settings = ? WHERE id = ?", (json.dumps(settings), chat_id)
            )
        return settings

    # -- articles ------------------------------------------------------------------------

    async def save_article(
        self,
        article: Article,
        statements: list[Statement] | tuple[Statement, ...] = (),
        *,
        chat_id: int,
        message_id: int | None = None,
        user_id: int | None = None,
    ) -> SaveResult:
        """Store an article with its statements and this chat's share, all in one transaction.

        An article already stored under the same canonical URL (or, without a URL, the same
        text) is reused; when its text changed, its text and statements are replaced.
        """

        async def save() -> SaveResult:
            async with self.transaction():
                article_id, created = await self._upsert_article(article, statements)
                await self._write(_CHAT_UPSERT, (chat_id, None, None, utcnow(), None))
                share, already = await self._share(chat_id, article_id, message_id, user_id)
            return SaveResult(article_id, created, share, already)

        return await self.db.retrying(save)

    async def save_articles(
        self, stories: list[tuple[Article, list[Statement]]], *, chat_id: int
    ) -> list[SaveResult]:
        """Store several articles with their statements, all shared in one chat, in one
        transaction: what `save_article` does for each, for bulk loads (benchmarks, imports)."""

        async def save() -> list[SaveResult]:
            results = []
            async with self.transaction():
                await self._write(_CHAT_UPSERT, (chat_id, None, None, utcnow(), None))
                for article, statements in stories:
                    article_id, created = await self._upsert_article(article, statements)
                    share, already = await self._share(chat_id, article_id, None, None)
                    results.append(SaveResult(article_id, created, share, already))
            return results

        return await self.db.retrying(save)

    async def optimize(self) -> None:
        """Refresh the planner's statistics after a bulk load (ANALYZE; SQLite's optimize)."""
        await self._write("ANALYZE" if self.postgres else "PRAGMA optimize")

    async def _existing_article(self, article: Article) -> Row | None:
        """The stored article with this URL (or text), locked on PostgreSQL until commit."""
        if article.url:
            return await self._one(
                "SELECT id, content_hash FROM articles WHERE url = ?" + self.db.for_update,
                (article.url,),
            )
        return await self._one(
            "SELECT id, content_hash FROM articles WHERE url IS NULL AND content_hash = ?"
            + self.db.for_update,
            (article.content_hash,),
        )

    async def _upsert_article(
        self, article: Article, statements: list[Statement] | tuple[Statement, ...]
    ) -> tuple[int, bool]:
        """Two processes storing the same story at once keep one copy: the URL (or, without
        one, the text's hash) is unique, the second INSERT does nothing and reads the first."""
        values = (
            article.url,
            article.title,
            article.site,
            article.author,
            article.published,
            article.language,
            article.text,
            article.summary,
            article.content_hash,
            utcnow(),
        )
        existing = await self._existing_article(article)
        if existing is None:
            article_id = await self.db.insert(
                "INSERT INTO articles (url, title, site, author, published, language, text, "
                "summary, content_hash, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                values,
            )
            if article_id is not None:
                await self._insert_statements(article_id, statements)
                return article_id, True
            existing = await self._existing_article(article)  # stored meanwhile by another
            assert existing is not None
        article_id = int(existing["id"])
        if existing["content_hash"] != article.content_hash:
            await self._write(
                "UPDATE articles SET url = ?, title = ?, site = ?, author = ?, published = ?, "
                "language = ?, text = ?, summary = ?, content_hash = ?, fetched_at = ? "
                "WHERE id = ?",
                (*values, article_id),
            )
            await self._write("DELETE FROM statements WHERE article_id = ?", (article_id,))
            await self._insert_statements(article_id, statements)
        return article_id, False

    async def _insert_statements(
        self, article_id: int, statements: list[Statement] | tuple[Statement, ...]
    ) -> None:
        rows = [statement_row(article_id, s) for s in statements]
        if not rows:
            return
        columns = STATEMENT_INSERT_COLUMNS
        if self.postgres:  # the words PostgreSQL searches, cut as SQLite's FTS5 cuts them
            columns += ", terms"
            rows = [(*row, statement_terms(*(row[i] for i in _SEARCHED))) for row in rows]
        else:  # the same words, as JSON: triggers count them in (statements_postings)
            columns += ", terms"
            rows = [(*row, terms_json(*(row[i] for i in _SEARCHED))) for row in rows]
        marks = "(" + _marks(rows[0]) + ")"
        if self.postgres:  # one INSERT: its trigger counts the words of all the rows at once
            values = ", ".join(marks for _ in rows)
            flat = tuple(value for row in rows for value in row)
            await self.db.execute(f"INSERT INTO statements ({columns}) VALUES {values}", flat)
            return
        await self.db.execute_many(f"INSERT INTO statements ({columns}) VALUES {marks}", rows)

    async def _share(
        self, chat_id: int, article_id: int, message_id: int | None, user_id: int | None
    ) -> tuple[Share, bool]:
        """This chat's share of the article: the one stored first wins (UNIQUE chat, article)."""
        now = utcnow_precise()
        added = await self._write(
            "INSERT INTO shares (chat_id, article_id, message_id, user_id, shared_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (chat_id, article_id, message_id, user_id, now),
        )
        if added:
            return Share(chat_id, article_id, message_id, user_id, now), False
        row = await self._one(
            "SELECT * FROM shares WHERE chat_id = ? AND article_id = ?", (chat_id, article_id)
        )
        assert row is not None
        return _share(row), True

    async def article(self, article_id: int) -> StoredArticle | None:
        row = await self._one(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        )
        return _article(row) if row else None

    async def articles(self, article_ids: list[int]) -> dict[int, StoredArticle]:
        """The stored articles among these ids, by id (one query)."""
        if not article_ids:
            return {}
        rows = await self._all(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id IN ({_marks(article_ids)})",
            tuple(article_ids),
        )
        return {row["id"]: _article(row) for row in rows}

    async def article_by_url(self, url: str) -> StoredArticle | None:
        row = await self._one(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE url = ?", (url,))
        return _article(row) if row else None

    async def article_for_link(self, *links: str) -> StoredArticle | None:
        """The article a link already led to: by canonical URL, or by an earlier fetch of it."""
        marks = _marks(links)
        row = await self._one(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE url IN ({marks}) OR id IN "
            f"(SELECT article_id FROM ingest_queue WHERE state = 'done' AND source IN ({marks})) "
            "LIMIT 1",
            (*links, *links),
        )
        return _article(row) if row else None

    async def add_share(
        self, chat_id: int, article_id: int, message_id: int | None, user_id: int | None
    ) -> tuple[Share, bool]:
        """Share a stored article into a chat; True when this chat had it already."""
        async with self.transaction():
            await self._write(_CHAT_UPSERT, (chat_id, None, None, utcnow(), None))
            return await self._share(chat_id, article_id, message_id, user_id)

    async def remember_message(self, chat_id: int, message_id: int, article_id: int) -> None:
        """Note that a message in a chat is about an article (a reply to it means "this")."""
        await self._write(
            "INSERT INTO messages (chat_id, message_id, article_id) VALUES (?, ?, ?) "
            "ON CONFLICT (chat_id, message_id) DO UPDATE SET article_id = excluded.article_id",
            (chat_id, message_id, article_id),
        )

    async def article_for_message(self, chat_id: int, message_id: int) -> int | None:
        """The article a message of this chat is about, if it is still shared here."""
        row = await self._one(
            "SELECT m.article_id FROM messages m JOIN shares s ON s.article_id = m.article_id "
            "AND s.chat_id = m.chat_id WHERE m.chat_id = ? AND m.message_id = ?",
            (chat_id, message_id),
        )
        return int(row[0]) if row else None

    async def latest_message_for(self, chat_id: int, article_id: int) -> int | None:
        """The newest message of a chat about an article (its card, else the shared link)."""
        row = await self._one(
            "SELECT max(message_id) FROM messages WHERE chat_id = ? AND article_id = ?",
            (chat_id, article_id),
        )
        return int(row[0]) if row and row[0] is not None else None

    async def claim_followup(
        self, chat_id: int, claim_article: int, answer_article: int, message_id: int
    ) -> bool:
        """Take the one reply to `claim_article`'s card about `answer_article`: True the first
        time only (the caller then sends it), so an update is never sent twice."""
        added = await self._write(
            "INSERT INTO followups (chat_id, claim_article, answer_article, message_id, "
            "created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (chat_id, claim_article, answer_article, message_id, utcnow()),
        )
        return added == 1

    async def share(self, chat_id: int, article_id: int) -> Share | None:
        row = await self._one(
            "SELECT * FROM shares WHERE chat_id = ? AND article_id = ?", (chat_id, article_id)
        )
        return _share(row) if row else None

    async def list_articles(self, chat_id: int, limit: int = 20) -> list[StoredArticle]:
        """The chat's articles, most recently shared first."""
        rows = await self._all(
            f"SELECT {', '.join('a.' + c.strip() for c in _ARTICLE_COLUMNS.split(','))} "
            "FROM articles a JOIN shares s ON s.article_id = a.id "
            "WHERE s.chat_id = ? ORDER BY s.shared_at DESC, s.id DESC LIMIT ?",
            (chat_id, limit),
        )
        return [_article(r) for r in rows]

    async def headlines(self, chat_id: int, limit: int = 200) -> list[tuple[int, str]]:
        """(article id, title and summary) of the chat's most recently shared articles."""
        rows = await self._all(
            "SELECT a.id, COALESCE(a.title, '') || ' ' || COALESCE(a.summary, '') AS headline "
            "FROM articles a JOIN shares s ON s.article_id = a.id "
            "WHERE s.chat_id = ? ORDER BY s.shared_at DESC, s.id DESC LIMIT ?",
            (chat_id, limit),
        )
        return [(row["id"], row["headline"]) for row in rows]

    async def forget(self, chat_id: int, article_id: int | None = None) -> int:
        """Drop this chat's share of one article (or of all, when None) and its links there;
        an article no chat holds any more is deleted with its statements. Returns shares dropped."""

        async def drop() -> int:
            async with self.transaction():
                where, params = "chat_id = ?", [chat_id]
                if article_id is not None:
                    where += " AND article_id = ?"
                    params.append(article_id)
                forgotten = f"SELECT article_id FROM shares WHERE {where}"
                of_forgotten = f"(SELECT id FROM statements WHERE article_id IN ({forgotten}))"
                await self._write(
                    f"DELETE FROM links WHERE chat_id = ? AND (answer_id IN {of_forgotten} "
                    f"OR claim_id IN {of_forgotten})",
                    (chat_id, *params, *params),
                )
                dropped = await self._write(f"DELETE FROM shares WHERE {where}", tuple(params))
                await self._write(
                    "DELETE FROM articles WHERE id NOT IN (SELECT article_id FROM shares)"
                )
            return dropped

        return await self.db.retrying(drop)

    async def chat_stats(self, chat_id: int) -> dict[str, int]:
        """How many articles this chat shared, statements of each kind in them, and links."""
        stats = {"articles": 0, "claim": 0, "denial": 0, "confirmation": 0, "statement": 0}
        row = await self._one("SELECT count(*) FROM shares WHERE chat_id = ?", (chat_id,))
        stats["articles"] = int(row[0]) if row else 0
        for kind_row in await self._all(
            "SELECT st.kind, count(*) AS n FROM statements st JOIN shares sh "
            "ON sh.article_id = st.article_id WHERE sh.chat_id = ? GROUP BY st.kind",
            (chat_id,),
        ):
            stats[kind_row["kind"]] = int(kind_row["n"])
        row = await self._one("SELECT count(*) FROM links WHERE chat_id = ?", (chat_id,))
        stats["links"] = int(row[0]) if row else 0
        return stats

    async def count_articles(self) -> int:
        row = await self._one("SELECT count(*) FROM articles")
        return int(row[0]) if row else 0

    # -- statements ----------------------------------------------------------------------

    async def chat_sentences(self, chat_id: int) -> list[str]:
        """Every statement sentence of the chat's articles (a full scan: for baselines)."""
        rows = await self._all(
            "SELECT st.sentence FROM statements st JOIN shares sh "
            "ON sh.article_id = st.article_id WHERE sh.chat_id = ? ORDER BY st.id",
            (chat_id,),
        )
        return [row[0] for row in rows]

    async def statements_for(self, article_id: int) -> list[StoredStatement]:
        rows = await self._all(
            f"SELECT {_STATEMENT_COLUMNS} FROM statements WHERE article_id = ? ORDER BY position",
            (article_id,),
        )
        return [_statement(r) for r in rows]

    async def statements_of_articles(
        self, article_ids: list[int]
    ) -> dict[int, list[StoredStatement]]:
        """`statements_for` of several articles in one query: each id's list (maybe empty)."""
        found: dict[int, list[StoredStatement]] = {aid: [] for aid in article_ids}
        if not article_ids:
            return found
        rows = await self._all(
            f"SELECT {_STATEMENT_COLUMNS} FROM statements WHERE article_id IN "
            f"({_marks(article_ids)}) ORDER BY article_id, position",
            tuple(article_ids),
        )
        for row in rows:
            found[row["article_id"]].append(_statement(row))
        return found

    async def search_statements(
        self,
        chat_id: int,
        words: list[str],
        limit: int = 50,
        *,
        kinds: tuple[str, ...] = (),
        exclude_article: int | None = None,
    ) -> list[StoredStatement]:
        """Statements of this chat's articles matching any of `words` (full text), best first.

        Words are weighed by how many statements hold them: only the rarest ones that together
        match at most MATCH_BUDGET rows are searched, so a question costs the same at 100 or
        100,000 statements.
        """
        found: list[StoredStatement] = []
        ranked = self._ranked_in_chat(chat_id, words, limit, limit, kinds, exclude_article)
        async for chunk in ranked:
            found += await self._in_chat(chat_id, chunk, kinds, exclude_article)
            if len(found) >= limit:
                break
        return found[:limit]

    async def search_articles(
        self, chat_id: int, words: list[str], statements: int, articles: int
    ) -> list[int]:
        """The articles of `search_statements(chat_id, words, statements)` in order of their
        best statement, the first `articles` of them: the same, reading only as many
        statements as it takes."""
        found: list[int] = []
        seen = 0
        async for chunk in self._ranked_in_chat(chat_id, words, statements, ARTICLE_CHUNK):
            for article_id in await self._articles_in_chat(chat_id, chunk):
                seen += 1
                if seen > statements or len(found) >= articles:
                    return found
                if article_id not in found:
                    found.append(article_id)
        return found

    async def _ranked_in_chat(
        self,
        chat_id: int,
        words: list[str],
        limit: int,
        chunk: int,
        kinds: tuple[str, ...] = (),
        exclude_article: int | None = None,
    ) -> AsyncIterator[list[int]]:
        """The ids of the statements matching `words`, best first, `chunk` at a time (the
        caller keeps those of this chat, of `kinds`, not of `exclude_article`): the best
        `limit` of all chats ranked first, more when too few of them are kept."""
        chosen, frequencies = await self._search_words(words)
        if not chosen:
            return
        totals = await self._search_totals()
        most_often = await self._most_often(chosen[0]) if len(chosen) == 1 else 0
        if await self._small_chat(chat_id):  # rank only its statements, all of them at once
            sql = ranked_sql(chosen, most_often, in_chat=True)
            params = ranked_params(chosen, frequencies, totals, most_often, SMALL_RANKED, chat_id)
            ranked = [int(r["id"]) for r in await self._all(sql, tuple(params))]
            for start in range(0, len(ranked), chunk):
                yield ranked[start : start + chunk]
            return
        sql = ranked_sql(chosen, most_often)
        size, done = limit, 0
        while True:
            params = ranked_params(chosen, frequencies, totals, most_often, size)
            ranked = [int(r["id"]) for r in await self._all(sql, tuple(params))]
            for start in range(done, len(ranked), chunk):
                yield ranked[start : start + chunk]
            if len(ranked) < size:
                return
            size, done = size * 8, len(ranked)

    async def _small_chat(self, chat_id: int) -> bool:
        """The chat holds at most SMALL_CHAT articles (counted no further than that)."""
        row = await self._one(
            "SELECT count(*) FROM (SELECT 1 FROM shares WHERE chat_id = ? LIMIT ?) AS c",
            (chat_id, SMALL_CHAT + 1),
        )
        return row is not None and int(row[0]) <= SMALL_CHAT

    async def _search_words(self, words: list[str]) -> tuple[list[str], dict[str, int]]:
        """The words to search for (`selective`), and how many statements hold each. A word
        no statement holds may be a typo: the stored words like it stand in for it."""
        frequencies = await self.word_frequencies(fts_tokens(words))
        for token in [t for t, count in frequencies.items() if not count]:
            if len(token) >= TYPO_MIN_LEN:
                found = await self.word_frequencies(await self.similar_terms(token))
                frequencies |= {t: n for t, n in found.items() if t not in frequencies}
        return selective(frequencies), frequencies

    async def _most_often(self, term: str) -> int:
        """The most times one statement holds `term`."""
        row = await self._one("SELECT max(tf) FROM statements_postings WHERE term = ?", (term,))
        return int(row[0]) if row and row[0] is not None else 0

    async def _in_chat(
        self, chat_id: int, ids: list[int], kinds: tuple[str, ...], exclude_article: int | None
    ) -> list[StoredStatement]:
        """The statements of `ids` shared in this chat, of `kinds` (if any) and not of
        `exclude_article`, in the order of `ids`."""
        columns = ", ".join("st." + c.strip() for c in _STATEMENT_COLUMNS.split(","))
        where, params = [], []
        if kinds:
            where.append(f" AND st.kind IN ({_marks(kinds)})")
            params.extend(kinds)
        if exclude_article is not None:
            where.append(" AND st.article_id != ?")
            params.append(exclude_article)
        rows = await self._all(
            f"SELECT {columns} FROM statements st WHERE st.id IN ({_marks(ids)}) "
            f"AND {_SHARED}{''.join(where)}",
            (*ids, chat_id, *params),
        )
        by_id = {row["id"]: _statement(row) for row in rows}
        return [by_id[i] for i in ids if i in by_id]

    async def _articles_in_chat(self, chat_id: int, ids: list[int]) -> list[int]:
        """The article of each statement of `ids` shared in this chat, in the order of `ids`."""
        rows = await self._all(
            f"SELECT st.id, st.article_id FROM statements st WHERE st.id IN ({_marks(ids)}) "
            f"AND {_SHARED}",
            (*ids, chat_id),
        )
        by_id = {int(row["id"]): int(row["article_id"]) for row in rows}
        return [by_id[i] for i in ids if i in by_id]

    async def _search_totals(self) -> tuple[int, int]:
        """Statements and words in them, as FTS5 keeps them for bm25."""
        row = await self._one("SELECT rows, tokens FROM statements_totals")
        return (int(row[0]), int(row[1])) if row else (0, 0)

    async def similar_terms(self, token: str) -> list[str]:
        """Stored words like `token` by trigram similarity (storage.search.alike), best first:
        on PostgreSQL found with pg_trgm's GIN index, on SQLite among the words of its first
        letter in the FTS5 vocabulary; the same words on both."""
        if self.postgres:
            rows = await self._all(
                "SELECT term, similarity(term, ?) AS s FROM statements_vocab "
                "WHERE term % ? AND left(term, 1) = left(?, 1) AND term <> ? "
                "ORDER BY s DESC, term LIMIT ?",
                (token, token, token, token, TYPO_TERMS * 4),
            )
        else:
            first = token[:1]
            rows = await self._all(
                "SELECT term FROM statements_vocab WHERE term >= ? AND term < ?",
                (first, first + "\U0010ffff"),
            )
        return alike(token, [str(r["term"]) for r in rows])

    async def word_frequencies(self, tokens: list[str]) -> dict[str, int]:
        """How many statements contain each token (0 for unknown ones)."""
        if not tokens:
            return {}
        rows = await self._all(
            f"SELECT term, doc FROM statements_vocab WHERE term IN ({_marks(tokens)})",
            tuple(tokens),
        )
        found = {row["term"]: int(row["doc"]) for row in rows}
        return {token: found.get(token, 0) for token in tokens}

    async def statement(self, statement_id: int) -> StoredStatement | None:
        row = await self._one(
            f"SELECT {_STATEMENT_COLUMNS} FROM statements WHERE id = ?", (statement_id,)
        )
        return _statement(row) if row else None

    # -- links between a denial (or confirmation) and the claim it answers, per chat -----

    async def add_links(self, chat_id: int, links: list[tuple[int, int, float]]) -> int:
        """Record (answer id, claim id, score) links in one chat; return how many are new."""
        async with self.transaction():
            added = 0
            for answer, claim, score in links:
                added += await self._write(
                    "INSERT INTO links (chat_id, answer_id, claim_id, score, created_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (chat_id, answer, claim, score, utcnow()),
                )
            return added

    async def links_for_article(self, chat_id: int, article_id: int) -> list[Link]:
        """Links in this chat where either side belongs to the article."""
        rows = await self._all(
            "SELECT l.answer_id, l.claim_id, l.score, l.created_at, "
            "a.article_id AS answer_article, c.article_id AS claim_article, "
            "a.position AS answer_position, c.position AS claim_position "
            "FROM links l JOIN statements a ON a.id = l.answer_id "
            "JOIN statements c ON c.id = l.claim_id "
            "WHERE l.chat_id = ? AND (a.article_id = ? OR c.article_id = ?) "
            "ORDER BY l.score DESC",
            (chat_id, article_id, article_id),
        )
        return [Link(**dict(r)) for r in rows]

    # -- the ingest queue ----------------------------------------------------------------

    async def accept(
        self,
        chat_id: int,
        source: str,
        message_id: int | None = None,
        user_id: int | None = None,
        *,
        reply: str = "card",
        owner: str | None = None,
        lease_seconds: float = 0.0,
    ) -> tuple[int, bool]:
        """Record an accepted link before any work on it, so it survives a crash; returns its
        queue id and whether it is new. The same link of the same message (an update seen
        again after a restart) is the same job. A worker accepting it (`owner`) holds its lease
        from the start (`storage.workers`); without one, any worker may take it."""
        now = utcnow()
        until = instant(lease_seconds) if owner else None
        async with self.transaction():
            known = await self._queued(chat_id, message_id, source) if message_id is not None else 0
            if known:
                return known, False
            item_id = await self.db.insert(  # PostgreSQL: unique (chat, message, source)
                "INSERT INTO ingest_queue (chat_id, source, message_id, user_id, reply, "
                "lease_owner, lease_until, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (chat_id, source, message_id, user_id, reply, owner, until, now, now),
            )
            if item_id is None:  # accepted meanwhile by another process
                return await self._queued(chat_id, message_id, source), False
        return item_id, True

    async def _queued(self, chat_id: int, message_id: int | None, source: str) -> int:
        """The queue id of this link of this message, 0 when there is none."""
        row = await self._one(
            "SELECT id FROM ingest_queue WHERE chat_id = ? AND message_id = ? AND source = ?",
            (chat_id, message_id, source),
        )
        return int(row["id"]) if row else 0

    async def set_status_message(self, item_id: int, message_id: int) -> None:
        """The "Reading…" message sent for a queued link: the one its card will replace."""
        await self._write(
            "UPDATE ingest_queue SET status_message_id = ?, updated_at = ? WHERE id = ?",
            (message_id, utcnow(), item_id),
        )

    async def start_item(self, item_id: int) -> None:
        await self._write(
            "UPDATE ingest_queue SET state = 'running', attempts = attempts + 1, "
            "updated_at = ? WHERE id = ?",
            (utcnow(), item_id),
        )

    async def finish_item(self, item_id: int, article_id: int) -> None:
        """The link's story is stored; the job is over once its card is delivered."""
        await self._write(
            "UPDATE ingest_queue SET state = 'done', article_id = ?, last_error = NULL, "
            "updated_at = ? WHERE id = ?",
            (article_id, utcnow(), item_id),
        )

    async def fail_item(self, item_id: int, error: str, *, retry: bool = False) -> None:
        """Record a failure; `retry` puts the item back in line for another attempt."""
        await self._write(
            "UPDATE ingest_queue SET state = ?, last_error = ?, updated_at = ? WHERE id = ?",
            ("pending" if retry else "failed", error, utcnow(), item_id),
        )

    async def deliver_item(self, item_id: int) -> None:
        """The card (or the failure line) reached the chat: the job is finished."""
        now = utcnow()
        await self._write(
            "UPDATE ingest_queue SET delivered_at = ?, updated_at = ? WHERE id = ?",
            (now, now, item_id),
        )

    async def pending_items(self, limit: int = 100) -> list[QueueItem]:
        """Items still to read, including those left 'running' by a crash, oldest first."""
        rows = await self._all(
            f"SELECT {_QUEUE_COLUMNS} FROM ingest_queue WHERE state IN ('pending', 'running') "
            "ORDER BY id LIMIT ?",
            (limit,),
        )
        return [QueueItem(**dict(r)) for r in rows]

    async def undelivered_items(self, up_to: int | None = None) -> list[QueueItem]:
        """Jobs whose answer has not reached the chat (read or not), oldest first; `up_to`
        leaves out jobs queued after that id (this process's own)."""
        rows = await self._all(
            f"SELECT {_QUEUE_COLUMNS} FROM ingest_queue WHERE delivered_at IS NULL "
            "AND id <= ? ORDER BY id",
            (up_to if up_to is not None else 2**62,),
        )
        return [QueueItem(**dict(r)) for r in rows]

    async def reading_count(self, chat_id: int) -> int:
        """Links of `chat_id` accepted but not yet answered with a card or a failure line."""
        row = await self._one(
            "SELECT COUNT(*) FROM ingest_queue WHERE chat_id = ? AND delivered_at IS NULL "
            "AND state IN ('pending', 'running')",
            (chat_id,),
        )
        return int(row[0]) if row else 0

    async def last_queue_id(self) -> int:
        row = await self._one("SELECT COALESCE(MAX(id), 0) FROM ingest_queue")
        return int(row[0]) if row else 0

    async def queue_item(self, item_id: int) -> QueueItem | None:
        row = await self._one(f"SELECT {_QUEUE_COLUMNS} FROM ingest_queue WHERE id = ?", (item_id,))
        return QueueItem(**dict(row)) if row else None

    # -- digests: each chat's schedule, the last period sent, and whether it blocked the bot --

    async def digest_row(self, chat_id: int) -> DigestRow | None:
        row = await self._one(
            f"SELECT {_DIGEST_COLUMNS} FROM digests WHERE chat_id = ?", (chat_id,)
        )
        return DigestRow(**dict(row)) if row else None

    async def save_digest_schedule(
        self,
        chat_id: int,
        frequency: str,
        hour: int,
        minute: int,
        zone: str,
        weekday: int | None,
        now: str,
    ) -> None:
        """Set a chat's schedule (unblocking it). Runs up to `now` count as done, so a new
        schedule never sends a "missed" digest for a time before it existed."""
        await self.ensure_chat(chat_id)
        await self._write(
            "INSERT INTO digests (chat_id, frequency, hour, minute, zone, weekday, last_period, "
            "blocked, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?) ON CONFLICT (chat_id) DO "
            "UPDATE SET frequency = excluded.frequency, hour = excluded.hour, "
            "minute = excluded.minute, zone = excluded.zone, weekday = excluded.weekday, "
            f"last_period = {self.db.greatest}(COALESCE(digests.last_period, ''), "
            "excluded.last_period), blocked = 0, updated_at = excluded.updated_at",
            (chat_id, frequency, hour, minute, zone, weekday, now, now),
        )

    async def active_digests(self) -> list[DigestRow]:
        """Schedules to put in the JobQueue: daily or weekly, in chats that did not block us."""
        rows = await self._all(
            f"SELECT {_DIGEST_COLUMNS} FROM digests "
            "WHERE frequency != 'off' AND blocked = 0 ORDER BY chat_id"
        )
        return [DigestRow(**dict(r)) for r in rows]

    async def mark_digest_sent(self, chat_id: int, until: str) -> None:
        """Note that a digest covering everything shared before `until` went out."""
        await self.ensure_chat(chat_id)
        await self._write(
            "INSERT INTO digests (chat_id, last_sent, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (chat_id) DO UPDATE SET last_sent = excluded.last_sent",
            (chat_id, until, utcnow()),
        )

    async def mark_digest_blocked(self, chat_id: int) -> None:
        """The chat blocked or removed the bot: stop scheduling its digest (and delivering one)."""
        async with self.transaction():
            await self._write(
                "UPDATE digests SET blocked = 1, updated_at = ? WHERE chat_id = ?",
                (utcnow(), chat_id),
            )
            await self._write("DELETE FROM digest_deliveries WHERE chat_id = ?", (chat_id,))

    async def set_digest_thread(self, chat_id: int, thread_id: int | None) -> None:
        """The forum topic scheduled digests go to (None: the chat itself, or General)."""
        await self._write(
            "UPDATE digests SET thread_id = ? WHERE chat_id = ?", (thread_id, chat_id)
        )

    # -- a scheduled digest until it is delivered: sent at least once, retried, resumable ----

    async def begin_digest_delivery(
        self, chat_id: int, period: str, since: str, until: str
    ) -> DigestDelivery | None:
        """Start delivering a scheduled period covering (since, until]. None when that period
        (or a later one) was sent or is being delivered, or the chat blocked the bot. An
        earlier period still waiting for a retry is replaced: the new window covers it."""
        async with self.transaction():
            row = await self._one(  # locked: one worker begins a period
                "SELECT last_period, blocked FROM digests WHERE chat_id = ?" + self.db.for_update,
                (chat_id,),
            )
            if row is None or row["blocked"] or (row["last_period"] or "") >= period:
                return None
            pending = await self._one(
                "SELECT period, since FROM digest_deliveries WHERE chat_id = ?", (chat_id,)
            )
            if pending is not None:
                if pending["period"] >= period:
                    return None
                since = min(since, pending["since"])
            await self._write(
                "INSERT INTO digest_deliveries (chat_id, period, since, until, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET "
                "period = excluded.period, since = excluded.since, until = excluded.until, "
                "parts_sent = 0, attempts = 0, retry_at = NULL, last_error = NULL, "
                "created_at = excluded.created_at",
                (chat_id, period, since, until, utcnow()),
            )
        return DigestDelivery(chat_id, period, since, until, 0, 0, None, None)

    async def digest_delivery(self, chat_id: int) -> DigestDelivery | None:
        """The chat's digest not yet (fully) delivered, if any."""
        row = await self._one(
            f"SELECT {_DELIVERY_COLUMNS} FROM digest_deliveries WHERE chat_id = ?", (chat_id,)
        )
        return DigestDelivery(**dict(row)) if row else None

    async def start_digest_attempt(
        self, chat_id: int, period: str, *, resume: bool = False, quiet_seconds: float = 0.0
    ) -> DigestDelivery | None:
        """Take a delivery waiting for a retry for another attempt (its retry_at is cleared
        meanwhile): of several workers whose retry timer fires, one takes it. `resume` also
        takes one whose attempt a stop cut off (no retry_at), at start-up, once it has been
        left alone for `quiet_seconds`: a delivery another worker began a moment ago is
        being sent, not cut off. Taking it restarts that clock, so one worker takes it."""
        now = datetime.now(UTC)
        quiet_since = (now - timedelta(seconds=quiet_seconds)).isoformat(timespec="seconds")
        async with self.transaction():
            row = await self._one(
                "UPDATE digest_deliveries SET retry_at = NULL, "
                "created_at = CASE WHEN retry_at IS NULL THEN ? ELSE created_at END "
                "WHERE chat_id = ? AND period = ? "
                "AND (retry_at IS NOT NULL OR (? = 1 AND created_at <= ?)) RETURNING chat_id",
                (now.isoformat(timespec="seconds"), chat_id, period, int(resume), quiet_since),
            )
        return await self.digest_delivery(chat_id) if row is not None else None

    async def digest_part_sent(self, chat_id: int, period: str, parts_sent: int) -> None:
        """Note that the first `parts_sent` messages of the delivery went out."""
        await self._write(
            "UPDATE digest_deliveries SET parts_sent = ? WHERE chat_id = ? AND period = ?",
            (parts_sent, chat_id, period),
        )

    async def finish_digest_delivery(self, chat_id: int, period: str, *, sent: bool) -> None:
        """The period is done: it counts as sent, and when messages went out (`sent`), the
        next digest starts where this one ended."""
        async with self.transaction():
            until = await self._end_delivery(chat_id, period, "until")
            if until is None:
                return
            greatest = self.db.greatest
            await self._write(
                f"UPDATE digests SET last_period = {greatest}(COALESCE(last_period, ''), ?), "
                f"last_sent = CASE WHEN ? THEN {greatest}(COALESCE(last_sent, ''), ?) "
                "ELSE last_sent END WHERE chat_id = ?",
                (period, bool(sent), until, chat_id),
            )

    async def _end_delivery(self, chat_id: int, period: str, column: str) -> str | None:
        """Within a transaction: drop the chat's delivery of `period` and return its `since`
        or `until` (None when there is no such delivery)."""
        assert column in ("since", "until")
        row = await self._one(
            f"SELECT {column} FROM digest_deliveries WHERE chat_id = ? AND period = ?"
            + self.db.for_update,
            (chat_id, period),
        )
        if row is None:
            return None
        await self._write("DELETE FROM digest_deliveries WHERE chat_id = ?", (chat_id,))
        return row[column]

    async def retry_digest_delivery(
        self, chat_id: int, period: str, attempts: int, retry_at: str, error: str
    ) -> None:
        """Record a failed attempt and when to try again."""
        await self._write(
            "UPDATE digest_deliveries SET attempts = ?, retry_at = ?, last_error = ? "
            "WHERE chat_id = ? AND period = ?",
            (attempts, retry_at, error, chat_id, period),
        )

    async def abandon_digest_delivery(self, chat_id: int, period: str) -> None:
        """Give the period up: it is not tried again, and the next digest starts where this one
        would have, so what it covered is not lost."""
        async with self.transaction():
            since = await self._end_delivery(chat_id, period, "since")
            if since is None:
                return
            await self._write(
                f"UPDATE digests SET last_period = {self.db.greatest}(COALESCE(last_period, ''), "
                "?), last_sent = COALESCE(last_sent, ?) WHERE chat_id = ?",
                (period, since, chat_id),
            )

    async def shared_between(
        self, chat_id: int, since: str, until: str
    ) -> list[tuple[StoredArticle, str]]:
        """Articles shared in a chat after `since` up to and including `until`, oldest share
        first, with when (a digest up to `until` covers it; the next starts after it)."""
        columns = ", ".join("a." + c.strip() for c in _ARTICLE_COLUMNS.split(","))
        rows = await self._all(
            f"SELECT {columns}, s.shared_at AS shared_at FROM articles a "
            "JOIN shares s ON s.article_id = a.id "
            "WHERE s.chat_id = ? AND s.shared_at > ? AND s.shared_at <= ? "
            "ORDER BY s.shared_at, s.id",
            (chat_id, since, until),
        )
        found = []
        for row in rows:
            fields = dict(row)
            shared_at = fields.pop("shared_at")
            found.append((StoredArticle(**fields), shared_at))
        return found

    # -- a group upgraded to a supergroup: everything moves to the new chat id -------------

    async def migrate_chat(self, old_id: int, new_id: int, *, title: str | None = None) -> bool:
        """Move everything stored under a group's old id to its supergroup's new id, in one
        transaction: the chat's settings, shares, links, remembered messages, queued links, the
        digest schedule and a digest being delivered. Rows the new id already has win (no
        duplicate shares); a second run finds nothing left and changes nothing. Returns whether
        anything moved."""
        async with self.transaction():
            await self._one(  # PostgreSQL: both chats locked, so one worker migrates them
                "SELECT id FROM chats WHERE id IN (?, ?) ORDER BY id" + self.db.for_update,
                (old_id, new_id),
            )
            old_chat = await self._one("SELECT title, settings FROM chats WHERE id = ?", (old_id,))
            leftovers = await self._one(
                "SELECT EXISTS (SELECT 1 FROM ingest_queue WHERE chat_id = ?) "
                "OR EXISTS (SELECT 1 FROM messages WHERE chat_id = ?)",
                (old_id, old_id),
            )
            if old_id == new_id or (old_chat is None and not (leftovers and leftovers[0])):
                return False
            await self._merge_chat_row(old_chat, old_id, new_id, title)
            for table, key in _CHAT_KEYS.items():  # a row the new id has wins
                await self._move_rows(table, key, old_id, new_id)
            await self._write("DELETE FROM messages WHERE chat_id = ?", (old_id,))
            await self._write(
                "UPDATE ingest_queue SET chat_id = ? WHERE chat_id = ?", (new_id, old_id)
            )
            await self._merge_digests(old_id, new_id)
            # what stayed behind (shares, links, a digest the new id had too) goes with it
            await self._write("DELETE FROM chats WHERE id = ?", (old_id,))
        return True

    async def _merge_chat_row(
        self, old_chat: Row | None, old_id: int, new_id: int, title: str | None
    ) -> None:
        new_chat = await self._one("SELECT settings FROM chats WHERE id = ?", (new_id,))
        settings = json.loads(old_chat["settings"]) if old_chat else {}
        if new_chat is not None:
            settings |= json.loads(new_chat["settings"])  # the new chat's own choices win
        settings["migrated_from"] = old_id  # an allow-list naming the old id still admits it
        title = title or (old_chat["title"] if old_chat else None)
        await self._write(_CHAT_UPSERT, (new_id, "supergroup", title, utcnow(), "supergroup"))
        await self._write(
            "UPDATE chats SET settings = ? WHERE id = ?", (json.dumps(settings), new_id)
        )

    async def _merge_digests(self, old_id: int, new_id: int) -> None:
        """The old schedule moves unless the new chat set one of its own; the later of the
        periods and sends counts. The bot is in the new chat, so it is not blocked there."""
        old = await self._one(f"SELECT {_DIGEST_COLUMNS} FROM digests WHERE chat_id = ?", (old_id,))
        if old is None:
            return
        new = await self._one(f"SELECT {_DIGEST_COLUMNS} FROM digests WHERE chat_id = ?", (new_id,))
        if new is None:
            await self._write(
                "UPDATE digests SET chat_id = ?, blocked = 0 WHERE chat_id = ?", (new_id, old_id)
            )
        else:
            keep = new if new["frequency"] != "off" else old
            await self._write(
                "UPDATE digests SET frequency = ?, weekday = ?, hour = ?, minute = ?, zone = ?, "
                "thread_id = ?, blocked = ?, last_period = ?, last_sent = ?, updated_at = ? "
                "WHERE chat_id = ?",
                (
                    keep["frequency"],
                    keep["weekday"],
                    keep["hour"],
                    keep["minute"],
                    keep["zone"],
                    keep["thread_id"],
                    new["blocked"] if keep is new else 0,
                    _latest(old["last_period"], new["last_period"]),
                    _latest(old["last_sent"], new["last_sent"]),
                    utcnow(),
                    new_id,
                ),
            )
        await self._move_rows("digest_deliveries", (), old_id, new_id)  # the new id's wins

    async def _move_rows(self, table: str, key: tuple[str, ...], old_id: int, new_id: int) -> None:
        """Move `table`'s rows from old_id to new_id but those the new id has (same `key`)
        already: UPDATE OR IGNORE, written so that PostgreSQL runs it too."""
        same = "".join(f" AND o.{column} = {table}.{column}" for column in key)
        await self._write(
            f"UPDATE {table} SET chat_id = ? WHERE chat_id = ? AND NOT EXISTS "
            f"(SELECT 1 FROM {table} o WHERE o.chat_id = ?{same})",
            (new_id, old_id, new_id),
        )


_CHAT_KEYS = {  # what identifies a chat's row in each table, beside the chat
    "shares": ("article_id",),
    "links": ("answer_id", "claim_id"),
    "messages": ("message_id",),
}


def _latest(*instants: str | None) -> str | None:
    """The latest of some stored UTC ISO instants (they compare as text), None if none."""
    return max((i for i in instants if i), default=None)


_DIGEST_COLUMNS = (
    "chat_id, frequency, weekday, hour, minute, zone, last_period, last_sent, blocked, thread_id"
)
_DELIVERY_COLUMNS = "chat_id, period, since, until, parts_sent, attempts, retry_at, last_error"
