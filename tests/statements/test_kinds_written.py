"""Kinds of written news sentences, by class: present states, counts, ongoing events, verdicts."""

from __future__ import annotations

import pytest

from bot.statements.extractor import extract_statements
from tests.statements.sentences import OUTLET, kinds_of


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police said the suspect owns a grey pick-up truck.", "claim"),
        ('"She works as a nurse at the county hospital," her father said.', "claim"),
        ("The inspectors said the well water contains traces of arsenic.", "claim"),
        ("Militia leaders said they control the airport road.", "claim"),
        ("A cousin said the singer is living in Lisbon with her new partner.", "claim"),
        ("The shipping firm said it employs 740 sailors.", "claim"),
        ("Police said the suspect wants to live abroad.", "statement"),
        ("The minister said the army must control the airport road.", "statement"),
        ("The health board said it is trying to contain the outbreak.", "statement"),
    ],
)
def test_a_present_state_of_where_someone_lives_or_what_a_thing_holds_is_a_claim(
    text: str, kind: str
) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The general said there are now 350 marines on the island.", "claim"),
        ('"The van was doing 70 miles an hour," the constable said.', "claim"),
        ("The governor said he will send 350 marines to the island.", "statement"),
    ],
)
def test_a_count_stated_as_it_is_is_a_claim(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"The hostages are kept in a basement," the negotiator said.', "claim"),
        ("The charity said the sailors are stranded in the port.", "claim"),
        ('"My uncle has been sober for six years," the actor said.', "claim"),
        ("The trainer said the colt has been lame since March.", "claim"),
        ("Villagers said the road has been closed since the landslide.", "claim"),
        ("The federal agency said the senator is under investigation for bribery.", "claim"),
        ("The sheriff said the second escaped inmate is still on the run.", "claim"),
        ("Her agent said the dancer suffers from a rare lung disease.", "claim"),
    ],
)
def test_where_or_how_a_person_is_and_how_long_is_a_claim(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"She is the finest surgeon I have ever trained," the professor said.', "statement"),
        ("The coach said the team defended superbly and deserved the win.", "statement"),
        ("The coach said the team conceded twice in the second half.", "claim"),
        ("The ambassador said the talks went very well.", "statement"),
        ("The ambassador said the talks ended at midnight.", "claim"),
    ],
)
def test_a_verdict_of_praise_or_merit_is_a_statement(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            '"Their tanks are shelling the harbour every morning," a fisherman told the radio.',
            "claim",
        ),
        ("The volcanologist said the lava is spreading towards the village.", "claim"),
        ("The ministry said it is looking into the complaints.", "statement"),
    ],
)
def test_an_ongoing_event_of_war_disaster_or_change_is_a_claim(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The skipper said the crew were exhausted after a long night at sea.", "statement"),
        ("The skipper said the crew reached the harbour after the storm passed.", "claim"),
        ("The tenor said he felt blessed to be part of the company.", "statement"),
        ("The jockey said he believed the horse could still win the race.", "statement"),
        ("The referee said it was vital that the players respected the rules.", "statement"),
        ("The referee said the players respected the rules.", "claim"),
    ],
)
def test_a_feeling_a_belief_or_a_judgment_framing_a_clause_is_a_statement(
    text: str, kind: str
) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The consulate said three of its nationals were among the injured.", "claim"),
        ("The rangers said the poachers crept into the reserve at night.", "claim"),
        ("The appeals court said the lower court upheld the ban in 2020.", "claim"),
        ("The central bank said the economy shrank in the last quarter.", "claim"),
        ("The central bank said unemployment is under control.", "statement"),
    ],
)
def test_irregular_pasts_and_the_list_of_casualties_report_events(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The coroner said the climber had been sleeping in his tent.", "claim"),
        ("The landlord said the tenant has been subletting the flat.", "claim"),
        ("The islanders said they have been without fresh water for weeks.", "claim"),
        ('"We have been hoping for a breakthrough," the envoy said.', "statement"),
    ],
)
def test_what_someone_else_has_been_doing_is_a_claim(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"It is a miracle that the bus stopped in time," the driver said.', "statement"),
        ('"It\'s a real shame the concert was cancelled," the promoter said.', "statement"),
        ('"The bus stopped in time," the driver said.', "claim"),
    ],
)
def test_calling_what_happened_a_miracle_or_a_shame_is_a_view(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"There is a hidden door behind the bookcase," the caretaker said.', "claim"),
        ('"There are four guards at the gate every night," the prisoner said.', "claim"),
        ('"There is a lot of work still to do," the caretaker said.', "statement"),
        ('"There is no room for hatred in this town," the caretaker said.', "statement"),
    ],
)
def test_something_that_exists_now_counted_or_named_is_a_claim(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"The volunteers were phenomenal this weekend," the organiser said.', "statement"),
        ('"Coaching this squad was a privilege," the retiring coach said.', "statement"),
        ("The bishop said the minister's words crossed a red line.", "statement"),
        ('"The board let the workers down badly," the shop steward said.', "statement"),
        ('"The goalkeeper showed real courage tonight," the manager said.', "statement"),
        ('"I enjoyed every single rehearsal," the soprano said.', "statement"),
        ('"We condemn the bombing that killed four pupils," the council said.', "statement"),
        (
            '"We apologise for the delays caused by the strike," the ferry operator said.',
            "statement",
        ),
        ('"The bombing killed four pupils," the council said.', "claim"),
        ('"The goalkeeper broke his wrist tonight," the manager said.', "claim"),
    ],
)
def test_praise_idioms_of_judgment_and_attitudes_are_statements(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"That is indeed a worry for the village," the vicar said.', "statement"),
        ('"Greed is at the heart of this scheme," the auditor said.', "statement"),
    ],
)
def test_a_word_in_ed_that_is_no_past_form_reports_no_event(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The hospital said the jockey underwent surgery on his spine.", "claim"),
        ("The museum said the jar was given to the town by a sailor.", "claim"),
        ("The guide said the hikers clung to the rocks for two hours.", "claim"),
        ('"My brother went out to fetch water and never came back," he said.', "claim"),
        ("The teacher said the boy is recovering in hospital.", "claim"),
        ('"Our thoughts go out to the crew," the harbour master said.', "statement"),
        ("The nurses said they were fed up with broken promises.", "statement"),
        ("The searchers said they had not given up hope.", "statement"),
    ],
)
def test_irregular_pasts_report_events_and_idioms_of_feeling_do_not(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The health agency warned that the fever had already reached the port.", "claim"),
        ("The health agency warned that the fever could reach the port.", "statement"),
        ("The health agency warned travellers to avoid the port.", "statement"),
    ],
)
def test_a_warning_of_what_has_happened_is_news(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The brewery said it remained confident about the export market.", "statement"),
        ('"We are deeply ashamed of what happened at the home," the owners said.', "statement"),
        ('"I trusted my accountant completely," the singer said.', "statement"),
        ('"The puck crossed the line, the replay shows it," the coach said.', "claim"),
        ("The union said the minister's threat crossed a red line.", "statement"),
    ],
)
def test_confidence_shame_and_trust_are_feelings_a_crossed_goal_line_is_an_event(
    text: str, kind: str
) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"Yes, we have signed the papers," the landlord said.', "confirmation"),
        ('"It is true that the sisters met in Rome," the lawyer said.', "confirmation"),
        ('"That\'s correct," the harbour master said.', "confirmation"),
        ('"Yes, it is a lovely old harbour," the harbour master said.', "statement"),
        ('"That\'s the right thing to do," the harbour master said.', "statement"),
    ],
)
def test_a_yes_with_what_was_done_or_granting_it_is_true_confirms(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The regulator said the lender is based in Malta.", "claim"),
        ("Neighbours said the gunman was the eldest son of a local farmer.", "claim"),
        ("Police said the driver is a 19-year-old apprentice.", "claim"),
        ("The archivist said the map dates from 1620.", "claim"),
        ("The regulator said the lender is a good example for others.", "statement"),
    ],
)
def test_where_a_firm_is_whose_kin_a_person_is_and_ages_are_claims(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The envoy said ties between the two kingdoms had never been warmer.", "statement"),
        ("The envoy said two kingdoms signed the pact.", "claim"),
        ("The team doctor said the winger has a fractured ankle.", "claim"),
        ("The auditor said the review raised more questions than it answered.", "statement"),
        ("The council said it had learned hard lessons from the fire.", "statement"),
    ],
)
def test_named_pairs_injuries_and_idioms_of_lessons(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The villagers said the soldiers used dogs to search the houses.", "claim"),
        ("The villagers said the square used to be a market.", "statement"),
        ("The skier said she looked forward to racing at home.", "statement"),
        ('"The riders gave everything on the final climb," the team boss said.', "statement"),
        ('"I\'m not bothered by the boos," the striker said.', "statement"),
    ],
)
def test_a_deed_with_used_and_idioms_of_wish_effort_and_feeling(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"The final result was totally unexpected," the pollster said.', "statement"),
        ('"We were terrified for our lives," the climbers said.', "statement"),
        ("The professor said the old bridge was flawed and outdated.", "statement"),
        ("The professor said the old study was withdrawn in 2019.", "claim"),
    ],
)
def test_adjectives_and_feelings_in_ed_report_no_deed(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"Someone cut the fence during the night," the farmer said.', "claim"),
        ('"We must cut the waiting lists," the minister said.', "statement"),
    ],
)
def test_cut_in_the_past_is_a_deed_and_as_a_plan_is_not(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The filing said the newspaper is owned by a shipping magnate.", "claim"),
        ("Witnesses said the bridge is guarded by armed men.", "claim"),
        ("The judge said such disputes are usually settled by the parties.", "statement"),
    ],
)
def test_who_owns_runs_or_holds_something_now_is_a_claim(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"There are two ways to read this verdict," the professor said.', "statement"),
        ('"There is one simple rule in this dressing room," the captain said.', "statement"),
        ('"There are two sniffer dogs at the gate," the guard said.', "claim"),
    ],
)
def test_abstract_ways_and_rules_that_exist_are_no_report(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"Voters will punish those who voted for the cuts," the senator said.', "statement"),
        ("The minister said the steel town had turned a corner.", "statement"),
        ("The senator said the tax plan was dead on arrival.", "statement"),
        ("The mourners said the village was united in grief.", "statement"),
        ("The senator said the voters punished the party in May.", "claim"),
    ],
)
def test_a_one_word_subject_with_a_modal_and_idioms_of_judgment(text: str, kind: str) -> None:
    assert kinds_of(text, text[:25]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"We had to cancel the concert," the organiser said.', "claim"),
        ('"We had to sell the house to pay for the treatment," he said.', "claim"),
        ('"We will have to cancel the concert," the organiser said.', "statement"),
        ('"I think we had to be braver," the coach said.', "statement"),
    ],
)
def test_what_one_had_to_do_was_done(text: str, kind: str) -> None:
    assert kinds_of(text, text[:12]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The band's label said the singer had not left the group.", "denial"),
        ("The club said the manager had not been fired.", "denial"),
        ("Police said the man had not been detained.", "denial"),
        # the same words for another act deny nothing
        ("The club said the manager had not been fined.", "claim"),
        ("The band's label said the singer had not recorded a new song.", "claim"),
    ],
)
def test_a_denial_in_other_words_for_the_same_act(text: str, kind: str) -> None:
    """A negated account answers a claim told in other words for the same act (quit / left,
    sacked / fired, arrested / detained): event_synonyms.tsv."""
    claim = (
        "The Daily Mirror reported that the singer had quit the band, the manager had been "
        "sacked and a man had been arrested.\n\n"
    )
    assert kinds_of(claim + text, text[:20]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Smith, who was accused of taking bribes, said he had never taken any money.", "denial"),
        ("Jones, whom the tabloid named as the driver, said he had not been in the car.", "denial"),
        ("Mehta, who the post names as the sponsor, told us he had never proposed it.", "denial"),
        # a relative clause that puts nothing on the speaker, or a view that denies no fact
        ("Jones, who lives in Leeds, said he had not been in the car.", "statement"),
        ("Jones, who was named player of the year, said he had not trained.", "claim"),
        ("Jones, who was accused of cheating, said he did not expect to win.", "statement"),
    ],
)
def test_a_claim_put_on_the_speaker_in_a_relative_clause_and_denied(text: str, kind: str) -> None:
    """ "X, who was accused of …, said he had never …": the claim and its denial in one
    sentence (accused_relatives.txt)."""
    assert kinds_of(text, text[:12]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"We did not show that coffee causes memory loss," the author said.', "denial"),
        ('"I never said that the coffee was unsafe," the author said.', "denial"),
        ("The scientists said the study had been misreported.", "denial"),
        # a negated act of the speaker's own that holds no claimed clause
        ('"We did not show up at the launch," the author said.', "statement"),
    ],
)
def test_what_one_did_not_show_or_say_is_denied(text: str, kind: str) -> None:
    """After a report that a study "proves" coffee damages memory, its author's "we did not
    show that coffee causes memory loss" denies the clause, not something about the author."""
    claim = 'The Morning Star said the study "proves" coffee damages memory and is unsafe.\n\n'
    assert kinds_of(claim + text, text[:12]) == [kind]


def test_a_denial_in_another_form_of_the_claims_word() -> None:
    """ "haven't even discussed marriage" answers "had secretly married" (word_families.tsv:
    one word in two forms that stemming does not join)."""
    text = (
        "The tabloid said the couple had secretly married in Bali.\n\n"
        'A source close to the couple said they "haven\'t even discussed marriage."'
    )
    assert kinds_of(text, "A source close") == ["denial"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Moscow has repeatedly said it does not target civilians.", "denial"),
        ("The company has long said it does not sell user data.", "denial"),
        ("He has repeatedly said he never met the Russian lawyer.", "denial"),
        ("Officials have consistently said they did not know of the leak.", "denial"),
        # a position of silence, a view or a plan is no denial, however often it is said
        ("The club has always said it does not discuss transfers.", "statement"),
        ("The bank has repeatedly said it does not expect rates to fall.", "statement"),
        ("The ministry has repeatedly said it will not negotiate with terrorists.", "statement"),
        # said once, the same words wait for a claim to answer
        ("The company said it does not sell user data.", "statement"),
    ],
)
def test_a_standing_position_against_an_accusation_is_a_denial(text: str, kind: str) -> None:
    """ "has repeatedly said it does not target civilians": the adverb says the words answer
    an accusation made again and again (standing_adverbs.txt), though the story states none."""
    assert kinds_of(text, text[:12]) == [kind]


def test_dismissed_as_fiction_calls_the_book_untrue() -> None:
    """ "dismissed the book as 'fiction'": the verdict after "as" is a denial cue read with its
    verb; "dismissed the book as a bestseller" says nothing."""
    assert kinds_of('The White House dismissed the book as "fiction."', "The White") == ["denial"]
    assert kinds_of("The White House dismissed the book as a bestseller.", "The White") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The minister has not resigned, his office said, after rumours spread online "
            "that he had quit.",
            "denial",
        ),
        (
            "The plant will not close, the company said after a newspaper reported it would "
            "shut in March.",
            "denial",
        ),
        ("The striker is not injured, the club said after reports he had hurt his knee.", "denial"),
        (
            "Lumora said its chatbot had not exposed private chats, after screenshots on "
            "Reddit appeared to show strangers' chat histories.",
            "denial",
        ),
        # a negation with no report named is news, whatever came before it
        ("The road was not closed after the crash, police said.", "claim"),
        ("The singer has not been arrested, her manager said.", "claim"),
    ],
)
def test_a_negation_said_after_a_report_answers_it(text: str, kind: str) -> None:
    """ "…, his office said, after rumours that he had quit": the sentence names the report
    its negation answers."""
    assert kinds_of(text, text[:12]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            'A Treasury spokesperson said the leaked memo "does not reflect government policy."',
            "denial",
        ),
        ('The hospital said the claims "do not reflect the care our patients receive."', "denial"),
        ("The price does not reflect demand, the analyst said.", "statement"),
        ('"Lena and Ravi remain happily married," a spokesperson said.', "denial"),
    ],
)
def test_a_paper_disowned_as_policy_and_a_couple_still_married(text: str, kind: str) -> None:
    assert kinds_of(text, text[:12]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            '"I have never taken a performance-enhancing drug in my life," the sprinter said.',
            "denial",
        ),
        ('The actor said he had "never once" been asked to leave the set.', "denial"),
        ('"I have never, ever hit a player," the coach said.', "denial"),
        ("He said he had never knowingly misled parliament.", "denial"),
        # a degree or a view, however sworn, denies nothing
        ('"I have never seen anything like it in my life," the fireman said.', "claim"),
        ('"I have never been so proud in my life," she said.', "statement"),
        ('"I never thought in my life I would win," he said.', "statement"),
    ],
)
def test_a_sworn_negation_of_ones_own_conduct_is_a_denial(text: str, kind: str) -> None:
    """ "never … in my life", "never once", "never, ever" (sworn_negations.txt): the speaker
    answers an accusation, whether or not the story tells it."""
    assert kinds_of(text, text[:12]) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('The embassy said the report was "not based on facts."', "denial"),
        ('The band said it had "no plans whatsoever" to split.', "denial"),
    ],
)
def test_a_report_resting_on_nothing_and_an_emphatic_no_plans(text: str, kind: str) -> None:
    assert kinds_of(text, text[:12]) == [kind]


@pytest.mark.parametrize(
    ("text", "said", "kind"),
    [
        # the quote is what was said; the weightier of the two acts gives the kind
        (
            '"I have never cheated and I never will," he wrote on Instagram, adding that a '
            "contaminated supplement was to blame.",
            "I have never cheated and I never will",
            "denial",
        ),
        (
            '"It was a long night," the fire chief said, adding that two firefighters had been '
            "taken to hospital.",
            "It was a long night",
            "claim",
        ),
        (
            '"We are proud of our staff," the director said on Monday, noting that the '
            "report was wrong.",
            "We are proud of our staff",
            "denial",
        ),
        (
            '"We are proud of our staff," the director said, adding that he hoped to stay.',
            None,
            "statement",
        ),
    ],
)
def test_a_participle_after_a_trailing_quote_adds_a_second_act(
    text: str, said: str | None, kind: str
) -> None:
    """'"…," he wrote, adding that …': the quotation before the tag is what was said, not the
    words after it; what the participle adds weighs in the kind."""
    (statement,) = extract_statements(f"Story\n\n{text}\n", outlet=OUTLET)
    assert statement.kind == kind
    if said is not None:
        assert statement.proposition == said


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            'Lind\'s former bandmate, Cara Holt, told a radio show she had "no idea" whether '
            "the report was true.",
            "statement",
        ),
        ("Holt said she did not know if the story was accurate.", "statement"),
        ("The coach said he could not say whether the reports were true.", "statement"),
        # knowing it is another matter
        ("The spokesman said the report was true.", "confirmation"),
    ],
)
def test_not_knowing_whether_a_report_is_true_confirms_nothing(text: str, kind: str) -> None:
    """ "She had no idea whether the report was true": neither a confirmation nor a denial."""
    assert [s.kind for s in extract_statements(text)] == [kind]


@pytest.mark.parametrize(
    ("text", "retracts"),
    [
        (  # the researcher who made the claim takes it back
            "A researcher, Nina Sahl, said the app had sold user data.\n\n"
            'On Wednesday, Sahl said she had "made a mistake" and that the file was a demo.',
            True,
        ),
        (
            "The Daily Post reported that the mayor had resigned.\n\n"
            "The Daily Post later said it had got the story wrong.",
            True,
        ),
        (  # one accused who owns the error admits it: no denial
            "A union said the airline had lost the bags.\n\n"
            "The airline said it had made a mistake and would pay.",
            False,
        ),
    ],
)
def test_the_claimant_owning_an_error_retracts_the_claim(text: str, retracts: bool) -> None:
    """A retraction of one's own earlier report is a denial (the labelling guide); owning an
    error one is accused of is not."""
    last = extract_statements(text)[-1]
    assert (last.kind == "denial") == retracts
    if retracts:
        assert last.target == 0


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Palace neither confirms nor denies royal wedding date", "Palace"),
        ("The palace neither confirmed nor denied the report.", "palace"),
        ("The club would neither confirm nor deny the story.", "club"),
    ],
)
def test_neither_confirming_nor_denying_is_a_statement_by_its_subject(
    text: str, speaker: str
) -> None:
    """ "neither confirmed nor denied" is no denial, in a headline's present tense too, and
    its speaker is the subject before "neither"."""
    assert [(s.kind, s.speaker) for s in extract_statements(text)] == [("statement", speaker)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Rovers striker Jon Ferris wants to leave, says newspaper\n\n"
            "The Daily Echo reported on Monday that Rovers striker Jon Ferris had asked to "
            'leave the club in January. "Jon is fully committed to the club and is happy here," '
            "his agent Paul Dunne said.",
            ["claim", "claim", "denial"],
        ),
        (
            "The Sunday Post claimed that health minister Ann Reid had broken lobbying rules. "
            '"The minister has always acted with complete integrity," a spokesman for Reid said.',
            ["claim", "denial"],
        ),
    ],
)
def test_commitment_or_integrity_told_by_ones_side_answers_the_claim_naming_them(
    text: str, kind: list[str]
) -> None:
    """Told by the agent of the player a report says wants to leave, or by the spokesman of the
    minister it says broke the rules: a denial of it, though nothing is negated."""
    assert [s.kind for s in extract_statements(text)] == kind


def test_his_agent_named_speaks_for_the_player_before_him() -> None:
    text = (
        "The Daily Echo reported that Rovers striker Jon Ferris had asked to leave. "
        '"He is happy," his agent Paul Dunne said.'
    )
    assert extract_statements(text)[1].org == "Jon Ferris"


def test_a_headline_closing_on_says_newspaper_is_the_newspapers_claim() -> None:
    text = (
        "Rovers striker Jon Ferris wants to leave, says newspaper\n\n"
        "The Daily Echo reported on Monday that Jon Ferris had asked to leave the club."
    )
    assert [s.speaker for s in extract_statements(text)] == ["Daily Echo", "Daily Echo"]


@pytest.mark.parametrize(
    "text",
    [
        'Cole, in a post on Facebook, called the records "a crude forgery".',
        'The actor described the photos as "obvious fakes".',
    ],
)
def test_evidence_called_forged_or_fake_is_denied(text: str) -> None:
    assert kinds_of(text, text[:20]) == ["denial"]


def test_neither_side_would_say_is_no_answer_either_way() -> None:
    text = "Neither campaign would say whether it had been approached by the company."
    assert kinds_of(text, text[:20]) == ["statement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Stone's rep did not address the wedding claim.",
        "The club has not addressed the rumours.",
    ],
)
def test_not_addressing_a_claim_is_no_answer(sentence: str) -> None:
    """ "did not address the wedding claim": no answer either way, and "claim" there is a
    noun closing the phrase, no verb of a claim."""
    [found] = extract_statements(sentence)
    assert found.kind == "statement"
