"""Claims whose status changed since the last digest ("newly denied"): a later story shared in
the window denied, confirmed or retracted a claim the chat had before it."""

from __future__ import annotations

from bot.timeline.load import load_timeline
from bot.timeline.steps import ANSWER_STEPS, REPORTED, instant, status_known_by
from storage import Repository


async def status_changes(
    repo: Repository, chat_id: int, links: list[tuple[int, int]], new_articles: set[int], since: str
) -> dict[int, str]:
    """Claim id -> "newly denied" (confirmed, retracted) for the claims of (answer id, claim id)
    `links` answered from a story in `new_articles`, when their status now differs from what
    the chat knew at `since` (or, for a claim shared later, when it was shared)."""
    changed: dict[int, str] = {}
    for claim_id in dict.fromkeys(claim for _, claim in links):
        timeline = await load_timeline(repo, chat_id, claim_id)
        if timeline is None or timeline.status not in ANSWER_STEPS:
            continue
        claim_known = timeline.claim.shared_at or since
        start = max(instant(since), instant(claim_known)).isoformat()
        later = [
            s
            for s in timeline.steps
            if s.kind in ANSWER_STEPS
            and s.source.article_id in new_articles
            and s.source.article_id != timeline.claim.article_id
            and instant(s.source.shared_at) > instant(start)
        ]
        before = status_known_by(timeline, start) or REPORTED
        if later and before != timeline.status:
            changed[claim_id] = f"newly {timeline.status}"
    return changed
