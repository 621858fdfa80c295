"""Verb forms read with the English model's lemmatizer tables: irregular forms from its
exception table, present participles by its suffix rules checked against its known bases."""

from __future__ import annotations

import pytest

from bot.text.lemmas import verb_lemma


@pytest.mark.parametrize(
    ("form", "base"),
    [("took", "take"), ("taken", "take"), ("Paid", "pay"), ("met", "meet"), ("sold", "sell")],
)
def test_an_irregular_form_gives_its_base(form: str, base: str) -> None:
    assert verb_lemma(form) == base


@pytest.mark.parametrize(
    ("form", "base"),
    [("taking", "take"), ("meeting", "meet"), ("denying", "deny")],
)
def test_a_present_participle_gives_the_base_the_model_knows(form: str, base: str) -> None:
    """ "taking" meets "taken" (both "take"): "Footballer denies taking banned drug" against
    "he had never taken a banned substance"."""
    assert verb_lemma(form) == base


@pytest.mark.parametrize("word", ["leaked", "report", "Kremlin", "news", "species", "marriage"])
def test_any_other_word_stays_as_it_is(word: str) -> None:
    assert verb_lemma(word) == word
