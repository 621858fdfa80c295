"""Sentence splitting that survives "U.S.", "Mr.", "Jan. 26", initials and quotes.

Spans are returned with character offsets so later stages can cite text verbatim. A quote that
runs over several sentences is split like any other text ("'We left. It is final,' she said."
is two sentences); a sentence end needs a capital, digit or opening mark after it, so "safe.
#tag's ..." or '"Really?" she asked.' stay whole. Joining a quote's sentences back to its
speaker is the statement extractor's job (see bot/statements.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.text import lexicon

# A sentence end: terminal punctuation, closing quotes/brackets, then whitespace.
_BOUNDARY = re.compile(r"([.!?…。！？]+)([\"'”’»)\]]*)(\s+)")
# What may open a sentence: a capital, a digit, an opening quote or bracket.
_OPENER = re.compile(r"[\"'“‘«(\[]?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9]")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


@dataclass(frozen=True)
class Sentence:
    """One sentence and where it sits in the text it came from."""

    text: str
    start: int
    end: int


@cache
def _abbreviations() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.rows("abbreviations.txt")}


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    """Decide whether the punctuation in `match` really ends a sentence."""
    after = text[match.end() :]
    if not after or not _OPENER.match(after):
        return False
    if _is_spaced_ellipsis(text, match):
        return False  # "a brother to me … I am sure": an omission inside one sentence
    if match.group(1) == "!" and not match.group(2) and _ends_in_exclaimed_name(text, match):
        return False  # "told E! News that …": the mark is part of a name
    if match.group(1) != ".":
        return True
    before = _WORD_BEFORE.search(text[: match.start()])
    if not before:
        return True
    word = before.group(1)
    if len(word) == 1 and word.isupper():
        return False  # an initial: "J. K. Rowling"
    kind = _abbreviations().get(word.lower().rstrip("."))
    if kind == "title":
        return False
    if kind == "month":
        return not after[:1].isdigit()
    if kind == "other" or "." in word:
        next_word = re.match(r"[\"'“‘«(]?(\w+)", after)
        starters = lexicon.words("sentence_starters.txt")
        return bool(next_word) and next_word.group(1).lower() in starters
    return True


def _ends_in_exclaimed_name(text: str, match: re.Match[str]) -> bool:
    """The word before the mark is a name written with it ("E!", "Yahoo!";
    exclaimed_names.txt), right after a space or the text's start."""
    before = re.search(r"(?:^|\s)(\w+)$", text[: match.start()])
    return bool(before) and before.group(1) in _exclaimed_names()


@cache
def _exclaimed_names() -> frozenset[str]:
    return frozenset(row[0] for row in lexicon.rows("exclaimed_names.txt"))


def _is_spaced_ellipsis(text: str, match: re.Match[str]) -> bool:
    """An ellipsis set off by a space on both sides and no closing quote ("Rehana .... Propaganda")
    marks words left out, not a sentence end ("They got in our way..." still ends one)."""
    dots = match.group(1)
    ellipsis = "…" in dots or ".." in dots
    return ellipsis and not match.group(2) and text[match.start() - 1 : match.start()].isspace()


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Split `text` into sentences; offsets are relative to `text` plus `offset`."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if not _is_boundary(text, match):
            continue
        end = match.start(3)
        _append(sentences, text, start, end, offset)
        start = match.end()
    _append(sentences, text, start, len(text), offset)
    return sentences


def _append(out: list[Sentence], text: str, start: int, end: int, offset: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    begin = start + lead
    out.append(Sentence(stripped, offset + begin, offset + begin + len(stripped)))


def split_paragraph_sentences(text: str) -> list[Sentence]:
    """Sentences of a multi-paragraph text; a sentence never crosses a newline."""
    sentences: list[Sentence] = []
    position = 0
    for line in text.split("\n"):
        sentences.extend(split_sentences(line, offset=position))
        position += len(line) + 1
    return sentences


def _opens_a_quote(text: str) -> bool:
    """The sentence leaves a quotation open: more “ than ”, or an odd number of \"."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def quote_units(text: str) -> list[Sentence]:
    """The sentences of `text`, those of one quotation joined into one unit within its paragraph
    ('"There was no leak. The hull is intact," she said.'), so that no unit starts or ends inside
    a quotation."""
    units: list[Sentence] = []
    open_from: Sentence | None = None
    for sentence in split_paragraph_sentences(text):
        if open_from is not None and "\n" not in text[open_from.end : sentence.start]:
            joined = Sentence(text[open_from.start : sentence.end], open_from.start, sentence.end)
            units[-1] = joined
            open_from = joined if _opens_a_quote(joined.text) else None
            continue
        units.append(sentence)
        open_from = sentence if _opens_a_quote(sentence.text) else None
    return units
