"""The outlet's own verdict: a denial by the outlet, only when the outlet is known."""

from __future__ import annotations

import pytest

from bot.statements.extractor import extract_statements
from bot.statements.verdict import OWN_VOICE_CUE, is_verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "The third breast story is a hoax.",
        "The video was a fake.",
        "It turned out to be an elaborate prank.",
        "The claim is completely false.",
        "None of it is even remotely true.",
        "The rumour has been debunked.",
        "There is no evidence that the girl was taken.",
        "Rating: FALSE",
        "The story came from a satirical website.",
    ],
)
def test_verdicts(sentence: str) -> None:
    assert is_verdict(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The election is expected to be hotly contested.",
        "The band played a false start and laughed.",
        "The film is a work of fiction about a hoaxer.",
    ],
)
def test_not_verdicts(sentence: str) -> None:
    assert not is_verdict(sentence)


def test_own_verdict_is_a_denial_by_the_outlet() -> None:
    text = (
        "A tabloid report said the mayor had secretly married.\n"
        "The story is a hoax.\n"
        "The mayor has been single for years."
    )
    found = extract_statements(text, outlet="Factcheck Weekly")
    verdict = [s for s in found if s.cue == OWN_VOICE_CUE]
    assert [(s.kind, s.speaker, s.sentence) for s in verdict] == [
        ("denial", "Factcheck Weekly", "The story is a hoax.")
    ]


def test_without_an_outlet_the_article_voice_is_not_a_statement() -> None:
    assert extract_statements("The story is a hoax.") == []


def test_a_quoted_verdict_is_the_speakers() -> None:
    text = '"This whole story is a hoax made up by people who hate us," the mayor said.'
    [statement] = extract_statements(text, outlet="Factcheck Weekly")
    assert (statement.speaker, statement.kind) == ("mayor", "denial")
