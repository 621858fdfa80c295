"""Direct-quote spans in raw text: “…”, "…", ‘…’, '…' and « », with apostrophes left alone.

Offsets are into the text given, so `text[q.start:q.end]` is the quote's inner text verbatim.
"""

from __future__ import annotations

from dataclasses import dataclass

_DOUBLE_OPEN = '"“«„'
_DOUBLE_CLOSE = '"”»″“'
_SINGLE_OPEN = "'‘"
_SINGLE_CLOSE = "'’"
_BEFORE_OPEN = " \t([{—–-:/"


@dataclass(frozen=True)
class Quote:
    """A quote's inner text span and the positions of its quote marks."""

    start: int  # first character inside the marks
    end: int  # one past the last character inside (trailing ", " trimmed)
    open_at: int
    close_at: int  # index of the closing mark, or the paragraph end when it never closes


def find_quotes(text: str) -> list[Quote]:
    """Every direct quote in `text`; a quote never crosses a newline (open ones end there)."""
    quotes: list[Quote] = []
    position = 0
    for line in text.split("\n"):
        quotes.extend(_line_quotes(line, position))
        position += len(line) + 1
    return quotes


def _opens(line: str, i: int) -> bool:
    before = line[i - 1] if i else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    return (before in _BEFORE_OPEN or before in _DOUBLE_OPEN) and not after.isspace()


def _closes(line: str, i: int, single: bool) -> bool:
    before = line[i - 1] if i else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    if before.isspace():
        return False
    return not (single and after.isalnum())  # "didn't" is an apostrophe, not a closing mark


def _line_quotes(line: str, offset: int) -> list[Quote]:
    out: list[Quote] = []
    i = 0
    while i < len(line):
        ch = line[i]
        single = ch in _SINGLE_OPEN
        if (ch in _DOUBLE_OPEN or single) and _opens(line, i):
            end = _find_close(line, i + 1, single)
            if end is None and single:
                i += 1
                continue
            close_at = end if end is not None else len(line)
            out.append(_make(line, offset, i, close_at))
            i = close_at + 1
            continue
        i += 1
    return out


def _find_close(line: str, start: int, single: bool) -> int | None:
    marks = _SINGLE_CLOSE if single else _DOUBLE_CLOSE
    for j in range(start, len(line)):
        if line[j] in marks and j > start and _closes(line, j, single):
            return j
    if not single:
        # A double quote closed by a single mark: “The congressman was told,' the aide said.
        for j in range(start, len(line) - 1):
            if line[j] in _SINGLE_CLOSE and line[j - 1] in ",.?!" and line[j + 1] == " ":
                return j
    return None


def _make(line: str, offset: int, open_at: int, close_at: int) -> Quote:
    start, end = open_at + 1, close_at
    while end > start and line[end - 1] in " ,":
        end -= 1
    while start < end and line[start] == " ":
        start += 1
    return Quote(offset + start, offset + end, offset + open_at, offset + close_at)


def inside(quotes: list[Quote], position: int) -> Quote | None:
    """The quote whose marks enclose `position`, if any."""
    for quote in quotes:
        if quote.open_at <= position <= quote.close_at:
            return quote
    return None
