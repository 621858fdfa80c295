"""The tune/check rule of bench/halves.py, on ids made up here (not the eval data)."""

from __future__ import annotations

import pytest

from bench.halves import (
    ALL,
    CHECK,
    TUNE,
    half_of_id,
    half_of_number,
    id_number,
    page_halves,
    question_halves,
    split,
)


def test_even_numbers_tune_odd_numbers_check():
    assert [half_of_number(n) for n in (0, 1, 2, 7, 10)] == [TUNE, CHECK, TUNE, CHECK, TUNE]


@pytest.mark.parametrize(
    ("item_id", "number", "half"),
    [
        ("fnc-test-1080", 1080, TUNE),
        ("fnc-train-158", 158, TUNE),
        ("fnc-train-3", 3, CHECK),
        ("story-12-part-9", 9, CHECK),  # the trailing number, not the first
        ("42", 42, TUNE),
    ],
)
def test_the_trailing_number_of_an_id_decides(item_id, number, half):
    assert id_number(item_id) == number
    assert half_of_id(item_id) == half


def test_an_id_without_a_number_is_an_error():
    with pytest.raises(ValueError):
        half_of_id("no-number-here")


def test_pages_go_by_position_in_sorted_order_not_by_name():
    halves = page_halves(["zz9", "aa1", "mm3", "bb8"])
    assert halves == {"aa1": TUNE, "bb8": CHECK, "mm3": TUNE, "zz9": CHECK}


STATEMENTS = [
    {"article": "story-10", "sentence": "Acme denied the merger."},
    {"article": "story-11", "sentence": "The mayor said the bridge is safe."},
    {"article": "story-12", "sentence": "The mayor said the bridge is safe."},  # repeated
]


def test_a_question_takes_the_half_of_its_context_article():
    questions = [
        {"q": "did acme deny this?", "context_article": "story-11", "expect_sentences": []},
        {"q": "did acme deny this?", "context_article": "story-20", "expect_sentences": []},
    ]
    assert question_halves(questions, STATEMENTS) == [CHECK, TUNE]


def test_without_context_the_article_of_an_expected_sentence_decides():
    questions = [
        {"q": "q0", "context_article": None, "expect_sentences": ["Acme denied the merger."]},
        {
            "q": "q1",
            "context_article": None,
            "expect_sentences": ["Not in any story.", "  The mayor said the bridge is safe. "],
        },
    ]
    # q0: story-10 (tune) although its line index is 0; q1: first article listing the
    # sentence is story-11 (check), although its line index 1 would say check anyway
    assert question_halves(questions, STATEMENTS) == [TUNE, CHECK]


def test_a_question_about_an_unknown_story_goes_by_its_line_index():
    questions = [
        {"q": "q0", "context_article": None, "expect_sentences": []},
        {"q": "q1", "context_article": None, "expect_sentences": ["Nobody said this."]},
        {"q": "q2", "context_article": None},
        {"q": "q3", "context_article": "story-10", "expect_sentences": []},
    ]
    assert question_halves(questions, STATEMENTS) == [TUNE, CHECK, TUNE, TUNE]


def test_split_keeps_order_and_every_item_lands_in_exactly_one_half():
    ids = ["a-5", "a-2", "a-8", "a-1"]
    parts = split(ids, half_of_id)
    assert parts[ALL] == ids
    assert parts[TUNE] == ["a-2", "a-8"]
    assert parts[CHECK] == ["a-5", "a-1"]
