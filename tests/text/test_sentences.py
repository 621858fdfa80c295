"""Sentence splitting over sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.text.sentences import split_paragraph_sentences, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Lee arrived. He left.", ["Mr. Lee arrived.", "He left."]),
        (
            "It opened on Jan. 26 in Oslo. Crowds came.",
            ["It opened on Jan. 26 in Oslo.", "Crowds came."],
        ),
        ("The U.S. Navy said so. It was late.", ["The U.S. Navy said so.", "It was late."]),
        ("Troops left the U.S. The base closed.", ["Troops left the U.S.", "The base closed."]),
        ("J. K. Rowling wrote it. Fans cheered.", ["J. K. Rowling wrote it.", "Fans cheered."]),
        ("Dr. A. Singh spoke at 5 p.m. on Friday.", ["Dr. A. Singh spoke at 5 p.m. on Friday."]),
        ('"Really?" she asked. Nobody knew.', ['"Really?" she asked.', "Nobody knew."]),
        ("Is it over? Yes! Done.", ["Is it over?", "Yes!", "Done."]),
        ("He earned 3.5 million. Then he quit.", ["He earned 3.5 million.", "Then he quit."]),
        ("Acme Inc. said it would appeal.", ["Acme Inc. said it would appeal."]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_quote_that_spans_sentences_is_split() -> None:
    text = '"No, that is a false story. It never happened," the mayor said. The vote is Monday.'
    assert texts(text) == [
        '"No, that is a false story.',
        'It never happened," the mayor said.',
        "The vote is Monday.",
    ]


def test_curly_quotes_spanning_sentences() -> None:
    text = "She said: “We are leaving. It is final.” Then she hung up."
    assert texts(text) == ["She said: “We are leaving.", "It is final.”", "Then she hung up."]


def test_lower_case_after_a_stop_inside_a_quote_does_not_split() -> None:
    text = '"Met her today, all well. #someone\'s story is wrong," the reporter wrote.'
    assert texts(text) == [text]


def test_single_quotes_spanning_sentences() -> None:
    text = "'We waited. Nobody came,' he said."
    assert texts(text) == ["'We waited.", "Nobody came,' he said."]


def test_an_unclosed_quote_does_not_swallow_the_paragraph() -> None:
    assert texts('A "stray quote here. Next sentence.') == [
        'A "stray quote here.',
        "Next sentence.",
    ]


def test_offsets_point_into_the_original_text() -> None:
    text = "First line here.\n  Second para. Third one!"
    sentences = split_paragraph_sentences(text)
    assert [s.text for s in sentences] == ["First line here.", "Second para.", "Third one!"]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_non_latin_scripts() -> None:
    assert texts("Это первое. Это второе.") == ["Это первое.", "Это второе."]


def test_a_spaced_ellipsis_leaves_words_out_inside_one_sentence() -> None:
    text = '"He was like a brother to me … I am sure it is him," he said. Then he left.'
    assert [s.text for s in split_sentences(text)] == [
        '"He was like a brother to me … I am sure it is him," he said.',
        "Then he left.",
    ]


def test_an_ellipsis_closing_words_still_ends_a_sentence() -> None:
    text = "They got in our way... We lost a lot of time."
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "A representative told E! News that the pair are friends.",
        "The founder told Yahoo! Finance the sale was off.",
    ],
)
def test_a_name_written_with_an_exclamation_mark_ends_no_sentence(text: str) -> None:
    """exclaimed_names.txt: "E! News" is an outlet's name, not a sentence end before "News"."""
    assert [s.text for s in split_sentences(f"{text} Then she left.")] == [text, "Then she left."]


def test_an_exclamation_still_ends_a_sentence() -> None:
    assert [s.text for s in split_sentences("It was great! Then she left.")] == [
        "It was great!",
        "Then she left.",
    ]
