"""Forms of denial in news, on sentences written for these tests: retractions, denials named
as nouns, evidence shown to be old or faked, a denial after a hedge, a sentence that opens by
calling itself a denial."""

from __future__ import annotations

import pytest

from bot.statements.extractor import extract_statements
from tests.statements.sentences import OUTLET
from tests.statements.sentences import kinds_of as _kinds


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a denial made at once, or named as a noun
        ("The striker was quick to deny the rumours.", "quick to deny"),
        ("The ministry was forced to deny the report.", "forced to deny"),
        ("The ministry said it was unaware of any such plan.", "unaware"),
        ("The embassy called the report a 'provocation' and 'a lie'.", "a lie"),
        ("The ministers were quick to dismiss the report.", "quick to dismiss"),
        ("The palace issued a categorical denial on Tuesday.", "categorical denial"),
        ("The club issued a denial within the hour.", "issued a denial"),
        # retractions and take-downs
        ("The paper has since withdrawn the article and apologised.", "withdrawn"),
        ("The website later deleted the article.", "deleted"),
        ("The magazine withdrew the story after a complaint.", "withdrew"),
        ("The broadcaster published a correction the next day.", "correction"),
        ("The newspaper later retracted the story.", "retracted"),
        # what was said called wrongly attributed or reported
        ("Her spokesman said the quote had been wrongly attributed to her.", "wrongly"),
        ("The singer said the remark was mistakenly attributed to him.", "mistakenly"),
        ("The minister said the newspaper had wrongly reported his remarks.", "wrongly"),
        ("The teacher said she had been falsely accused.", "falsely"),
        # evidence shown to be something else
        ("The photographer says the photo is from 2012.", "from 2012"),
        ("The agency said the video was filmed in another country.", "another country"),
        ("Her office says the account is a parody.", "parody"),
        ("The embassy said the tweets came from an impostor account.", "impostor"),
        ("The minister's office said the letter was a forgery.", "forgery"),
        # a death rumour answered in the first person
        ("“I am alive and well,” the singer wrote on Facebook.", "alive and well"),
        ("“I'm very much alive,” she wrote.", "very much alive"),
        # the sentence opens by calling itself a denial
        ("Denying the reports, the minister said the talks would continue.", "Denying"),
        (
            "In a statement rejecting the allegations, the firm said it followed the law.",
            "rejecting",
        ),
        ("In a denial, the ministry said no troops had crossed the border.", "In a denial"),
        # a hedge, then a denial after "but"
        (
            "The company declined to comment further but said the allegations were baseless.",
            "declined",
        ),
        (
            "The ministry did not confirm the toll but said reports of 500 dead were exaggerated.",
            "did not confirm",
        ),
    ],
)
def test_denials(text: str, part: str) -> None:
    assert "denial" in _kinds(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The minister did not deny the report.", "did not deny"),
        ("Police could not confirm the report.", "could not confirm"),
        ("Police could not confirm reports that the video was fake.", "could not confirm"),
        ("The company declined to deny the claims.", "declined"),
        ("The network refused to confirm the story and called it speculation.", "refused"),
        ("The judge denied bail to the suspect.", "denied bail"),
        (
            "The minister did not deny that the meeting took place, but said it was brief.",
            "did not deny",
        ),
        ("Rejecting the offer, the union said the strike would go on.", "Rejecting"),
        ("The council said the photo was taken at the opening of the bridge.", "photo"),
        ("The fund said the parody show was a hit with viewers.", "parody"),
        ("The coach said the team did not play well.", "play well"),
        ("The president described the meeting as productive.", "productive"),
        ('"It is ridiculous that we pay so much for bread," the baker said.', "ridiculous"),
        (
            "The Ledger reported that the mill would announce job cuts next month. "
            "The union said it had received no information about job cuts.",
            "no information",
        ),
        (
            "The Ledger reported that the depot would announce its closure next month. "
            "The council said it had not been informed of any closure.",
            "not been informed",
        ),
        (
            "The Ledger reported that Orbitel is building a phone for children.\n\n"
            "Orbitel denied the report.\n\n"
            '"We are not building a phone for children," Orbitel spokesman Ravi Menon said. '
            '"We do not comment on rumour and speculation."',
            "do not comment",
        ),
    ],
)
def test_not_denials(text: str, part: str) -> None:
    assert "denial" not in _kinds(text, part)


@pytest.mark.parametrize(
    "sentence",
    [
        "The image has been digitally altered.",
        "The photograph was actually taken in 2012.",
        "The video was filmed in another country.",
        "The footage is old.",
    ],
)
def test_outlet_verdicts_on_evidence(sentence: str) -> None:
    [statement] = extract_statements(sentence, outlet=OUTLET)
    assert statement.kind == "denial"
    assert statement.speaker == OUTLET


@pytest.mark.parametrize(
    "sentence",
    [
        "The photograph was taken by a local farmer.",
        "The video was filmed at the opening ceremony.",
        "The image shows the bridge at night.",
    ],
)
def test_evidence_described_is_no_verdict(sentence: str) -> None:
    assert extract_statements(sentence, outlet=OUTLET) == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "The group denied the claim. “We were not there,” a spokesman said.",
            "not there",
        ),
        (
            "The Interior Ministry denied the report. “No one was arrested,” a ministry"
            " spokeswoman said.",
            "No one was arrested",
        ),
        (
            "Apple denied the report. “We have not received any complaints,” an Apple"
            " spokesperson told Reuters.",
            "complaints",
        ),
        (
            "The Port of Dunmore denied the report on Tuesday.\n\n"
            "“There was never any spill in the bay,” port spokeswoman Karin Dahl said.",
            "spill",
        ),
    ],
)
def test_a_spokesperson_goes_on_with_the_denial(text: str, part: str) -> None:
    """A negated quote by the denier's spokesperson, right after the denial, carries it on."""
    assert _kinds(text, part) == ["denial"]


def test_the_claim_restated_between_a_denial_and_its_spokesperson_does_not_cut_it() -> None:
    text = (
        "The Port of Dunmore denied a report of a diesel leak on Tuesday.\n\n"
        "The Coastal Herald reported on Monday that the tanker had lost fuel for two days.\n\n"
        "“There was no spill,” port spokeswoman Karin Dahl said."
    )
    assert _kinds(text, "no spill") == ["denial"]
    view = text.replace(
        "lost fuel for two days.",
        "lost fuel for two days.\n\nA union official said the crew was tired.",
    )
    assert _kinds(view, "no spill") != ["denial"]  # two others between: the run is cut


def test_another_actors_spokesperson_does_not_go_on_with_the_denial() -> None:
    text = (
        "Apple denied the report. “We have not received any complaints,” a Samsung"
        " spokesperson told Reuters."
    )
    assert _kinds(text, "complaints") != ["denial"]
    named = (
        "The Port of Dunmore denied the report.\n\n"
        "“There was never any spill in the bay,” council spokeswoman Karin Dahl said."
    )
    assert _kinds(named, "spill") != ["denial"]


def test_a_negated_remark_later_in_the_denier_s_run_goes_on_with_the_denial() -> None:
    """Remarks by the denier after the denial: a later negated one that negates what was
    claimed still denies it."""
    text = (
        "A tabloid claimed the minister had hired his nephew. “That is a lie,” the minister"
        " said. “I am proud of my office.” “My nephew was never hired by anyone here,” he said."
    )
    assert _kinds(text, "never hired") == ["denial"]


def test_a_negated_quote_right_after_a_denial_told_without_a_quote_goes_on_with_it() -> None:
    text = (
        "Posts on social media claimed that police had arrested twelve students. "
        "A police spokesman said no arrests had been made. "
        "“Nobody has been detained, and nobody was hurt,” he said."
    )
    assert _kinds(text, "Nobody has been detained") == ["denial"]


def test_a_negated_remark_later_in_the_run_that_negates_no_claim_stays_a_statement() -> None:
    text = (
        "A tabloid claimed the minister had hired his nephew. “That is a lie,” the minister"
        " said. “I am proud of my office.” “There is no going back now,” he said."
    )
    assert _kinds(text, "no going back") != ["denial"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The ministry denied the report. It said no troops had taken part in the raid.", "troops"),
        (
            "The company rejected the claims. A spokesman said the firm had never sold data.",
            "never sold",
        ),
    ],
)
def test_a_negated_paraphrase_right_after_a_bare_denial_gives_its_substance(
    text: str, part: str
) -> None:
    assert _kinds(text, part) == ["denial"]


def test_a_negated_view_after_a_denial_stays_a_statement() -> None:
    text = "The company rejected the claims. It said it did not expect sales to fall this year."
    assert _kinds(text, "sales") == ["statement"]


@pytest.mark.parametrize(
    "text",
    [
        "“Ridiculous,” he said.",
        "“That's garbage,” he said.",
        "“That's not what I said,” the senator said.",
        "“I'm not going anywhere,” the coach said.",
        "“I'm not pregnant,” she wrote.",
        "“We are not for sale,” the owner said.",
    ],
)
def test_short_replies_that_deny(text: str) -> None:
    [statement] = extract_statements(text, outlet=OUTLET)
    assert statement.kind == "denial"


def test_not_leaving_with_a_condition_is_no_denial() -> None:
    [statement] = extract_statements("“I'm not leaving until I get answers,” she said.")
    assert statement.kind != "denial"


_SOLD = (
    "The Sun reported on Sunday that Smith had secretly sold his football club to a Gulf"
    " investor for 300 million pounds. "
)


def test_the_actor_a_claim_is_about_denies_it_by_negating_one_of_its_words() -> None:
    assert _kinds(_SOLD + "“I haven't sold anything,” Smith said.", "sold anything") == ["denial"]


def test_a_negated_remark_by_that_actor_about_something_else_is_no_denial() -> None:
    assert _kinds(_SOLD + "“I haven't slept well this week,” Smith said.", "slept") != ["denial"]


@pytest.mark.parametrize(
    "answer",
    [
        "“I did not take any money,” Harlow said.",  # "take" against "had taken"
        "“I never took a penny from him,” Harlow said.",  # "took" against "had taken"
    ],
)
def test_an_irregular_verb_denied_in_another_form_is_the_same_verb(answer: str) -> None:
    claim = "Prosecutors said on Monday that Harlow had taken $50,000 from a builder. "
    assert _kinds(claim + answer, "Harlow said") == ["denial"]


def test_what_you_cannot_do_in_general_denies_no_event() -> None:
    claim = "The paper said Han was sent home. "
    answer = "“You can't send letters there, so visits matter,” the teacher said."
    assert _kinds(claim + answer, "letters") != ["denial"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The rumour was quickly shot down by the club.", "club"),
        ("The speculation was quashed by her agent on Monday.", "agent"),
        ("The theory was debunked by scientists at the observatory.", "scientists"),
        ("The stories were dismissed by the palace.", "palace"),
    ],
)
def test_a_rumour_or_story_rejected_in_the_passive(text: str, speaker: str) -> None:
    found = extract_statements(text)
    assert [s.kind for s in found] == ["denial"]
    assert speaker in (found[0].speaker or "")


def test_a_thing_shot_down_is_no_rumour() -> None:
    assert extract_statements("The drone was shot down by the army.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The singer took to Instagram to set the record straight about the rumours.", "singer"),
        ("The minister went on television on Sunday to set the record straight.", "minister"),
    ],
)
def test_a_cue_of_several_words_after_took_to_x_to(text: str, speaker: str) -> None:
    found = extract_statements(text)
    assert [(s.kind, s.speaker) for s in found] == [("denial", speaker)]


def test_the_words_of_a_cue_in_another_order_are_no_cue() -> None:
    assert extract_statements("He set the table straight before the guests came.") == []


@pytest.mark.parametrize(
    "answer",
    [
        'A diver told the Herald he had "no doubt" the tanker leaked diesel from its hull.',
        "A diver said there was no question the tanker leaked diesel from its hull.",
        "A diver said that not only the tanker leaked diesel, its hull was cracked too.",
    ],
)
def test_a_negation_that_affirms_is_no_denial(answer: str) -> None:
    """ "no doubt", "no question", "not only" stress what follows; they deny nothing."""
    text = (
        "The Herald reported that a tanker leaked diesel from its hull into the harbour.\n\n"
        f"{answer}\n"
    )
    assert _kinds(text, "diver") != ["denial"]


_LEAK_CLAIM = "The Herald reported on Monday that a tanker leaked diesel into the harbour.\n\n"


@pytest.mark.parametrize(
    "answer",
    [
        '"There was no leak at all," port spokeswoman Karin Dahl said.',
        '"There wasn\'t any leak," port spokeswoman Karin Dahl said.',
        '"No leak occurred," port spokeswoman Karin Dahl said.',
    ],
)
def test_saying_the_claimed_event_never_happened_denies_it(answer: str) -> None:
    """ "There was no leak" denies "leaked" though the two share no other word."""
    assert _kinds(_LEAK_CLAIM + answer, "leak") == ["claim", "denial"]


def test_saying_something_else_does_not_exist_is_no_denial() -> None:
    answer = '"There was no comment from the owners," port spokeswoman Karin Dahl said.'
    assert _kinds(_LEAK_CLAIM + answer, "Dahl") != ["denial"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The senator later withdrew his remarks about the judge.", "withdrew"),
        ("Reid said on Friday he accepted the ministry's explanation.", "accepted"),
        ("The club has withdrawn its allegations against the referee.", "withdrawn"),
    ],
)
def test_an_accuser_giving_way_takes_it_back(text: str, part: str) -> None:
    assert _kinds(text, part) == ["denial"]


def test_accepting_an_offer_is_no_retraction() -> None:
    assert _kinds("The striker said he accepted the club's offer.", "accepted") != ["denial"]


@pytest.mark.parametrize("rating", ["Our ruling: False.", "Rating: Mostly false", "Verdict: FALSE"])
def test_a_rating_line_on_its_own_is_the_outlet_s_verdict(rating: str) -> None:
    """ "Our ruling: False." looks like a caption's label, but it is the fact-check's verdict."""
    text = f"A viral post claims that lemon water cures the flu.\n\n{rating}\n"
    found = extract_statements(text, outlet=OUTLET)
    assert [(s.kind, s.speaker) for s in found if s.sentence == rating] == [("denial", OUTLET)]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "The report alleged that the coach had struck a player. The coach said he had"
            " never laid a hand on any player.",
            "laid a hand",
        ),
        (
            "The Sun claimed that Tom Baxter had failed a drugs test. Baxter said he had never"
            " taken a banned substance.",
            "banned substance",
        ),
        (
            "Prosecutors allege that Marta Soler accepted bribes from a builder. Soler said she"
            " had never received money from anyone.",
            "received money",
        ),
        (
            'A magazine claimed the actress had had a facelift. The actress said she "has never'
            ' had plastic surgery".',
            "plastic surgery",
        ),
        (
            "Local media reported that Ali Rezaei had visited Iran in secret. He said he had"
            " never been to the country.",
            "never been",
        ),
        # "would never", "categorically did not", "I've never even": the same, said other ways
        (
            'Fans accused singer Mia Cole of miming at the festival. "I would never fake a'
            ' performance," Cole said.',
            "fake a performance",
        ),
        (
            "Prosecutors allege that Victor Hale accepted cash from the developer."
            ' "I categorically did not take any money," Hale told the court.',
            "take any money",
        ),
        (
            "A magazine claimed the singer Mia Cole owned a villa in Monaco."
            ' "I\'ve never even been to Monaco," Cole said.',
            "even been",
        ),
    ],
)
def test_the_one_a_claim_names_saying_they_never_did_it_denies_it(text: str, part: str) -> None:
    assert _kinds(text, part) == ["denial"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (_SOLD + "“I haven't slept well this week,” Smith said.", "slept"),
        (_SOLD + "“I have never been happier,” Smith said.", "happier"),
        (_SOLD + "“I have never seen anything like it,” Smith said.", "anything like"),
        (_SOLD + "Smith said he had never felt so proud of his players.", "so proud"),
        # nobody's claim names him: a remark of his own
        ("The club won 3-0 on Saturday. Smith said he had never scored a goal.", "scored"),
        (_SOLD + "“I would never have guessed the score,” Smith said.", "guessed"),
        ("The club won 3-0 on Saturday. “I simply did not expect it,” Smith said.", "expect"),
    ],
)
def test_saying_one_never_did_something_else_is_no_denial(text: str, part: str) -> None:
    assert _kinds(text, part) != ["denial"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "A rival team accused the club of tapping up the player. The club maintains it acted"
            " within the rules.",
            "within the rules",
        ),
        (
            "Reports said the airline had grounded its fleet. The airline insisted that all its"
            " planes were flying as scheduled.",
            "as scheduled",
        ),
        (
            "The paper alleged that the minister lied to parliament. The minister has always"
            " maintained that he told the truth.",
            "told the truth",
        ),
    ],
)
def test_insisting_when_a_claim_names_you_answers_it(text: str, part: str) -> None:
    assert _kinds(text, part) == ["denial"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # nobody's claim names the coach
        ("The club lost 3-0 on Saturday. The coach insisted the team would bounce back.", "bounce"),
        # the claim names someone else
        (
            "The paper alleged that the mayor lied. The coach insisted the team would bounce back.",
            "bounce",
        ),
        # what the accused merely said, with no insistence
        ("Rivals accused the club of cheating. The club said it would play on Sunday.", "Sunday"),
    ],
)
def test_insisting_unaccused_is_no_denial(text: str, part: str) -> None:
    assert _kinds(text, part) != ["denial"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "The report alleged that the firm paid bribes to officials. The firm said it had"
            " always complied with the law.",
            "complied",
        ),
        (
            "An opposition MP accused the minister of lying. The minister said she had told the"
            " truth.",
            "the truth",
        ),
        (
            "Families claimed the hospital had ignored warning signs. The hospital said its staff"
            " had followed all procedures.",
            "procedures",
        ),
        (
            "Investors accused the bank of hiding losses. The bank said it had acted in good"
            " faith.",
            "good faith",
        ),
    ],
)
def test_telling_your_conduct_was_proper_when_a_claim_names_you_answers_it(
    text: str, part: str
) -> None:
    assert _kinds(text, part) == ["denial"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # nobody accused the firm
        ("The firm opened a new plant. The firm said it complied with all regulations.", "compl"),
        # the claim names someone else
        (
            "The report alleged that the mayor took bribes. The firm said it had always complied"
            " with the law.",
            "complied",
        ),
    ],
)
def test_proper_conduct_unaccused_is_no_denial(text: str, part: str) -> None:
    assert _kinds(text, part) != ["denial"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Rebels seized the Marines' weapons at Sanaa airport\n\nThe Marine Corps said no"
            " weapons had been seized by the rebels.",
            "no weapons",
        ),
        (
            "Thousands of fish die in Lake Marren after plant fire\n\nThe plant's owner said no"
            " fish had died because of the fire.",
            "no fish",
        ),
    ],
)
def test_a_negated_account_answers_the_headline_told_in_the_outlets_voice(
    text: str, part: str
) -> None:
    assert _kinds(text, part) == ["denial"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a view is no account of what happened
        (
            "Rebels seized the Marines' weapons at Sanaa airport\n\nThe senator said the rebels"
            " should not have been allowed near the weapons.",
            "should not",
        ),
        # a negated account of something else
        (
            "Rebels seized the Marines' weapons at Sanaa airport\n\nThe airline said no"
            " flights had been cancelled.",
            "no flights",
        ),
    ],
)
def test_what_answers_no_headline(text: str, part: str) -> None:
    assert _kinds(text, part) != ["denial"]
