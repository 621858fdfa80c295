"""A sacking the club denies, written for this test: the headline's "says … was not sacked"
is the club's denial in short, the owner's "Nobody has been sacked" tells that denial again
in other words, and the story's own earlier names are kept apart from its described ones."""

from __future__ import annotations

from bot.models import Statement
from bot.statements.extractor import extract_statements

STORY = """Club says coach was not sacked

Rovers said on Friday that head coach Tomas Berg had not been fired, a day after a local \
newspaper reported that he had been dismissed following a run of six defeats.

The Evening Post said Berg was told of the decision by the club's owner, Carla Ruiz, at the \
training ground on Thursday.

"Tomas remains our head coach. Nobody has been sacked," Ruiz said in a statement.

Fans protested outside the stadium on Thursday night.
"""


def _by_start() -> dict[str, Statement]:
    return {s.sentence[:24]: s for s in extract_statements(STORY)}


def test_the_headline_is_the_clubs_denial_in_short() -> None:
    found = _by_start()
    headline = found["Club says coach was not "]
    assert (headline.kind, headline.speaker) == ("denial", "Rovers")
    assert found["Rovers said on Friday th"].kind == "denial"


def test_nobody_sacked_tells_the_denial_again_and_answers_the_report() -> None:
    found = _by_start()
    post = found["The Evening Post said Be"]
    assert (post.kind, post.speaker) == ("claim", "Evening Post")
    owner = found['Nobody has been sacked,"']
    assert (owner.kind, owner.speaker) == ("denial", "Carla Ruiz")
    assert found["Rovers said on Friday th"].target == post.position


def test_a_plural_word_the_story_writes_in_lower_case_stays_a_group() -> None:
    """ "Fans" are no name: the headline of a story whose lead quotes fans keeps its noun."""
    text = (
        "Club says coach was not sacked\n\n"
        "Fans said the coach had not been fired, and the fans cheered him on Saturday."
    )
    headline = extract_statements(text)[0]
    assert headline.speaker != "Fans"
