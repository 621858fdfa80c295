"""Attribution patterns inside one sentence, on sentences written for these tests."""

from __future__ import annotations

from bot.attribution import ELIDED, find_attributions
from bot.quotes import find_quotes


def found(text: str) -> list[tuple[str, str, str]]:
    return [
        (f.mode, f.cue, f.speaker) for f in find_attributions(text, 0, len(text), find_quotes(text))
    ]


def test_forward_and_elided_second_verb() -> None:
    text = "The council said the road is safe but denied closing it."
    assert found(text) == [("forward", "said", "The council"), ("forward", "denied", ELIDED)]


def test_passive_by() -> None:
    assert found("The claim was disputed by the port authority.") == [
        ("passive", "disputed", "the port authority")
    ]


def test_inverted_after_quote() -> None:
    assert found('"It is fine," said Ada Moss.') == [("inverted", "said", "Ada Moss")]


def test_cited_as_saying() -> None:
    assert found("It cited two officials as saying the talks stalled.") == [
        ("cited", "cited", "two officials")
    ]


def test_nouns_and_capitals_are_not_verbs() -> None:
    assert found("The claims spread across the United States.") == []


def test_sentence_adverbs_after_a_pronoun() -> None:
    assert found("He also, however, pointed out that the count was wrong.") == [
        ("forward", "pointed out", "He")
    ]


def test_a_name_with_two_appositives_speaks() -> None:
    text = (
        "Kim Soo-ah, Berlin correspondent for Daily Star, Korea's oldest paper which broke the "
        'story, said: "It began in 1990."'
    )
    assert found(text)[0][2].startswith("Kim Soo-ah, ")


def test_a_described_name_before_said_is_its_subject() -> None:
    text = (
        "In a separate interview, his mother, Jane Moss, said a nurse working for the clinic "
        "told them to wait."
    )
    assert found(text)[0] == ("forward", "said", "Jane Moss, his mother")
