"""An allegation against a minister and its denials, written for this test: a mention never
spans two paragraphs, a passive denial with "which said" is one statement, lawmakers are roles."""

from __future__ import annotations

from bot.statements.extractor import extract_statements
from bot.statements.speakers import named_mention_spans

STORY = """Minister rejects claim she used official jet for holiday

Transport minister Helen Marsh on Thursday rejected a claim by an opposition lawmaker that she \
had used a government jet to fly to a family holiday in Spain.

Opposition lawmaker Tom Reid told parliament on Wednesday that Marsh had flown to Malaga on the \
jet in August at a cost of 30,000 pounds to taxpayers.

"That is simply untrue. I flew on a commercial flight," Marsh said in a statement.

The allegation was also denied by the Ministry of Transport, which said flight logs showed the \
jet had not left Britain in August.

According to Reid, two airport workers had seen the minister board the aircraft.
"""


def test_mentions_stay_within_a_paragraph() -> None:
    phrases = [phrase for _, phrase in named_mention_spans(STORY)]
    assert "Opposition lawmaker Tom Reid" in phrases
    assert not any("\n" in p or "Spain" in p for p in phrases)


def test_the_accuser_is_named_with_role_and_party() -> None:
    found = extract_statements(STORY, outlet="Daily Planet")
    reid = [s for s in found if "Reid" in s.sentence and s.kind == "claim"]
    assert {(s.speaker, s.role) for s in reid} == {("Tom Reid", "lawmaker")}


def test_a_passive_denial_with_which_said_is_one_denial() -> None:
    found = extract_statements(STORY, outlet="Daily Planet")
    ministry = [s for s in found if s.sentence.startswith("The allegation was also denied")]
    assert [(s.kind, s.speaker) for s in ministry] == [("denial", "Ministry of Transport")]
    untrue = next(s for s in found if s.sentence.startswith('"That is simply untrue'))
    claim = next(s for s in found if s.position == untrue.target)
    assert claim.speaker == "Tom Reid"
