"""SQLite storage through aiosqlite: connection, migrations and the repository API."""

from storage.db import SchemaTooNewError, connect
from storage.repository import Repository, SaveResult, StoredArticle, StoredStatement

__all__ = [
    "Repository",
    "SaveResult",
    "SchemaTooNewError",
    "StoredArticle",
    "StoredStatement",
    "connect",
]
