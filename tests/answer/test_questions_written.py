"""Questions a new user asked of more stories we wrote (a sacking, a misquote, a death hoax, a
misreported study, a disputed shooting, a denied supply deal, a data breach, an engagement, a
chemical leak, a failed drugs test, a border crossing, a hospital in a storm, a minister and a
lobbyist, a factory closure, a pregnancy rumour, a protest, a feud on set, a bribery trial, a
fact-check of a dog ban, a transfer denied, job cuts denied, a border town claimed by both
sides, a singer's collapse denied, a striker's injury denied, a strike on homes denied,
a bribery trial's charges denied, an election's dead voters, a storm live blog,
an interview in questions and answers, a
transfer report disputed, a chatbot leak denied),
through the real pipeline: the answer and a name one cited speaker must contain."""

from __future__ import annotations

import pytest

from bot.answer.ask import answer_question
from bot.config import Settings
from bot.ingest import ingest
from storage import Repository
from tests.helpers import FIXTURES

STORIES = {
    "sacking": "sacking_story.txt",
    "misquote": "misquote_story.txt",
    "hoax": "skiing_hoax_story.txt",
    "coffee": "coffee_study_story.txt",
    "shooting": "shooting_story.txt",
    "supplier": "supplier_story.txt",
    "breach": "breach_story.txt",
    "engagement": "engagement_story.txt",
    "lake": "lake_story.txt",
    "drugs": "drugs_test_story.txt",
    "border": "border_story.txt",
    "nephew": "nephew_story.txt",
    "storm": "storm_hospital_story.txt",
    "lobbyist": "lobbyist_story.txt",
    "factory": "factory_closure_story.txt",
    "pregnancy": "pregnancy_rumour_story.txt",
    "protest": "protest_story.txt",
    "feud": "feud_story.txt",
    "trial": "bribery_trial_story.txt",
    "dogs": "dog_ban_factcheck.txt",
    "mensah": "transfer_denial_story.txt",
    "layoffs": "layoffs_story.txt",
    "karsk": "border_town_story.txt",
    "vale": "collapse_rumour_story.txt",
    "amara": "fitness_denial_story.txt",
    "varna": "apartment_strike_story.txt",
    "hendry": "mayor_trial_story.txt",
    "tanner": "election_fraud_story.txt",
    "ada": "storm_liveblog.txt",
    "obi": "interview_story.txt",
    "moreno": "moreno_transfer_story.txt",
    "lumora": "chatbot_leak_story.txt",
    "stoves": "gas_stove_factcheck.txt",  # shared last: "this" and "it" are this fact-check
}

# (question, expected answer, a name one cited speaker must contain, or None)
QUESTIONS: list[tuple[str, str, str | None]] = [
    ("did rovers deny firing berg?", "yes", "Rovers"),
    ("who reported that berg was dismissed?", "yes", "Evening Post"),
    ("what did ruiz say?", "yes", "Carla Ruiz"),
    ("did cole say she was misquoted?", "yes", "Helen Cole"),
    ("who reported that cole wanted to raise the pension age?", "yes", "Herald"),
    ("did the herald withdraw the article?", "no", "Simon Frayne"),
    ("is ben harlow dead?", "yes", "Nora Vance"),  # disputed: denied
    ("who said harlow died?", "yes", "Global Daily Wire"),
    ("did his publicist deny it?", "yes", "Nora Vance"),
    ("who said coffee damages memory?", "yes", "Morning Star"),
    ("did the authors deny the reports?", "yes", "authors"),
    ("what did nair say?", "yes", "Priya Nair"),
    ("did the family deny he had a gun?", "yes", "family"),
    ("who said reed raised a handgun?", "yes", "Ray Donnelly"),
    ("will the footage be released?", "yes", "Ray Donnelly"),
    ("did lintek deny it?", "yes", "Lintek"),
    ("who reported the lintek deal?", "yes", "Bloomberg"),
    ("what did amy wu say?", "yes", "Amy Wu"),
    ("how many customers were affected?", "yes", "Homeway"),  # "about 2 million customers"
    ("did homeway confirm the breach?", "yes", "Homeway"),  # "The company confirmed …"
    ("did homeway deny that card data was taken?", "yes", "Homeway"),
    ("is maya cruz engaged?", "yes", "representative"),
    ("did cruz deny dating alba?", "yes", "Maya Cruz"),
    ("what did lintek deny?", "yes", "Lintek"),
    ("did the plant owner deny the leak?", "yes", "Kessler"),
    ("did chemicals leak into the lake?", "yes", "Kessler"),  # disputed: "no chemicals had leaked"
    ("did baxter deny failing a drugs test?", "yes", "Tom Baxter"),
    ("who said baxter failed a drugs test?", "yes", "Sun"),
    ("did the ministry deny the troops crossed the border?", "yes", "ministry"),
    ("who said soldiers crossed into varland?", "yes", "Varland Times"),
    ("what did the league say?", "yes", "league"),
    ("what did kessler say?", "yes", "Kessler"),
    ("what did the sun say?", "yes", "Sun"),
    ("what did the nephew say?", "yes", "Daniel Osei"),  # "the nephew, Daniel Osei,"
    ("did the mayor deny hiring his nephew?", "yes", "Frank Osei"),
    ("who denied the courier report?", "yes", "Hospital"),  # "had followed all procedures"
    ("did doyle deny the claims?", "no", "Mark Doyle"),
    ("did benton deny meeting the lobbyist?", "yes", "Clare Benton"),
    ("what did reid say?", "yes", "Sam Reid"),  # "… he said", after "Minister says she …"
    ("did the chronicle retract the story?", "no", "Chronicle"),
    ("did nordchip deny closing the factory?", "yes", "Nordchip"),
    ("what did petra lang say?", "yes", "Petra Lang"),
    ("who said lila moreau was pregnant?", "yes", "StarPulse"),
    ("did lila moreau's publicist deny it?", "yes", "Ana Ruiz"),
    ("did anyone deny that lila moreau was visiting a friend?", "no", "Ana Ruiz"),
    ("did the police deny using rubber bullets?", "yes", "Police"),
    # the hospital confirmed treating two people, not what hit them
    ("did anyone confirm rubber bullets were used?", "no", None),
    ("did price deny the feud?", "yes", "Daniel Price"),
    ("who said filming was halted?", "yes", "Daily Star"),
    ("did adamov deny taking bribes?", "yes", "Viktor Adamov"),
    ("what did medequip say?", "yes", "MedEquip"),
    ("did walsh deny the ban?", "yes", "Irene Walsh"),
    ("did northbridge deny the offer?", "yes", "Alan Pryce"),
    ("what did mensah say?", "yes", "Kofi Mensah"),
    ("did anyone debunk this?", "yes", "Jenna Ruiz"),
    ("is it fake?", "yes", "Jenna Ruiz"),
    ("who said the city would ban gas stoves?", "yes", "Posts"),
    ("did the spokeswoman rule out smaller cuts?", "no", "Orbis spokeswoman"),
    ("did orbis deny cutting 10,000 jobs?", "yes", "Orbis"),
    ("did the army deny the town was captured?", "yes", "Army"),
    ("who said the rebels captured karsk?", "yes", "Northern Front"),
    ("did abu tariq say the flag was raised?", "yes", "Abu Tariq"),
    ("what did vale say?", "yes", "Nadia Vale"),
    ("did vale herself deny it?", "yes", "Nadia Vale"),
    ("who said vale fainted?", "yes", "StarBuzz"),
    ("did anyone deny that she felt dizzy?", "no", "Tom Reyes"),
    ("did anyone deny that amara is fit?", "no", "City"),
    ("did anyone deny that amara is injured?", "yes", "City"),
    ("is amara injured?", "yes", "City"),  # disputed
    ("did ortiz deny the injury?", "yes", "Pablo Ortiz"),
    ("who said there was a command post in varna?", "yes", "defence ministry"),
    ("did moscow deny targeting civilians?", "yes", "Moscow"),
    ("what did kovalenko say?", "yes", "Ivan Kovalenko"),
    ("did hendry deny the charges?", "yes", "Paul Hendry"),
    ("did anyone say the payments were loans?", "yes", "James Fry"),
    ("did hendry take 250,000 pounds?", "yes", "James Fry"),  # disputed: his lawyer denies it
    ("did anyone deny that dead people voted?", "yes", "Maria Esposito"),
    ("did tanner file a lawsuit?", "yes", "Roy Tanner"),
    ("who said 3,000 dead people voted?", "yes", "Roy Tanner"),
    ("who said the tamar bridge collapsed?", "no", "Devon and Cornwall Police"),
    ("did obi deny asking to leave?", "yes", "Kane Obi"),
    ("did hart deny a row?", "yes", "Steve Hart"),
    ("did moreno agree terms with chelsea?", "yes", "Atletico"),  # disputed
    ("what did moreno say?", "yes", "Diego Moreno"),  # "he said:" after "Moreno, 24, scored"
    ("who said the screenshots were edited?", "yes", "Ken Watanabe"),  # in his denial's words
    ("who said the chat histories appeared in their account?", "yes", "Reddit user"),
]

# questions asked for how the reply opens, whatever it answers
WORDING_ONLY = [
    "is the city banning dogs?",
    "is this a hoax?",
    "did the fish recover?",
    "did the lake freeze over?",
    "is the hiring being reviewed?",
]


@pytest.fixture(scope="module")
def answered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, list[str], str]]:
    import asyncio

    async def run() -> dict[str, tuple[str, list[str], str]]:
        db = str(tmp_path_factory.mktemp("written") / "written.db")
        out: dict[str, tuple[str, list[str], str]] = {}
        async with await Repository.open(db) as repo:
            for fixture in STORIES.values():
                await ingest(repo, str(FIXTURES / fixture), Settings(), chat_id=9)
            for question in [q for q, _, _ in QUESTIONS] + WORDING_ONLY:
                answer = await answer_question(repo, 9, question, None)
                speakers = [c.speaker or "" for c in answer.citations]
                out[question] = (answer.answer, speakers, answer.text)
        return out

    return asyncio.run(run())


@pytest.mark.parametrize(("question", "expected", "speaker"), QUESTIONS)
def test_written_question(
    answered: dict[str, tuple[str, list[str], str]],
    question: str,
    expected: str,
    speaker: str | None,
) -> None:
    answer, speakers, _ = answered[question]
    assert answer == expected
    if speaker:
        assert any(speaker in cited for cited in speakers), speakers


def test_no_named_speaker_is_cited_for_the_one_who_denies_it(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "who said reed raised a handgun?" cites the police chief, never the sister who says
    her brother never owned a gun."""
    _, speakers, _ = answered["who said reed raised a handgun?"]
    assert not any("Tasha" in cited for cited in speakers)


def test_a_denial_told_as_earlier_and_confirmed_now_by_her_side_is_no_dispute(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "Cruz had denied dating Alba as recently as March" beside "her representative
    confirmed" the engagement: "is maya cruz engaged?" opens with the confirmation."""
    _, _, text = answered["is maya cruz engaged?"]
    assert text.startswith("<b>Yes.</b> Confirmed by:")


def test_a_claim_asked_of_and_denied_in_other_words_is_disputed(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "did hendry take 250,000 pounds?": the prosecutor says so, and the denial paired with
    her claim ("never took a penny") disputes it though it repeats no number; the deniers are
    named once each."""
    _, _, text = answered["did hendry take 250,000 pounds?"]
    assert text.startswith("<b>Disputed.</b> Denied by: James Fry")
    _, _, text = answered["did hendry deny the charges?"]
    assert text.split("\n")[0].count("Paul Hendry") == 1


def test_asked_whether_someone_did_what_they_say_they_did_the_answer_is_their_yes(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "did tanner file a lawsuit?" of "Tanner said … he had filed a lawsuit": yes, says he."""
    _, _, text = answered["did tanner file a lawsuit?"]
    assert text.startswith("<b>Yes</b>, says Roy Tanner (independent candidate):")


def test_his_agents_nothing_agreed_is_no_yes_that_he_agreed(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "did moreno agree terms with chelsea?": his agent's "nothing had been agreed" tells no
    yes; the report that he did is disputed by the club."""
    _, _, text = answered["did moreno agree terms with chelsea?"]
    assert text.startswith("<b>Disputed.</b> Denied by: Atletico")


def test_a_what_question_is_answered_with_who_not_with_yes(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "what did lintek deny?" opens with who denied, as "who denied …?" does: a "Yes."
    answers no "what"."""
    _, _, text = answered["what did lintek deny?"]
    assert text.startswith("<b>Denied by:</b> Lintek")


def test_who_said_it_cites_the_claim_the_denial_answers_not_a_name_shared(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "who said soldiers crossed into varland?": the report the ministry rejected, not
    Varland's foreign minister, whose remark shares only the country's name."""
    _, speakers, _ = answered["who said soldiers crossed into varland?"]
    assert not any("Dragan" in cited for cited in speakers)


@pytest.mark.parametrize(
    ("question", "heading"),
    [
        ("what did the league say?", "<b>What the league said:</b>"),  # a description
        ("what did kessler say?", "<b>What Kessler said:</b>"),  # as the names write it
        ("what did the sun say?", "<b>What the Sun said:</b>"),  # "The Sun claimed …"
    ],
)
def test_a_what_heading_names_the_speaker_as_a_sentence_would(
    answered: dict[str, tuple[str, list[str], str]], question: str, heading: str
) -> None:
    _, _, text = answered[question]
    assert text.startswith(heading)


def test_a_denial_sharing_one_word_with_a_search_does_not_dispute_it(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "did the fish recover?" of a story whose denial "denies chemical leak as fish die":
    the fish are named, the recovery is not, so nothing here disputes it; "is the hiring being
    reviewed?" is answered by the ethics office, not disputed by the mayor's denials."""
    for question in ("did the fish recover?", "is the hiring being reviewed?"):
        _, _, text = answered[question]
        assert not text.startswith("<b>Disputed.</b>"), question


def test_a_search_nothing_answers_says_no_report_says_so(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """No "but no statement in them": a search asks for no kind of statement."""
    _, _, text = answered["did the lake freeze over?"]
    assert "no statement in them" not in text


@pytest.mark.parametrize("question", ["is it fake?", "is this a hoax?"])
def test_asked_whether_the_story_is_fake_the_fact_check_says_yes(
    answered: dict[str, tuple[str, list[str], str]], question: str
) -> None:
    """ "is it fake?" of a fact-check rating the claim false: "Yes, say …", not "Disputed",
    nor "denying the opposite" (the denials say what is asked)."""
    _, _, text = answered[question]
    assert text.startswith("<b>Yes</b>, say ") and "opposite" not in text.split("\n")[0]


def test_a_fact_checks_rating_disputes_the_claim_it_rates(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "Rating: False" names nothing itself; the claim it rates tells what is asked."""
    _, _, text = answered["is the city banning dogs?"]
    assert text.startswith("<b>Disputed.</b>")


def test_a_company_is_not_its_former_employee(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "MedEquip said …" is MedEquip's, not its former sales director's."""
    _, _, text = answered["what did medequip say?"]
    assert "(director)" not in text


def test_what_someone_said_opens_with_their_own_words_before_their_agents(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    _, speakers, _ = answered["what did mensah say?"]
    assert speakers[0] == "Kofi Mensah"


def test_one_who_declined_to_say_is_not_said_to_rule_it_out(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "did the spokeswoman rule out smaller cuts?": she denied layoffs "of that scale" and
    declined to say whether smaller cuts were considered: she would not say."""
    _, _, text = answered["did the spokeswoman rule out smaller cuts?"]
    assert "would not say" in text
    assert "declined to say whether smaller cuts" in text


def test_who_said_it_leaves_out_the_other_side_of_a_headline(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "Army says it repelled attack; rebels claim they captured it": the rebels' half is not
    the army's, so the army is not among those who said the rebels captured the town."""
    _, speakers, _ = answered["who said the rebels captured karsk?"]
    assert "Army" not in speakers


def test_what_someone_said_opens_with_their_own_words_not_their_representatives(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "what did vale say?": her own Instagram post before "Representatives for Nadia Vale",
    who speak for her, not as her."""
    _, speakers, _ = answered["what did vale say?"]
    assert speakers[0] == "Nadia Vale"
    _, herself, _ = answered["did vale herself deny it?"]
    assert herself == ["Nadia Vale"]


def test_a_denial_in_no_words_of_its_own_runs_with_its_sides_assertion(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "did anyone deny that amara is fit?": the club insisted he is fit, dismissing injury
    reports; the manager's "I don't know where the story came from" denies those reports too,
    so neither denied that he is fit."""
    answer, speakers, text = answered["did anyone deny that amara is fit?"]
    assert answer == "no" and "said so, while denying something else" in text
    assert "Pablo Ortiz" not in speakers
