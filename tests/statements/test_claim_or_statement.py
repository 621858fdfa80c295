"""Claim or statement for a neutral cue ("said"): does the content assert that something
happened or is so, or does it give a view, feeling, plan or condition? Sentences written for
these tests, in pairs with similar words where one is a claim and the other a statement."""

from __future__ import annotations

import pytest

from bot.statements.extractor import extract_statements
from bot.statements.kinds import asserts_fact, classify


def _kind(content: str) -> str:
    return classify("said", content, f"He said {content}", False, False)


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("the guards wounded an unarmed man at the gate", "claim"),
        ("it is hard to see an unarmed man in such a state", "statement"),
        ("the rebels kidnapped the girls last spring", "claim"),
        ("the world must not forget the kidnapped girls", "statement"),
        ("the mayor has approved the budget", "claim"),
        ("we are proud of our approved budget", "statement"),
        ("the bank is very encouraged by the figures", "statement"),
        ("the bank encouraged staff to leave early", "claim"),
    ],
)
def test_a_participle_after_a_determiner_or_degree_word_is_an_adjective(
    content: str, kind: str
) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("thousands of ballots had been cast in the names of dead voters", "claim"),
        ("we cast our votes tomorrow and hope for the best", "statement"),
        ("the plant has shut its gates for good", "claim"),
        ("it is time to shut the gates for good", "statement"),
        ("the money was put aside for the children", "claim"),
        ("the house is put up for sale next month", "statement"),
    ],
)
def test_a_past_participle_like_its_base_form_reports_an_event(content: str, kind: str) -> None:
    """ "cast", "shut", "put": after "had", "been" or "was", a finished event."""
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("the embassy staff fled to the United States", "claim"),
        ("they remain a threat to the United States", "statement"),
    ],
)
def test_a_capitalised_word_inside_a_sentence_is_a_name(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("there was a fight outside the club that night", "claim"),
        ("there have been three raids on the village this year", "claim"),
        ("the club is a fine place for a night out", "statement"),
    ],
)
def test_there_was_asserts_that_something_existed(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("the guard fired first and the man ran", "claim"),
        ("if the guard fired first, the man would have run", "statement"),
        ("maybe the guard fired first and the man ran", "statement"),
        ("perhaps the letter was signed by someone else", "statement"),
        ("the letter was signed by someone else", "claim"),
        ('"If they had paid, he would have been released," she said', "statement"),
    ],
)
def test_a_condition_or_a_speculation_asserts_nothing(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("they moved the prisoners before dawn", "claim"),
        ("I think they moved the prisoners before dawn", "statement"),
        ("we really hope the missing hikers are found alive", "statement"),
        ("the missing hikers were found alive", "claim"),
        ("I was shocked that they fired him", "statement"),
        ("the board fired him in March", "claim"),
        ("we're delighted the deal was signed", "statement"),
        ("the deal was signed on Monday", "claim"),
        ("she hoped the bridge would reopen soon", "statement"),
        ("he wished the new coach every success", "statement"),
        ("they wanted a later kick-off", "statement"),
        ("the bridge reopened on Sunday", "claim"),
        ("twelve miners are feared dead after the collapse", "claim"),
    ],
)
def test_the_speakers_own_view_feeling_or_wish(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("we will appeal once the ruling is published", "statement"),
        ("we appealed once the ruling was published", "claim"),
        ("it could take years before the bridge is repaired", "statement"),
        ("the bridge was repaired in two weeks", "claim"),
        ("the new rules would be enforced strictly", "statement"),
        ("the new rules were enforced strictly", "claim"),
        ("the group wants to open an office in the city", "statement"),
        ("the group opened an office in the city", "claim"),
        ("we are going to appeal the ruling", "statement"),
        ("the prisoner tried to escape twice", "claim"),
    ],
)
def test_a_plan_forecast_or_possibility(content: str, kind: str) -> None:
    assert _kind(content) == kind


def test_outlets_and_anonymous_sources_still_claim() -> None:
    content = "the company could be sold within weeks"
    assert not asserts_fact(content)
    assert classify("said", content, content, False, True) == "claim"
    assert classify("said", content, content, True, False) == "claim"


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("the plant was closed in May", "claim"),
        ("the plant will be closed in May", "statement"),
        ("the hostages hope to be released soon", "statement"),
        ("the hostages were released on Sunday", "claim"),
        ("she could have died in the crash", "statement"),
        ("she nearly died in the crash", "claim"),
        ("the attack should have been stopped", "statement"),
        ("the attack was stopped by the police", "claim"),
    ],
)
def test_an_event_not_yet_happened_or_counterfactual(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("the raid, if confirmed, would end the truce", "statement"),
        ("the raid was confirmed by two officers and ended the truce", "claim"),
        ("sales are strong compared to last year", "statement"),
        ("sales doubled compared to last year", "claim"),
    ],
)
def test_a_participle_as_a_condition_or_a_comparison(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ('"We will rebuild the school," the mayor said', "statement"),
        (', while visiting the burned school, "we will rebuild it."', "statement"),
        (', while visiting the school, "it burned down in an hour."', "claim"),
    ],
)
def test_a_circumstance_before_a_quotation_is_not_what_was_said(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("two guards died in the fire", "claim"),
        ("he lied to investigators about the money", "claim"),
        ("the car sped away after the crash", "claim"),
    ],
)
def test_short_past_forms_are_events(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("the old mayor once ordered a new square", "claim"),
        ("the colonel once told his men to burn the files", "claim"),
        ("the treaty, once signed, binds both sides", "statement"),
        ("once approved, the plan goes to the senate", "statement"),
    ],
)
def test_once_after_a_subject_means_at_one_time(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("her cousin drove the getaway car", "claim"),
        ("the ferry sank within minutes", "claim"),
        ("the paintings were stolen from the museum in June", "claim"),
        ("the envoy flew to the capital overnight", "claim"),
        ("the troops were withdrawn from the border", "claim"),
        ("the boy was beaten by two guards", "claim"),
        ("her cousin is a careful driver", "statement"),
        ("the border is a dangerous place", "statement"),
    ],
)
def test_irregular_past_forms_are_events(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("cue", "content", "kind"),
    [
        ("announced", "that the rebels had agreed to a truce", "claim"),
        ("disclosed", "that the firm had paid a fine in 2019", "claim"),
        ("announced", "his candidacy for the senate", "statement"),
        ("announced", "that the party wants to build a new port", "statement"),
        ("announced", "that the bridge will be closed next week", "statement"),
    ],
)
def test_an_announced_event_is_news(cue: str, content: str, kind: str) -> None:
    assert classify(cue, content, f"The army {cue} {content}", False, False) == kind


def test_a_negated_disclosure_announces_nothing() -> None:
    whole = "The firm did not disclose that it had paid the fine"
    assert classify("disclosed", " that it had paid the fine", whole, False, False) == "statement"


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("I am sure it is the same man", "claim"),
        ("I’m quite certain the car was his", "claim"),
        ("this makes me feel fairly sure the man in the photo is her brother", "claim"),
        ("there is no doubt the signature is hers", "claim"),
        ("I am sure we will win the appeal", "statement"),
        ("I'm not sure the car is his", "statement"),
        ("there is no doubt she would make a fine judge", "statement"),
        ("it is a positive step for the region", "statement"),
    ],
)
def test_certainty_that_something_is_so_asserts_it(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("we have found that small grants work better than loans", "statement"),
        ("I learned that patience pays in this business", "statement"),
        ("inspectors found that the seal had been removed", "claim"),
        ("inspectors found traces of the poison", "claim"),
        ("she knew that the ship was carrying arms", "statement"),
        ("she knew that the crew had unloaded the arms", "claim"),
    ],
)
def test_what_was_found_or_known_decides_not_the_finding(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("the food aid reached the village too late", "statement"),
        ("the food aid reached the village on Friday", "claim"),
        ("closing the clinic was a mistake", "statement"),
        ("the clinic was closed in April", "claim"),
        ("the way they arrested the reporters was simply unfair", "statement"),
        ("the reporters were arrested at dawn", "claim"),
    ],
)
def test_a_judgment_of_what_happened_is_a_view(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("such disputes are usually settled out of court", "statement"),
        ("the scheme is designed to reward loyal staff", "statement"),
        ("the dispute was settled out of court", "claim"),
        ("the prisoner is being held in a military camp", "claim"),
        ("the prisoner has been held in a military camp since May", "claim"),
    ],
)
def test_a_present_passive_is_a_state_or_habit(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("he was asked to find a buyer for the club", "statement"),
        ("the bishop urged calm after the verdict", "statement"),
        ("the mayor promised a new bridge for the town", "statement"),
        ("the rebels vowed to fight on", "statement"),
        ("he found a buyer for the club", "claim"),
        ("the mayor opened a new bridge in the town", "claim"),
    ],
)
def test_a_request_or_promise_is_no_deed(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The professor suggested that the archive had been moved in 1990.", "claim"),
        ("The professor suggested that the archive is a place worth visiting.", "statement"),
        ("The bishop implied that the donors had withdrawn their support.", "claim"),
        ("The bishop implied that kindness is the best answer.", "statement"),
        ("The paper quoted the mayor as saying the bridge had collapsed.", "claim"),
        ("The paper quoted the mayor as saying the bridge is a source of pride.", "statement"),
    ],
)
def test_a_hint_or_a_relayed_quote_takes_its_kind_from_the_content(text: str, kind: str) -> None:
    statements = extract_statements(text)
    assert [s.kind for s in statements] == [kind]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("the guards took the keys and it was appalling", "statement"),
        ("the guards took the keys and locked the door", "claim"),
        ("the way the nurses were treated is simply disgusting", "statement"),
        ("the nurses were treated at the clinic", "claim"),
        ("the dog was killed in the most cruel way", "statement"),
        ("the dog was killed on the road", "claim"),
    ],
)
def test_a_feeling_about_what_was_done_is_a_view(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("the town spends $12 million a year on its harbour", "claim"),
        ("the town hopes to spend $12 million on its harbour", "statement"),
        ("the plant employs 2,400 people", "claim"),
        ("the plant could employ 2,400 people", "statement"),
        ("turnout is 64 percent in the northern wards", "claim"),
        ("the party expects turnout of 64 percent", "statement"),
    ],
)
def test_an_amount_stated_as_it_is_is_a_claim(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("the prisoner has not eaten for three days", "claim"),
        ("the prisoner needs to eat", "statement"),
        ("the death toll has risen to forty", "claim"),
        ("the death toll may rise further", "statement"),
        ("the boy was last seen near the river", "claim"),
        ("the gunman wore a grey hood", "claim"),
        ("she was born in a refugee camp", "claim"),
    ],
)
def test_irregular_past_forms_report_events(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("the goalkeeper is injured and will miss the final", "claim"),
        ("the goalkeeper is ready for the final", "statement"),
        ("the fisherman had been missing since Sunday", "claim"),
        ("the fisherman could be dead", "statement"),
        ("the girl is in a stable condition", "claim"),
        ("I hope the girl is in a stable condition", "statement"),
    ],
)
def test_where_or_how_a_person_is_is_a_claim(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("he is proud of what the volunteers achieved", "statement"),
        ("she was shocked that the council closed the library", "statement"),
        ("they felt angry when the plant closed", "statement"),
        ("he was arrested when the plant closed", "claim"),
        ("she was told that the council closed the library", "claim"),
    ],
)
def test_a_feeling_in_reported_speech_is_a_view(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The lawyer pointed out that the statute was passed in 1990.", "claim"),
        (
            "The lawyer pointed out that the story that the statute was repealed may be wrong.",
            "statement",
        ),
        ("The nurse complained that the ward had been closed without notice.", "claim"),
        ("The nurse complained that the ward is always cold.", "statement"),
        ("The manager boasted that sales had doubled since March.", "claim"),
        ("The manager boasted that his squad is the best in the league.", "statement"),
    ],
)
def test_pointing_out_complaining_and_boasting_take_the_content_kind(text: str, kind: str) -> None:
    assert [s.kind for s in extract_statements(text)] == [kind]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("thank you to everyone who donated", "statement"),
        ("our thoughts are with the families of those who were killed", "statement"),
        ("congratulations to the team that won the cup", "statement"),
        ("everyone who donated was thanked", "claim"),
        ("we remain committed to the families", "statement"),
        ("the council is fully committed to rebuilding the bridge", "statement"),
        ("the council committed a serious error", "claim"),
    ],
)
def test_courtesy_formulas_and_commitments_are_statements(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("we have always supported the dockers", "statement"),
        ("she always tried to help her neighbours", "statement"),
        ("we supported the dockers with a loan in May", "claim"),
    ],
)
def test_a_lasting_attitude_is_a_statement(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a text going round tells what is so: a claim, whatever its tense
        (
            "The message, which has been forwarded 50,000 times, says the advice comes from "
            "UNICEF.",
            "claim",
        ),
        ("A post on Facebook says the vaccine contains a chip.", "claim"),
        # the same words from a person, present tense, no event: a view
        ("The doctor says the advice comes from common sense.", "statement"),
    ],
)
def test_a_message_going_round_says_a_claim(text: str, kind: str) -> None:
    [statement] = extract_statements(text)
    assert statement.kind == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("A tabloid said the prince was seriously ill.", "claim"),
        ("Several outlets said the minister was unhappy with the plan.", "claim"),
        ("Some newspapers said the plant would close in March.", "claim"),
        # a person, not an outlet, telling a state of mind: a statement
        ("His sister said the prince was unhappy with the plan.", "statement"),
    ],
)
def test_an_unnamed_outlet_tells_news(sentence: str, kind: str) -> None:
    """What an outlet says is news, a claim, though no outlet is named ("A tabloid said")."""
    assert [s.kind for s in extract_statements(sentence)] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Sun has not responded to a request for comment.",
        "StarPulse did not respond to a request for comment.",
        "The Sun has not yet replied to requests for comment.",
    ],
)
def test_no_answer_is_a_statement_even_from_an_outlet(sentence: str) -> None:
    """Not responding tells no news, though an outlet's words are otherwise claims."""
    assert [s.kind for s in extract_statements(sentence)] == ["statement"]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("the suspect was a member of a neo-Nazi group", "claim"),
        ("he had been an informant for the FBI", "claim"),
        ("she is a longtime supporter of the separatists", "claim"),
        ("he would like to be a member of the club", "statement"),
        ("membership of the club is open to all", "statement"),
    ],
)
def test_belonging_to_a_group_is_a_claim(content: str, kind: str) -> None:
    """That someone is or was a member, informant or agent of a group is stated as so."""
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A former engineer, who spoke on condition of anonymity, told Reuters that managers"
            " had known about the software.",
            "claim",
        ),
        (
            "A nurse, who asked not to be named, said the ward had known about the leak.",
            "claim",
        ),
        ("A former engineer, who joined in 2015, said he was proud of the car.", "statement"),
    ],
)
def test_one_who_asks_to_stay_unnamed_is_an_anonymous_source(text: str, kind: str) -> None:
    """A clause set off after the speaker that keeps them anonymous makes them a source, whose
    account is a claim, like "a source said"."""
    [found] = extract_statements(text)
    assert found.kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The president reiterated that troops would stay.", "statement"),
        ('"We will not give up," reads the statement.', "statement"),
        ("Investigators suspect the fire was started deliberately.", "claim"),
        ("The interior ministry put the death toll at three.", "claim"),
        ("Activists put the number of dead at 200.", "claim"),
    ],
)
def test_more_verbs_of_saying(text: str, kind: str) -> None:
    """ "reiterated that", '"…," reads the statement', "investigators suspect …", "put the
    death toll at three" attribute."""
    assert [s.kind for s in extract_statements(text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Police suspected the husband.",
        "The suspected gunman fled.",
        "He reads 16 letters a day.",
        "Just add it to the reasons we suspect he is an actual superhero.",
    ],
)
def test_those_verbs_without_anything_said(text: str) -> None:
    assert extract_statements(text) == []
