"""Kind of an attributed statement: claim, denial, confirmation or plain statement.

The cue verb decides when it can (denied, reported); otherwise cue phrases in the content do.
"""

from __future__ import annotations

import re
from functools import cache

from bot import lexicon

# A finished event or a passive report: "threatened", "was taken", "have been caught".
_EVENT = re.compile(
    r"\b(?:\w{3,}ed|took|made|told|caught|gave|found|seized|burned|sent|met|saw|heard|"
    r"knew|brought|led|left|stole|paid|shot|hit|struck|broke|fled|ran|won|lost|sold|bought|"
    r"wrote|held|kept|got|began|came|went)\b",
    re.IGNORECASE,
)
_NOT_EVENT = re.compile(
    r"\b(?:need|based|concerned|interested|surprised|embarrassed|appalled|pleased|worried|"
    r"disappointed|convinced|supposed|used|related|called|expected|exaggerated)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"^\W*(?:we|i|i'm|we're|i've|we've|our|my)\b", re.IGNORECASE)
# "not only ... but also" adds, it negates nothing.
_NEGATION = re.compile(
    r"\b(?:not(?!\s+only\b)|no|never|nobody|none|nothing|n't|isn't|wasn't|aren't|weren't|"
    r"hasn't|haven't)\b"
    r"|n[’']t\b",
    re.IGNORECASE,
)


@cache
def cue_kinds() -> dict[str, str]:
    """Reporting verb or phrase (lower case) -> the kind it implies, or "neutral"."""
    return {row[0].lower(): row[1] for row in lexicon.rows("reporting_verbs.tsv")}


@cache
def continuation_cues() -> frozenset[str]:
    """Cues that carry on what the speaker was saying ("added", "continued"): marked
    "continues" in the third column of reporting_verbs.tsv."""
    return frozenset(
        row[0].lower() for row in lexicon.rows("reporting_verbs.tsv") if "continues" in row[2:]
    )


def classify(cue: str, content: str, whole: str, anonymous: bool, outlet: bool) -> str:
    """Kind of a statement from its cue, its content and the whole sentence."""
    cue_kind = cue_kinds().get(cue.lower(), "neutral")
    hedge = lexicon.first_match("not_denial_cues.tsv", whole)
    if hedge:
        subordinate = hedge.group(0).lower().startswith("after")
        if subordinate and cue_kind == "confirmation" and not _negated_cue(cue, whole):
            return "confirmation"  # "After long denying it, the ministry confirmed ..."
        return "statement"
    if cue_kind in {"denial", "denial-if-content"}:
        return "denial"
    if lexicon.first_match("denial_cues.tsv", content):
        return "denial"
    if cue_kind == "confirmation":
        return "statement" if _negated_cue(cue, whole) else "confirmation"
    if lexicon.first_match("confirmation_cues.tsv", content):
        return "confirmation"
    if cue_kind in {"claim", "statement"}:
        return cue_kind
    if anonymous or outlet:
        return "claim"
    return "claim" if is_event(content) else "statement"


def is_event(content: str) -> bool:
    """Content that reports something as having happened, rather than an opinion or plan."""
    content = content.replace("’", "'")
    if _FIRST_PERSON.match(content) and not re.match(
        r"^\W*i(?:\s+(?:was|know|have heard|heard)|'ve heard)\b", content, re.IGNORECASE
    ):
        return False
    return any(not _NOT_EVENT.fullmatch(m.group(0)) for m in _EVENT.finditer(content))


def is_negated(content: str) -> bool:
    return _NEGATION.search(content) is not None


def _negated_cue(cue: str, whole: str) -> bool:
    pattern = rf"\b(?:not|n't|never|no longer)\s+(?:\w+\s+)?{re.escape(cue)}"
    return re.search(pattern, whole, re.IGNORECASE) is not None
