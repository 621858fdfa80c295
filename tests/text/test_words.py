"""Words compared across statements: stem keys join inflections and derivations."""

from __future__ import annotations

import pytest

from bot.text.words import compound_parts, stem_key


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


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("ceasefire", ("cease", "fire")),
        ("handgun", ("hand", "gun")),
        ("lockdown", ("lock", "down")),
    ],
)
def test_a_compound_splits_into_its_two_words(word: str, parts: tuple[str, ...]) -> None:
    assert compound_parts(word) == parts


@pytest.mark.parametrize("word", ["statement", "president", "spokesman", "Kremlin", "2-0"])
def test_a_word_that_is_no_pair_of_words_has_no_parts(word: str) -> None:
    assert compound_parts(word) == ()


@pytest.mark.parametrize(
    ("one", "other"), [("paying", "payment"), ("forged", "forgeries"), ("treated", "treatment")]
)
def test_a_noun_made_of_a_verb_is_one_word_with_it(one: str, other: str) -> None:
    """derivation_endings.txt: "payment" is "pay" made a noun."""
    assert stem_key(one) == stem_key(other)


def test_a_word_ending_in_ment_keeps_a_short_stem() -> None:
    assert stem_key("moment") != stem_key("mom")


def test_the_same_act_in_other_words() -> None:
    from bot.text.words import same_act

    assert "arrest" in same_act("detained")
    assert "detain" in same_act("arrested")
    assert same_act("said") == ()
