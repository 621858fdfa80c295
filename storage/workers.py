"""What several bot workers on one database share: each Telegram update taken once
(`updates_seen`), and leases on queued links (who reads one, until when). Part of `Repository`.

The SQL is portable: `INSERT … ON CONFLICT DO NOTHING … RETURNING` and `UPDATE … RETURNING` mean
the same on SQLite (≥ 3.35) and PostgreSQL; PostgreSQL claims a free link with FOR UPDATE SKIP
LOCKED, SQLite inside BEGIN IMMEDIATE. Times are UTC ISO strings, compared as text.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

# A queued link whose lease is free: never leased (queued by `counterclaim ingest`, or before
# migration 008), or leased and run out. A worker leases the links it accepts at once.
_FREE = "delivered_at IS NULL AND (lease_until IS NULL OR lease_until < ?)"


def instant(seconds_from_now: float = 0.0) -> str:
    """UTC now (plus some seconds) to the microsecond, as the lease columns hold it."""
    at = datetime.now(UTC) + timedelta(seconds=seconds_from_now)
    return at.isoformat(timespec="microseconds")


class WorkerRecords:
    """Updates seen and queue leases; mixed into `Repository`, whose helpers it uses."""

    if TYPE_CHECKING:
        db: Any  # the backend adapter: `skip_locked` is " FOR UPDATE SKIP LOCKED" on PostgreSQL

        def transaction(self) -> AbstractAsyncContextManager[None]: ...

        async def _one(self, sql: str, params: tuple[Any, ...] = ()) -> Any: ...

        async def _all(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]: ...

    # -- updates: each taken by one worker --------------------------------------------------

    async def first_delivery(self, update_id: int) -> bool:
        """Note that a worker takes this update; False when one already did (Telegram sent it
        again after a delivery that failed or timed out, to this worker or another)."""
        async with self.transaction():
            row = await self._one(
                "INSERT INTO updates_seen (update_id, seen_at) VALUES (?, ?) "
                "ON CONFLICT DO NOTHING RETURNING update_id",
                (update_id, instant()),
            )
        return row is not None

    async def forget_updates_before(self, seconds_ago: float) -> int:
        """Prune the updates seen longer ago than that (Telegram stops retrying long before);
        the number pruned."""
        async with self.transaction():
            rows = await self._all(
                "DELETE FROM updates_seen WHERE seen_at < ? RETURNING update_id",
                (instant(-seconds_ago),),
            )
        return len(rows)

    # -- leases on queued links ---------------------------------------------------------------

    async def claim_item(self, item_id: int | None, owner: str, lease_seconds: float) -> int | None:
        """Lease a queued link to `owner` for `lease_seconds`; the id leased, or None.

        With an id: that link, unless it was answered or another worker holds a live lease on
        it (its own lease is renewed). Without: the oldest link whose lease is free — never
        leased, or run out (its worker died or hung) — so a dead worker's links go to the
        living. One statement, so two workers never both win.
        """
        now, until = instant(), instant(lease_seconds)
        if item_id is not None:
            sql = (
                "UPDATE ingest_queue SET lease_owner = ?, lease_until = ? WHERE id = ? "
                "AND delivered_at IS NULL "
                "AND (lease_owner = ? OR lease_until IS NULL OR lease_until < ?) RETURNING id"
            )
            params: tuple[Any, ...] = (owner, until, item_id, owner, now)
        else:
            sql = (
                "UPDATE ingest_queue SET lease_owner = ?, lease_until = ? WHERE id = "
                f"(SELECT id FROM ingest_queue WHERE {_FREE} ORDER BY id LIMIT 1"
                f"{self.db.skip_locked}) "
                f"AND {_FREE} RETURNING id"
            )
            params = (owner, until, now, now)
        async with self.transaction():
            row = await self._one(sql, params)
        return int(row[0]) if row else None

    async def holds_lease(self, item_id: int, owner: str, lease_seconds: float) -> bool:
        """Renew `owner`'s lease on one link; False when it lost it (ran out, and another
        worker took the link over) or the link was answered meanwhile."""
        async with self.transaction():
            row = await self._one(
                "UPDATE ingest_queue SET lease_until = ? WHERE id = ? AND lease_owner = ? "
                "AND delivered_at IS NULL RETURNING id",
                (instant(lease_seconds), item_id, owner),
            )
        return row is not None

    async def renew_leases(self, owner: str, lease_seconds: float) -> int:
        """The heartbeat of a living worker: every lease it holds runs `lease_seconds` more
        from now. The number renewed."""
        async with self.transaction():
            rows = await self._all(
                "UPDATE ingest_queue SET lease_until = ? WHERE lease_owner = ? "
                "AND delivered_at IS NULL RETURNING id",
                (instant(lease_seconds), owner),
            )
        return len(rows)

    async def lease_owners(self) -> list[str]:
        """The workers holding a lease on a link not yet answered."""
        rows = await self._all(
            "SELECT DISTINCT lease_owner FROM ingest_queue "
            "WHERE delivered_at IS NULL AND lease_owner IS NOT NULL ORDER BY lease_owner"
        )
        return [str(r[0]) for r in rows]

    async def release_leases(self, owner: str) -> int:
        """End a worker's leases now (it is known to be dead): its links are free at once."""
        async with self.transaction():
            rows = await self._all(
                "UPDATE ingest_queue SET lease_owner = NULL, lease_until = ? "
                "WHERE lease_owner = ? AND delivered_at IS NULL RETURNING id",
                (instant(-1), owner),
            )
        return len(rows)
