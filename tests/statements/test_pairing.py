"""Denial -> claim targeting inside one article, on statements written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.models import Statement
from bot.statements.extractor import extract_statements
from bot.statements.pairing import assign_targets


def st(position: int, kind: str, speaker: str, sentence: str) -> Statement:
    return Statement(
        position=position,
        kind=kind,
        sentence=sentence,
        speaker=speaker,
        speaker_norm=speaker.lower(),
        proposition=sentence,
    )


def test_named_report_wins() -> None:
    statements = [
        st(0, "claim", "Gazette", "The Gazette reported the zoo will close."),
        st(1, "claim", "Tom Ash", "Tom Ash said the zoo will close next spring."),
        st(2, "denial", "City Hall", "City Hall denied the Gazette report."),
    ]
    assert assign_targets(statements)[2].target == 0


def test_similar_wording_wins() -> None:
    statements = [
        st(0, "claim", "Ann Lee", "Ann Lee said the bakery poisoned customers."),
        st(1, "claim", "Bo Park", "Bo Park said the parade moved to Sunday."),
        st(2, "denial", "The bakery", "The bakery said it never poisoned customers."),
    ]
    assert assign_targets(statements)[2].target == 0


def test_no_claims_no_target() -> None:
    statements = [st(0, "denial", "X", "X denied it.")]
    assert assign_targets(statements)[0].target is None


def test_shared_word_stems_pick_the_earlier_matching_claim() -> None:
    statements = [
        st(0, "claim", "Ivy Ruiz", "Ivy Ruiz said the mayor was suspended for fraud."),
        st(1, "claim", "Ned Oak", "Ned Oak said the library opens late."),
        st(2, "denial", "The mayor", "The mayor said he is not serving any suspension."),
    ]
    assert assign_targets(statements)[2].target == 0


def test_nothing_earlier_and_nothing_shared_leaves_no_target() -> None:
    statements = [
        st(0, "confirmation", "A clerk", "The clerk confirmed that."),
        st(1, "claim", "Ned Oak", "Ned Oak said the library opens late."),
    ]
    assert assign_targets(statements)[0].target is None


def test_named_speaker_with_several_claims_takes_the_disputed_one() -> None:
    statements = [
        st(0, "claim", "Ivy Ruiz", "Ivy Ruiz said wolves were seen near the school."),
        st(1, "claim", "Ivy Ruiz", "Ivy Ruiz said she asked the rangers."),
        st(2, "denial", "Park office", "The park office disputed Ivy Ruiz's claim."),
        st(3, "denial", "A ranger", "A ranger said no wolves came near the school."),
    ]
    assert assign_targets(statements)[2].target == 0


def test_a_back_reference_takes_the_speakers_previous_target() -> None:
    statements = [
        st(0, "claim", "Ivy Ruiz", "Ivy Ruiz said the bridge is cracked."),
        st(1, "claim", "Ned Oak", "Ned Oak said the fair moved to May."),
        st(2, "denial", "Road agency", "The road agency denied the bridge is cracked."),
        st(3, "denial", "Road agency", "These claims are false, it added."),
    ]
    assert [s.target for s in assign_targets(statements)[2:]] == [0, 0]


def test_an_accusation_in_a_plain_statement_can_be_answered() -> None:
    statements = [
        st(
            0,
            "statement",
            "Lena Hart",
            "Lena Hart posted online accusing the label of trying to stop her singing old songs.",
        ),
        st(1, "claim", "Lena Hart", "She claimed the label feared a new recording."),
        st(
            2,
            "denial",
            "The label",
            '"At no point did we try to stop her singing her old songs," the label said.',
        ),
    ]
    assert assign_targets(statements)[2].target == 0


def test_a_plain_statement_without_an_accusation_is_not_a_target() -> None:
    statements = [
        st(0, "statement", "Lena Hart", "Lena Hart posted online about singing her old songs."),
        st(1, "denial", "The label", "The label denied stopping her singing her old songs."),
    ]
    assert assign_targets(statements)[1].target is None


def test_a_headline_denying_a_report_answers_what_the_outlet_reported() -> None:
    """ "… denies fuel leak report": the report is the newspaper's, not the spokeswoman's quote
    that follows it, though the newspaper is an organisation speaking for itself."""
    from bot.statements.extractor import extract_statements

    text = (
        "Harbour authority denies fuel leak report\n\n"
        "The Dunmore Herald reported on Monday that a tanker leaked diesel into the harbour.\n\n"
        '"There was no leak at all. The hull is intact," port spokeswoman Karin Dahl said.\n'
    )
    found = extract_statements(text)
    headline = next(s for s in found if s.sentence.startswith("Harbour authority denies"))
    target = next(s for s in found if s.position == headline.target)
    assert target.speaker == "Dunmore Herald"


def test_a_deniers_own_account_beside_their_denial_is_not_what_is_denied() -> None:
    quoted = dict(speaker_norm="skylink spokeswoman")
    statements = [
        st(0, "denial", "Airline", "Airline denies pilots were drunk before cancelled flight"),
        st(1, "claim", "Daily Star", "According to the Daily Star, the pilots were in a bar."),
        replace(
            st(
                2,
                "claim",
                "SkyLink spokeswoman",
                "Both pilots passed alcohol tests and the "
                "flight was cancelled because of a fault, a SkyLink spokeswoman said.",
            ),
            quote="Both pilots passed alcohol tests and the flight was cancelled",
            **quoted,
        ),
        replace(
            st(3, "denial", "SkyLink spokeswoman", '"The report is wrong."'),
            quote="The report is wrong.",
            **quoted,
        ),
    ]
    assert assign_targets(statements)[0].target == 1
    # told apart from the denial, the same speaker's claim is one a denial may answer
    apart = [*statements[:3], replace(statements[3], position=5)]
    assert assign_targets(apart)[0].target == 2


def test_a_denial_never_answers_what_its_own_lawyer_said() -> None:
    statements = [
        st(0, "claim", "La Gazzetta", "La Gazzetta reported that Bellini failed a drug test."),
        st(1, "denial", "Luca Bellini", "Bellini denied that he failed a drug test."),
        replace(
            st(2, "claim", "Marco Ferri", "Bellini never failed a drug test, his lawyer said."),
            org="Luca Bellini",
        ),
    ]
    later = [statements[0], statements[2], replace(statements[1], position=3)]
    assert assign_targets(later)[2].target == 0  # his lawyer's is nearer, and not what he denies


def test_a_spokesman_answers_what_his_organisation_answered() -> None:
    """Nothing shared with any claim: the spokesman's denial answers the claim his
    organisation's denial answered."""
    spokesman = replace(
        st(2, "denial", "Ravi Menon", '"We are not building a phone," Ravi Menon said.'),
        org="Orbitel",
    )
    statements = [
        st(0, "claim", "The Ledger", "The Ledger reported that Orbitel hired 40 engineers."),
        st(1, "denial", "Orbitel", "Orbitel denied the Ledger report."),
        spokesman,
    ]
    assert assign_targets(statements)[2].target == 0


def test_an_answer_pointing_back_may_answer_the_articles_first_statement() -> None:
    """The claim at position 0 is a claim like any other ("the rumour" points back to it)."""
    statements = [
        st(0, "claim", "one post", "One post claimed a lion had escaped from the zoo."),
        st(1, "denial", "zoo", 'The zoo said the rumour was "completely false".'),
    ]
    assert assign_targets(statements)[1].target == 0


def test_a_determiner_shared_is_no_word_shared() -> None:
    """ "no agreement … for any player" answers the report of an agreement, not a later
    remark that shares only "any" (and the club's name) with it."""
    statements = [
        st(0, "claim", "Marca", "Marca reported the clubs had reached an agreement."),
        st(1, "denial", "Chelsea spokesman", "There is no agreement with Flamengo for any player."),
        st(2, "claim", "Landim", "Flamengo had received offers but had not accepted any."),
    ]
    assert assign_targets(statements)[1].target == 0


def test_a_headline_denial_sharing_no_words_answers_what_the_lead_denial_answers() -> None:
    text = (
        "Candidate denies using state funds for campaign\n\n"
        "Opposition candidate Maria Delgado has denied accusations by the governing party that "
        "she used public money to pay for campaign rallies.\n\n"
        "The governing People's Party said on Tuesday it had documents showing that her office "
        "paid 120,000 euros to an events company that organised her rallies.\n\n"
        "Her campaign manager, Jonas Feld, said the payments were for council events."
    )
    statements = extract_statements(text)
    party = next(s for s in statements if s.speaker == "People's Party")
    assert [s.target for s in statements if s.kind == "denial"] == [party.position] * 2
    manager = statements[-1]
    assert (manager.speaker, manager.org) == ("Jonas Feld", "Maria Delgado")  # "Her …"


def test_a_word_and_its_opposite_pair_an_answer_with_the_claim_it_answers() -> None:
    text = (
        'A page called "RIP Legends" posted that the actor Ray Dalton had passed away.\n\n'
        'His daughter, Emma Dalton, said her father was "alive and well".\n\n'
        "The same page had announced the deaths of two actors who are still alive."
    )
    post, daughter, _ = extract_statements(text)
    assert daughter.kind == "denial" and daughter.target == post.position


def test_the_claim_said_no_more_of_is_one_already_told() -> None:
    """ "investigating the claim but found no evidence": a claim told before, never the
    researcher's later remark that shares the word "breach"."""
    text = (
        "A hacker group calling itself Black Lantern claimed that it had stolen the data of "
        "12 million customers of Brightmart.\n\n"
        "Brightmart said it was investigating the claim but had found no evidence that its "
        "systems had been breached.\n\n"
        "A researcher said the records could have come from an older breach at a supplier."
    )
    found = extract_statements(text)
    assert found[0].speaker == "Black Lantern"
    assert (found[1].kind, found[1].target) == ("denial", 0)


def test_reports_in_the_plural_are_the_outlets_report() -> None:
    """ "calling reports of a deal 'fake news'" answers what the paper reported, not its later
    update that shares the word "deal"."""
    text = (
        'Diego Santos has denied agreeing a move to Al-Nassr, calling reports of a deal "fake '
        'news".\n\n'
        "Spanish newspaper Marca reported on Wednesday that Santos had signed a pre-contract.\n\n"
        'Marca later updated its story to say the deal was "close" rather than signed.'
    )
    found = extract_statements(text)
    assert (found[0].kind, found[0].target) == ("denial", 1)


def test_that_report_said_no_more_of_is_the_one_told_before() -> None:
    """ "that report is simply not accurate": the analyst's report told before, not the
    sources' later account."""
    text = (
        "Analyst Ming Chen wrote in a note to investors that suppliers had been told to stop "
        "ordering the port.\n\n"
        '"We don\'t comment on future products, but that report is simply not accurate," an '
        "Apple spokesperson told The Verge.\n\n"
        "Several sources told Nikkei Asia that orders for future products had been cut."
    )
    found = extract_statements(text)
    assert (found[1].kind, found[1].target) == ("denial", 0)


def test_a_denial_sharing_no_word_answers_the_claim_that_names_the_denier() -> None:
    statements = [
        st(0, "claim", "Ned Oak", "Ned Oak said the library opens late."),
        st(1, "claim", "Sun", "The Sun claimed Tom Baxter had failed a drugs test."),
        st(2, "claim", "Ivy Ruiz", "Ivy Ruiz said the match was dull."),
        st(3, "denial", "Tom Baxter", "Baxter said he had never taken a banned substance."),
    ]
    assert assign_targets(statements)[3].target == 1


def test_an_auxiliary_shared_is_no_word_shared() -> None:
    statements = [
        st(0, "claim", "Agency", "The agency said it had taken samples from the lake."),
        st(1, "denial", "Kessler Group", "Kessler Group said no chemicals had leaked."),
    ]
    assert assign_targets(statements)[1].target is None


def test_a_first_name_alone_names_nobody() -> None:
    statements = [
        st(0, "claim", "Sun", "The Sun claimed Tom Hale had failed a drugs test."),
        st(1, "denial", "Tom Baxter", "Baxter said he had never been to the club."),
    ]
    assert assign_targets(statements)[1].target is None


def test_a_later_word_for_a_story_is_not_the_story_answered() -> None:
    """ "I don't know where this story comes from" answers what the Herald alleged, not its
    later "stood by its story", which shares only the word "story"."""
    text = "\n\n".join(
        [
            "The Herald alleged on Sunday that the minister had dined with lobbyist Owen Pike.",
            '"I have never met Mr Pike," the minister told reporters. "I don\'t know where this'
            ' story comes from."',
            "The Herald said it stood by its story.",
        ]
    )
    found = extract_statements(text)
    assert [(s.kind, s.target) for s in found[1:3]] == [("denial", 0), ("denial", 0)]


def test_a_family_saying_he_was_never_a_member_answers_the_police_claim() -> None:
    """ "Police say Kerr was a member of a group" is a claim (belonging, stated as so); his
    family's "he was never a member" negates it and answers it."""
    story = (
        "Police say Daniel Kerr was a member of a neo-Nazi group. "
        "Kerr's family says he was never a member of the group."
    )
    claim, answer = extract_statements(story)
    assert (claim.kind, answer.kind) == ("claim", "denial")
    assert answer.target == claim.position


@pytest.mark.parametrize(
    ("story", "denies"),
    [
        (
            "A consumer group claimed that Nutrio's baby formula contained traces of lead. "
            "Nutrio said the product was completely safe.",
            True,
        ),
        (
            "Activists say the commission rigged the election. "
            "The commission said the vote was free and fair.",
            True,
        ),
        (
            "The newspaper reported that Tom Baxter had failed a drugs test. "
            "Baxter said all of his tests had come back clean.",
            True,
        ),
        (
            "A report said Halden Bank was on the verge of collapse. "
            "Halden Bank said it was solvent and well capitalised.",
            True,
        ),
        (
            "Handelsblatt reported that Voltara had manipulated emissions tests. Voltara chief"
            ' executive Klaus Berger said the company had "never knowingly broken any law."',
            True,
        ),
        (
            "Prosecutor Elena Varga said Carlos Ruiz accepted bribes from Apex Build. Ruiz's"
            " lawyer, Daniel Ortega, said the payments were for legitimate consulting work.",
            True,
        ),
        # nobody claimed otherwise of the speaker: a plain account
        (
            "A consumer group claimed that Nutrio's baby formula contained traces of lead. "
            "The regulator said the water supply was safe.",
            False,
        ),
        ("Halden Bank said it was solvent and well capitalised.", False),
    ],
)
def test_one_a_claim_names_saying_their_thing_is_sound_answers_it(story: str, denies: bool) -> None:
    """Said by one whom an earlier claim names, "the product was safe", "the vote was free and
    fair", "his tests had come back clean" deny that claim; said unprompted, they deny
    nothing."""
    *_, last = extract_statements(story)
    assert (last.kind == "denial") is denies


def test_a_denial_never_answers_its_own_ranks_account() -> None:
    """ "Chief Inspector Dana Brooks" speaks for the police the story names: the police's
    denial answers the union's claim, not her account."""
    story = (
        "Police in the city of Marlow have denied that officers used excessive force at a"
        " student protest. "
        '"Officers faced a violent crowd," Chief Inspector Dana Brooks said. '
        "The student union said 14 students were injured by officers."
    )
    denial, brooks, union = extract_statements(story)
    assert brooks.org == "Police in the city of Marlow"
    assert denial.target in {None, union.position}


def test_acting_in_line_with_training_answers_a_claim_naming_the_actor() -> None:
    story = (
        "The union said Marlow police had beaten students. "
        '"Marlow police acted in line with their training," Chief Inspector Dana Brooks said.'
    )
    assert [s.kind for s in extract_statements(story)] == ["claim", "denial"]


def test_a_correction_takes_back_the_outlets_own_words_not_anothers_report() -> None:
    """ "Correction: An earlier version of this story said …" retracts the outlet's own words:
    it answers no other outlet's report."""
    story = (
        "Expresso reported that SkyHop would move its six Lisbon aircraft to Porto.\n\n"
        "Correction: An earlier version of this story said SkyHop had eight aircraft in Lisbon."
    )
    found = extract_statements(story, outlet="Daily Wire")
    [correction] = [s for s in found if s.sentence.startswith("Correction")]
    assert correction.target is None


def test_a_negation_of_what_a_named_report_said_repeats_the_denial() -> None:
    """The lead rejects "a report … that it would close its base"; "we are not closing our
    base", by the company's officer, is that denial told again."""
    story = (
        "SkyHop said it had no plans to cut flights, rejecting a report in Expresso that it would"
        " close its Lisbon base. "
        "Expresso reported that SkyHop would move its six aircraft to Porto. "
        '"We are not closing our base," SkyHop officer Marta Silva said.'
    )
    *_, silva = extract_statements(story)
    assert silva.kind == "denial"


def test_an_answer_naming_claims_answers_what_was_claimed_not_a_later_account() -> None:
    """ "rejected social media claims that …" answers what "Posts … claimed", not the later
    "The farm where the man worked has been closed", which shares more words with its lead."""
    story = (
        "The health ministry confirmed that a poultry worker had tested positive for bird flu,"
        " but rejected social media claims that the virus had spread to his family.\n\n"
        "Posts shared on Facebook claimed that three of the man's relatives had been"
        " hospitalised.\n\n"
        "The farm where the man worked has been closed and 20,000 birds culled, the"
        " agriculture ministry said."
    )
    denial, posts, _ = extract_statements(story)
    assert denial.target == posts.position


def test_an_outlet_removing_its_article_takes_back_its_own_claim() -> None:
    """ "The newspaper later removed the article": a retraction (cue_roles.tsv) answers the
    outlet's own report, not the spokesperson's reply quoted after it."""
    text = (
        'The Daily Star said, citing "a friend of the pair," that Marsh had moved out.\n\n'
        '"Lena and Ravi remain happily married," a spokesperson for the couple said.\n\n'
        "The newspaper later removed the article from its website."
    )
    claim, reply, removal = extract_statements(text)
    assert reply.kind == "denial"
    assert (removal.kind, removal.target) == ("denial", claim.position)


def test_a_retraction_with_no_claim_of_its_own_answers_nobody_elses() -> None:
    text = (
        "Police said the driver was drunk.\n\n"
        "The Evening News later removed the article from its website."
    )
    removal = extract_statements(text)[-1]
    assert (removal.kind, removal.target) == ("denial", None)


def test_claims_by_a_described_claimant_answer_the_one_so_described() -> None:
    """ "rejected claims by a losing candidate that …" answers the candidate's claim, though a
    clerk's account later shares more of its words."""
    text = (
        "Election officials rejected claims by a losing candidate that ballots had been cast "
        "in the names of dead voters.\n\n"
        'Independent candidate Roy Tanner told supporters that "3,000 dead people voted."\n\n'
        "County clerk Maria Esposito said a review had found two ballots cast in the names of "
        "voters who had died."
    )
    denial, claim, _ = extract_statements(text)
    assert (denial.kind, denial.target) == ("denial", claim.position)


def test_a_negation_after_a_newspaper_reported_answers_the_newspapers_claim() -> None:
    """ "…, after a newspaper reported that …" answers the outlet's report, told after it, not
    a campaign group's remark sharing more words; its negated second predicate ("and had not
    been paid for") makes it a denial."""
    text = (
        "The palace said the trip was private and had not been paid for by the government, "
        "after a newspaper reported that the state had paid for the flights.\n\n"
        "The Sunday Courier reported that the prince had met the emir.\n\n"
        'Republic said the trip paid for by the government raised "serious questions."'
    )
    denial, report, _ = extract_statements(text)
    assert (denial.kind, denial.target) == ("denial", report.position)


def test_reports_told_in_the_denial_pair_with_no_unrelated_outlet() -> None:
    """ "Reports on social media that the bridge has collapsed are false": the denial tells
    what it answers; a later, unrelated claim "says" nothing it denies."""
    text = (
        "Reports on social media that the Tamar Bridge has collapsed are false, Devon and "
        "Cornwall Police said.\n\n"
        "Power company Western Grid says 40,000 homes are without electricity."
    )
    denial, _ = extract_statements(text)
    assert (denial.kind, denial.target, denial.speaker) == (
        "denial",
        None,
        "Devon and Cornwall Police",
    )


def test_a_bare_it_is_a_lie_answers_the_report_not_a_fellow_deniers_account() -> None:
    """ "It's a lie," said the captain, after the coach's agent told his own account and
    denied too: the captain answers the tabloid's report, not the agent."""
    text = (
        "A tabloid reported that the club had sacked its coach, Tom Reyes.\n\n"
        'Reyes\'s agent, Luis Mora, said: "I spoke to Tom this morning. There is nothing to it."'
        "\n\n\"It's a lie,\" said the club's captain."
    )
    found = extract_statements(text)
    assert found[-1].kind == "denial"
    assert found[-1].target == 0


def test_the_papers_account_rejected_is_the_papers_report_not_its_editor_later() -> None:
    """ "rejected the paper's account" answers what the paper reported, told before it, not
    its editor's later "the paper stood by its reporting", which shares the word "paper"."""
    text = (
        "The Coastal Echo reported on Monday that the council had dumped sewage into the bay. "
        "The council's chief executive, Paul Ames, rejected the paper's account. "
        "The Echo's editor, Sam Wilde, said the paper stood by its reporting."
    )
    statements = extract_statements(text)
    denial = next(s for s in statements if s.kind == "denial")
    assert denial.target == 0


def test_an_editor_never_answers_his_own_papers_report() -> None:
    """ "The Observer's editor" speaks for the Dunmore Observer: his "they are genuine" may
    answer those who called the documents forged, never the Observer's own report, though
    the report names the Observer."""
    statements = [
        st(0, "claim", "Dunmore Observer", "The Dunmore Observer reported that Okafor took money."),
        replace(
            st(1, "denial", "Mark Fenn", '"We are confident they are genuine," he said.'),
            org="Observer",
        ),
    ]
    assert assign_targets(statements)[1].target is None


def test_a_lead_denial_answers_the_first_claim_that_tells_it() -> None:
    """Told before any claim, a lead's denial states the story's dispute: the report told
    first, though an editor's later words share a word more with it."""
    statements = [
        st(0, "denial", "Nimbus", "Nimbus denied that hackers stole customer data."),
        st(1, "claim", "ByteWatch", "ByteWatch reported that hackers had stolen the data."),
        st(2, "claim", "Carla Gomez", "Gomez said hackers had stolen customer data, verified."),
    ]
    assert assign_targets(statements)[0].target == 1


class TestTheClaimDeniedNotOneOnTheDeniersSide:
    """A carmaker denies a newspaper's report of a closure; a council leader says he was told
    the plant would stay open (written for these tests)."""

    TEXT = (
        "Carmaker Veltro denies plan to close Leeds plant\n"
        "The carmaker Veltro has denied a newspaper report that it plans to close its Leeds"
        " plant.\n"
        "The Yorkshire Post reported on Tuesday that the company would announce the closure"
        " next month.\n"
        '"There are no plans to close Leeds," a Veltro spokeswoman said.\n'
        "Union officials said they had been told nothing about a closure.\n"
        "Leeds City Council leader Tom Hayes said he had spoken to Veltro's chief executive, who"
        " assured him the plant would stay open.\n"
    )

    def _target_of(self, start: str) -> str | None:
        statements = extract_statements(self.TEXT)
        by_position = {s.position: s for s in statements}
        [denial] = [s for s in statements if s.sentence.startswith(start)]
        assert denial.kind == "denial"
        return None if denial.target is None else by_position[denial.target].speaker

    @pytest.mark.parametrize(
        "start",
        ["Carmaker Veltro denies", "The carmaker Veltro has denied", '"There are no plans'],
    )
    def test_every_denial_answers_the_newspaper(self, start: str) -> None:
        assert self._target_of(start) == "Yorkshire Post"

    def test_being_told_nothing_is_no_denial(self) -> None:
        [union] = [s for s in extract_statements(self.TEXT) if s.speaker == "Union officials"]
        assert union.kind == "statement"


def test_a_negated_answer_is_not_paired_with_a_claim_holding_its_opposite() -> None:
    statements = [
        st(0, "claim", "Ann Lee", "Ann Lee said the plant would stay open."),
        st(1, "claim", "Daily Star", "The Daily Star said the owners plan a sale of the site."),
        st(2, "denial", "Veltro", "Veltro said there were no plans to close the plant or sell."),
    ]
    assert assign_targets(statements)[2].target == 1


def test_a_denial_telling_its_own_claim_does_not_inherit_the_speakers_last_target() -> None:
    text = (
        "The Sun claimed on Saturday that the owners had lined up Luis Ortega as a replacement.\n"
        "But Holt poured cold water on the story at his press conference on Monday.\n"
        "Holt was quick to deny that he had considered resigning.\n"
    )
    statements = extract_statements(text)
    assert [s.kind for s in statements] == ["claim", "denial", "denial"]
    assert statements[1].target == statements[0].position  # "the story": the Sun's
    assert statements[2].target is None  # resigning: a claim the story does not tell


def test_a_headline_takes_the_claim_its_lead_answers() -> None:
    """ "Election commission rejects fraud claims in Dorvania vote" shares "vote" with monitors
    who said the vote was well run; the lead, by the same speaker, answers the candidate's
    claim, and so does the headline."""
    text = (
        "Election commission rejects fraud claims in Dorvania vote\n\n"
        "The election commission on Sunday rejected opposition claims that last week's vote was "
        "rigged.\n\n"
        'Opposition candidate Marek Vill said on Friday that "tens of thousands" of ballots had '
        "been stuffed in the capital.\n\n"
        'Monitors from the OSCE said the vote was "competitive and well run", though they '
        'noted "isolated irregularities" at some polling stations.'
    )
    headline, lead, claim, monitors = extract_statements(text)
    assert lead.target == claim.position
    assert headline.target == claim.position


def test_a_background_clause_after_a_denial_finds_no_claim() -> None:
    """ "… denied reports that a tiger had escaped, after videos of a large cat were shared":
    the videos are background; an expert's later "a large domestic cat" is no claim it
    answers."""
    text = (
        "Westbury Zoo on Saturday denied reports that a tiger had escaped from its enclosure, "
        "after videos of a large cat on a suburban street were shared thousands of times.\n\n"
        "Wildlife expert Sam Reid said the animal in the video appeared to be a large domestic "
        "cat, filmed from a distance."
    )
    denial, expert = extract_statements(text)
    assert denial.target != expert.position
