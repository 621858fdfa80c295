"""Storage on SQLite (aiosqlite) or PostgreSQL (psycopg 3): `db` opens either by one setting,
`repository` (the only SQL, with `workers`: updates seen and queue leases), `records` (the types
it returns), `copy` (SQLite to PostgreSQL). Imports nothing of the project but bot.models."""

from storage.db import SchemaTooNewError, connect, is_postgres_url, shown
from storage.records import SaveResult, StoredArticle, StoredStatement
from storage.repository import Repository

__all__ = [
    "Repository",
    "SaveResult",
    "SchemaTooNewError",
    "StoredArticle",
    "StoredStatement",
    "connect",
    "is_postgres_url",
    "shown",
]
