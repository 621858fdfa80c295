"""Updates for earlier stories: when a newly shared story denies, confirms or retracts a claim
the chat already had, one reply to the earlier story's card with the step and the new status."""

from __future__ import annotations

from dataclasses import dataclass

from bot.timeline.load import load_timeline
from bot.timeline.text import update_html
from storage import Repository


@dataclass(frozen=True)
class Followup:
    """A reply to send: to which message of the chat, about which earlier story, saying what."""

    claim_article: int
    reply_to: int
    text: str


async def followups_for(repo: Repository, chat_id: int, article_id: int) -> list[Followup]:
    """One update per earlier story whose claim the new story (`article_id`) answers, for
    earlier stories with a message in the chat; each is taken at most once, ever."""
    found: list[Followup] = []
    claims: dict[int, int] = {}  # earlier article -> its best-linked claim
    for link in await repo.links_for_article(chat_id, article_id):
        if link.answer_article == article_id and link.claim_article != article_id:
            claims.setdefault(link.claim_article, link.claim_id)
    for claim_article, claim_id in claims.items():
        message_id = await repo.latest_message_for(chat_id, claim_article)
        if message_id is None:
            continue
        timeline = await load_timeline(repo, chat_id, claim_id)
        if timeline is None or not any(s.source.article_id == article_id for s in timeline.steps):
            continue
        if await repo.claim_followup(chat_id, claim_article, article_id, message_id):
            found.append(Followup(claim_article, message_id, update_html(timeline, article_id)))
    return found
