"""Attribution shapes on sentences written for these tests: who is credited, and look-alikes
that must stay unattributed."""

import pytest

from bot.statements.extractor import extract_statements


def _speakers(text: str, part: str) -> list[str]:
    return [s.speaker for s in extract_statements(text) if part in s.sentence]


@pytest.mark.parametrize(
    ("text", "part", "speaker"),
    [
        # a document, a study, data or an outlet reporting findings
        (  # the publisher set off after the report speaks through it
            "The report, published by the watchdog on Tuesday, found that emissions had doubled.",
            "The report",
            "watchdog",
        ),
        ("The study found that children who slept less scored lower.", "The study", "study"),
        ("The audit concluded that the agency had overspent by $3 million.", "audit", "audit"),
        ("Court filings show that the firm owed creditors $40 million.", "Court", "filings"),
        ("Documents seen by the BBC show that the minister was warned.", "Documents", "Documents"),
        ("Polls show the race is tight.", "Polls", "Polls"),
        ("An autopsy showed that the victim had been shot twice.", "autopsy", "autopsy"),
        # an inverted attribution after a short clause
        ("Prices rose sharply, noted the report from the bank.", "Prices", "report"),
        ("Sales fell again, said the company.", "Sales", "company"),
        # an outlet's own knowledge
        ("The BBC understands that the talks have stalled.", "BBC", "BBC"),
        ("The talks have collapsed, the Guardian understands.", "talks", "Guardian"),
        ("CNN has learned that the director will step down.", "CNN", "CNN"),
        # verbs of speech other than "said"
        ('"That is simply not true," Patel countered.', "simply", "Patel"),
        ('"I\'ve had better days," quipped the goalkeeper.', "better days", "goalkeeper"),
        ('"This is the best squad I\'ve had," boasted the manager.', "best squad", "manager"),
        ('"We were never consulted," complained a local farmer.', "consulted", "farmer"),
        ('"It was a mistake," Jensen conceded.', "mistake", "Jensen"),
        ("The witness testified that she saw the defendant leave.", "witness", "witness"),
        ('"Justice has been served," remarked the judge.', "Justice", "judge"),
    ],
)
def test_attributed(text: str, part: str, speaker: str) -> None:
    found = _speakers(text, part)
    assert found, text
    assert speaker.lower() in found[0].lower()


@pytest.mark.parametrize(
    "text",
    [
        "Police found a knife at the scene.",
        "He was found dead in his home.",
        "The talks concluded on Friday without a deal.",
        "The museum understands its visitors.",
        "The data shows a 5% increase in sales.",
        "The video shows officers dragging a man from his car.",
        "The show will return next year.",
        "The team asked for more time to prepare.",
        "Reporters asked the mayor whether she would run again.",
        "The crowd observed a minute's silence.",
        "Her daughter found the letter in a drawer.",
    ],
)
def test_not_attributed(text: str) -> None:
    assert extract_statements(text) == [], text


def test_answer_not_question() -> None:
    """ "Asked" credits only a quoted question; the answer's speaker is the one who said."""
    text = "Reporters asked the mayor if she would run again, and she said she had not decided."
    assert [s.speaker for s in extract_statements(text)] == ["she"]
