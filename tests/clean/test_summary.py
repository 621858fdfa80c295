"""The summary takes whole sentences of the article, and a quotation of several sentences whole."""

from __future__ import annotations

import pytest

from bot.clean.summary import summarize

STORY = (
    "The Dunmore Herald reported on Monday that a tanker leaked diesel into the harbour.\n"
    '"There was no leak. The hull is intact and we checked it twice. Our divers found'
    ' nothing at all," port spokeswoman Karin Dahl said on Tuesday.\n'
    "“We stand by our report. Our photographs show the slick,” the Herald's editor said.\n"
    "The port plans to publish its inspection report next week, officials said."
)


def test_a_quotation_is_never_cut_inside() -> None:
    summary = summarize(STORY)
    assert '"There was no leak. The hull is intact' in summary
    assert summary.count('"') % 2 == 0
    assert summary.count("“") == summary.count("”")


def test_the_summary_is_verbatim_sentences_in_order() -> None:
    summary = summarize(STORY)
    assert summary.startswith("The Dunmore Herald reported on Monday")
    lines = STORY.split("\n")
    assert summary == " ".join(lines)  # four units, 600 characters not yet reached


def test_an_unclosed_quotation_stops_at_its_paragraph() -> None:
    text = (
        "The mayor spoke to reporters outside the town hall on Friday morning.\n"
        '"We will rebuild the wall. It will take two years.\n'
        '"Nobody on the waterfront should worry about next winter," she added.\n'
        "The council votes on the budget next week, the clerk said in a statement."
    )
    summary = summarize(text)
    assert '"We will rebuild the wall. It will take two years. "Nobody' in summary


@pytest.mark.parametrize(
    "dateline",
    ["CASTELLAN, March 11 (Meridian Wire) - ", "LONDON (Reuters) - ", "MAIDUGURI, Nigeria — "],
)
def test_a_wire_dateline_is_left_out_of_the_summary(dateline: str) -> None:
    lead = "The finance ministry on Tuesday denied a report that it planned a pay freeze."
    summary = summarize(dateline + lead + "\n\nThe ministry said no such plan existed at all.")
    assert summary.startswith(lead)


def test_a_dash_in_a_headline_like_opening_is_kept() -> None:
    text = "US-UK talks - what we know so far about the deal that was signed on Monday."
    assert summarize(text) == text
