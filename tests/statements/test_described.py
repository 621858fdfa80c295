"""Delayed identification: a lead's described speaker is the person the story names next."""

from __future__ import annotations

import pytest

from bot.statements.extractor import extract_statements

BAKER = "\n\n".join(
    [
        "A Leeds bakery owner has denied reports that she refused a cake order for a same-sex "
        "wedding.",
        'A post shared online claimed that Maria Jones told the couple she "does not do that".',
        '"I have never turned anyone away," Jones said.',
    ]
)


def test_the_lead_description_is_the_person_named_next() -> None:
    first = extract_statements(BAKER)[0]
    assert first.kind == "denial"
    assert first.speaker is not None and first.speaker.endswith("Jones")
    assert any("bakery owner" in alias for alias in first.aliases)


def test_a_spokesman_is_not_the_person_named_next() -> None:
    text = "\n\n".join(
        [
            "A spokesman for the ministry denied the report on Monday.",
            '"I filed the complaint because nobody listened," Tom Reyes said.',
        ]
    )
    first = extract_statements(text)[0]
    assert first.speaker != "Tom Reyes"


def test_a_person_with_a_description_of_their_own_is_not_the_one_described() -> None:
    text = "\n\n".join(
        [
            "The leader of the rebels has denied agreeing to a truce.",
            "Nigeria's chief of defence staff, Ada Obi, said talks were going well.",
            '"There is no truce," Musa Bello said in a video.',
        ]
    )
    first = extract_statements(text)[0]
    assert first.speaker is not None and "Obi" not in first.speaker


def test_no_link_when_a_person_is_named_before_the_description() -> None:
    text = "\n\n".join(
        [
            "Mayor Lena Ford said the bridge would reopen, and a local farmer denied reports "
            "that the river had flooded his land.",
            '"The water never reached us," Karl Brandt said.',
        ]
    )
    farmer = [s for s in extract_statements(text) if s.kind == "denial"][0]
    assert farmer.speaker != "Karl Brandt"


def test_the_person_must_speak_in_the_story() -> None:
    text = "\n\n".join(
        [
            "A retired teacher has denied writing the anonymous letters.",
            "Police said the letters were sent to fellow teacher Anna Berg, who lives nearby.",
        ]
    )
    first = extract_statements(text)[0]
    assert first.speaker is not None and "Berg" not in first.speaker


def test_a_leader_described_first_is_the_leader_heard_from() -> None:
    text = "\n\n".join(
        [
            "The leader of the rebels has denied agreeing to a truce.",
            '"There is no truce," Musa Bello said in a video.',
        ]
    )
    first = extract_statements(text)[0]
    assert (first.kind, first.speaker) == ("denial", "Musa Bello")


def test_a_police_officer_named_next_is_not_the_woman_described() -> None:
    text = "\n\n".join(
        [
            "A 45-year-old woman told police she had been attacked outside her home.",
            '"We are appealing for witnesses," Detective Inspector Sarah Cole said.',
        ]
    )
    first = extract_statements(text)[0]
    assert first.speaker is not None and "Cole" not in first.speaker


AGENT_HEADLINE = "\n\n".join(
    [
        "Singer Tom Vale is alive, says agent after death hoax spreads online",
        "A website claimed on Sunday that Vale had been killed in a car crash.",
        'His agent, Carla Mendes, said the report was "completely made up".',
    ]
)


def test_a_role_in_the_headline_is_the_person_named_with_that_role() -> None:
    """The singer is named before "agent", so the lead rule does not apply; the role does."""
    first = extract_statements(AGENT_HEADLINE)[0]
    assert first.kind == "denial"
    assert first.speaker == "Carla Mendes"
    assert first.role == "agent"


def test_a_role_named_for_two_people_stays_a_role() -> None:
    text = AGENT_HEADLINE + '\n\nHis other agent, Jo Park, said: "He is fine."'
    first = extract_statements(text)[0]
    assert first.speaker == "agent"


def test_a_spokesman_of_another_organisation_is_not_the_one_named() -> None:
    text = "\n\n".join(
        [
            "A ministry spokesman denied the report on Monday.",
            'Police spokesman John Amos said: "We are still investigating."',
        ]
    )
    first = extract_statements(text)[0]
    assert first.kind == "denial" and first.speaker != "John Amos"


def test_a_spokesman_is_the_one_spokesman_of_that_organisation() -> None:
    text = "\n\n".join(
        [
            "A Kremlin spokesman denied the report on Friday.",
            'Kremlin spokesman Dmitry Peskov said: "No, this is a wrong report."',
        ]
    )
    first = extract_statements(text)[0]
    assert first.speaker == "Dmitry Peskov"


def test_the_newspaper_is_the_outlet_met_before_not_a_person_named_next() -> None:
    text = "\n\n".join(
        [
            "Shares of Arclight Pharma jumped on Monday after The Wall Street Journal reported "
            "that Borden Health was in talks to buy the company.",
            "The newspaper, citing people familiar with the matter, said a deal could be "
            "announced within weeks.",
            "Borden said it does not comment on market rumours.",
        ]
    )
    report, follow_up, borden = extract_statements(text)
    assert report.speaker == follow_up.speaker == "Wall Street Journal"
    assert follow_up.kind == "claim"
    assert borden.speaker == "Borden"


def test_the_tabloid_of_a_headline_and_of_the_story_is_the_outlet_the_lead_names() -> None:
    text = (
        "Mira Dane and Leo Hart split, tabloid claims\n\n"
        "Pop star Mira Dane and actor Leo Hart have split, the Daily Flash reported on Monday.\n\n"
        "The tabloid said the pair had been living apart since the summer.\n\n"
        "Italian newspaper Corriere della Sera said the couple had sold their villa."
    )
    speakers = [s.speaker for s in extract_statements(text)]
    assert speakers == ["Daily Flash", "Daily Flash", "Daily Flash", "Corriere della Sera"]


def test_the_newspaper_with_no_outlet_before_it_stays_unnamed() -> None:
    text = "The newspaper said a deal could be announced within weeks. Borden declined to comment."
    first = extract_statements(text)[0]
    assert first.speaker == "newspaper"


def test_a_spokeswoman_named_for_nobody_speaks_for_the_organisation_just_before() -> None:
    text = (
        "UNICEF said it had never issued such advice. "
        '"This is a fake message and it is not from us," said spokeswoman Charlotte Gornitzka.'
    )
    _, spokeswoman = extract_statements(text)
    assert (spokeswoman.speaker, spokeswoman.org) == ("Charlotte Gornitzka", "UNICEF")
    assert "UNICEF" in spokeswoman.aliases


def test_an_executive_named_for_nobody_speaks_for_the_organisation_that_denied_it() -> None:
    """The bank denies the hackers' claim; its chief executive's negated quote right after
    carries the bank's denial on."""
    text = (
        "A hacking group claimed to have stolen the data of two million customers of Finley Bank. "
        "The bank said it had found no evidence that customer data had been accessed. "
        '"Our systems were not breached," chief executive Paul Renner told reporters.'
    )
    *_, renner = extract_statements(text)
    assert (renner.speaker, renner.kind) == ("Paul Renner", "denial")
    assert (renner.org or "").lower().endswith("bank")


def test_a_spokesman_after_a_person_or_with_an_organisation_keeps_his_own() -> None:
    after_person = 'Jane Roe said she was shocked. "We are looking into it," a spokesman said.'
    assert extract_statements(after_person)[1].org is None
    own = 'Police said they were called at 9pm. "Nobody was hurt," a council spokesman said.'
    assert extract_statements(own)[1].org != "Police"


def test_a_headline_noun_that_looks_like_a_surname_is_the_lead_description() -> None:
    """ "Baker denies …" over "A Leeds baker has denied …": the headline's Baker is the baker
    described, no person named before her, so the lead is the person the story hears from."""
    text = "\n\n".join(
        [
            "Baker denies refusing wedding cake",
            "A Leeds baker has denied claims that she refused to make a wedding cake for a couple.",
            'The couple, Tom and Ben Hart, said that Sarah Collins told them she "does not do '
            'that kind of wedding".',
            '"I have seen what real discrimination looks like," Collins said.',
        ]
    )
    headline, lead, couple, collins = extract_statements(text)
    assert headline.speaker == lead.speaker == collins.speaker
    assert lead.speaker is not None and lead.speaker.endswith("Collins")
    assert couple.speaker == "Tom and Ben Hart"


def test_the_report_is_the_latest_outlet_not_a_headlines_bare_report() -> None:
    text = "\n\n".join(
        [
            "Northwind in talks to buy racing rights, report says",
            "Northwind is in talks to buy the rights, according to a report in the Financial "
            "Times on Monday.",
            "The report, citing people familiar with the talks, said Northwind had offered "
            "$2 billion a year.",
        ]
    )
    headline, lead, follow_up = extract_statements(text)
    assert lead.speaker == follow_up.speaker == "Financial Times"
    assert headline.speaker == "Financial Times"  # "…, report says" is the lead's report


def test_saying_someone_is_fine_denies_a_claim_that_they_died() -> None:
    """The publicist's "Tom is fine" answers the post that said he was killed; "the area was
    safe" after a shooting names nobody, and denies nothing."""
    hoax = (
        "The post said the actor Tom Reyes had been killed on a highway in Arizona. "
        'His publicist, Karen Wells, told reporters: "Tom is fine."'
    )
    *_, publicist = extract_statements(hoax)
    assert publicist.kind == "denial"
    shooting = (
        "A man was shot dead outside the bank, witnesses said. Police said the area was safe."
    )
    assert [s.kind for s in extract_statements(shooting)] == ["claim", "statement"]
    # an MP saying he is safe after a soldier was killed: nobody said he was dead
    attack = (
        "A gunman killed a soldier at the war memorial, police said. "
        '"I am safe in an office," Kyle Seeback, a member of parliament, tweeted.'
    )
    assert extract_statements(attack)[-1].kind != "denial"


@pytest.mark.parametrize(
    "text",
    [
        'The Sun reported that the singer had been rushed to hospital. "She\'s fine," her'
        " rep said.",
        'A tabloid said the actor had collapsed on set. His publicist said he was "perfectly'
        ' fine."',
        'Local media said the mayor had been injured in the crash. "I am fine," the mayor'
        " wrote on Twitter.",
        "The coach said the striker had been injured in training. The striker said he was"
        " feeling great.",
    ],
)
def test_saying_someone_is_well_denies_a_claim_that_they_were_hurt(text: str) -> None:
    assert [s.kind for s in extract_statements(text)] == ["claim", "denial"]


@pytest.mark.parametrize(
    "text",
    [
        # a thing, not a person, is fine
        'Reports said the bridge had collapsed. "The bridge is fine," an engineer said.',
        # nobody said anyone was hurt
        'The club won 3-0, the coach said. "He is fine," the coach said of the goalkeeper.',
        # a wish to hear he is well says nothing of how he is
        "A video posted by the group claimed that Jim Hale had been killed. 'We want Jim home,"
        " or at least to speak with him to know he's okay,' his father Tom Hale said.",
    ],
)
def test_being_well_answers_no_claim_of_harm(text: str) -> None:
    assert extract_statements(text)[-1].kind != "denial"


def test_a_daughter_saying_dad_is_fine_denies_the_post_that_he_passed_away() -> None:
    text = (
        "No, actor Ray Dalton has not died, his family says\n\n"
        'Rumours that Ray Dalton had died spread after a page called "RIP Legends" posted '
        "that he had passed away in his sleep.\n\n"
        '"Dad is fine," his daughter, Emma Dalton, wrote on Instagram.\n\n'
        "The same page had previously announced the deaths of two actors who are still alive."
    )
    headline, rumour, daughter, page = extract_statements(text)
    assert headline.kind == "denial"  # "No, … has not died"
    assert rumour.kind == "claim" and daughter.kind == "denial"
    assert page.kind != "denial"  # "who are still alive" is the article's aside


def test_a_headlines_rep_is_the_one_representative_of_the_lead() -> None:
    """ "…, rep confirms" / "her representative confirmed": one job in two words
    (role_synonyms.tsv), held by one person of the story."""
    text = "\n\n".join(
        [
            "Singer Maya Cruz engaged to footballer, rep confirms",
            "Pop star Maya Cruz is engaged to Diego Alba, her representative confirmed on Friday.",
        ]
    )
    headline, lead = extract_statements(text)[:2]
    assert headline.kind == "confirmation"
    assert headline.speaker == lead.speaker


FOOTBALLER = "\n\n".join(
    [
        "Footballer denies taking banned drug",
        "The Sun claimed on Saturday that Tom Baxter, the Northfield striker, had failed a drugs"
        " test after a match in March.",
        "Baxter said he had never taken a banned substance.",
        "The Sun said it stood by its report.",
    ]
)


def test_a_headlines_denial_is_the_leads_plain_account_of_never_doing_it() -> None:
    """ "Footballer denies taking banned drug": Baxter, whose "said he had never taken a
    banned substance" tells the act the headline's denial names; the denial answers the
    claim made about him."""
    headline, claim, denial = extract_statements(FOOTBALLER)[:3]
    assert headline.kind == "denial" and headline.speaker == "Tom Baxter"
    assert denial.kind == "denial" and denial.speaker == "Tom Baxter"
    assert denial.target == claim.position and headline.target == claim.position


def test_a_headlines_denial_is_no_lead_sharing_one_word_of_the_act() -> None:
    """ "Club denies …": not the league's chief, whose "had not been told of any test" shares
    only "test" with the act denied."""
    text = "\n\n".join(
        [
            "Club denies striker failed drugs test",
            "The Sun claimed on Saturday that the Northfield striker had failed a drugs test.",
            "The league's chief executive, Alan Ward, said he had not been told of any test.",
        ]
    )
    headline = extract_statements(text)[0]
    assert headline.speaker != "Alan Ward"


def test_a_leads_described_speaker_is_the_speaker_named_in_full_in_a_plain_sentence() -> None:
    """ "The leader of the Red Band has denied …": the story names Zubairu Kachalla in full
    only in a sentence that attributes nothing, and hears from "Kachalla" later; a general
    named in between is no leader."""
    text = "\n\n".join(
        [
            "The leader of the Red Band has denied agreeing to any truce with the government.",
            "In a new video released late on Friday, Zubairu Kachalla dashed hopes of a deal.",
            "Army chief General Tomas Ode announced on Monday that the group had agreed to a"
            " truce.",
            "Kachalla in August announced that the group wanted to rule the north.",
        ]
    )
    first = extract_statements(text)[0]
    assert first.kind == "denial"
    assert first.speaker.endswith("Kachalla")
