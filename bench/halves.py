"""Tune and check halves of the development sets: one rule, used by every `bench/eval_*`.

Tuning a method on a whole development set and reading its score on the same set flatters the
method. Every set is therefore split into two fixed halves:

* **tune**: items whose number is even. Look at these while working: failures, misses, worst
  pages.
* **check**: items whose number is odd. Read only their scores, never the items, and trust a
  change when it helps both halves.

What the number is, per set:

* statements articles and FNC bodies: the trailing number of the id (`fnc-test-1080` -> 1080,
  tune; `fnc-train-158` -> 158, tune);
* questions (gold_questions.jsonl): the half of their `context_article`; when that is null, the
  half of the article whose gold statements contain one of the question's `expect_sentences`
  (the first sentence found, in the first article listing it); when none does (questions about
  a story that is not stored), the parity of the question's line index (0-based, blank lines
  not counted);
* extraction pages: the position of the page id in sorted order (0-based).

The halves never change with the code under test, so scores on them can be compared across
commits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

TUNE = "tune"
CHECK = "check"
HALVES = (TUNE, CHECK)
ALL = "all"
SPLITS = (ALL, TUNE, CHECK)  # the order every eval script prints its blocks in

T = TypeVar("T")
_TRAILING_NUMBER = re.compile(r"(\d+)\D*$")


def half_of_number(number: int) -> str:
    """TUNE for an even number, CHECK for an odd one."""
    return TUNE if number % 2 == 0 else CHECK


def id_number(item_id: str) -> int:
    """The last run of digits in an id: `fnc-train-158` -> 158."""
    found = _TRAILING_NUMBER.search(item_id)
    if found is None:
        raise ValueError(f"no number in id {item_id!r}")
    return int(found.group(1))


def half_of_id(item_id: str) -> str:
    """The half of an article, body or any id ending in a number."""
    return half_of_number(id_number(item_id))


def page_halves(page_ids: Iterable[str]) -> dict[str, str]:
    """Extraction pages: the half of each id by its position in sorted order."""
    return {page_id: half_of_number(i) for i, page_id in enumerate(sorted(page_ids))}


def question_halves(
    questions: Sequence[Mapping[str, Any]], statements: Iterable[Mapping[str, Any]]
) -> list[str]:
    """The half of each question, in order (see the module docstring for the rule)."""
    article_of: dict[str, str] = {}
    for statement in statements:
        article_of.setdefault(statement["sentence"].strip(), statement["article"])
    halves = []
    for index, question in enumerate(questions):
        article = question.get("context_article")
        if not article:
            found = (article_of.get(s.strip()) for s in question.get("expect_sentences") or [])
            article = next((a for a in found if a), None)
        halves.append(half_of_id(article) if article else half_of_number(index))
    return halves


def split(items: Iterable[T], half_of: Callable[[T], str]) -> dict[str, list[T]]:
    """{ALL: items, TUNE: [...], CHECK: [...]}, each in the original order."""
    out: dict[str, list[T]] = {name: [] for name in SPLITS}
    for item in items:
        out[ALL].append(item)
        out[half_of(item)].append(item)
    return out
