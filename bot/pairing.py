"""Same-article targeting: which earlier or later claim a denial or confirmation answers.

A claim whose speaker the denial names ("denied a Bloomberg report") wins; otherwise the claim
whose wording is closest (rapidfuzz token-set similarity) above a floor, else the nearest claim
when the denial points at "the report" / "these claims" without saying whose. A sentence of a
multi-sentence quote is targeted with the whole quote's words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from bot.models import Statement

_FLOOR = 45.0
_POINTER = re.compile(
    r"\b(?:report|reports|claims?|allegations?|story|stories|rumou?rs?|suggestion|speculation|"
    r"this|that|it)\b",
    re.IGNORECASE,
)
_STOP = frozenset(
    {"the", "a", "an", "of", "to", "in", "on", "and", "or", "that", "this", "is", "was", "were"}
    | {"be", "been", "for", "with", "by", "as", "at", "it", "its", "his", "her", "their", "they"}
    | {"he", "she", "we", "not", "no", "said", "says", "told", "report", "reports", "claim"}
)


def assign_targets(statements: list[Statement]) -> list[Statement]:
    """Copies of `statements` with `target` set on denials and confirmations."""
    claims = [s for s in statements if s.kind == "claim"]
    out: list[Statement] = []
    previous: int | None = None
    for statement in statements:
        if statement.kind in {"denial", "confirmation"} and claims:
            probe = _whole_quote(statement)
            target = best_target(probe, claims)
            if target is None or (previous is not None and not _names_any(probe, claims)):
                target = _report_target(probe, claims) or target or previous
            statement = replace(statement, target=target)
            previous = target if target is not None else previous
        out.append(statement)
    return out


def _whole_quote(statement: Statement) -> Statement:
    """A sentence of a quote that runs over several sentences answers what the whole quote
    answers: target it with the quote's words, so every sentence of it gets the same claim."""
    quote = statement.quote
    if not quote or quote in statement.sentence:
        return statement
    return replace(statement, sentence=f"{quote} {statement.sentence}", proposition=quote)


def _names_any(answer: Statement, claims: list[Statement]) -> bool:
    return any(_names_speaker(answer.sentence, c) for c in claims)


def _report_target(answer: Statement, claims: list[Statement]) -> int | None:
    """ "This is a wrong report": the nearest claim made by an outlet's report."""
    if not re.search(r"\b(?:report|story|article)\b", answer.sentence, re.IGNORECASE):
        return None
    outlets = [c for c in claims if c.cue in {"reported", "said", "says", "according to"}]
    outlets = [c for c in outlets if "report" in " ".join(c.aliases).lower() or c.org is None]
    outlets = [c for c in outlets if not c.anonymous and c.speaker_norm != answer.speaker_norm]
    if not outlets:
        return None
    return min(outlets, key=lambda c: abs(c.position - answer.position)).position


def best_target(answer: Statement, claims: list[Statement]) -> int | None:
    """Position of the claim `answer` most plausibly responds to, or None."""
    candidates = [c for c in claims if c.speaker_norm != answer.speaker_norm]
    if not candidates:
        return None
    named = [c for c in candidates if _names_speaker(answer.sentence, c)]
    if named:
        return min(named, key=lambda c: abs(c.position - answer.position)).position
    scored = [(similarity(answer, c), -abs(c.position - answer.position), c) for c in candidates]
    score, _, best = max(scored, key=lambda t: (t[0], t[1]))
    if score >= _FLOOR:
        return best.position
    if _POINTER.search(answer.proposition or answer.sentence):
        earlier = [c for c in candidates if c.position < answer.position]
        pool = earlier or candidates
        return min(pool, key=lambda c: abs(c.position - answer.position)).position
    return None


def similarity(a: Statement, b: Statement) -> float:
    """Token-set similarity of the two propositions, stop words dropped (0..100)."""
    return fuzz.token_set_ratio(_content_words(a), _content_words(b))


def _content_words(statement: Statement) -> str:
    text = statement.proposition or statement.sentence
    tokens = re.findall(r"[a-z0-9]+", text.lower())
    return " ".join(t for t in tokens if t not in _STOP and len(t) > 2)


def _names_speaker(sentence: str, claim: Statement) -> bool:
    names = [claim.speaker or "", *claim.aliases]
    low = sentence.lower()
    for name in names:
        key = name.lower().strip()
        if len(key) > 2 and key not in {"he", "she", "they", "it"}:
            pattern = rf"\b{re.escape(key)}(?:'s|’s)?\s+(?:report|claim|story|allegation|article)"
            if re.search(pattern, low):
                return True
    return False
