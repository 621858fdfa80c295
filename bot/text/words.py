"""Words of a text as the stages compare them: lower case, stopwords dropped, possessives bare."""

from __future__ import annotations

import re
from functools import cache

from bot.text import lexicon

__all__ = ["content_words", "stopwords"]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*'?")
_POSSESSIVE = re.compile(r"['’]s?$")


@cache
def stopwords() -> frozenset[str]:
    """Words left out of keywords and topic matching."""
    return frozenset(row[0] for row in lexicon.rows("stopwords.txt"))


def _bare(word: str) -> str:
    """A word without a possessive or trailing apostrophe: "tiger's" → "tiger"."""
    return _POSSESSIVE.sub("", word) if word not in stopwords() else word


def _words(text: str) -> list[str]:
    """The words of `text`, lower case, curly apostrophes straightened."""
    return [m.group().lower().replace("’", "'") for m in _WORD.finditer(text)]


def content_words(text: str) -> list[str]:
    """Lower-case content words of `text`: stopwords and one-letter words dropped, in order."""
    seen: list[str] = []
    for token in _words(text):
        word = _bare(token)
        stop = word in stopwords() or token in stopwords()
        if len(word) > 1 and not stop and word not in seen:
            seen.append(word)
    return seen
