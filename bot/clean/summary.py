"""A 3–5 sentence summary taken from the article's own sentences, furniture left out."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from bot.clean.furniture import is_furniture
from bot.text.sentences import Sentence, quote_units

MIN_SENTENCES = 3
MAX_SENTENCES = 5
TARGET_CHARS = 600  # stop adding sentences past this once the minimum is reached
_MIN_LEN, _MAX_LEN = 30, 450


def _is_summary_worthy(sentence: Sentence, title: str | None) -> bool:
    text = sentence.text
    if not _MIN_LEN <= len(text) <= _MAX_LEN or is_furniture(text):
        return False
    if not any(ch.islower() for ch in text) or text[-1] not in ".!?\"'”’»)…。":
        return False  # headings, all-caps banners, captions without a full stop
    return not (title and fuzz.ratio(text.lower(), title.lower()) >= 90)


# A wire story's dateline before its first sentence: "CASTELLAN, March 11 (Meridian Wire) - ",
# "LONDON (Reuters) -", "MAIDUGURI, Nigeria —"; the place in capitals, then a date or country,
# the agency in brackets, and a dash.
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*(?:\([^()\n]{2,40}\))?"
    r"\s*[-–—]{1,2}\s+(?=[A-Z\"“‘'])"
)


def summarize(text: str, title: str | None = None) -> str:
    """The lead sentences of `text` that read as prose, joined with spaces; a quotation of
    several sentences is taken whole or not at all; a wire dateline is left out."""
    chosen: list[str] = []
    for sentence in quote_units(text):
        if not _is_summary_worthy(sentence, title) or sentence.text in chosen:
            continue
        chosen.append(sentence.text if chosen else _DATELINE.sub("", sentence.text, count=1))
        total = sum(len(s) for s in chosen)
        if len(chosen) >= MAX_SENTENCES or (len(chosen) >= MIN_SENTENCES and total >= TARGET_CHARS):
            break
    return " ".join(chosen)
