"""SQLite storage through aiosqlite: `db` (connection, migrations), `repository` (the only SQL,
with `workers`: updates seen and queue leases), `records` (the types it returns) and `busy` (a
busy database waited for, never an error). Imports nothing of the project but bot.models."""

from storage.db import SchemaTooNewError, connect
from storage.records import SaveResult, StoredArticle, StoredStatement
from storage.repository import Repository

__all__ = [
    "Repository",
    "SaveResult",
    "SchemaTooNewError",
    "StoredArticle",
    "StoredStatement",
    "connect",
]
