"""Several workers on one database (a real SQLite file, a real PostgreSQL server): an update
taken once, a queued link leased to one worker at a time, a dead worker's lease taken over. Two
`Repository` connections play two worker processes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from storage import Repository

A, B = "host-a:1:aaaa", "host-b:2:bbbb"


@pytest.fixture
async def two(db: str) -> AsyncIterator[tuple[Repository, Repository]]:
    """Two connections on one database, as two worker processes have."""
    first = await Repository.open(db)
    second = await Repository.open(db)
    yield first, second
    await first.close()
    await second.close()


async def test_an_update_is_taken_by_one_worker_only(two: tuple[Repository, Repository]) -> None:
    a, b = two
    results = await asyncio.gather(*(r.first_delivery(7) for r in (a, b, a, b)))
    assert sorted(results) == [False, False, False, True]
    assert await b.first_delivery(8) and not await a.first_delivery(8)


async def test_old_updates_are_pruned(two: tuple[Repository, Repository]) -> None:
    a, _ = two
    assert await a.first_delivery(1)
    assert await a.forget_updates_before(3600) == 0
    await asyncio.sleep(0.01)
    assert await a.forget_updates_before(0) == 1
    assert await a.first_delivery(1)  # pruned: a very late redelivery counts as new


async def test_a_link_is_leased_to_one_worker(two: tuple[Repository, Repository]) -> None:
    a, b = two
    item, _ = await a.accept(-5, "https://news.example/1", 10, 1)
    won = await asyncio.gather(a.claim_item(item, A, 30), b.claim_item(item, B, 30))
    assert won.count(None) == 1 and item in won
    holder = A if won[0] else B
    other = B if holder == A else A
    assert await a.holds_lease(item, holder, 30)
    assert not await a.holds_lease(item, other, 30)
    assert await b.claim_item(None, other, 30) is None  # a live lease is not free
    assert await a.renew_leases(holder, 30) == 1
    await a.deliver_item(item)
    assert not await a.holds_lease(item, holder, 30)  # answered: nothing left to lease
    assert await a.claim_item(item, holder, 30) is None


async def test_a_run_out_lease_goes_to_another_worker(two: tuple[Repository, Repository]) -> None:
    a, b = two
    first, _ = await a.accept(-5, "https://news.example/1", 10, 1)
    second, _ = await a.accept(-5, "https://news.example/2", 11, 1)
    assert await a.claim_item(first, A, 0.05) == first
    assert await a.claim_item(second, A, 30) == second
    await asyncio.sleep(0.1)  # A's first lease ran out (A died); its second is alive
    claims = await asyncio.gather(b.claim_item(None, B, 30), a.claim_item(None, A, 30))
    assert claims.count(None) == 1 and first in claims
    assert await b.claim_item(None, B, 30) is None
    winner = B if claims[0] else A
    assert await b.holds_lease(first, winner, 30)


async def test_a_link_accepted_by_a_worker_is_leased_at_once(
    two: tuple[Repository, Repository],
) -> None:
    """Accepted by A: B's sweep leaves it, until A's lease runs out; one accepted without a
    worker (`counterclaim ingest`) is free at once."""
    a, b = two
    item, _ = await a.accept(-5, "https://news.example/1", 10, 1, owner=A, lease_seconds=0.2)
    assert await b.claim_item(None, B, 30) is None
    assert await a.holds_lease(item, A, 0.05)
    await asyncio.sleep(0.1)
    assert await b.claim_item(None, B, 30) == item
    loose, _ = await a.accept(-5, "https://news.example/2", 11, 1)
    assert await b.claim_item(None, B, 30) == loose


async def test_a_dead_workers_leases_are_released(two: tuple[Repository, Repository]) -> None:
    a, b = two
    item, _ = await a.accept(-5, "https://news.example/1", 10, 1)
    assert await a.claim_item(item, A, 300) == item
    assert await b.lease_owners() == [A]
    assert await b.release_leases(A) == 1
    assert await b.lease_owners() == []
    assert await b.claim_item(None, B, 30) == item
