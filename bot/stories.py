"""Sharing a story into a chat and describing the result: the card, and what it disputes."""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import Settings
from bot.ingest import Ingested, ingest, ingest_text
from bot.render.cards import quoted, shared_when, story_card
from storage import Repository


@dataclass(frozen=True)
class SharedStory:
    """A story shared into a chat, with its card text."""

    article_id: int
    card: str
    already_shared: bool


async def share_story(
    repo: Repository,
    settings: Settings,
    chat_id: int,
    source: str,
    *,
    message_id: int | None = None,
    user_id: int | None = None,
) -> SharedStory:
    """Ingest (or reuse) a link or text file for a chat and compose its card."""
    done = await ingest(
        repo, source, settings, chat_id=chat_id, message_id=message_id, user_id=user_id
    )
    return await describe(repo, chat_id, done)


async def share_text(
    repo: Repository,
    chat_id: int,
    text: str,
    *,
    url: str | None = None,
    site: str | None = None,
    message_id: int | None = None,
    user_id: int | None = None,
) -> SharedStory:
    """Store a story pasted or forwarded as text (`site`: the channel it came from)."""
    done = await ingest_text(
        repo, text, chat_id=chat_id, url=url, site=site, message_id=message_id, user_id=user_id
    )
    return await describe(repo, chat_id, done)


async def describe(repo: Repository, chat_id: int, done: Ingested) -> SharedStory:
    """The card for an ingested story, with notes on earlier shares and disputes."""
    article_id = done.saved.article_id
    notes = []
    if done.saved.already_shared:
        notes.append(f"Already shared here {shared_when(done.saved.share.shared_at)}.")
    notes += await dispute_notes(repo, chat_id, article_id)
    card = story_card(done.article, done.statements, notes)
    return SharedStory(article_id, card, done.saved.already_shared)


async def dispute_notes(repo: Repository, chat_id: int, article_id: int) -> list[str]:
    """ "Denies a claim you shared today: …" for links to the chat's other stories."""
    notes: list[str] = []
    seen: set[int] = set()  # one note per other story
    for link in await repo.links_for_article(chat_id, article_id):
        mine_answers = link.answer_article == article_id
        other = link.claim_article if mine_answers else link.answer_article
        other_id = link.claim_id if mine_answers else link.answer_id
        if other in seen:
            continue
        seen.add(other)
        share = await repo.share(chat_id, other)
        stored = await repo.statement(other_id)
        if share is None or stored is None:
            continue
        when = shared_when(share.shared_at)
        if mine_answers:
            answer = await repo.statement(link.answer_id)
            verb = "Confirms" if answer and answer.statement.kind == "confirmation" else "Denies"
            notes.append(
                f"{verb} a claim you shared {when}: {quoted(stored.statement.sentence, 160)}"
            )
        else:
            verb = "Confirmed" if stored.statement.kind == "confirmation" else "Denied"
            notes.append(
                f"{verb} in a story you shared {when}: {quoted(stored.statement.sentence, 160)}"
            )
        if len(notes) >= 2:
            break
    return notes
