"""A police shooting the family disputes, written for this test: the headline's "Family" is
the lead's family, the sister's "never owned a gun" tells again what the family's verb
denied, and a trade before a company's name ("Taiwanese manufacturer Lintek") is no part of
the name."""

from __future__ import annotations

from bot.models import Statement
from bot.statements.extractor import extract_statements
from bot.statements.speakers import parse_actor

STORY = """Family disputes police account of fatal shooting

The family of a 23-year-old man shot dead by police in Millbrook on Saturday disputed the \
police account that he had pointed a gun at officers.

Police Chief Ray Donnelly said officers fired after Jamal Reed "raised a handgun" during a \
traffic stop.

Reed's sister, Tasha Reed, said her brother never owned a gun.

Donnelly said the footage would be released "when appropriate".
"""


def _by_start() -> dict[str, Statement]:
    return {s.sentence[:24]: s for s in extract_statements(STORY)}


def test_the_headlines_family_is_the_leads_family() -> None:
    found = _by_start()
    headline, lead = found["Family disputes police a"], found["The family of a 23-year-"]
    assert headline.kind == lead.kind == "denial"
    assert headline.speaker == lead.speaker


def test_the_sister_tells_again_what_the_family_denied() -> None:
    found = _by_start()
    assert found["Police Chief Ray Donnell"].kind == "claim"
    sister = found["Reed's sister, Tasha Ree"]
    assert (sister.kind, sister.speaker) == ("denial", "Tasha Reed")
    assert found["Donnelly said the footag"].kind == "statement"


def test_a_trade_before_a_companys_name_is_no_part_of_it() -> None:
    assert parse_actor("Taiwanese manufacturer Lintek").speaker == "Lintek"
    assert parse_actor("Apple supplier Foxconn").speaker == "Foxconn"
    assert parse_actor("film director Ana Diaz").kind != "org"
