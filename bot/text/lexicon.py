"""Loading of the statement lexicons in bot/data: one entry per line, "#" starts a comment.

Columns are tab separated; every loader is cached so the files are read once per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

_COMMENT = re.compile(r"(?:^|\s)#.*$")


@cache
def text(name: str) -> str:
    """The whole text of bot/data/`name`, for files with their own comment syntax."""
    return resources.files("bot").joinpath("data", name).read_text(encoding="utf-8")


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The non-comment lines of bot/data/`name`, split on tabs, cells stripped."""
    out: list[tuple[str, ...]] = []
    for raw in text(name).splitlines():
        line = _COMMENT.sub("", raw).rstrip()
        if line.strip():
            out.append(tuple(cell.strip() for cell in line.split("\t") if cell.strip()))
    return tuple(out)


@cache
def words(name: str) -> frozenset[str]:
    """First column of every entry, lower-cased."""
    return frozenset(row[0].lower() for row in rows(name))


@cache
def patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """First column of every entry compiled as a case-insensitive regular expression."""
    return tuple(re.compile(row[0], re.IGNORECASE) for row in rows(name))


def first_match(name: str, text: str) -> re.Match[str] | None:
    """The earliest match in `text` of any pattern listed in `name`."""
    found = [m for p in patterns(name) if (m := p.search(text))]
    return min(found, key=lambda m: m.start()) if found else None


@cache
def alternation(name: str) -> str:
    """The entries of bot/data/`name`, in file order, as a regular-expression alternation of
    literal words ("a|b|c"); the caller supplies the surrounding syntax."""
    return "|".join(re.escape(row[0]) for row in rows(name))


def groups(name: str) -> tuple[tuple[str, ...], ...]:
    """The comma-separated word groups of bot/data/`name`, one per row ("ceo, executive")."""
    return tuple(tuple(w.strip() for w in row[0].split(",") if w.strip()) for row in rows(name))


def related(groups_: Iterable[Sequence[str]]) -> dict[str, frozenset[str]]:
    """Word → the other words of every group it stands in."""
    table: dict[str, set[str]] = {}
    for group in groups_:
        for word in group:
            table.setdefault(word, set()).update(w for w in group if w != word)
    return {word: frozenset(others) for word, others in table.items()}
