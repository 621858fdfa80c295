"""Choose among several extractors' texts of one page: the one that agrees most with the others.
Agreement is the overlap of 4-word shingles (Dice), so a lone outlier never wins."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

SHINGLE = 4  # words per shingle, as in the article-extraction benchmark's metric
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of `size`-word runs of `text`; a shorter text is one short shingle."""
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        return Counter([tuple(words)] if words else [])
    return Counter(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def agreement(first: Counter, second: Counter) -> float:
    """Dice overlap of two shingle multisets: 1.0 for the same words, 0.0 for nothing shared."""
    total = sum(first.values()) + sum(second.values())
    return 2 * sum((first & second).values()) / total if total else 0.0


def most_agreed(texts: Sequence[str]) -> int:
    """Index of the text with the highest summed agreement with all the others; the earliest
    one wins a tie, so callers list their preferred extractor first."""
    bags = [shingles(text) for text in texts]
    scores = [
        sum(agreement(bag, other) for j, other in enumerate(bags) if j != i)
        for i, bag in enumerate(bags)
    ]
    return max(range(len(texts)), key=lambda i: (scores[i], -i))
