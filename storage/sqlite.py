"""The SQLite backend: one aiosqlite connection (WAL, busy timeout), BEGIN IMMEDIATE writers."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

import aiosqlite

from storage.busy import when_free
from storage.schema import SQLITE, migrations, refuse_newer
from storage.search import terms_json

BUSY_TIMEOUT_MS = 5000
T = TypeVar("T")
Params = tuple[Any, ...] | list[Any]

_in_transaction: ContextVar[object | None] = ContextVar("sqlite_transaction", default=None)


class SqliteDatabase:
    """execute / insert / fetch_all / fetch_one / transaction / close over one SQLite file."""

    dialect = SQLITE
    for_update = ""  # BEGIN IMMEDIATE already holds the one write lock
    greatest = "max"
    skip_locked = ""  # no row locks: a claim inside BEGIN IMMEDIATE holds the one write lock

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn
        self._lock = asyncio.Lock()  # one writer at a time on this connection

    @classmethod
    async def open(cls, path: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> SqliteDatabase:
        """A connection with WAL, foreign keys and a busy timeout, migrated to the latest
        schema. A database busy with another writer (or recovering) is waited for."""
        conn = await aiosqlite.connect(path, isolation_level=None)  # explicit BEGIN/COMMIT
        try:
            conn.row_factory = aiosqlite.Row
            await conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            await when_free(lambda: conn.execute("PRAGMA journal_mode = WAL"))
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute("PRAGMA synchronous = NORMAL")
            # migration 011 gives the statements stored before it their words with this
            await conn.create_function("statement_terms", 5, terms_json, deterministic=True)
            await migrate(conn)
        except BaseException:
            await conn.close()
            raise
        return cls(conn)

    def _mine(self) -> bool:
        return _in_transaction.get() is self

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error; writers take turns. A database
        busy with another process is waited for (busy timeout, then retries), never an error."""
        async with self._lock:
            await when_free(lambda: self.conn.execute("BEGIN IMMEDIATE"))
            token = _in_transaction.set(self)
            try:
                yield
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
            finally:
                _in_transaction.reset(token)
            await when_free(lambda: self.conn.execute("COMMIT"))

    async def retrying(self, work: Callable[[], Awaitable[T]]) -> T:
        """BEGIN IMMEDIATE takes the one write lock first: no deadlock to run again."""
        return await work()

    async def _cursor(self, sql: str, params: Params) -> aiosqlite.Cursor:
        """Inside this task's transaction as is; else one autocommitted write, in turn."""
        if self._mine():
            return await self.conn.execute(sql, params)
        async with self._lock:
            return await when_free(lambda: self.conn.execute(sql, params))

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; the number of rows it changed."""
        return (await self._cursor(sql, params)).rowcount

    async def execute_many(self, sql: str, rows: Iterable[Params]) -> None:
        rows = list(rows)
        if self._mine():
            await self.conn.executemany(sql, rows)
            return
        async with self._lock:
            await when_free(lambda: self.conn.executemany(sql, rows))

    async def insert(self, sql: str, params: Params = ()) -> int | None:
        """Run an INSERT; the new row's id, or None when ON CONFLICT DO NOTHING skipped it."""
        cursor = await self._cursor(sql, params)
        return int(cursor.lastrowid or 0) if cursor.rowcount == 1 else None

    async def fetch_all(self, sql: str, params: Params = ()) -> list[aiosqlite.Row]:
        """Run and read a query in one step on the connection's thread. A cursor left open
        between awaits would let another task's write or commit on this connection abort it
        ("query aborted", seen under load on the FTS vocabulary)."""
        return await when_free(lambda: self._read(sql, params))

    async def _read(self, sql: str, params: Params) -> list[aiosqlite.Row]:
        return list(await self.conn.execute_fetchall(sql, params))

    async def fetch_one(self, sql: str, params: Params = ()) -> aiosqlite.Row | None:
        rows = await self.fetch_all(sql, params)
        return rows[0] if rows else None

    async def close(self) -> None:
        await self.conn.close()


async def schema_version(conn: aiosqlite.Connection) -> int:
    async with conn.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def migrate(conn: aiosqlite.Connection) -> int:
    """Apply the migrations the database lacks, each in its own transaction; return the version."""
    current = await schema_version(conn)
    refuse_newer(current, SQLITE)
    for migration in migrations(SQLITE):
        if migration.version <= current:
            continue
        await when_free(lambda: conn.execute("BEGIN IMMEDIATE"))
        try:
            for statement in _split_sql(migration.sql):
                await conn.execute(statement)
            await conn.execute(f"PRAGMA user_version = {migration.version}")
        except BaseException:
            await conn.execute("ROLLBACK")
            raise
        await conn.execute("COMMIT")
        current = migration.version
    return current


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements; sqlite3 knows where a trigger body ends."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL at the end of a migration: {buffer.strip()[:60]}")
    return statements
