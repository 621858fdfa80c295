"""The PostgreSQL backend: one psycopg 3 async connection, `?` placeholders made `%s`."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any, TypeVar

import psycopg

from storage.rows import Row
from storage.schema import POSTGRESQL, migrations, refuse_newer

T = TypeVar("T")
Params = tuple[Any, ...] | list[Any]
RETRIES = 5  # a transaction chosen as a deadlock's victim (or a serialization failure) again
MIGRATION_LOCK = 0x436F756E746572  # pg_advisory_lock key: one process migrates at a time

_in_transaction: ContextVar[object | None] = ContextVar("pg_transaction", default=None)


def is_postgres_url(db: str) -> bool:
    return db.startswith(("postgresql://", "postgres://"))


@lru_cache(maxsize=512)
def placeholders(sql: str) -> str:
    """The repository's `?` placeholders as psycopg's `%s` (a literal % doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


def _rows(cursor: psycopg.AsyncCursor[Any]) -> Callable[[Sequence[Any]], Row]:
    names = [column.name for column in cursor.description or ()]
    return lambda values: Row(names, values)


class PostgresDatabase:
    """execute / insert / fetch_all / fetch_one / transaction / close over one connection.
    Tasks take turns on it; a transaction's own statements run inside it."""

    dialect = POSTGRESQL
    for_update = " FOR UPDATE"  # read-modify-write locks the rows it read
    greatest = "GREATEST"
    skip_locked = " FOR UPDATE SKIP LOCKED"  # two sweeping workers each take a different row

    def __init__(self, conn: psycopg.AsyncConnection[Row]) -> None:
        self.conn = conn
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, url: str) -> PostgresDatabase:
        """A connection (autocommit outside transactions), migrated to the latest schema."""
        conn = await psycopg.AsyncConnection.connect(url, autocommit=True, row_factory=_rows)
        try:
            await migrate(conn)
        except BaseException:
            await conn.close()
            raise
        return cls(conn)

    def _mine(self) -> bool:
        return _in_transaction.get() is self

    @asynccontextmanager
    async def _turn(self) -> AsyncIterator[None]:
        if self._mine():
            yield
        else:
            async with self._lock:
                yield

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """BEGIN ... COMMIT (READ COMMITTED), rolled back on any error; tasks take turns."""
        async with self._lock, self.conn.transaction():
            token = _in_transaction.set(self)
            try:
                yield
            finally:
                _in_transaction.reset(token)

    async def retrying(self, work: Callable[[], Awaitable[T]]) -> T:
        """Run a whole transaction again when PostgreSQL rolled it back as a deadlock's victim
        or for a serialization failure: concurrent processes never surface that as an error."""
        for _ in range(RETRIES - 1):
            try:
                return await work()
            except (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure):
                await asyncio.sleep(0.01)
        return await work()

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; the number of rows it changed."""
        async with self._turn():
            cursor = await self.conn.execute(placeholders(sql), params)
            return cursor.rowcount

    async def execute_many(self, sql: str, rows: Iterable[Params]) -> None:
        async with self._turn(), self.conn.cursor() as cursor:
            await cursor.executemany(placeholders(sql), list(rows))

    async def insert(self, sql: str, params: Params = ()) -> int | None:
        """Run an INSERT; the new row's id, or None when ON CONFLICT DO NOTHING skipped it."""
        async with self._turn():
            cursor = await self.conn.execute(placeholders(sql) + " RETURNING id", params)
            row = await cursor.fetchone()
        return int(row[0]) if row else None

    async def fetch_all(self, sql: str, params: Params = ()) -> list[Row]:
        async with self._turn():
            cursor = await self.conn.execute(placeholders(sql), params)
            return await cursor.fetchall()

    async def fetch_one(self, sql: str, params: Params = ()) -> Row | None:
        rows = await self.fetch_all(sql, params)
        return rows[0] if rows else None

    async def close(self) -> None:
        await self.conn.close()


async def schema_version(conn: psycopg.AsyncConnection[Any]) -> int:
    await conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    cursor = await conn.execute("SELECT max(version) FROM schema_version")
    row = await cursor.fetchone()
    return int(row[0]) if row and row[0] is not None else 0


async def migrate(conn: psycopg.AsyncConnection[Any]) -> int:
    """Apply the migrations the database lacks, each in its own transaction, holding an
    advisory lock so that processes starting together migrate one after the other."""
    await conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
    try:
        current = await schema_version(conn)
        refuse_newer(current, POSTGRESQL)
        for migration in migrations(POSTGRESQL):
            if migration.version <= current:
                continue
            async with conn.transaction():
                await conn.execute(migration.sql.encode())  # several statements, no parameters
                await conn.execute("DELETE FROM schema_version")
                await conn.execute(
                    "INSERT INTO schema_version (version) VALUES (%s)", (migration.version,)
                )
            current = migration.version
        return current
    finally:
        await conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))
