"""Linking a denial or confirmation to the claim it answers across articles, by rapidfuzz
similarity of what each says, with the claim's source named in the answer as evidence."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from bot.models import Statement
from bot.text.words import content_words

LINK_THRESHOLD = 62.0  # token-set similarity (0-100) of content words, evidence included
MIN_SHARED_WORDS = 3  # fewer shared content words than this is coincidence, not a topic
SOURCE_BONUS = 10.0  # the answer names the claim's source ("denied a Bloomberg report")
ANSWER_KINDS = ("denial", "confirmation")


def _texts(statement: Statement, answered: Statement | None) -> list[str]:
    """What a statement is about: its proposition, its sentence, and the claim it answers."""
    texts = [statement.proposition or "", statement.sentence]
    if answered is not None:
        texts += [answered.proposition or "", answered.sentence]
    return [t for t in texts if t]


def _source_named(answer: Statement, claim: Statement) -> bool:
    names = [claim.speaker, claim.org]
    lowered = answer.sentence.lower()
    return any(name and len(name) > 2 and name.lower() in lowered for name in names)


def link_score(
    answer: Statement, claim: Statement, answered_in_article: Statement | None = None
) -> float:
    """0-100: how surely `answer` answers `claim`; 0 when they share too few content words.

    `answered_in_article` is the claim the answer already targets in its own article, whose
    words stand in for a denial that says only "this is a wrong report".
    """
    best = 0.0
    claim_texts = _texts(claim, None)
    for a_text in _texts(answer, answered_in_article):
        a_words = content_words(a_text)
        for c_text in claim_texts:
            c_words = content_words(c_text)
            if len(set(a_words) & set(c_words)) < MIN_SHARED_WORDS:
                continue
            best = max(best, fuzz.token_set_ratio(" ".join(a_words), " ".join(c_words)))
    if best and _source_named(answer, claim):
        best = min(100.0, best + SOURCE_BONUS)
    return best


def best_links(
    answers: Sequence[tuple[int, Statement, Statement | None]],
    claims: Sequence[tuple[int, Statement]],
    threshold: float = LINK_THRESHOLD,
) -> list[tuple[int, int, float]]:
    """(answer id, claim id, score) for every pair at or above `threshold`."""
    links = []
    for answer_id, answer, answered in answers:
        for claim_id, claim in claims:
            score = link_score(answer, claim, answered)
            if score >= threshold:
                links.append((answer_id, claim_id, score))
    return links
