"""A fact asked that no statement tells, told by the report in its own voice: quoted as the
report's, on a story written for these tests, through the real pipeline."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.answer.ask import answer_question
from bot.answer.decide import Answer
from bot.answer.narration import narrated, narrated_reply
from bot.answer.question import parse_question
from bot.config import Settings
from bot.ingest import ingest
from storage import Repository
from tests.helpers import FIXTURES

STORY = FIXTURES / "councillor_fraud_story.txt"
TEXT = STORY.read_text(encoding="utf-8")
SAID = ["Prosecutors say Mills, 58, used his position as the charity's treasurer."]


def ask(tmp_path: Path, questions: list[str]) -> list[Answer]:
    async def run() -> list[Answer]:
        async with await Repository.open(str(tmp_path / "n.db")) as repo:
            await ingest(repo, str(STORY), Settings(), chat_id=7)
            return [await answer_question(repo, 7, q, None) for q in questions]

    return asyncio.run(run())


def test_when_is_the_trial_is_told_by_the_report(tmp_path: Path) -> None:
    [answer] = ask(tmp_path, ["when is the trial?"])
    assert (answer.answer, answer.case, answer.citations) == ("yes", "narrated", [])
    assert "The report itself says" in answer.text
    assert "“The trial is expected to begin in March.”" in answer.text
    assert answer.text.endswith("— Former councillor pleads not guilty to fraud")


def test_what_a_speaker_said_is_still_their_statement(tmp_path: Path) -> None:
    [answer] = ask(tmp_path, ["what did his lawyer say?"])
    assert answer.case != "narrated"
    assert answer.citations[0].speaker == "Sarah Quinn"


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("when is the trial?", ["The trial is expected to begin in March."]),
        ("did the trial begin?", []),  # whether, not what: the statements answer
        ("when did prosecutors say it?", []),  # a statement tells of the prosecutors
        ("where is the stadium?", []),  # nothing in the story tells it
    ],
)
def test_only_a_fact_asked_and_told_by_no_statement_is_narrated(
    question: str, found: list[str]
) -> None:
    assert narrated(parse_question(question), TEXT, SAID) == found


def test_the_report_is_linked_when_it_came_from_the_web() -> None:
    reply = narrated_reply(["It opens in March."], "Trial news", "https://news.example/t?a=1&b=2")
    assert reply.endswith('— <a href="https://news.example/t?a=1&amp;b=2">Trial news</a>')
    assert narrated_reply(["It opens."], None, "file:///etc/passwd").endswith("— the report")


def test_a_fact_no_statement_tells_whole_is_narrated_though_its_subject_spoke() -> None:
    text = (
        "Carmaker Veltro denies plan to close plant\n"
        "The carmaker Veltro has denied a report that it plans to close its Leeds plant.\n"
        "Veltro shares rose 2 percent in Frankfurt after the denial.\n"
    )
    said = ["The carmaker Veltro has denied a report that it plans to close its Leeds plant."]
    question = parse_question("what happened to veltro shares?")
    assert narrated(question, text, said) == [
        "Veltro shares rose 2 percent in Frankfurt after the denial."
    ]
    assert narrated(parse_question("what happened to the leeds plant?"), text, said) == []


PORT_POST = (
    "BREAKING: Reports of explosion at Port of Halden are false, port authority says. "
    "No injuries, operations normal. #Halden\n"
)


def test_was_anyone_injured_is_told_by_the_post_itself(tmp_path: Path) -> None:
    """A channel post's own "No injuries": "injuries" is the asked "injured" (the stemmer keeps
    them apart; word_families.tsv joins them), and a "was …?" question asks for a fact."""
    post = tmp_path / "post.txt"
    post.write_text(PORT_POST, encoding="utf-8")

    async def run() -> Answer:
        async with await Repository.open(str(tmp_path / "p.db")) as repo:
            await ingest(repo, str(post), Settings(), chat_id=8)
            return await answer_question(repo, 8, "was anyone injured?", None)

    answer = asyncio.run(run())
    assert answer.case == "narrated", answer.text
    assert "No injuries, operations normal." in answer.text
