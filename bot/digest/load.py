"""The digest's input gathered from the repository: what a chat shared in a window, with the
statements and links (and the earlier articles those links lead to); then composed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Protocol

from bot.digest.compose import (
    Digest,
    DigestArticle,
    DigestInput,
    DigestLink,
    DigestStatement,
    compose_digest,
)
from bot.digest.schedule import iso_precise, since_label
from bot.timeline.changes import status_changes


class _Repo(Protocol):  # the part of storage.Repository used here
    async def shared_between(self, chat_id: int, since: str, until: str) -> list: ...
    async def statements_for(self, article_id: int) -> list: ...
    async def links_for_article(self, chat_id: int, article_id: int) -> list: ...
    async def statement(self, statement_id: int) -> object: ...
    async def article(self, article_id: int) -> object: ...


async def load_digest_input(repo: _Repo, chat_id: int, since: str, until: str) -> DigestInput:
    """The articles a chat shared in (since, until] (UTC ISO), their statements and links,
    and the statements and articles (shared earlier) those links lead to."""
    shared = await repo.shared_between(chat_id, since, until)
    articles: dict[int, DigestArticle] = {
        a.id: DigestArticle(a.id, a.url, a.title, a.site, a.summary) for a, _ in shared
    }
    statements: dict[int, DigestStatement] = {}
    links: dict[tuple[int, int], DigestLink] = {}
    for article_id in list(articles):
        for stored in await repo.statements_for(article_id):
            statements[stored.id] = DigestStatement(stored.id, article_id, stored.statement)
        for link in await repo.links_for_article(chat_id, article_id):
            links[link.answer_id, link.claim_id] = DigestLink(
                link.answer_id, link.claim_id, link.score
            )
    for answer_id, claim_id in sorted(links):
        for statement_id in (answer_id, claim_id):
            if statement_id in statements:
                continue
            stored = await repo.statement(statement_id)
            if stored is None:
                continue
            statements[statement_id] = DigestStatement(
                stored.id, stored.article_id, stored.statement
            )
            if stored.article_id not in articles:
                old = await repo.article(stored.article_id)
                if old is not None:
                    articles[old.id] = DigestArticle(
                        old.id, old.url, old.title, old.site, old.summary, new=False
                    )
    return DigestInput(
        tuple(articles.values()), tuple(statements.values()), tuple(links[k] for k in sorted(links))
    )


async def build_digest(
    repo: _Repo, chat_id: int, since: datetime, until: datetime, zone: str = "UTC"
) -> Digest:
    """The digest of what a chat shared in (since, until], its headline dated in `zone`."""
    data = await load_digest_input(repo, chat_id, iso_precise(since), iso_precise(until))
    new = {a.id for a in data.articles if a.new}
    pairs = [(link.answer_id, link.claim_id) for link in data.links]
    changed = await status_changes(repo, chat_id, pairs, new, iso_precise(since))
    return compose_digest(
        replace(data, changed=tuple(changed.items())), since_label(since, until, zone)
    )
