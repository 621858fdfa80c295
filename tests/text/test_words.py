"""Words compared across statements: stem keys join inflections and derivations."""

from __future__ import annotations

import pytest

from bot.text.words import stem_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("leak", "leaked"),  # a prefix of five letters would give "leak" and "leake"
        ("ban", "banned"),
        ("suspended", "suspension"),
        ("died", "dies"),
        ("Staged", "staging"),  # case does not matter
        ("paid", "paying"),  # an irregular verb, by its base form
        ("took", "taken"),
        ("sold", "sell"),
    ],
)
def test_forms_of_one_word_share_a_key(a: str, b: str) -> None:
    assert stem_key(a) == stem_key(b)


@pytest.mark.parametrize(("a", "b"), [("leak", "lean"), ("found", "sound"), ("ban", "band")])
def test_different_words_keep_different_keys(a: str, b: str) -> None:
    assert stem_key(a) != stem_key(b)
