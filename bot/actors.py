"""Fuzzy matching of the actor a question names ("the kremlin", "marnies") against a statement.

Also the word-level fuzzy helpers (token similarity, coverage) that topic matching shares.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from rapidfuzz.distance import OSA

from bot.models import Statement
from bot.question import data_rows

TOKEN_MATCH = 80.0  # a word counts as present when its best similarity reaches this (0–100)
GENERIC_WEIGHT = 0.3  # weight of role words such as "spokesman" in an actor's name
RELATIONAL_PENALTY = 0.5  # factor for a match through "supporters of X", "brother of X"
NAMED_IN_ACTOR = 90.0  # score when a statement's distinctive name lies inside the actor asked for
POSSESSED_FACTOR = 0.9  # "Lena Hart's publicist": the publicist matched alone counts this much
SHORT_WORD = 3  # words this short (and acronyms) must match exactly
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*['’]?")
_POSSESSIVE = re.compile(r"['’]s?$")
_POSSESSED = re.compile(r"^(?P<owner>.+?)['’]s?\s+(?P<head>[^'’]+)$")
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_SUFFIXES = ("ings", "ing", "ions", "ion", "ments", "ment", "ers", "er", "ed", "es", "s")
MIN_STEM = 3  # a suffix is only cut when this much of the word remains


@cache
def _actor_words() -> dict[str, str]:
    return {row[0]: row[1] for row in data_rows("actor_words.tsv")}


def _fold(text: str) -> str:
    """Lower case, accents dropped, "U.S." → "us"."""
    text = _DOTTED.sub(lambda m: m.group().replace(".", ""), text)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Folded words of `text` with possessives removed: "Tiger Woods' agent" → tiger woods agent."""
    return [_POSSESSIVE.sub("", w) for w in _WORD.findall(_fold(text))]


def stem(word: str) -> str:
    """A crude stem: one common suffix off a long word ("beheading" → "behead")."""
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= MIN_STEM and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _forms(word: str) -> set[str]:
    return {word, word.removesuffix("s"), stem(word)}


@cache
def token_similarity(a: str, b: str) -> float:
    """0–100 similarity of two folded words, tolerant of typos and inflection (OSA distance)."""
    if a == b:
        return 100.0
    if min(len(a), len(b)) <= SHORT_WORD:
        return 0.0
    if stem(a) == stem(b):
        return 95.0
    return max(100.0 * OSA.normalized_similarity(x, y) for x in _forms(a) for y in _forms(b))


def best_similarity(word: str, candidates: Iterable[str]) -> float:
    """The best similarity of `word` to any candidate; 0 below TOKEN_MATCH."""
    best = max((token_similarity(word, c) for c in candidates), default=0.0)
    return best if best >= TOKEN_MATCH else 0.0


def coverage(wanted: list[tuple[str, float]], candidates: set[str]) -> float:
    """0–100: the weighted share of the wanted words found (fuzzily) among the candidates."""
    total = sum(weight for _, weight in wanted)
    if not total or not candidates:
        return 0.0
    found = sum(weight * best_similarity(word, candidates) for word, weight in wanted)
    return found / total


def _acronym(text: str) -> str | None:
    """Initials of the capitalised words: "Department of Homeland Security" → "dhs"."""
    skip = {w for w, kind in _actor_words().items() if kind == "skip"}
    found = re.findall(r"[A-Za-z][\w.’']*", text)
    parts = [w for w in found if w[0].isupper() and w.lower() not in skip]
    letters = "".join(w.replace(".", "") if "." in w else w[0] for w in parts)
    return letters.lower() if len(letters) >= 2 else None


def _field_words(text: str) -> set[str]:
    found = {w for w in words(text) if _actor_words().get(w) != "skip"}
    acronym = _acronym(text)
    if acronym:
        found.add(acronym)
    return found


def actor_words(actor: str) -> list[tuple[str, float]]:
    """The actor's words with weights: articles dropped, role words light."""
    table = _actor_words()
    weighted = []
    for word in words(actor):
        kind = table.get(word)
        if kind != "skip":
            weighted.append((word, GENERIC_WEIGHT if kind == "generic" else 1.0))
    return weighted


def _fields(statement: Statement) -> list[str]:
    names = [statement.speaker, statement.speaker_norm, statement.org, statement.role]
    return [name for name in [*names, *statement.aliases] if name]


def _is_relational(text: str, wanted: list[tuple[str, float]]) -> bool:
    """True for "supporters of the militia" when the question does not ask for supporters."""
    asked = {word for word, _ in wanted}
    table = _actor_words()
    return any(table.get(w) == "relational" and w not in asked for w in words(text))


def _name_inside_actor(wanted: list[tuple[str, float]], statement: Statement) -> float:
    """NAMED_IN_ACTOR when all distinctive words of the speaker's name appear in the actor
    asked for: "the Coastal Herald" names the speaker "Herald"."""
    asked = {word for word, weight in wanted if weight == 1.0}
    table = _actor_words()
    name = statement.speaker or ""
    if _is_relational(name, wanted):
        return 0.0
    distinctive = [w for w in words(name) if table.get(w) is None]
    if distinctive and all(best_similarity(w, asked) for w in distinctive):
        return NAMED_IN_ACTOR
    return 0.0


def _direct_score(wanted: list[tuple[str, float]], statement: Statement) -> float:
    direct: set[str] = set()
    scores = [0.0]
    for text in _fields(statement):
        if _is_relational(text, wanted):
            scores.append(RELATIONAL_PENALTY * coverage(wanted, _field_words(text)))
        else:
            direct |= _field_words(text)
    scores.append(coverage(wanted, direct))
    return max(scores)


def actor_score(actor: str, statement: Statement) -> float:
    """0–100: how well `actor` names the statement's speaker, org, role or one of its aliases."""
    wanted = actor_words(actor)
    if not wanted:
        return 0.0
    score = max(_direct_score(wanted, statement), _name_inside_actor(wanted, statement))
    possessed = _POSSESSED.match(actor.strip())
    if possessed:  # "Lena Hart's publicist" is first of all a publicist
        head = actor_words(possessed.group("head"))
        if head:
            score = max(score, POSSESSED_FACTOR * _direct_score(head, statement))
    return score
