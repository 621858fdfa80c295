"""Opening the SQLite database: pragmas, and numbered migrations applied at start-up."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from importlib import resources

import aiosqlite

from storage.busy import when_free

BUSY_TIMEOUT_MS = 5000
_MIGRATION_NAME = re.compile(r"^(\d{3})_[\w-]+\.sql$")


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer Counterclaim than this one."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """Every migration shipped with the package, in version order."""
    found = []
    for entry in resources.files("storage").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    return sorted(found, key=lambda m: m.version)


def latest_version() -> int:
    return max((m.version for m in migrations()), default=0)


async def connect(path: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> aiosqlite.Connection:
    """A connection with WAL, foreign keys and a busy timeout, migrated to the latest schema.
    A database busy with another writer (or recovering after a crash) is waited for."""
    conn = await aiosqlite.connect(path, isolation_level=None)  # explicit BEGIN/COMMIT below
    try:
        conn.row_factory = aiosqlite.Row
        await conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        await when_free(lambda: conn.execute("PRAGMA journal_mode = WAL"))
        await conn.execute("PRAGMA foreign_keys = ON")
        await conn.execute("PRAGMA synchronous = NORMAL")
        await migrate(conn)
    except BaseException:
        await conn.close()
        raise
    return conn


async def schema_version(conn: aiosqlite.Connection) -> int:
    async with conn.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def migrate(conn: aiosqlite.Connection) -> int:
    """Apply the migrations the database lacks, each in its own transaction; return the version."""
    current = await schema_version(conn)
    known = latest_version()
    if current > known:
        raise SchemaTooNewError(
            f"database schema version {current} is newer than this Counterclaim knows "
            f"({known}); upgrade Counterclaim or use another --db"
        )
    for migration in migrations():
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
