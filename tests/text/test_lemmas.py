"""Irregular verb forms read from the English model's exception table."""

from __future__ import annotations

import pytest

from bot.text.lemmas import verb_lemma


@pytest.mark.parametrize(
    ("form", "base"),
    [("took", "take"), ("taken", "take"), ("Paid", "pay"), ("met", "meet"), ("sold", "sell")],
)
def test_an_irregular_form_gives_its_base(form: str, base: str) -> None:
    assert verb_lemma(form) == base


@pytest.mark.parametrize("word", ["leaked", "report", "Kremlin", "news"])
def test_any_other_word_stays_as_it_is(word: str) -> None:
    assert verb_lemma(word) == word
