"""Recognise in-article furniture ("Read more: ...", "Share", "© 2024 ...") line by line.
The patterns live in `bot/data/furniture.txt`, one commented regex per line."""

from __future__ import annotations

import re
from functools import cache

from bot.text import lexicon

DATA_FILE = "furniture.txt"  # in bot/data, read through bot.lexicon
_COMMENT = re.compile(r"\s{2,}#\s.*$")
_BULLET = re.compile(r"^(?:[-•*·▪►»›]\s+)+")


def parse_patterns(text: str) -> list[str]:
    """Regex sources from the data file's text: comments and blank lines dropped."""
    patterns = []
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        patterns.append(_COMMENT.sub("", raw).strip())
    return patterns


@cache
def furniture_regex() -> re.Pattern[str]:
    """All patterns as one case-insensitive alternation, compiled once."""
    patterns = parse_patterns(lexicon.text(DATA_FILE))
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def normalise(line: str) -> str:
    """Collapse whitespace and drop a leading list bullet."""
    return _BULLET.sub("", " ".join(line.split()))


def is_furniture(line: str) -> bool:
    """True when the whole line is page furniture rather than article text."""
    text = normalise(line)
    return bool(text) and furniture_regex().search(text) is not None


def drop_furniture(paragraphs: list[str]) -> list[str]:
    """The paragraphs that are not furniture, in their original order."""
    return [p for p in paragraphs if not is_furniture(p)]
