"""Forty-two questions of our own over five stories we wrote, through the real pipeline:
yes with the right speaker, no (declined to comment, not in the story, the wrong kind),
and unknown (the story was never shared)."""

from __future__ import annotations

import pytest

from bot.answer.ask import answer_question
from bot.config import Settings
from bot.ingest import ingest
from storage import Repository
from tests.helpers import FIXTURES

STORIES = {
    "ferry": "plain_story.txt",
    "transfer": "transfer_story.txt",
    "takeover": "takeover_story.txt",
    "hoax": "hoax_story.txt",
    "quota": "quota_story.txt",
}

# (question, story replied to or None, expected answer, a name one cited speaker must contain)
QUESTIONS: list[tuple[str, str | None, str, str | None]] = [
    ("did the port authority deny this?", "ferry", "yes", None),
    ("did Lindqvist deny the pier will close?", None, "yes", "Maria Lindqvist"),
    ("who denied that the ferry pier will close?", None, "yes", "Maria Lindqvist"),
    ("did the Coastal Herald report that the pier is unsafe?", None, "yes", None),
    ("did the harbour authority confirm this?", "ferry", "no", None),
    ("did the mayor deny this?", "ferry", "no", None),
    ("is it true that the port authority denied closing the pier?", None, "yes", None),
    ("did Betis deny this?", "transfer", "yes", None),
    ("did Betis deny Ruiz signed for Sevilla?", None, "yes", None),
    ("who denied that Ruiz agreed to join Sevilla?", None, "yes", None),
    ("did Sevilla deny this?", "transfer", "no", None),
    ("did Sevilla deny the Ruiz transfer?", None, "no", None),
    ("what did Sevilla say about the Ruiz report?", None, "yes", "Sevilla"),
    ("did Haro deny the Ruiz deal?", None, "yes", None),
    ("did Marca report that Ruiz signed a pre-contract?", None, "yes", "Marca"),
    ("did Ruiz's agent deny this?", "transfer", "no", None),
    # asked as a reader would: whether it happened, whether the paper got it wrong
    ("has Ruiz signed for Sevilla?", None, "yes", "Betis"),
    ("is it true Ruiz signed a pre-contract with Sevilla?", None, "yes", "Betis"),
    ("did Marca get it wrong?", None, "yes", "Betis"),
    ("did orbit labs confirm this?", "takeover", "yes", "Tom Harlan"),
    ("did Orbit Labs confirm the Kiteworks talks?", None, "yes", "Tom Harlan"),
    ("who confirmed the talks to buy Kiteworks?", None, "yes", "Tom Harlan"),
    ("did Orbit Labs deny this?", "takeover", "no", None),
    ("did Kiteworks deny this?", "takeover", "no", None),
    ("did jenna moss confirm the Kiteworks talks?", None, "no", None),
    ("did Lena Hart's publicist deny this?", "hoax", "yes", None),
    ("did bellamy deny that hart died?", None, "yes", "Mark Bellamy"),
    ("who denied the Lena Hart death rumours?", None, "yes", "Mark Bellamy"),
    ("did Lena Hart's family deny this?", "hoax", "no", None),
    ("did Lena Hart deny that she died?", None, "yes", "Mark Bellamy"),  # through her publicist
    ("did Apple deny it will buy Netflix?", None, "unknown", None),
    ("who denied that Liverpool sold Anfield?", None, "unknown", None),
    ("did the Pentagon deny the drone strike report?", None, "unknown", None),
    ("did Tesla confirm it is moving to Texas?", None, "unknown", None),
    ("did the government deny this?", "quota", "yes", "Fisheries Ministry"),
    ("any denial from the ministry on the herring quota report?", None, "yes", None),
    ("did Ingrid Dahl deny the quota report?", None, "yes", "Ingrid Dahl"),
    ("did Baltic Trawl deny the herring quota report?", None, "no", "Baltic Trawl"),
    ("who denied that inspectors ignored illegal nets?", None, "yes", "Coastal Affairs"),
    ("did the Northern Courier retract its quota report?", None, "no", None),
    ("did the government deny it will raise fishing taxes?", None, "unknown", None),
    ("any denial from Moscow about the herring quota?", None, "no", None),
]


@pytest.fixture(scope="module")
def answered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, set[str]]]:
    import asyncio

    async def run() -> dict[str, tuple[str, set[str]]]:
        db = str(tmp_path_factory.mktemp("own") / "own.db")
        ids: dict[str, int] = {}
        out: dict[str, tuple[str, set[str]]] = {}
        async with await Repository.open(db) as repo:
            for name, fixture in STORIES.items():
                done = await ingest(repo, str(FIXTURES / fixture), Settings(), chat_id=7)
                ids[name] = done.saved.article_id
            for question, story, _, _ in QUESTIONS:
                about = ids[story] if story else None
                answer = await answer_question(repo, 7, question, about)
                out[question] = (answer.answer, {c.speaker or "" for c in answer.citations})
        return out

    return asyncio.run(run())


def test_forty_two_questions() -> None:
    assert len(QUESTIONS) == 42


@pytest.mark.parametrize(("question", "story", "expected", "speaker"), QUESTIONS)
def test_own_question(
    answered: dict[str, tuple[str, set[str]]],
    question: str,
    story: str | None,
    expected: str,
    speaker: str | None,
) -> None:
    answer, speakers = answered[question]
    assert answer == expected
    if speaker:
        assert any(speaker in cited for cited in speakers)


def test_this_is_the_main_dispute_not_a_side_one(
    answered: dict[str, tuple[str, set[str]]],
) -> None:
    """The quota story also has a side dispute (the union's claim, denied by a government
    department): "did the government deny this?" cites the denials of the quota report only."""
    answer, speakers = answered["did the government deny this?"]
    assert answer == "yes"
    assert not any("Coastal Affairs" in speaker for speaker in speakers)
