"""Attribution patterns inside one sentence, on sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.statements.attribution import ELIDED, find_attributions
from bot.statements.extractor import extract_statements
from bot.statements.quotes import find_quotes


def found(text: str) -> list[tuple[str, str, str]]:
    return [
        (f.mode, f.cue, f.speaker) for f in find_attributions(text, 0, len(text), find_quotes(text))
    ]


def test_forward_and_elided_second_verb() -> None:
    text = "The council said the road is safe but denied closing it."
    assert found(text) == [("forward", "said", "The council"), ("forward", "denied", ELIDED)]


def test_passive_by() -> None:
    assert found("The claim was disputed by the port authority.") == [
        ("passive", "disputed", "the port authority")
    ]


def test_inverted_after_quote() -> None:
    assert found('"It is fine," said Ada Moss.') == [("inverted", "said", "Ada Moss")]


def test_cited_as_saying() -> None:
    assert found("It cited two officials as saying the talks stalled.") == [
        ("cited", "cited", "two officials")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The paper quotes a senior aide as saying the talks stalled.", "senior aide"),
        ('"There is no deal," The Mirror quotes the source as saying.', "source"),
        ("The agency cites two diplomats as saying the envoy left.", "two diplomats"),
    ],
)
def test_quotes_or_cites_as_saying_in_the_present(text: str, speaker: str) -> None:
    [s] = extract_statements(text)
    assert s.speaker == speaker


def test_hearsay_inside_a_description_keeps_what_it_says_of_the_speaker() -> None:
    text = '"He will not do it," said a source said by the paper to be close to the singer.'
    assert extract_statements(text)[0].speaker == "source close to the singer"


def test_an_outlet_is_not_the_anonymous_source_it_quoted() -> None:
    text = (
        '"There is no chance," said a source said by The Mirror to be close to the singer. '
        "According to the Mirror story, the band was stunned. "
        "According to the Mirror's source, the drummer cried."
    )
    speakers = [s.speaker for s in extract_statements(text)]
    assert speakers == ["source close to the singer", "Mirror", "source close to the singer"]


def test_nouns_and_capitals_are_not_verbs() -> None:
    assert found("The claims spread across the United States.") == []


def test_sentence_adverbs_after_a_pronoun() -> None:
    assert found("He also, however, pointed out that the count was wrong.") == [
        ("forward", "pointed out", "He")
    ]


def test_a_name_with_two_appositives_speaks() -> None:
    text = (
        "Kim Soo-ah, Berlin correspondent for Daily Star, Korea's oldest paper which broke the "
        'story, said: "It began in 1990."'
    )
    assert found(text)[0][2].startswith("Kim Soo-ah, ")


def test_a_described_name_before_said_is_its_subject() -> None:
    text = (
        "In a separate interview, his mother, Jane Moss, said a nurse working for the clinic "
        "told them to wait."
    )
    assert found(text)[0] == ("forward", "said", "Jane Moss, his mother")


def test_adverb_between_subject_and_cue_is_not_speaker() -> None:
    assert found("The club flat-out denied the transfer story on Sunday.") == [
        ("forward", "denied", "The club")
    ]
    assert found("The ministry has twice denied paying the ransom.")[0][2] == "The ministry"


def test_zero_relative_names_the_speaker() -> None:
    text = "She raised the idea of a merger, a prospect Halvorsen denied on Monday."
    assert ("forward", "denied", "Halvorsen") in found(text)


def test_purpose_infinitive_is_no_attribution() -> None:
    assert found("To confirm the result, Okafor repeated the test on new samples.") == []


def test_count_before_participle_is_no_attribution() -> None:
    assert found("With four confirmed infections, the town closed its schools.") == []


def test_clause_after_inverted_verb_is_content() -> None:
    text = "The coach's lawyer, Mara Vell, said the player was fit and would travel."
    # the role before the name is kept as its description, as "Name, role, said" keeps it
    assert found(text) == [("forward", "said", "Mara Vell, The coach's lawyer")]


def test_clause_is_not_a_speaker() -> None:
    text = "Dr Amari came up with a diagnosis that was later confirmed by blood testing."
    assert found(text) == []
    assert found("The fee wasn't announced.") == []
    assert found("You wouldn't have read this far if you didn't care.") == []


def test_name_after_preposition_is_not_the_subject() -> None:
    text = (
        "Tom Bell, a spokesman for Blue Harbour, the port operator on the north coast, "
        "told reporters the strike was over."
    )
    assert found(text)[0][2].startswith("Tom Bell")


def test_family_is_a_noun_not_an_adverb() -> None:
    assert found("(The family denies any involvement.)")[0][2] == "The family"


def test_continued_and_declined_report_speech_only_with_a_complement() -> None:
    assert found('"We will appeal," she continued.') == [("trailing", "continued", "she")]
    assert found('The letter continued: "We are shocked."') == [
        ("forward", "continued", "The letter")
    ]
    assert found("The mayor continued to insist the bridge was safe.") == [
        ("forward", "continued", "The mayor")
    ]
    assert found("A spokeswoman for the port declined to comment.") == [
        ("forward", "declined", "A spokeswoman for the port")
    ]
    assert found("The firm declined Monday to immediately comment.") == [
        ("forward", "declined", "The firm")
    ]
    assert found("The agency declined comment on the audit.") == [
        ("forward", "declined", "The agency")
    ]
    assert found("Yet floods have continued, showing that the levees failed.") == []
    assert found("As the clouds continued to cool into thin sheets, rain began.") == []
    assert found("Her mood continued to sink over the next three weeks.") == []
    assert found("The service has declined over time, which is a shame.") == []
    assert found("The harbour index declined 0.4%, while bonds fell.") == []


def test_added_reports_speech_not_goals_or_points() -> None:
    assert found("She added that the vote was rigged.") == [("forward", "added", "She")]
    assert found("He added the council would appeal.") == [("forward", "added", "He")]
    assert found("Fares will rise next year, the operator added.") == [
        ("trailing", "added", "the operator")
    ]
    assert found("Winger Ola Berg added a goal and an assist.") == []
    assert found("Copper added 0.2% to $6,010 a tonne.") == []
    assert found("The new sensor adds a layer of safety for drivers.") == []


def test_read_reports_a_text_only_with_its_words() -> None:
    assert found('The sign read: "Closed for repairs."') == [("forward", "read", "The sign")]
    assert found("If that sounds familiar, read on.") == []


def test_inverted_speaker_may_start_lower_case() -> None:
    assert found(
        "The plains are drier than the poles, said study co-author Ana Solo, a fellow."
    ) == [("inverted", "said", "study co-author Ana Solo, a fellow")]
    assert found("The losses did not exceed the gains and were mostly neutral, say experts.") == [
        ("inverted", "say", "experts")
    ]
    assert found("The boy is the third resident to catch the fever, say officials.") == [
        ("inverted", "say", "officials")
    ]
    assert found("There were 26 cases and 11 deaths in ten years, reports Reuters.") == [
        ("inverted", "reports", "Reuters")
    ]
    # no speaker after the verb: a plain word, a time, a preposition
    assert [m for m, _, _ in found("The deal is done, said nothing more.")] != ["inverted"]
    assert [m for m, _, _ in found("The club was sold, said on Monday.")] != ["inverted"]


def test_inverted_after_a_quote_with_words_between() -> None:
    assert found('"Bigger than the small deal" announced in May, said Ted Cole, a scholar.') == [
        ("inverted", "said", "Ted Cole, a scholar")
    ]


def test_relative_clause_before_the_verb_keeps_the_subject() -> None:
    text = "It found that nine in ten patients, which is a lot, reported that a rash spread."
    assert found(text) == [("forward", "reported", "nine in ten patients")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The network that aired the show declined to comment.", "The network"),
        ("The company that owns the paper declined to comment.", "The company"),
        ("The man who found the body told police he had heard shots.", "The man"),
    ],
)
def test_a_relative_clause_with_no_comma_is_no_speaker(sentence: str, speaker: str) -> None:
    [(_, _, found_speaker)] = found(sentence)
    assert found_speaker == speaker


def test_cue_words_used_as_nouns_are_no_verbs() -> None:
    assert found("The plan holds appeal to voters in key states like Ohio.") == []
    assert found("He would stop by her desk to exchange notes for the day.") == []
    assert found("Pay lags the midpoint of neighbouring states.") == []
    assert found("Patchy polling across the early voting states has muddied the race.") == []
    assert found("His repeated claims of having no memory were mocked.") == []
    assert found("Benchmark 10-year notes last rose 7/32 in price.") == []
    assert found("They sailed on, only to find said island had sunk.") == []
    assert found("Fewer self-reported symptoms were seen.") == []
    assert found("The player scored despite reports of an injury.") == []
    assert found("Shares fell amid reports of a merger.") == []
    # the same words as verbs
    assert found("The audit states that the fund is solvent.") == [
        ("forward", "states", "The audit")
    ]
    assert found("In fact, it states that the fund is solvent.") == [("forward", "states", "it")]
    assert found("The memo notes the rise in costs.") == [("forward", "notes", "The memo")]
    assert found("There were 12 deaths in 2019, reports Reuters.") == [
        ("inverted", "reports", "Reuters")
    ]
    assert found("He asked to leave, said the clerk.") == [("inverted", "said", "the clerk")]


def test_an_unnamed_group_reporting_a_noun_object_says_nothing() -> None:
    assert found("Some shoppers who called the hotline reported wait times of an hour.") == []
    assert found("Those with the condition reported significantly more headaches.") == []
    assert found("About 12,500 people over 60 reported a hearing loss.") == []
    # speech, a named reporter, or a team reporting findings
    assert found("Residents reported that the river had turned brown.") == [
        ("forward", "reported", "Residents")
    ]
    assert found("Patients reported last week the clinic was shut.") == [
        ("forward", "reported", "Patients")
    ]
    assert found("Researchers reported a 20% drop in cases.") == [
        ("forward", "reported", "Researchers")
    ]
    assert found("Local health authorities reported a second case of measles.") == [
        ("forward", "reported", "Local health authorities")
    ]
    assert found("Retail chain Bell & Co reported higher quarterly earnings.") == [
        ("forward", "reported", "Retail chain Bell & Co")
    ]


def test_a_thousands_separator_does_not_split_the_subject() -> None:
    text = "About 12,400 nurses, which is a third of the staff, said they were tired."
    assert found(text) == [("forward", "said", "About 12,400 nurses")]


def test_the_subject_inside_a_which_clause_speaks() -> None:
    assert found("It has 150 hp; which Kestrel claims is a 20% gain.") == [
        ("forward", "claims", "Kestrel")
    ]
    assert found("They eased the rules, which many senators say drew more migrants.") == [
        ("forward", "say", "many senators")
    ]
    assert found("The plan, which the mayor says will cut costs, was approved.") == [
        ("forward", "says", "the mayor")
    ]
    # "which" as the subject, or "what X said" naming a remark: the noun before speaks or none
    assert found("The ministry, which on Monday said the port was shut, denied it.") == [
        ("forward", "said", "The ministry"),
        ("forward", "denied", "The ministry"),
    ]
    assert found("The firm, which makes chips, said sales fell.") == [
        ("forward", "said", "The firm")
    ]
    assert found("Here’s what the early reviews say:") == []


def test_the_noun_before_a_who_clause_is_the_subject() -> None:
    text = "A clerk who did not want to be named because of court rules said the file was lost."
    assert found(text) == [("forward", "said", "A clerk")]
    text = "Farmers who were flooded when the river rose said they lost their crops."
    assert found(text) == [("forward", "said", "Farmers")]
    text = "A nurse who works nights and asked not to be named said the ward was full."
    assert found(text) == [("forward", "said", "A nurse")]
    # the who-clause's noun is an object of a clause, or a pronoun subject: not the speaker
    assert found("The firm hired a lawyer who then said the deal was off.") == [
        ("forward", "said", "The firm")
    ]
    assert found("The people who stayed because they had no car said it was grim.") == [
        ("forward", "said", "The people")
    ]


def test_a_thing_showing_a_plain_object_says_nothing() -> None:
    assert found("The costumes of the old court dances revealed a graceful side.") == []
    assert found("The new collection of lamps confirms the clever use of glass.") == []
    assert found("The scan revealed severe damage to his liver.") == []
    # a clause, a claim noun, or a named or official speaker: a statement
    assert found("Blood tests revealed that he had antibodies.") == [
        ("forward", "revealed", "Blood tests")
    ]
    assert found("Neighbours confirmed the report of a second blast.") == [
        ("forward", "confirmed", "Neighbours")
    ]
    assert found("Officials confirmed the death of a second patient.") == [
        ("forward", "confirmed", "Officials")
    ]
    assert found("Scientists have confirmed the presence of ice.") == [
        ("forward", "confirmed", "Scientists")
    ]


def test_responding_with_an_act_says_nothing() -> None:
    assert found("A small group of fans responded with open violence.") == []
    assert found("The goalkeeper responded by shoving the striker.") == []
    # words
    assert found("The ministry responded with a statement calling it false.") == [
        ("forward", "responded", "The ministry")
    ]
    assert found('She responded with a shrug: "No."') == [("forward", "responded", "She")]
    assert found("The club responded by denying it.") == [("forward", "responded", "The club")]
    assert found("The mayor responded that the plan was sound.") == [
        ("forward", "responded", "The mayor")
    ]


def test_a_participle_after_over_is_no_verb() -> None:
    text = "Senators voiced anger over the security lapse revealed by the audit."
    assert found(text) == []
    assert [f[1] for f in found("Over the weekend the club denied the report.")] == ["denied"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Maria Costa, the sister of the mayor, Pedro Costa, said the pier was safe.",
            "Maria Costa",
        ),
        (
            "Ivo Tamm, the brother of the heir to the firm, Karl, told friends the sale was off.",
            "Ivo Tamm",
        ),
        ("The harbour master, Pedro Costa, said the pier was safe.", "Pedro Costa"),
    ],
)
def test_a_name_inside_a_description_is_not_the_subject(text: str, speaker: str) -> None:
    [found] = [f for f in find_attributions(text, 0, len(text), find_quotes(text))]
    assert found.speaker.split(",")[0] == speaker


def test_a_participle_after_a_capitalised_preposition_is_no_verb() -> None:
    """ "In a video posted online, he denied it": the video posts nothing, he denies."""
    assert [f[1] for f in found("In a video posted online, he denied it.")] == ["denied"]
    [denial] = extract_statements("In a video posted on YouTube, the singer denied the rumours.")
    assert (denial.kind, denial.speaker) == ("denial", "singer")


def test_a_quote_before_the_speaker_is_what_was_said_whatever_follows() -> None:
    """'"…," Reyes told staff in an email': the quote is the content, not "staff in an email"."""
    [s] = extract_statements('"Nobody is losing their job," Reyes told staff in an email.')
    assert (s.speaker, s.proposition) == ("Reyes", "Nobody is losing their job")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The numbers are clear," tweeted the senator.', "senator"),
        ('"We did nothing wrong," insisted the coach.', "coach"),
        ("Two officials, speaking anonymously, said the strike hit a depot.", "Two officials"),
        ('"We will win," the coach, smiling broadly, said.', "coach"),
        ("The minister was quoted as saying the talks had collapsed.", "minister"),
        ("The company has yet to comment on the allegations.", "company"),
    ],
)
def test_more_attribution_shapes(text: str, speaker: str) -> None:
    """Inverted after a quote with longer verbs, a participle between subject and verb,
    "was quoted as saying", "has yet to comment"."""
    [s] = extract_statements(text)
    assert s.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a pronoun and a verb after "said" open what was said, not an inverted speaker
        ("The family of Daniel Price, 34, said they want an inquiry.", "family of Daniel Price"),
        # a name set off after a group related to someone names that someone; the group speaks
        (
            "The family of the man who was shot, 34-year-old Daniel Price, said they want an "
            "independent inquiry.",
            "family of the man",
        ),
        (
            "Supporters of the mayor, John Webb, said the vote was rigged.",
            "Supporters of the mayor",
        ),
        # a single relative named after the comma is that relative
        ("The brother of the victim, Sam Cole, said he was shocked.", "Sam Cole"),
        ("The agent of the player, Luis Ortega, said he was happy.", "Luis Ortega"),
    ],
)
def test_who_speaks_before_a_comma_and_said(text: str, speaker: str) -> None:
    [s] = extract_statements(text)
    assert s.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The post, which shows a photo of Hale, claims that the senator said it in March.",
        "The post, which shows a photo of Hale, claims the senator said it in March.",
    ],
)
def test_what_one_claims_another_said_is_the_claimants(text: str) -> None:
    """A verb of saying inside what is claimed ("claims that the senator said it") is part of
    the claim: the post speaks, not "that the senator"."""
    [found] = extract_statements(text)
    assert (found.speaker, found.cue, found.kind) == ("post", "claims", "claim")


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        # a verdict given by "described … as": an act of calling something so
        (
            "Observers from the European Union described the vote as largely free and fair.",
            "Observers from the European Union",
            "statement",
        ),
        ("The embassy described the report as fabricated.", "embassy", "denial"),
        # a name joined by a hyphen is one name, whatever the parse splits
        ("Al-Nassr did not respond to requests for comment.", "Al-Nassr", "statement"),
    ],
)
def test_a_verdict_described_and_a_hyphenated_name(text: str, speaker: str, kind: str) -> None:
    [found] = extract_statements(text)
    assert (found.speaker, found.kind) == (speaker, kind)


def test_reports_ending_a_prepositions_object_of_three_words_are_a_noun() -> None:
    """ "… the latest in a string of fake celebrity death reports.": no one reports."""
    text = "The report is the latest in a string of fake celebrity death reports."
    assert extract_statements(text) == []
    assert extract_statements("The Ministry of Health reports that two died.")[0].cue == "reports"


def test_a_quote_inside_the_subjects_relative_clause_leaves_the_subject_speaking() -> None:
    """ "The post, which shows … the words "…", claims the senator said it": the post claims."""
    text = (
        'The post, which shows a photo of Hale beside the words "Poor people should be '
        'grateful", claims the senator said it in March.'
    )
    [found] = extract_statements(text)
    assert (found.speaker, found.cue) == ("post", "claims")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The authors, from the University of Hallam, said the effect held even after "
            "accounting for smoking.",
            "authors",
        ),
        ("The researchers, from Oxford, said the drug worked.", "researchers"),
        ("Mark Ellison, of the Marston Echo, said the post was shared widely.", "Mark Ellison"),
    ],
)
def test_where_a_speaker_is_from_set_off_by_commas_is_not_the_speaker(
    text: str, speaker: str
) -> None:
    [found] = extract_statements(text)
    assert found.speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        ("Investigators concluded that the pilot had fallen asleep.", "Investigators", "claim"),
        ("The airline blamed the delays on a computer fault.", "airline", "claim"),
        ("Russia blamed Ukraine for the attack on the dam.", "Russia", "claim"),
        ('"It was a great night," beamed Harris.', "Harris", "statement"),
        ('"We tried everything," sighed the coach.', "coach", "statement"),
    ],
)
def test_findings_blame_and_a_quotes_tags_attribute(sentence: str, speaker: str, kind: str) -> None:
    [statement] = extract_statements(sentence)
    assert (statement.speaker, statement.kind) == (speaker, kind)


@pytest.mark.parametrize(
    "sentence", ["The fire was blamed on faulty wiring.", "Police found a knife in the car."]
)
def test_no_one_blames_in_a_passive_and_police_finding_a_knife_report_nothing(
    sentence: str,
) -> None:
    assert extract_statements(sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        "A video viewed more than two million times on TikTok claims that fluoride lowers IQ.",
        "A video viewed by millions claims that fluoride lowers IQ.",
        "A post shared more than 5,000 times claims that the vaccine is unsafe.",
    ],
)
def test_a_viral_post_counted_in_its_description_is_the_speaker(text: str) -> None:
    """ "more than two million times", "by millions": a count inside the subject's
    description, neither a clause ("than") nor the object of a preposition that "claims"
    ends as a noun."""
    found = extract_statements(text)
    assert [(s.speaker, s.kind) for s in found] == [(text.split()[1], "claim")]


def test_than_still_opens_a_clause_before_a_subject() -> None:
    assert extract_statements("The damage was worse than the police said.")[0].speaker == "police"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A study claiming that the drink harms memory has been criticised by other "
            "scientists, who say its methods were flawed.",
            "other scientists",
        ),
        ("The plan was opposed by residents, who said it would ruin the park.", "residents"),
        (
            "The police were alerted by an anonymous letter, which said he was armed.",
            "an anonymous letter",
        ),
    ],
)
def test_who_after_a_passive_agent_is_that_agent(text: str, speaker: str) -> None:
    """ ", who say …" after "… by other scientists": the scientists say it, not a phrase
    running back to the sentence's own content clause."""
    assert [f[2] for f in found(text)][-1] == speaker


def test_a_partial_quote_inside_what_was_said_is_no_end_of_it() -> None:
    """'A quote calling teachers "overpaid babysitters" is fabricated, her office said': the
    office said the quote is fabricated, a denial; not 'A quote calling teachers "overpaid'."""
    text = 'A quote calling teachers "overpaid babysitters" is fabricated, her office said.'
    [statement] = extract_statements(text)
    assert statement.kind == "denial"
    assert statement.proposition is not None and "fabricated" in statement.proposition


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Agent: Striker Tomas Lindqvist is not joining Real Sociedad", "Agent"),
        ("Police chief: Officers acted lawfully at the march", "Police chief"),
    ],
)
def test_a_role_before_a_headline_colon_speaks(headline: str, speaker: str) -> None:
    assert [(f[1], f[2]) for f in found(headline)] == [(":", speaker)]


@pytest.mark.parametrize(
    "headline", ["Ukraine war: Russia says drones were downed", "Analysis: What the deal means"]
)
def test_a_label_before_a_headline_colon_is_no_speaker(headline: str) -> None:
    assert ":" not in [f[1] for f in found(headline)]


def test_what_was_said_outside_court_is_the_clause_after_that() -> None:
    text = (
        'His lawyer, Sarah Quinn, said outside court that her client "categorically denies any '
        'wrongdoing".'
    )
    [statement] = extract_statements(text)
    assert statement.proposition is not None
    assert statement.proposition.startswith("her client")


def test_a_name_a_colon_and_a_quotation_in_a_post_speaks() -> None:
    """A channel post's 'Peskov: "He is in excellent health."' after its first sentence."""
    text = (
        "BREAKING: Kremlin denies reports that Putin is seriously ill. "
        'Peskov: "He is in excellent health and working as usual."'
    )
    assert [(s.speaker, s.kind) for s in extract_statements(text)][-1] == ("Peskov", "denial")


def test_after_the_first_sentence_a_role_and_colon_need_a_quotation() -> None:
    text = "The club met on Monday. Manager: Jon Ferris is staying at the club."
    assert ":" not in [f[1] for f in found(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A news website, the Campus Monitor, published what it said were 12 copied passages.",
            "the Campus Monitor",
        ),
        ("Police released what they said was footage of the raid.", "Police"),
    ],
)
def test_what_it_said_is_said_by_the_subject_of_the_verb_before(text: str, speaker: str) -> None:
    assert [f[2] for f in found(text)] == [speaker]


def test_a_where_clause_set_off_is_no_subject() -> None:
    text = "Regulators in Estonia, where Coinvault is registered, said they were monitoring it."
    assert [f[2] for f in found(text)] == ["Regulators in Estonia"]
