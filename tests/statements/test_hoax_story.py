"""A celebrity death hoax and its denials, written for this test: the site's story told with
the dead man's name and age after "said", a publicist's trailing "said on Thursday, after a
site reported that …", and the man's own "Still here."."""

from __future__ import annotations

from bot.models import Statement
from bot.statements.extractor import extract_statements

STORY = """Actor Ben Harlow alive and well after death hoax, says publicist

Actor Ben Harlow is alive and well, his publicist said on Thursday, after a fake news site \
reported that he had died in a skiing accident in Switzerland.

The story, published by a site called Global Daily Wire, said Harlow, 58, had been killed \
when he hit a tree near Zermatt.

"Ben is at home in Los Angeles with his family and is perfectly healthy," publicist Nora \
Vance said.

Harlow himself posted a photo of that morning's newspaper on Instagram with the caption: \
"Still here."
"""


def _by_start() -> dict[str, Statement]:
    return {s.sentence[:24]: s for s in extract_statements(STORY)}


def test_the_site_tells_the_death_and_the_name_after_said_is_no_speaker() -> None:
    story = _by_start()["The story, published by "]
    assert (story.kind, story.speaker) == ("claim", "Global Daily Wire")
    assert story.proposition.startswith("Harlow, 58, had been killed")


def test_the_trailing_publicist_says_what_comes_before_the_verb() -> None:
    lead = _by_start()["Actor Ben Harlow is aliv"]
    assert (lead.kind, lead.speaker) == ("denial", "Nora Vance")
    assert lead.proposition == "Actor Ben Harlow is alive and well"
    assert lead.target == _by_start()["The story, published by "].position


def test_at_home_somewhere_with_his_family_and_still_here_deny_the_death() -> None:
    found = _by_start()
    assert found['"Ben is at home in Los A'].kind == "denial"
    own = found["Harlow himself posted a "]
    assert (own.kind, own.speaker) == ("denial", "Ben Harlow")


def test_still_here_from_one_nobody_said_was_dead_denies_nothing() -> None:
    text = (
        "The band said its drummer had left the tour.\n\n"
        'The singer, Ada Moss, posted a photo with the caption: "Still here."'
    )
    assert [s.kind for s in extract_statements(text)][1] != "denial"
