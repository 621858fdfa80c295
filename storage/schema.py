"""Numbered migrations shipped with the package, per backend, and the refusal of a newer schema."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable

_MIGRATION_NAME = re.compile(r"^(\d{3})_[\w-]+\.sql$")
SQLITE = "sqlite"
POSTGRESQL = "postgresql"


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer Counterclaim than this one."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def _folder(dialect: str) -> Traversable:
    folder = resources.files("storage").joinpath("migrations")
    return folder.joinpath("postgresql") if dialect == POSTGRESQL else folder


def migrations(dialect: str = SQLITE) -> list[Migration]:
    """Every migration of a backend shipped with the package, in version order."""
    found = []
    for entry in _folder(dialect).iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    return sorted(found, key=lambda m: m.version)


def latest_version(dialect: str = SQLITE) -> int:
    return max((m.version for m in migrations(dialect)), default=0)


def refuse_newer(current: int, dialect: str) -> None:
    """Raise SchemaTooNewError when the database is past what this code knows."""
    known = latest_version(dialect)
    if current > known:
        raise SchemaTooNewError(
            f"database schema version {current} is newer than this Counterclaim knows "
            f"({known}); upgrade Counterclaim or use another --db"
        )
