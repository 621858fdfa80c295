"""Claim-denial links across articles: made on ingest, in both orders, never across chats."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from bot.ingest import ingest
from bot.models import Statement
from bot.statements.linking import link_score
from storage import Repository
from tests.helpers import FIXTURES

SEED = str(FIXTURES / "seed_story.html")
LEDGER = str(FIXTURES / "bloomberg_claim.html")
FERRY = str(FIXTURES / "plain_story.txt")


@pytest.fixture
async def repo(tmp_path: Path):
    repository = await Repository.open(str(tmp_path / "links.db"))
    yield repository
    await repository.close()


async def _links(repo: Repository, chat: int, article_id: int):
    return await repo.links_for_article(chat, article_id)


async def test_a_later_denial_links_to_the_claim_the_chat_holds(repo: Repository) -> None:
    settings = Settings()
    claim = await ingest(repo, LEDGER, settings, chat_id=1, url="https://ledger.example/a")
    denial = await ingest(repo, SEED, settings, chat_id=1, url="https://ht.example/b")
    assert denial.new_links >= 1
    links = await _links(repo, 1, claim.saved.article_id)
    assert links and all(lk.claim_article == claim.saved.article_id for lk in links)
    answers = {lk.answer_id for lk in links}
    kinds = {(await repo.statement(a)).statement.kind for a in answers}  # type: ignore[union-attr]
    assert kinds == {"denial"}


async def test_links_are_made_in_either_order_and_per_chat(repo: Repository) -> None:
    settings = Settings()
    denial = await ingest(repo, SEED, settings, chat_id=1, url="https://ht.example/b")
    claim = await ingest(repo, LEDGER, settings, chat_id=1, url="https://ledger.example/a")
    assert claim.new_links >= 1
    # chat 2 sees only the seed story: nothing links to chat 1's ledger article
    await ingest(repo, SEED, settings, chat_id=2, url="https://ht.example/b")
    assert await _links(repo, 2, claim.saved.article_id) == []
    # sharing the already-stored ledger article into chat 2 makes chat 2's links too
    again = await ingest(repo, LEDGER, settings, chat_id=2, url="https://ledger.example/a")
    assert not again.saved.created and again.new_links >= 1
    assert await _links(repo, 2, denial.saved.article_id)


async def test_an_unrelated_story_is_not_linked(repo: Repository) -> None:
    settings = Settings()
    await ingest(repo, LEDGER, settings, chat_id=1, url="https://ledger.example/a")
    ferry = await ingest(repo, FERRY, settings, chat_id=1)
    assert ferry.new_links == 0


def test_link_score_needs_shared_content_words() -> None:
    claim = Statement(
        0,
        "claim",
        "The Courier reported the city will close the old ferry pier.",
        speaker="The Courier",
    )
    denial = Statement(
        0,
        "denial",
        "The port denied a Courier report that it will close the old ferry pier.",
        speaker="Port authority",
    )
    other = Statement(0, "denial", "The club denied it will sell its stadium.", speaker="Club")
    assert link_score(denial, claim) >= 62
    assert link_score(other, claim) == 0
