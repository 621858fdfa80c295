"""Statement extraction: rule families on sentences written for these tests, plus the seed story."""

from __future__ import annotations

import pytest

from bot.models import Statement
from bot.statements.extractor import extract_statements

SEED = "\n\n".join(
    [
        "The Kremlin on Friday denied a Bloomberg report that President Vladimir Putin was "
        '"putting out feelers" to the United States for possible talks on ending the war in '
        "Ukraine and might consider dropping key demands on Ukraine's security status.",
        'The Bloomberg report said Putin was "testing the waters" on whether Washington was ready '
        "to engage in talks, and had reached out to the United States via indirect channels.",
        'It cited two people close to the Kremlin as saying Putin "may be willing to consider '
        "dropping an insistence on neutral status for Ukraine and even ultimately abandon "
        "opposition to eventual NATO membership - the threat of which has been a central Russian "
        'justification for the invasion".',
        "Kremlin spokesman Dmitry Peskov was asked by reporters about the story, and specifically "
        "whether Moscow was really ready to give up its demands on neutrality and NATO.",
        '"No, this is a wrong report. It absolutely does not correspond to reality," Peskov said.',
    ]
)


def only(text: str) -> Statement:
    found = extract_statements(text)
    assert len(found) == 1, found
    return found[0]


def assert_quotes_verbatim(text: str, statements: list[Statement]) -> None:
    for s in statements:
        assert s.sentence in text
        if s.quote is not None:
            assert s.quote_start is not None and s.quote_end is not None
            assert text[s.quote_start : s.quote_end] == s.quote


class TestSeedStory:
    def test_claims_denials_and_targets(self) -> None:
        found = extract_statements(SEED)
        assert_quotes_verbatim(SEED, found)
        assert [s.position for s in found] == list(range(len(found)))
        by_sentence = {s.sentence[:25]: s for s in found}
        report = by_sentence["The Bloomberg report said"]
        assert (report.kind, report.speaker) == ("claim", "Bloomberg")
        people = by_sentence["It cited two people close"]
        assert people.kind == "claim" and people.anonymous
        assert people.speaker == "two people close to the Kremlin"
        kremlin = by_sentence["The Kremlin on Friday den"]
        assert (kremlin.kind, kremlin.speaker, kremlin.cue) == ("denial", "Kremlin", "denied")
        # the quote runs over two sentences: each is Peskov's denial and carries the whole quote
        peskovs = [s for s in found if s.speaker == "Dmitry Peskov"]
        assert [s.sentence for s in peskovs] == [
            '"No, this is a wrong report.',
            'It absolutely does not correspond to reality," Peskov said.',
        ]
        for peskov in peskovs:
            assert (peskov.kind, peskov.org) == ("denial", "Kremlin")
            assert peskov.speaker_norm == "dmitry peskov"
            assert peskov.role == "spokesman"
            assert "Peskov" in peskov.aliases and "Kremlin" in peskov.aliases
            # verbatim and whole, without the comma before the closing mark
            assert peskov.quote == (
                "No, this is a wrong report. It absolutely does not correspond to reality"
            )
            assert peskov.target == report.position
        assert kremlin.target == report.position

    def test_proposition_is_the_that_clause(self) -> None:
        kremlin = extract_statements(SEED)[0]
        assert kremlin.proposition is not None
        assert kremlin.proposition.startswith("President Vladimir Putin was")


class TestDirectQuotes:
    @pytest.mark.parametrize(
        "text",
        [
            "“The bridge will reopen in May,” the mayor said.",
            '"The bridge will reopen in May," the mayor said.',
            "'The bridge will reopen in May,' the mayor said.",
            "‘The bridge will reopen in May,’ the mayor said.",
            "«The bridge will reopen in May», the mayor said.",
        ],
    )
    def test_quote_styles(self, text: str) -> None:
        s = only(text)
        assert s.quote == "The bridge will reopen in May"
        assert text[s.quote_start : s.quote_end] == s.quote  # type: ignore[misc]
        assert s.speaker == "mayor"

    def test_apostrophes_inside_single_quotes(self) -> None:
        text = "'We didn't sell the club's stadium,' Ana Ortiz said."
        s = only(text)
        assert s.quote == "We didn't sell the club's stadium"
        assert s.speaker == "Ana Ortiz"

    def test_inverted_attribution(self) -> None:
        s = only('"Nothing has been signed," said Olga Berg, a spokeswoman for Nordfish.')
        assert s.speaker == "Olga Berg"
        assert (s.role, s.org) == ("spokeswoman", "Nordfish")

    def test_quote_after_colon(self) -> None:
        s = only('The mayor said: "We will rebuild the pier."')
        assert s.quote == "We will rebuild the pier."
        assert s.speaker == "mayor"


class TestQuotesOverSentences:
    def test_quote_before_the_attribution(self) -> None:
        text = "'The line is closed. Nothing has moved since May,' the rail operator said."
        found = extract_statements(text)
        # every sentence of an attributed quote is a statement of the quote's speaker
        assert [s.sentence for s in found] == [
            "'The line is closed.",
            "Nothing has moved since May,' the rail operator said.",
        ]
        assert {s.speaker for s in found} == {"rail operator"}
        assert_quotes_verbatim(text, found)
        assert {s.quote for s in found} == {"The line is closed. Nothing has moved since May"}

    def test_quote_after_the_attribution(self) -> None:
        text = 'Lena Roth said: "We never sold the farm. It is not true. Ask anyone."'
        found = extract_statements(text)
        # "Ask anyone." takes no stance, but it is the speaker's too: a statement of its own
        assert [s.speaker for s in found] == ["Lena Roth"] * 3
        assert_quotes_verbatim(text, found)
        assert [s.kind for s in found][1] == "denial"  # its own words decide its kind
        assert all(s.quote_start == found[0].quote_start for s in found)

    def test_unattributed_quote_sentences_stay_out(self) -> None:
        assert extract_statements('"The bridge is closed. Go round." Traffic was slow.') == []


class TestReportedSpeech:
    def test_said_that(self) -> None:
        s = only("Tom Reyes said that the factory closed in March.")
        assert (s.speaker, s.cue, s.kind) == ("Tom Reyes", "said", "claim")
        assert s.proposition == "the factory closed in March"

    def test_trailing_said(self) -> None:
        s = only("The factory closed in March, two former workers said.")
        assert s.speaker == "two former workers"

    def test_according_to(self) -> None:
        s = only("According to people familiar with the matter, the deal collapsed on Sunday.")
        assert s.speaker == "people familiar with the matter"
        assert s.anonymous and s.kind == "claim"

    def test_told_outlet(self) -> None:
        s = only("Mia Chen told Reuters that the plant had been sold.")
        assert s.speaker == "Mia Chen"

    def test_appositive_subject(self) -> None:
        s = only("Rosa Lind, chief executive of Polar Foods, denied the merger report on Monday.")
        assert (s.speaker, s.kind) == ("Rosa Lind", "denial")

    def test_pronoun_and_surname_resolve(self) -> None:
        text = (
            "The Daily Courier reported that the port was closed to ships.\n"
            "Harbor Authority spokesman Leo Varga denied the Courier report.\n"
            "'No ship was turned away from the port,' he said.\n"
            "Varga added that the port was never closed."
        )
        found = extract_statements(text)
        assert [s.speaker for s in found] == ["Daily Courier"] + ["Leo Varga"] * 3
        assert "Harbor Authority" in found[3].aliases

    def test_outlet_report(self) -> None:
        s = only("A Daily Mail report said the singer had secretly married.")
        assert (s.speaker, s.kind) == ("Daily Mail", "claim")

    def test_outlet_reported(self) -> None:
        s = only("TechCrunch reported that the startup laid off half its staff.")
        assert (s.speaker, s.kind, s.cue) == ("TechCrunch", "claim", "reported")


class TestKinds:
    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("The ministry denied that troops had crossed the border.", "denial"),
            ("The club rejected the transfer report.", "denial"),
            ("Acme dismissed the story as baseless.", "denial"),
            ('"That is simply not true," Ray Holt said.', "denial"),
            ('"It is complete rubbish," a spokesman for the band said.', "denial"),
            ("The minister said there was no truth to the rumours.", "denial"),
            ("The agent confirmed that the actor is still alive.", "denial"),
            ("The palace confirmed that the prince had left hospital.", "confirmation"),
            ("The company declined to comment.", "statement"),
            ("The army neither confirmed nor denied the report.", "statement"),
            ("A spokesman said he could not confirm the report.", "statement"),
            ("The label said it would not respond to rumours.", "statement"),
        ],
    )
    def test_kind(self, text: str, kind: str) -> None:
        assert only(text).kind == kind

    def test_passive_denial(self) -> None:
        s = only("The split story has been called 'rubbish' by the singer's publicist.")
        assert s.kind == "denial"
        assert s.speaker == "singer's publicist"

    def test_retraction(self) -> None:
        s = only("The Daily Planet retracted its report on Friday.")
        assert s.kind == "denial"


class TestNotStatements:
    @pytest.mark.parametrize(
        "text",
        [
            "It is claimed that the mayor owns three yachts.",
            "The mayor reportedly owns three yachts.",
            "Flooded: Residents wade through the main street on Sunday.",
            "The stated aim is to finish the bridge by May.",
        ],
    )
    def test_nothing(self, text: str) -> None:
        assert extract_statements(text) == []


def test_denial_targets_claim_in_same_article() -> None:
    text = (
        "The Courier reported that the mill would close next year.\n"
        "The mill's owner denied the Courier report on Tuesday."
    )
    claim, denial = extract_statements(text)
    assert (claim.kind, denial.kind) == ("claim", "denial")
    assert denial.target == claim.position


class TestStanceRules:
    def test_negated_predicate_contradicting_a_claim_is_a_denial(self) -> None:
        text = (
            "The singer Ana Vale is not retiring from the stage, her manager said on Monday.\n"
            "'I have heard she is retiring next month,' the radio host Ben Cole said last week."
        )
        answer, claim = extract_statements(text)
        assert (claim.kind, answer.kind) == ("claim", "denial")
        assert answer.target == claim.position

    def test_negated_continuation_keeps_the_denial(self) -> None:
        text = (
            "The Daily Wire reported that the club would move to a new city.\n"
            "Club president Rui Lopes denied the Daily Wire report.\n"
            "He added that no players were leaving either."
        )
        kinds = [s.kind for s in extract_statements(text)]
        assert kinds == ["claim", "denial", "denial"]

    def test_allegations_made_by(self) -> None:
        s = only("The allegations were made by radio host Pia Lund on Friday.")
        assert (s.kind, s.speaker) == ("claim", "Pia Lund")

    def test_a_report_speaking_makes_a_claim(self) -> None:
        s = only("A report from Lisbon said the ferry was a 'done deal.'")
        assert s.kind == "claim"

    @pytest.mark.parametrize(
        "text",
        [
            "An exclusive report in the Lisbon Courier said the mayor is too ill to serve.",
            "A new story from the Daily Ledger said the ferry is a lost cause.",
            "Its headline said the ferry is a lost cause.",
        ],
    )
    def test_a_report_with_adjectives_or_a_headline_makes_a_claim(self, text: str) -> None:
        assert only(text).kind == "claim"

    def test_the_denier_states_rather_than_claims(self) -> None:
        text = (
            "The Gazette reported that the mill was sold to a rival.\n"
            "Mill owner Tom Berg denied the Gazette report.\n"
            "Tom Berg said the rival was sold to a bank in 2019."
        )
        *_, last = extract_statements(text)
        assert last.kind == "statement"


class TestBackground:
    def test_hypotheticals_and_questions_are_statements(self) -> None:
        [s] = extract_statements("The mayor said if the bridge fails, taxes will rise.")
        assert (s.speaker, s.kind) == ("mayor", "statement")
        [s] = extract_statements('"Who would pay for that?" the mayor said.')
        assert s.kind == "statement"

    def test_asides_off_the_dispute_are_statements_too(self) -> None:
        text = (
            "The Gazette reported that the mill was sold to a rival.\n"
            "Mill owner Tom Berg denied the Gazette report.\n"
            '"I love this town. It gave me everything," he said.'
        )
        found = extract_statements(text)
        assert [s.kind for s in found] == ["claim", "denial", "statement", "statement"]
        assert [s.speaker for s in found][2:] == ["Tom Berg", "Tom Berg"]

    def test_related_box_and_bylines_are_not_statements(self) -> None:
        text = (
            "lRelated Mayor warned voters 'taxes will rise'\n"
            "Mayor warned voters 'taxes will rise'\n"
            "\n"
            "Ana Ruiz reported from Quito, and Tom Berg wrote in Lima."
        )
        assert extract_statements(text) == []

    def test_a_participle_is_not_an_attribution(self) -> None:
        assert extract_statements("He was seen in a video posted online on Monday.") == []

    @pytest.mark.parametrize(
        "sentence",
        [
            "The former pupil made the decision to tell people during her first week.",
            "The singer never had the chance to tell him how she felt.",
        ],
    )
    def test_a_decision_or_a_chance_to_tell_is_no_telling(self, sentence: str) -> None:
        assert extract_statements(sentence) == []

    def test_made_with_a_claim_as_its_object_still_attributes(self) -> None:
        [found] = extract_statements("The coach made similar allegations in a radio interview.")
        assert (found.speaker, found.kind) == ("coach", "claim")

    def test_you_the_reader_is_no_speaker(self) -> None:
        assert extract_statements("Check the photo yourself and you will confirm it.") == []

    @pytest.mark.parametrize(
        "sentence",
        [
            "The rumour spread on Twitter, where an image said to show his body was shared.",
            "A letter said to be from the minister was leaked on Monday.",
            "A video reported to depict the attack was removed by the site.",
            "The striker, believed to have a knee injury, missed training.",
        ],
    )
    def test_a_passive_of_hearsay_names_no_speaker(self, sentence: str) -> None:
        assert extract_statements(sentence) == []

    def test_said_to_someone_is_still_speech(self) -> None:
        [found] = extract_statements("The woman said to police that she had seen him.")
        assert found.speaker == "woman"


class TestRemarksAndAnswers:
    def test_a_stance_word_naming_no_claim_is_not_a_denial(self) -> None:
        text = (
            "The Herald reported that the rebels captured the town.\n"
            'Activist Omar Said tweeted that it was all propaganda: "Let them show one photo. '
            'Propaganda runs in their blood," Said tweeted.'
        )
        kinds = {s.sentence[:12]: s.kind for s in extract_statements(text)}
        assert kinds["Activist Oma"] == "denial"
        assert "Propaganda r" not in kinds or kinds["Propaganda r"] != "denial"

    def test_an_answer_comes_after_the_claim(self) -> None:
        text = (
            "The mayor Ann Holt said the budget was balanced.\n"
            "City officials say council members never asked them about a loan for the stadium.\n"
            "The Tribune reported that council members asked for a stadium loan."
        )
        kinds = [s.kind for s in extract_statements(text)]
        assert "denial" not in kinds

    def test_sources_cited_together_are_one_statement(self) -> None:
        text = (
            "The Post reported that the envoy met the banker.\n"
            "According to those officials and the letter, the envoy asked for a private channel."
        )
        found = extract_statements(text)
        assert len(found) == 2
        assert found[1].speaker == "those officials"

    def test_a_report_inside_a_remark_is_part_of_it(self) -> None:
        s = only(
            "Her office replied by saying Holt was told by a senior official that the loan "
            "was approved."
        )
        assert s.speaker == "Her office"

    def test_a_confirmation_by_a_thing_inside_a_remark_is_part_of_it(self) -> None:
        """ "was usually confirmed by a second sample": no one confirms anything; the sentence
        is the expert's alone. A stance by someone inside a remark still counts."""
        s = only(
            "Anti-doping expert Claire Moreau said a positive test was usually confirmed by a "
            "second sample."
        )
        assert s.speaker == "Claire Moreau"
        both = extract_statements("Police said the account was disputed by the embassy.")
        assert [x.speaker for x in both] == ["Police", "embassy"]

    def test_a_remark_described_is_a_plain_statement(self) -> None:
        [s] = extract_statements("Recent mayors have said different things about the stadium.")
        assert s.kind == "statement"


class TestSingleVoiceStory:
    def test_follow_on_remarks_are_statements(self) -> None:
        text = (
            "Analyst Rita Moss at Bank North said the chip maker will ship fewer phones.\n"
            "Moss added that demand in Europe is weak.\n"
            "According to the analyst, prices will fall."
        )
        found = extract_statements(text)
        assert [s.sentence[:10] for s in found] == ["Analyst Ri", "Moss added", "According "]
        assert {s.speaker for s in found} == {"Rita Moss"}

    def test_a_report_goes_on_reporting(self) -> None:
        text = (
            "The chip maker could be sold to a rival, says a report from Techwire.\n"
            "According to the report, the rival will offer $15 a share."
        )
        found = extract_statements(text)
        assert [s.kind for s in found] == ["claim", "claim"]


def test_participle_goes_to_the_main_clause_subject() -> None:
    text = (
        "Mara Lindqvist earlier spoke of her anger at the council for its treatment of her son "
        "as a tenant of the estate, saying, 'They let us down.'\n"
    )
    [st] = extract_statements(text)
    assert st.speaker == "Mara Lindqvist"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor Ana Sousa continues to defend the budget of the port, saying it was never "
            "inflated.",
            "Ana Sousa",
        ),
        (
            "The harbour commission is unhappy with both ferry lines, saying they ignored the "
            "timetable.",
            "harbour commission",
        ),
    ],
)
def test_participle_after_a_present_tense_clause(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_named_quote_after_the_same_speakers_quote_is_kept() -> None:
    text = (
        '"The river is still rising in the valley," said Olek Brandt, the regional fire chief.\n'
        '"Those levees are a real worry," said Brandt.\n'
    )
    sentences = [s.sentence for s in extract_statements(text)]
    assert sentences == [
        '"The river is still rising in the valley," said Olek Brandt, the regional fire chief.',
        '"Those levees are a real worry," said Brandt.',
    ]


def test_according_to_source_outranks_a_verb_in_its_account() -> None:
    [s] = extract_statements(
        "According to the interior ministry, the country had admitted 40,000 migrants by June."
    )
    assert s.kind != "confirmation"
    assert s.speaker == "interior ministry"


def test_verb_in_reported_passive_chain_is_not_the_speakers() -> None:
    [s] = extract_statements(
        "Dr Sato explained that samples need to be carefully tested and verified before release."
    )
    assert s.kind != "confirmation"


_CLAIM = "The Daily Post reported that the mayor had sold the stadium to a developer.\n\n"


@pytest.mark.parametrize(
    "answer",
    [
        "Councillor Ruth Abe said she did not think selling the stadium would be wise.",
        "The mayor's office said in a statement that it chose not to sell the stadium.",
        '"It is not only a stadium but also a home," the mayor said.',
        "While the stadium has not been sold yet, the mayor said the sale was planned.",
        "Prosecutors alleged that the mayor had not sold the stadium legally.",
        '"I never sold a stadium to a developer in my life," said fan Ivo Tamm.',
        '"The stadium sale does not affect me at all," said fan Ivo Tamm.',
        "The coach said he was surprised that the mayor had not sold the stadium sooner.",
        '"Fans will see things the stadium can offer that developers have not sold," Abe said.',
    ],
)
def test_negation_without_contradiction_is_not_a_denial(answer: str) -> None:
    kinds = [s.kind for s in extract_statements(_CLAIM + answer)]
    assert "denial" not in kinds, kinds


def test_negation_contradicting_a_claim_is_a_denial() -> None:
    text = _CLAIM + "The mayor's spokesman said the stadium had not been sold to anyone."
    assert [s.kind for s in extract_statements(text)][-1] == "denial"


def test_a_first_person_negation_denies_a_claim_about_the_speaker() -> None:
    text = (
        "The Daily Post reported that Mayor Ana Sousa had sold the stadium to a developer.\n\n"
        '"I never sold the stadium to anyone," Mayor Ana Sousa said.'
    )
    assert [s.kind for s in extract_statements(text)][-1] == "denial"


def test_false_thing_is_not_a_claim_called_false() -> None:
    [s] = extract_statements("Police said the guards filed false records of their rounds.")
    assert s.kind != "denial"
    [s] = extract_statements("Officials said the alarms were false alarms caused by dust.")
    assert s.kind != "denial"


def test_ruling_on_a_request_is_not_a_denial() -> None:
    found = extract_statements("A judge rejected the defendant's request to delay the hearing.")
    assert "denial" not in [s.kind for s in found]  # a ruling on a request, no claim denied
    [s] = extract_statements("The agency has declined to publicly confirm the figure.")
    assert s.kind == "statement"


LABEL_STORY = "\n\n".join(
    [
        "The company that owns the singer's early records, Silver Anchor, says she may sing "
        "them at the festival on Sunday.",
        "The singer accused Silver Anchor of blocking the performance.",
        "The records were sold to a fund run by investor Peter Lund last spring.",
        "Lund has bought several labels this year.",
        "He has consistently denied treating artists unfairly.",
        '"At no point did we say she could not perform at the festival," they said in a '
        "statement on Friday.",
    ]
)


def test_an_org_described_before_its_name_stays_an_org() -> None:
    found = extract_statements(LABEL_STORY)
    first = found[0]
    assert first.speaker == "Silver Anchor" and first.org == "Silver Anchor"
    quote = next(s for s in found if s.sentence.startswith('"At no point'))
    assert quote.speaker == "Silver Anchor"  # "they": the organisation, not a person


def test_he_is_the_last_man_named_not_an_organisation() -> None:
    found = extract_statements(LABEL_STORY)
    denial = next(s for s in found if s.sentence.startswith("He has consistently"))
    assert denial.speaker == "Peter Lund"


def test_at_no_point_did_we_say_is_a_denial() -> None:
    found = extract_statements(LABEL_STORY)
    quote = next(s for s in found if s.sentence.startswith('"At no point'))
    assert quote.kind == "denial"


def test_the_group_is_the_org_described_as_one() -> None:
    text = (
        "The watchdog group Open Ledger claimed in May that the port budget was inflated.\n\n"
        "Mayor Ana Sousa denied that the budget was inflated.\n\n"
        "The group said auditors had found invoices for work never done."
    )
    speakers = [s.speaker for s in extract_statements(text)]
    assert speakers == ["Open Ledger", "Ana Sousa", "Open Ledger"]


def test_a_quoted_clause_before_the_name_is_no_description() -> None:
    text = (
        'The administration of the governor has "righted a historic wrong", Mayor Ana Sousa said.'
    )
    assert only(text).speaker == "Ana Sousa"


def test_an_accusation_is_a_claim_and_its_rejection_answers_it() -> None:
    text = (
        "The port authority accused the ferry union of staging an illegal strike.\n\n"
        'The union rejected these accusations as "completely false."'
    )
    claim, denial = extract_statements(text)
    assert (claim.kind, claim.speaker) == ("claim", "port authority")
    assert denial.kind == "denial" and denial.target == claim.position


@pytest.mark.parametrize(
    "text",
    [
        "Guards said they had checked on accused smuggler Ivo Tamm in the hours before dawn.",
        "The mayor met the union, which officials have accused of stalling the talks.",
    ],
)
def test_accused_as_an_adjective_or_in_a_passive_is_no_accusation(text: str) -> None:
    assert all(s.cue not in {"accused", "accuses"} for s in extract_statements(text))


@pytest.mark.parametrize(
    ("text", "speaker", "charge"),
    [
        (
            "Cyclist Tom Baird has been accused by a former teammate of using banned drugs.\n\n"
            "Baird said he had always competed clean.",
            "former teammate",
            "using banned drugs",
        ),
        (
            "The singer was accused by her former manager of stealing songs.",
            "her former manager",
            "stealing songs",
        ),
    ],
)
def test_one_accused_by_someone_of_something_is_that_someones_claim(
    text: str, speaker: str, charge: str
) -> None:
    accusation = extract_statements(text)[0]
    assert (accusation.kind, accusation.speaker) == ("claim", speaker)
    assert accusation.proposition == charge


def test_one_head_noun_shared_by_two_adjectives_is_one_speaker() -> None:
    text = "The Dutch and Belgian health ministries said the vaccine was safe."
    assert only(text).speaker == "Dutch and Belgian health ministries"


def test_a_number_with_a_thousands_separator_is_one_speaker() -> None:
    assert only("About 12,400 nurses said they were tired.").speaker == "About 12,400 nurses"
    # a real appositive still splits
    assert only("Jane Roe, a nurse, said she was tired.").speaker == "Jane Roe"


def test_people_reporting_symptoms_make_no_statement() -> None:
    text = "In the trial, those who took the drug reported fewer migraines than others."
    assert extract_statements(text) == []
    assert only("Those who took the drug reported that they slept better.").kind == "claim"


def test_which_clause_speaker_gets_the_claim() -> None:
    text = "The engine makes 150 hp, which Kestrel claims is a 20% gain over the old one."
    statement = only(text)
    assert (statement.speaker, statement.kind) == ("Kestrel", "claim")


def test_a_spokesperson_who_was_not_named_speaks() -> None:
    text = (
        "A spokesperson who did not wish to be named because of agency policy said the clinic "
        "had never offered the vaccine."
    )
    assert only(text).speaker == "spokesperson"


def test_protesters_responding_with_violence_make_no_statement() -> None:
    assert extract_statements("A few of the marchers responded with open violence.") == []
    assert only("The club responded that the ban was unfair.").speaker == "club"


def test_an_age_after_the_name_is_not_the_speaker() -> None:
    [s] = extract_statements("Rita Vance, 26, says that she was at the store all night.")
    assert s.speaker == "Rita Vance"


def test_a_quote_after_a_quoted_remark_goes_on_with_its_speaker() -> None:
    text = (
        "'We took it as a threat,' said Ana Ruiz. 'Three times he warned us. We were afraid.'\n"
        '"Nobody asked us," Ruiz added. "We had to find our way.\n'
        '"Nobody helped."\n'
        "The ministry has not commented."
    )
    found = extract_statements(text)
    assert [s.sentence for s in found] == [
        "'We took it as a threat,' said Ana Ruiz.",
        "'Three times he warned us.",
        "We were afraid.'",
        '"Nobody asked us," Ruiz added.',
        '"We had to find our way.',
        '"Nobody helped."',
        "The ministry has not commented.",
    ]
    assert {s.speaker for s in found[:-1]} == {"Ana Ruiz"}
    assert (found[-1].speaker, found[-1].kind) == ("ministry", "statement")  # no comment


@pytest.mark.parametrize(
    "line",
    [
        "Update: A Tesla spokesman said the report was not accurate.",
        'UPDATE: In a statement to Reuters, a Tesla spokesman said the rumour is "not true."',
    ],
)
def test_an_update_line_is_article_text_not_a_caption(line: str) -> None:
    [s] = extract_statements(line)
    assert (s.kind, s.speaker) == ("denial", "Tesla spokesman")


def test_a_quote_paragraph_goes_on_with_the_speaker_quoted_just_before() -> None:
    """News style: a paragraph that is only a quotation carries on the words of whoever was
    quoted at the end of the paragraph before; a quote after narration stays out."""
    text = (
        'The mayor, Ida Brandt, said the plan had been "rushed through without a vote".\n'
        '"Nobody in this town was asked. We will take it to court."\n'
        "The council meets again on Monday.\n"
        '"It is a sad day."'
    )
    found = extract_statements(text)
    assert [s.sentence for s in found] == [
        'The mayor, Ida Brandt, said the plan had been "rushed through without a vote".',
        '"Nobody in this town was asked.',
        'We will take it to court."',
    ]
    assert {s.speaker for s in found} == {"Ida Brandt"}


def test_a_quote_paragraph_after_reported_speech_is_the_same_speakers() -> None:
    text = (
        "Ida Brandt said the council had ignored the residents.\n"
        '"Nobody in this town was asked."\n'
        "The council meets again on Monday."
    )
    found = extract_statements(text)
    assert [(s.sentence, s.speaker) for s in found] == [
        ("Ida Brandt said the council had ignored the residents.", "Ida Brandt"),
        ('"Nobody in this town was asked."', "Ida Brandt"),
    ]


_ANSWERED = (
    "The tenants' union claimed that the landlord had cut the heating in January.\n\n"
    "The landlord denied cutting the heating.\n\n"
)


def test_what_a_denier_says_after_the_denial_answers_the_claim() -> None:
    text = _ANSWERED + "The landlord said the boiler was serviced in December."
    kinds = [s.kind for s in extract_statements(text)]
    assert kinds == ["claim", "denial", "statement"]


def test_what_a_denier_said_before_the_denial_keeps_its_kind() -> None:
    text = (
        "The landlord said the boiler was serviced in December.\n\n"
        "The tenants' union claimed that the landlord had cut the heating in January.\n\n"
        "The landlord denied cutting the heating."
    )
    kinds = [s.kind for s in extract_statements(text)]
    assert kinds == ["claim", "claim", "denial"]


def test_an_accuser_who_also_denies_something_still_makes_claims() -> None:
    text = (
        _ANSWERED
        + "The landlord claimed that the tenants had broken the boiler.\n\n"
        + "The union denied that the tenants had broken the boiler.\n\n"
        + "The union said a tenant had fallen ill in the cold."
    )
    kinds = [s.kind for s in extract_statements(text)]
    assert kinds == ["claim", "denial", "claim", "denial", "claim"]


def test_an_outlet_answering_a_report_still_reports() -> None:
    text = (
        "The Gazette reported that the mill was sold to a rival.\n\n"
        "Harbour News Service denied the Gazette report.\n\n"
        "Harbour News Service said the owner had refused three offers."
    )
    kinds = [s.kind for s in extract_statements(text)]
    assert kinds == ["claim", "denial", "claim"]


def test_a_quote_after_a_reported_remark_runs_on_over_paragraphs() -> None:
    """News style: 'Quill said …. "We were told …' — the quotation that follows a reported
    remark in its paragraph is the same speaker's, and so is each paragraph it runs on into,
    each opening with a mark and only the last one closing."""
    text = (
        "Union leader Bea Quill said the union had been briefed last Thursday. "
        '"We were told the night shift is finished. That is 1,200 people.\n\n'
        '"These are families who have mortgages and kids at school.\n\n'
        '"We are not ruling out industrial action if the company does not come clean."'
    )
    statements = extract_statements(text)
    assert len(statements) == 5
    assert {s.speaker for s in statements} == {"Bea Quill"}
    assert "industrial action" in statements[-1].sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The striker on Monday denied placing bets on matches, a day after the Evening Courier "
        "reported that he had wagered on his own team.",
        "The mayor denied taking money from the developer, after reporter Tom Hale said that "
        "she had accepted a holiday from the firm.",
    ],
)
def test_a_report_told_beside_a_denial_is_its_sources_claim_and_the_denial_answers_it(
    sentence: str,
) -> None:
    denial, claim = extract_statements(sentence)
    assert (denial.kind, claim.kind) == ("denial", "claim")
    assert claim.sentence == denial.sentence == sentence
    assert claim.speaker in {"Evening Courier", "Tom Hale"}
    assert denial.speaker != claim.speaker
    assert denial.target == claim.position


def test_a_denial_that_someone_said_something_is_one_denial() -> None:
    """What is denied is that the minister said it: no claim by the minister."""
    (only_row,) = extract_statements("The ministry denied that the minister said he would resign.")
    assert (only_row.kind, only_row.speaker) == ("denial", "ministry")


def test_a_quotation_after_a_colon_is_not_what_the_verb_denies() -> None:
    """'denies split rumours: "They are very much together"': the quotation is the denier's
    own words, told beside what is denied."""
    (headline,) = extract_statements('Rep denies split rumours: "We are very much together"')
    assert headline.kind == "denial"
    assert headline.proposition == "split rumours"
    assert headline.quote == "We are very much together"


@pytest.mark.parametrize(
    ("text", "speaker", "noun"),
    [
        (
            "Sprinter denies doping after test report\n\n"
            "Olympic champion Tia Marsh on Monday denied taking banned drugs, a day after the "
            "Evening Courier reported that she had failed a test.",
            "Tia Marsh",
            "Sprinter",
        ),
        (
            "Brewer dismisses report of plant closure\n\n"
            "Kettle Ridge Brewing on Tuesday dismissed as speculation a report that it would "
            "close its Leeds plant.",
            "Kettle Ridge Brewing",
            "Brewer",
        ),
    ],
)
def test_a_headline_noun_is_the_named_actor_whose_act_the_lead_tells(
    text: str, speaker: str, noun: str
) -> None:
    headline, lead = extract_statements(text)[:2]
    assert headline.kind == lead.kind == "denial"
    assert headline.speaker == lead.speaker == speaker
    assert noun in headline.aliases


def test_a_headline_name_the_story_writes_again_stays_itself() -> None:
    text = (
        "Ferrow denies report of job cuts\n\n"
        "Harbour Lines on Tuesday denied a report that it would cut 300 jobs.\n\n"
        "Ferrow, its rival, said nothing."
    )
    headline, lead = extract_statements(text)[:2]
    assert (headline.speaker, lead.speaker) == ("Ferrow", "Harbour Lines")


@pytest.mark.parametrize(
    ("sentence", "source", "said"),
    [
        (
            "The Kremlin on Friday denied a Harbour Post report that the president was ill.",
            "Harbour Post",
            "the president was ill",
        ),
        (
            "Orbitel has denied a report by The Information that it is building a phone for "
            "children.",
            "Information",
            "it is building a phone for children",
        ),
        (
            "The club dismissed the Evening Courier's story that the manager would be sacked.",
            "Evening Courier",
            "the manager would be sacked",
        ),
    ],
)
def test_a_report_a_denial_names_by_its_source_is_the_sources_claim(
    sentence: str, source: str, said: str
) -> None:
    denial, claim = extract_statements(sentence)
    assert denial.kind == "denial" and denial.target == claim.position
    assert (claim.kind, claim.speaker, claim.proposition) == ("claim", source, said)
    assert claim.sentence == sentence


def test_a_named_report_whose_source_speaks_elsewhere_adds_no_row() -> None:
    found = extract_statements(SEED)
    assert sum(1 for s in found if s.speaker == "Bloomberg") == 1


def test_a_named_report_whose_source_speaks_of_something_else_is_its_own_claim() -> None:
    """Reuters speaks in the story, but of a bad feeling about the economy: the job cuts a
    denial names by "a Reuters report that …" are still Reuters' claim, and what the denial
    answers."""
    text = (
        "Carbrook on Tuesday denied a Reuters report that it planned to cut about 10% of its "
        "workforce.\n\n"
        "Reuters reported, citing an internal email, that the chief executive had told managers "
        'he had a "super bad feeling" about the economy.'
    )
    denial, claim, other = extract_statements(text)
    assert (claim.kind, claim.speaker) == ("claim", "Reuters")
    assert claim.proposition == "it planned to cut about 10% of its workforce"
    assert denial.target == claim.position
    assert (other.kind, other.speaker) == ("claim", "Reuters")


def test_a_spokesman_goes_on_with_a_denial_past_the_report_it_named() -> None:
    """The report row told inside the denial's sentence is no one speaking between the denial
    and the spokesman's quote: "We are not working on a phone for children" goes on with it."""
    text = (
        "Orbitel has denied a report by The Ledger that it is developing a smartphone designed "
        "for children.\n\n"
        "The Ledger, citing two people familiar with the project, reported on Thursday that the "
        'company had hired a team of 40 engineers.\n\n"We are not working on a phone for '
        'children," Orbitel spokesman Ravi Menon said.'
    )
    found = extract_statements(text)
    assert [s.kind for s in found] == ["denial", "claim", "claim", "denial"]
    assert found[-1].speaker == "Ravi Menon"


def test_a_spokesmans_negation_after_the_claim_his_side_rejected_is_a_denial() -> None:
    """What the ministry's spokesman tells after the ministry's denial is its side's account
    (a statement), whether or not he goes on to deny in his own words."""
    text = (
        "The Health Ministry has rejected figures from a rights group.\n\n"
        "Human Rights Monitor said the hospital was hit by two missiles.\n\n"
        "Ministry spokesman Arman Belov said only three people had died.\n\n"
        '"There was no air strike," Belov told reporters.'
    )
    kinds = [s.kind for s in extract_statements(text)]
    assert kinds == ["denial", "claim", "statement", "denial"]


def test_a_plan_told_after_the_spokesmans_own_remark_is_no_denial() -> None:
    text = (
        "The Health Ministry has rejected figures from a rights group.\n\n"
        "Human Rights Monitor said the hospital was hit by two missiles.\n\n"
        "Ministry spokesman Arman Belov said only three people had died.\n\n"
        '"We have no plans for a press conference," Belov told reporters.'
    )
    assert extract_statements(text)[-1].kind != "denial"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The rebels have not commented on the strike.", "rebels"),
        ("The company has not commented publicly.", "company"),
        ("The ministry did not comment.", "ministry"),
    ],
)
def test_not_commenting_is_a_statement_as_declining_to_comment_is(text: str, speaker: str) -> None:
    assert (only(text).speaker, only(text).kind) == (speaker, "statement")


def test_what_one_wrote_to_say_follows_the_verb_whoever_the_writer_is() -> None:
    """ "wrote to parents to say …": what was said comes after, though the writer is named
    after a description ("The school's headteacher, Mark Ellison")."""
    text = (
        "The school's headteacher, Mark Ellison, wrote to parents to say all pupils had "
        "been accounted for."
    )
    found = only(text)
    assert (found.speaker, found.kind) == ("Mark Ellison", "claim")
    assert "all pupils had been accounted for" in (found.proposition or "")


def test_a_quote_left_open_at_a_paragraphs_end_is_said_by_the_next_paragraphs_speaker() -> None:
    """News style: a quotation running over paragraphs opens each with a mark and closes only
    at its end, where the speaker is named; the first paragraph's sentences are theirs too."""
    text = (
        "“These reports are completely false. We have never held talks with Madrid.\n\n"
        "“He is happy here,” the club’s sporting director, Luis Campos, said.\n\n"
        "“Nobody knows,” a fan said of the rumours.\n\n"
        "The club plays Madrid on Sunday."
    )
    found = extract_statements(text)
    assert [s.speaker for s in found[:3]] == ["Luis Campos"] * 3
    assert found[0].kind == "denial"
    assert all("plays Madrid" not in s.sentence for s in found)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("But the fire was small, a fire service spokesman told the Herald.", "the fire was small"),
        ("And the talks went well, the minister told reporters on Monday.", "the talks went well"),
        ("The talks went well, the minister told the newspaper.", "The talks went well"),
        ("The fire was small, a spokesman told local media.", "The fire was small"),
    ],
)
def test_a_sentence_opening_with_but_says_what_comes_before_its_speaker(
    sentence: str, said: str
) -> None:
    [found] = extract_statements(sentence)
    assert said in (found.proposition or "")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The company (which is based in Ohio) said the report was false.", "company"),
        ("John Smith (pictured) said the report was false.", "John Smith"),
        (
            "The misleading report (not to be confused with the real one) said the actor died.",
            "misleading report",
        ),
    ],
)
def test_an_aside_in_brackets_is_no_part_of_the_speaker(sentence: str, speaker: str) -> None:
    [found] = extract_statements(sentence)
    assert found.speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The post started on a page run by Westford Patriots, which did not respond to a request"
        " for comment.",
        "The post was shared by Westford Patriots, which did not reply to questions.",
    ],
)
def test_a_relative_clause_after_a_name_is_the_names_statement(sentence: str) -> None:
    [found] = extract_statements(sentence)
    assert (found.speaker, found.kind) == ("Westford Patriots", "statement")
