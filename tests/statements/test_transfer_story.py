"""A transfer rumour and its denials, written for this test: every speaker and kind, and the
forms that used to go wrong (a bare surname spaCy takes for a plural, "Alves himself", "Its
sports editor", "said on Instagram that …", "X is not going anywhere", a football position)."""

from __future__ import annotations

from bot.statements.extractor import extract_statements
from bot.statements.speakers import parse_actor

STORY = """Club dismisses report that striker Alves will leave in January

The Evening Courier reported on Sunday that Rovers striker Diego Alves had agreed to join a \
Spanish club in January for 40 million euros.

Rovers dismissed the report as "pure fiction" on Monday.

"Diego is not going anywhere. He has three years left on his contract and he is happy here," \
manager Paula Grant told reporters at the training ground.

Alves himself posted on Instagram that he had never spoken to any other club. "I love this \
city," he wrote.

The Courier said it stood by its story. Its sports editor, Mark Hale, said two sources close \
to the player had confirmed the talks.
"""


def _by_start() -> dict[str, tuple[str, str | None, str | None]]:
    found = extract_statements(STORY, outlet="Daily Planet")
    return {s.sentence[:24]: (s.kind, s.speaker, s.org) for s in found}


def test_each_denial_and_its_speaker() -> None:
    found = _by_start()
    assert found["Rovers dismissed the rep"][0] == "denial"
    assert found['"Diego is not going anyw'][:2] == ("denial", "Paula Grant")
    assert found["Alves himself posted on "][:2] == ("denial", "Diego Alves")


def test_the_claim_and_who_stands_by_it() -> None:
    found = _by_start()
    assert found["The Evening Courier repo"][:2] == ("claim", "Evening Courier")
    assert found["Its sports editor, Mark "][1:] == ("Mark Hale", None)  # no org "Its"


def test_he_after_a_surname_is_that_person() -> None:
    assert _by_start()['"I love this city," he w'][1] == "Diego Alves"


def test_a_proposition_after_a_phrase_of_time_or_channel() -> None:
    found = extract_statements(STORY, outlet="Daily Planet")
    alves = next(s for s in found if s.sentence.startswith("Alves himself"))
    assert alves.proposition == "he had never spoken to any other club"
    courier = next(s for s in found if s.sentence.startswith("The Evening Courier"))
    assert (courier.proposition or "").startswith("Rovers striker Diego Alves had agreed")


def test_speaker_phrases() -> None:
    assert parse_actor("Alves himself").speaker == "Alves"
    assert parse_actor("Its sports editor, Mark Hale").org is None
    assert parse_actor("Rovers striker Diego Alves").speaker == "Diego Alves"
