"""A person's likely gender from their first name (gender-guesser's name list), for telling
"she" from "he" when the article gives no title or role that says it."""

from __future__ import annotations

from functools import cache

import gender_guesser.detector as gender_guesser

_GENDERS = {"male": "m", "female": "f"}  # "mostly_…" and "andy" names decide nothing


@cache
def _detector() -> gender_guesser.Detector:
    return gender_guesser.Detector(case_sensitive=False)


@cache
def first_name_gender(name: str) -> str | None:
    """ "m" or "f" when a full name's first word is a first name of one gender ("Ines
    Calloway" → "f"), else None: a single word may be a surname, so it decides nothing."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper() or "." in words[0]:
        return None
    return _GENDERS.get(_detector().get_gender(words[0]))


@cache
def is_first_name(word: str) -> bool:
    """A word the first-name list knows, of either gender or both ("Taylor", "Hunter")."""
    return _detector().get_gender(word) != "unknown"


__all__ = ["first_name_gender", "is_first_name"]
