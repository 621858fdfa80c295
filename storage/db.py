"""Opening the database named by one setting: a file path (SQLite) or a postgresql:// URL."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from storage.postgres import PostgresDatabase, is_postgres_url
from storage.schema import Migration, SchemaTooNewError, latest_version, migrations
from storage.sqlite import BUSY_TIMEOUT_MS, SqliteDatabase

Database = SqliteDatabase | PostgresDatabase

__all__ = [
    "BUSY_TIMEOUT_MS",
    "Database",
    "Migration",
    "SchemaTooNewError",
    "connect",
    "shown",
    "is_postgres_url",
    "latest_version",
    "migrations",
]


async def connect(db: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
    """The backend for `db`, connected and migrated to the latest schema."""
    if is_postgres_url(db):
        return await PostgresDatabase.open(db)
    return await SqliteDatabase.open(db, busy_timeout_ms=busy_timeout_ms)


def shown(db: str) -> str:
    """`db` fit for a log line: a PostgreSQL URL without its password."""
    if not is_postgres_url(db):
        return db
    parts = urlsplit(db)
    if parts.password is None:
        return db
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))
