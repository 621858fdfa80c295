"""Forms of denial found missing on refuted stories (the FNC-1 tune half), on sentences written
for these tests: a report set against "reports to the contrary", a story the outlet calls
debunked or dispelled, an event it says never happened, doubt cast on a claim, a confirmation
that the story is untrue, what was said called incorrect, satire or "not real"."""

from __future__ import annotations

import pytest

from tests.statements.sentences import kinds_of as _kinds


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the speaker sets the facts against reports "to the contrary"
        (
            "No cases of measles have been found in the town, despite reports to the contrary"
            " on local radio, the health ministry said.",
            "measles",
        ),
        ("The club said the striker was staying, despite rumours to the contrary.", "striker"),
        ("Despite claims to the contrary, the mayor said he had never met the developer.", "mayor"),
        ("In spite of stories to the contrary, the band said it was still together.", "band"),
    ],
)
def test_reports_to_the_contrary_are_denied(text: str, part: str) -> None:
    assert _kinds(text, part) == ["denial"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # no report says otherwise: that confirms, it denies nothing
        ("The officer said there were no reports to the contrary.", "officer"),
        ("Despite reports of heavy rain, the organisers said the race would go ahead.", "race"),
    ],
)
def test_no_reports_to_the_contrary_is_no_denial(text: str, part: str) -> None:
    assert "denial" not in _kinds(text, part)


@pytest.mark.parametrize(
    "sentence",
    [
        # the outlet's own voice: the story debunked or dispelled
        "The rumour about the singer's arrest has since been debunked.",
        "The first report on the blog has since been updated and debunked.",
        "The claim has now been roundly discredited.",
        "The rumours about the couple's split have since been dispelled.",
        "The story about the stolen jets was quickly quashed.",
        # the event reported set down as invented
        "But there is one problem: the incident never happened.",
        "The attack never took place, and the soldier is safe at his base.",
        "The whole meeting simply never happened.",
    ],
)
def test_outlet_sets_the_story_right(sentence: str) -> None:
    text = f"Several websites reported that the singer had been arrested. {sentence}"
    assert _kinds(text, sentence[:20]) == ["denial"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fears of a shortage were dispelled by the good harvest.",
        "It never happened before in the history of the club.",
        "Such a thing never happened to him again.",
        "The myth of the lone inventor has a long history.",
    ],
)
def test_no_verdict_in_these(sentence: str) -> None:
    text = f"The farmers met in the village hall on Monday. {sentence}"
    assert "denial" not in _kinds(text, sentence[:20])


@pytest.mark.parametrize(
    "sentence",
    [
        # doubt cast or raised on what was said, in any tense and with "over" or "on"
        "Marine biologists have cast doubt over claims that a shark swam up the river.",
        "The curator casts doubts on the story.",
        "Two historians are casting doubt on the report.",
        "Experts raised doubts over the authenticity of the letter.",
        "The space agency raises doubts about the report.",
    ],
)
def test_doubt_cast_on_a_claim_is_a_denial(sentence: str) -> None:
    assert _kinds(sentence, sentence[:15]) == ["denial"]


@pytest.mark.parametrize(
    "sentence",
    [
        # doubt over a plan or a person's future: nothing said is disputed
        "The injury has cast doubt over his participation in the final.",
        "The storm is casting doubt on the launch date.",
        "The defeat raises doubts about the future of the coach.",
    ],
)
def test_doubt_over_a_plan_is_no_denial(sentence: str) -> None:
    assert "denial" not in _kinds(sentence, sentence[:15])


@pytest.mark.parametrize(
    "sentence",
    [
        # a confirmation whose content negates the story as a fact
        "The terror group does not have the virus, the health agency has confirmed.",
        "The studio confirmed that the prop car had not been stolen.",
        "The army confirmed the hostages were not among those freed.",
    ],
)
def test_confirming_the_story_untrue_is_a_denial(sentence: str) -> None:
    assert _kinds(sentence, sentence[:15]) == ["denial"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a plan, a condition or a plain confirmed fact
        "The senator confirmed he will not stand for re-election.",
        "The company confirmed that, if the deal was not approved, it would withdraw.",
        "The club confirmed that the striker has signed a new contract.",
    ],
)
def test_confirming_a_plan_or_fact_stays_a_confirmation(sentence: str) -> None:
    assert _kinds(sentence, sentence[:15]) == ["confirmation"]


@pytest.mark.parametrize(
    "sentence",
    [
        # what was said called wrong, phony, satire or not real
        "But the speculation was incorrect.",
        "The weatherman was filmed with his back turned, fueling the incorrect rumours.",
        "The phony report mentions that the actor died in his condo.",
        "The post was actually from a satirical news site.",
        "It's not real, but we hope it made you think.",
    ],
)
def test_outlet_calls_the_story_wrong_or_unreal(sentence: str) -> None:
    assert _kinds(sentence, sentence[:15]) == ["denial"]


def test_a_spokesperson_says_it_is_not_real() -> None:
    text = "A spokesperson told reporters that the festive flavour is, in fact, not real."
    assert _kinds(text, "festive") == ["denial"]


@pytest.mark.parametrize(
    "sentence",
    [
        # another sense of "real"
        "This is not real estate advice.",
        "The feed is not real-time data.",
    ],
)
def test_real_in_another_sense(sentence: str) -> None:
    assert "denial" not in _kinds(sentence, sentence[:15])


@pytest.mark.parametrize(
    "text",
    [
        # a fact set against the report it answers
        "A spokeswoman told reporters that despite the magazine's report from Friday, the show"
        ' was "never going to be" a panel on the issue.',
        "The club said that despite earlier reports, the striker had not asked for a transfer.",
    ],
)
def test_a_fact_despite_the_report_is_a_denial(text: str) -> None:
    assert _kinds(text, text[:12]) == ["denial"]


def test_despite_reports_of_an_event_is_no_denial() -> None:
    text = "Despite reports of heavy rain, officials said the race was not cancelled."
    assert "denial" not in _kinds(text, "heavy rain")
