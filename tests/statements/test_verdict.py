"""The outlet's own verdict: a denial by the outlet, only when the outlet is known."""

from __future__ import annotations

import pytest

from bot.statements.extractor import extract_statements
from bot.statements.verdict import OWN_VOICE_CUE, is_verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "The third breast story is a hoax.",
        "The video was a fake.",
        "It turned out to be an elaborate prank.",
        "The claim is completely false.",
        "None of it is even remotely true.",
        "The rumour has been debunked.",
        "There is no evidence that the girl was taken.",
        "Rating: FALSE",
        "The story came from a satirical website.",
    ],
)
def test_verdicts(sentence: str) -> None:
    assert is_verdict(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The election is expected to be hotly contested.",
        "The band played a false start and laughed.",
        "The film is a work of fiction about a hoaxer.",
    ],
)
def test_not_verdicts(sentence: str) -> None:
    assert not is_verdict(sentence)


def test_own_verdict_is_a_denial_by_the_outlet() -> None:
    text = (
        "A tabloid report said the mayor had secretly married.\n"
        "The story is a hoax.\n"
        "The mayor has been single for years."
    )
    found = extract_statements(text, outlet="Factcheck Weekly")
    verdict = [s for s in found if s.cue == OWN_VOICE_CUE]
    assert [(s.kind, s.speaker, s.sentence) for s in verdict] == [
        ("denial", "Factcheck Weekly", "The story is a hoax.")
    ]


def test_without_an_outlet_the_article_voice_is_not_a_statement() -> None:
    assert extract_statements("The story is a hoax.") == []


def test_a_quoted_verdict_is_the_speakers() -> None:
    text = '"This whole story is a hoax made up by people who hate us," the mayor said.'
    [statement] = extract_statements(text, outlet="Factcheck Weekly")
    assert (statement.speaker, statement.kind) == ("mayor", "denial")


@pytest.mark.parametrize(
    "sentence",
    [
        "FALSE",
        "The news of his arrest is, yet again, a hoax.",
        "Not news: a fabricated story from a tabloid.",
    ],
)
def test_more_verdicts(sentence: str) -> None:
    assert is_verdict(sentence)


def test_a_rating_alone_on_its_line_after_the_claim() -> None:
    text = "Claim: The singer was banned from all award shows.\nFALSE\nThe rumour began on a blog."
    verdicts = [s for s in extract_statements(text, outlet="Checkworthy") if s.cue == OWN_VOICE_CUE]
    assert [(s.sentence, s.kind) for s in verdicts] == [("FALSE", "denial")]


@pytest.mark.parametrize(
    "text",
    [
        "Correction 3 May 2021: An earlier version of this story said the mayor wrote it.",
        "Correction: An earlier version of this article misstated the date of the vote.",
        "Update: It has since emerged that the man in the photo was not a firefighter.",
        "The remains were confirmed not to be those of the missing climbers.",
        "The viral story about the haunted school was complete nonsense.",
        "It turns out the ‘mayor banned snowmen in the old town square’ story is fake.",
    ],
)
def test_corrections_findings_and_titled_stories_are_the_outlets_verdict(text: str) -> None:
    kinds = {(s.kind, s.speaker) for s in extract_statements(text, outlet="The Courier")}
    assert ("denial", "Courier") in kinds  # the outlet, its article dropped


def test_a_story_that_names_no_site_speaks_as_the_article() -> None:
    """Pasted text names no outlet: its own verdict is "the article"'s, as written."""
    (verdict,) = extract_statements("This is false.", outlet="the article")
    assert (verdict.kind, verdict.speaker) == ("denial", "the article")


@pytest.mark.parametrize(
    "text",
    [
        "It turns out the team has not lost a game at home since 2019.",
        "Photo 3 of 5: The minister said the plan was a hoax.",
        '"The claim that the minister resigned is a complete hoax and nothing else," she wrote.',
    ],
)
def test_no_verdict_of_the_outlet(text: str) -> None:
    assert all(s.speaker != "Courier" for s in extract_statements(text, outlet="The Courier"))


@pytest.mark.parametrize(
    "sentence",
    [
        "It's definitely a hoax, and the singer is fine.",
        "That’s a fake.",
        "The clip appears to have been a hoax.",
        "The haunted tram was nothing more than a publicity stunt.",
        "It turned out to be a false alarm.",
        "The whole interview was a lie.",
        "It's fake.",
        "The footage of the crash was staged.",
        "The only trouble: it isn't true.",
        "That simply wasn't true.",
        "The lottery win was, sadly, too good to be true.",
        "UPDATE: False alarm!",
        "The sighting is looking more and more like a false alarm.",
        "The footage may be nothing more than a carefully edited prank.",
        "The tale of the singing dog is being widely disputed.",
        "PROBABLY FALSE",
    ],
)
def test_narrated_refutations(sentence: str) -> None:
    assert is_verdict(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The play was staged in Paris last spring.",
        "The protest was staged outside the ministry.",
        "The truck was used in a propaganda stunt by the rebels.",
        "He is a prankster who films pranks for his channel.",
        "The suspect failed a lie detector test.",
        "Her portrait isn't true to life.",
        "The novel is not true to the film.",
        "If an offer sounds too good to be true, it probably is.",
        "The fire alarm went off twice on Monday.",
        "The museum opened a show about famous hoaxes.",
        "The border has long been disputed by both countries.",
        "So it's all fiction?",
        "Is the video a fake?",
    ],
)
def test_look_alikes_are_not_refutations(sentence: str) -> None:
    assert not is_verdict(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It's a spoof, and so is the site that ran it.",
        "The rumours of a merger are completely baseless.",
        "Contrary to earlier reports, the hostages have not been freed.",
        "The general has not been captured, as had been widely reported.",
        "The minister did not resign, as was falsely claimed on Monday.",
        "Sorry, royal watchers — the princess is not pregnant.",
        "The seller says the painting is original, but that may not be true.",
    ],
)
def test_settings_right(sentence: str) -> None:
    assert is_verdict(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The comedian wrote a spoof of the famous ad.",
        "The novel follows a baseless fear through three generations.",
        "Is the rumour baseless?",
        "Contrary to expectations, the team won the cup.",
        "The minister has not spoken since, as previously reported.",
        "Sorry, I can't tell you more — it is not my story.",
        "Sorry, everyone, the shop is now closed for the season.",
        "The model may not be true for every city.",
    ],
)
def test_look_alikes_set_nothing_right(sentence: str) -> None:
    assert not is_verdict(sentence)


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Fact check: no, hot water does not kill the virus", True),
        ("Reality check - No, the bridge was not sold", True),
        ("No, the Pope did not endorse the candidate.", True),
        ("No, he isn't, but the internet would like everyone to believe he is dead.", True),
        # no flat "No," answering: a count, or "no" without a negated clause after it
        ("No one was hurt in the fire.", False),
        ("No, seriously, the show goes on.", False),
        ("Fact check: the bridge was sold in 1968", False),
    ],
)
def test_a_flat_no_in_the_outlets_voice(sentence: str, verdict: bool) -> None:
    assert is_verdict(sentence) is verdict


def test_the_outlets_own_voice_is_never_the_post_it_writes_about() -> None:
    """ "A viral post claims … This is false.": the verdict is the article's, and "The post
    … says" stays the post's; "the article" is not the latest text met."""
    text = (
        "A viral Facebook post claims that the council will close the library. This is false.\n\n"
        "The post, shared 12,000 times, says the council voted on Tuesday."
    )
    found = extract_statements(text, outlet="the article")
    assert [(s.kind, s.speaker) for s in found][:2] == [
        ("claim", "viral Facebook post"),
        ("denial", "the article"),
    ]
    assert found[2].speaker == "viral Facebook post"  # "The post" says less of the same post


@pytest.mark.parametrize(
    "text",
    [
        "The rumour was debunked after a blogger claimed the singer had died.",
        "The story turned out to be false when the agency said it had sent no letter.",
    ],
)
def test_the_outlets_verdict_before_the_claim_it_answers_in_one_sentence(text: str) -> None:
    """The main clause is the outlet's verdict; the subordinate clause tells whose claim it
    was: both are kept, and the verdict answers that claim."""
    statements = extract_statements(text, outlet="Daily Check")
    verdict = next(s for s in statements if s.speaker == "Daily Check")
    claim = next(s for s in statements if s.speaker != "Daily Check")
    assert verdict.kind == "denial" and verdict.target == claim.position


def test_a_deed_before_a_told_claim_is_no_verdict() -> None:
    statements = extract_statements(
        "Police arrested the man after a witness said he had a knife.", outlet="Daily Check"
    )
    assert all(s.speaker != "Daily Check" for s in statements)


@pytest.mark.parametrize(
    "rating",
    [
        "We rate this claim False.",
        "Factline rates this claim: False.",
        "We rate this post as misleading.",
    ],
)
def test_we_or_the_site_by_name_rating_the_claim_is_the_outlet_after_a_post_claimed_it(
    rating: str,
) -> None:
    """ "we" is the outlet writing, not the post the story named last."""
    text = f"A post shared on Facebook claims the mayor banned Christmas lights.\n{rating}\n"
    found = extract_statements(text, outlet="Factline")
    assert [(s.kind, s.speaker) for s in found] == [("claim", "post"), ("denial", "Factline")]


def test_a_rating_another_site_gave_is_reported_not_the_outlets_own() -> None:
    text = "A post claims the mayor banned lights.\nPolitiFact rated the claim False.\n"
    speakers = [s.speaker for s in extract_statements(text, outlet="Daily Courier")]
    assert "Daily Courier" not in speakers
