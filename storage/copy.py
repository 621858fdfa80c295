"""`migrate-db`: copy a SQLite database, ids and all, into an empty PostgreSQL database."""

from __future__ import annotations

from storage.repository import Repository
from storage.search import statement_terms

# every table, parents before children; what it holds is copied as it is, ids included
TABLES = (
    "chats", "articles", "shares", "statements", "links", "messages", "ingest_queue",
    "digests", "digest_deliveries", "followups",
)  # fmt: skip
_IDENTITY = ("articles", "shares", "statements", "ingest_queue")  # ids PostgreSQL hands out
_PAGE = 2000  # rows read and written at a time
_SEARCHED = ("sentence", "proposition", "speaker", "org", "aliases")


class TargetNotEmptyError(RuntimeError):
    """The PostgreSQL database already holds data: migrate-db copies into an empty one only."""


async def copy_database(source: Repository, target: Repository) -> dict[str, int]:
    """Copy every table of `source` (SQLite) into `target` (PostgreSQL) in one transaction,
    then move target's id sequences past the copied ids. Returns rows copied per table."""
    held = {table: await _count(target, table) for table in TABLES}
    if any(held.values()):
        found = ", ".join(f"{n} {table}" for table, n in held.items() if n)
        raise TargetNotEmptyError(
            f"the PostgreSQL database is not empty ({found}); migrate-db copies into an empty one"
        )
    copied: dict[str, int] = {}
    async with target.transaction():
        for table in TABLES:
            copied[table] = await _copy_table(source, target, table)
        for table in _IDENTITY:
            await target.db.fetch_all(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT max(id) FROM {table}), 0) + 1, false)"
            )
    return copied


async def _count(repo: Repository, table: str) -> int:
    row = await repo.db.fetch_one(f"SELECT count(*) FROM {table}")
    return int(row[0]) if row else 0


async def _copy_table(source: Repository, target: Repository, table: str) -> int:
    """Page through `table` by rowid and insert each page as it is."""
    last, total = -(2**63), 0  # rowid is the chat id in chats: negative for groups
    while True:
        rows = await source.db.fetch_all(
            f"SELECT rowid AS rowid_, * FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (last, _PAGE),
        )
        if not rows:
            return total
        last = int(rows[-1]["rowid_"])
        # not the rowid, nor SQLite's terms (JSON): PostgreSQL's (an array) are computed below
        columns = [c for c in rows[0].keys() if c not in ("rowid_", "terms")]  # noqa: SIM118
        values = [[row[c] for c in columns] for row in rows]
        if table == "statements":  # the words PostgreSQL searches
            values = [v + [statement_terms(*(row[c] for c in _SEARCHED))] for v, row in
                      zip(values, rows, strict=True)]  # fmt: skip
            columns = [*columns, "terms"]
        marks = ", ".join("?" for _ in columns)
        await target.db.execute_many(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values
        )
        total += len(rows)
