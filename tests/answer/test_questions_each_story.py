"""Questions a new user asked right after sharing one story we wrote, each story alone in its
own chat, through the real pipeline: a drone strike on a power plant and a market shelling
both sides tell, a minister's gifts, a striker's betting, a sprinter's test, a cloud firm's
breach, a mayor's bribes, a ferry operator's cover-up and a supermarket's horse meat denied, a
fact-check of a post and of a message about vaccines, a viral video about fluoride, lobbying
claims, job cuts, a disputed study, a couple's split, a drone attack on a refinery, a transfer
denied by an agent, a fraud trial, a fabricated quote, donation records called a forgery, a
hospital's negligence denied, a jewellery raid, plagiarism claims,
rumours about an exchange, a minister's visa scandal, a carmaker's plant closure denied,
a streaming service's data leak disputed, a fact-check of a ban on Christmas lights, pilots
questioned, a singer's split from her band denied, a warship said to be hit, a coach's move
denied by his club, a minister said to be resigning, a fact-check of hot
water said to kill a virus, a singer's pregnancy denied, an election
said to be rigged, a milk recall said to be fake, a man shot at a
traffic stop said to be armed, a car project said to be shelved, a leader said to
be gravely ill, a quote an actor never said, job cuts confirmed after
a denial, a study of energy drinks disputed by the industry,
an old photo of a flooded airport, a bank's outage claimed as a hack, a deepfake of a
candidate, a tiger said to have escaped, a footballer accused of racist abuse, a channel post
calling school closures fake."""

from __future__ import annotations

import asyncio

import pytest

from bot.answer.ask import answer_question
from bot.config import Settings
from bot.ingest import ingest
from storage import Repository
from tests.helpers import FIXTURES

# question -> (story, expected answer, a name the first citation's speaker must contain)
QUESTIONS: dict[str, tuple[str, str, str]] = {
    # an act done to drones, not a denial: the air force's own account answers it
    "did ukraine shoot down drones?": ("power_plant_strike_story.txt", "yes", "air force"),
    # the IAEA said the incident had NOT affected any nuclear facility: the opposite
    "did the iaea say a nuclear plant was affected?": (
        "power_plant_strike_story.txt",
        "no",
        "International Atomic Energy Agency",
    ),
    # Peskov had "no information"; the "pro-Kremlin blogger" is not the Kremlin
    "did the kremlin deny it?": ("power_plant_strike_story.txt", "no", "Dmitry Peskov"),
    "did russia deny attacking the power plant?": (
        "power_plant_strike_story.txt",
        "yes",
        "defence ministry",
    ),
    # "'Our company does not give gifts …,' the statement said" is Brightstone's statement,
    # not the Daily Ledger's, the paper named before
    "did brightstone deny giving gifts?": ("minister_gifts_story.txt", "yes", "Brightstone"),
    "who said the emails are fake?": ("minister_gifts_story.txt", "yes", "Carl Voss"),
    # "That account is not mine": a thing the bookmaker gave him, disowned
    "did kell deny the betting account was his?": ("betting_denial_story.txt", "yes", "Kell"),
    "did the herald stand by its story?": ("betting_denial_story.txt", "yes", "Herald"),
    # every reply names Voss, one says "resign": that one first, not denials naming him
    "is voss going to resign?": ("minister_gifts_story.txt", "yes", "Lena Park"),
    # all the page is quoted on is that it "did not respond to a request for comment"
    "did country truth respond?": ("stove_fact_check_story.txt", "no", "Country Truth"),
    "did the department deny it?": ("stove_fact_check_story.txt", "yes", "Department"),
    # "Olympic sprinter Kemi Adeyemi" and the headline's "Sprinter Kemi Adeyemi": one person
    "did she deny doping?": ("sprinter_doping_story.txt", "yes", "Kemi Adeyemi"),
    "who said the data came from an old breach?": ("cloud_breach_story.txt", "yes", "Haddad"),
    # an inquiry confirmed is not the bribes confirmed
    "did the police confirm the bribes?": ("mayor_bribes_story.txt", "no", "Police"),
    # "her" is the mayor of the story just shared; "paying" and "payment" are one word
    "did greenway deny paying her?": ("mayor_bribes_story.txt", "yes", "Greenway Homes"),
    # "forged" and "forgeries" are one word
    "who said the documents are forged?": ("mayor_bribes_story.txt", "yes", "Rachel Okafor"),
    # Mahmud told the explosion himself; his denials are of firing on the town
    "did mahmud deny the explosion?": ("market_shelling_story.txt", "no", "Idris Mahmud"),
    "did mahmud deny the shelling?": ("market_shelling_story.txt", "yes", "Idris Mahmud"),
    # "blame" asks what the UN said; it said it was alarmed, not whom it blamed
    "did the un blame the army?": ("market_shelling_story.txt", "no", "United Nations"),
    # a count asked for: who gave one, not the denials of the claim that did
    "how many were wounded?": ("market_shelling_story.txt", "yes", "local doctor"),
    "how many people were killed?": ("market_shelling_story.txt", "yes", ""),
    "did anyone deny that she sat on the committee?": ("mayor_bribes_story.txt", "yes", ""),
    # no speaker is called "the company"; one organisation speaks: Kerran Lines
    "did the company deny the leak reports?": ("ferry_sinking_story.txt", "yes", "Kerran Lines"),
    # the claim the story's denials answer, not every claim it tells ("TikTok said it had
    # added a label"); "more than two million times" is no speaker
    "who made the claim?": ("fluoride_video_story.txt", "yes", "video"),
    # the story just shared never says "retire", in any words: an honest "I don't know", not
    # the police's confirmation of an inquiry
    "did she retire?": ("mayor_bribes_story.txt", "unknown", ""),
    # "Okafor said she would not resign": quitting in other words (event_synonyms.tsv)
    "did she quit?": ("mayor_bribes_story.txt", "yes", "Rachel Okafor"),
    # her denials answer the site's report, not a claim of her own: no apology
    "did she apologise?": ("mayor_bribes_story.txt", "no", "Rachel Okafor"),
    # "A spokeswoman for the prime minister" is hers, not the transport minister's
    "did the prime minister say anything?": (
        "lobbying_claims_story.txt",
        "yes",
        "spokeswoman for the prime minister",
    ),
    "did price deny it?": ("lobbying_claims_story.txt", "yes", "Gavin Price"),
    # "Northline declined to comment": its own silence, not its lobbyist's denial
    "did northline comment?": ("lobbying_claims_story.txt", "no", "Northline"),
    # "the CEO" is "chief executive Mark Duval"
    "did the ceo deny the report?": ("chipmaker_jobs_story.txt", "yes", "Mark Duval"),
    "what did the ceo say?": ("chipmaker_jobs_story.txt", "yes", "Mark Duval"),
    "who reported the job cuts?": ("chipmaker_jobs_story.txt", "yes", "The Ledger"),
    # "Dr Fischer rejected the criticism": a criticism is a thing said, rejected
    "did fischer reject the criticism?": ("energy_drink_study_story.txt", "yes", "Lena Fischer"),
    # "criticised by other scientists, who say its methods were flawed"
    "who said the methods were flawed?": ("energy_drink_study_story.txt", "yes", "scientists"),
    # "This story is completely made up," the publicist said: a denial, not the magazine's
    "who said the story was made up?": ("celebrity_split_story.txt", "yes", "Dana Kirk"),
    # "Brandt did not respond …, but on Friday he posted …": he is Brandt
    "did brandt post anything?": ("celebrity_split_story.txt", "yes", "Leo Brandt"),
    # "Ukraine's military did not say how many drones it had launched"
    "did ukraine say how many drones it launched?": ("drone_refinery_story.txt", "no", "Ukraine"),
    "did russia deny the refinery was hit?": (
        "drone_refinery_story.txt",
        "yes",
        "defence ministry",
    ),
    # the headline "Agent: Striker … is not joining Real Sociedad" is the agent's denial
    "did the agent deny it?": ("striker_agent_story.txt", "yes", "Johan Berg"),
    # "The agent of Swedish striker Tomas Lindqvist" is no name of Lindqvist in person
    "did lindqvist himself deny it?": ("striker_agent_story.txt", "no", "Johan Berg"),
    "did real sociedad comment?": ("striker_agent_story.txt", "no", "Real Sociedad"),
    "who said the claim was baseless?": ("microchip_fact_check_story.txt", "yes", "ministry"),
    # "said outside court that her client …": what she said is the clause after "that", not
    # the court the prosecutor told later
    "what did his lawyer say?": ("councillor_fraud_story.txt", "yes", "Sarah Quinn"),
    "did mills plead guilty?": ("councillor_fraud_story.txt", "no", "Derek Mills"),
    # "the company said in a statement" of "Supermarket chain FreshMart": FreshMart's
    "what did freshmart say?": ("horse_meat_story.txt", "yes", "FreshMart"),
    # "A quote … calling teachers "overpaid babysitters" is fabricated, her office said": the
    # partial quote inside is no end of what the office said
    "who said the quote was fabricated?": ("teachers_quote_story.txt", "yes", "office"),
    # "The account …, which calls itself Patriot Truth, did not respond to a message"
    "did patriot truth respond?": ("teachers_quote_story.txt", "no", "Patriot Truth"),
    # the office calls it fabricated: not "Yes, … denying the opposite"
    "is the quote real?": ("teachers_quote_story.txt", "yes", "office"),
    # "called the records 'a crude forgery'": a denial, asked by the word "forged"
    "who said the records were forged?": ("donations_forgery_story.txt", "yes", ""),
    "did cole deny the donation?": ("donations_forgery_story.txt", "yes", "Martin Cole"),
    "did betline comment?": ("donations_forgery_story.txt", "no", "BetLine"),
    # "deeply sorry for the family's loss": an apology, worded as one, not "took it back"
    "did the trust apologise?": ("hospital_negligence_story.txt", "yes", "hospital trust"),
    "did the hospital deny negligence?": ("hospital_negligence_story.txt", "yes", "trust"),
    # "would not confirm reports that a second suspect had fled abroad": not "confirmed
    # something else" (the arrest)
    "did police confirm a second suspect fled abroad?": (
        "jewellery_raid_story.txt",
        "no",
        "Cheshire Police",
    ),
    "did police confirm the arrest?": ("jewellery_raid_story.txt", "yes", "Cheshire Police"),
    # "12 passages" is a count; the trustees' "no evidence" is none, though their denial
    # answers the claim that gave it; "what it said were" is the website's own saying
    "how many passages were copied?": ("plagiarism_claims_story.txt", "yes", "Campus Monitor"),
    "who made the plagiarism claims?": ("plagiarism_claims_story.txt", "yes", "Campus Monitor"),
    # "says funds are safe amid withdrawal freeze rumours": the freeze is the rumours', no act
    # the exchange tells of itself
    "did coinvault freeze withdrawals?": ("exchange_rumours_story.txt", "yes", "Coinvault"),
    # "the Lib Dems" are searched as "The Liberal Democrats" (actor_synonyms.tsv)
    "what did the lib dems say?": ("visa_scandal_story.txt", "yes", "Liberal Democrats"),
    "did grant know about the backlog?": ("visa_scandal_story.txt", "no", "Paul Grant"),
    # "a newspaper report": the Yorkshire Post's, not the council leader's "would stay open"
    "did veltro deny closing the plant?": ("plant_closure_story.txt", "yes", "Veltro"),
    # "the paper" is the story's outlet by its kind
    "did the paper stand by its report?": ("plant_closure_story.txt", "yes", "Yorkshire Post"),
    "what did the newspaper say?": ("plant_closure_story.txt", "yes", "Yorkshire Post"),
    # who she is: what she said, the sentence that tells her firm first
    "who is maria jensen?": ("streaming_leak_story.txt", "yes", "Maria Jensen"),
    # "nobody had been detained" is found by "arrested": the same act (event_synonyms.tsv)
    "was anyone arrested?": ("pilots_questioned_story.txt", "yes", "Police"),
    # "I have not left the band": "left" and "quit" name one act
    "did kira dane quit the band?": ("band_split_story.txt", "yes", "Kira Dane"),
    # the band named before its manager: "the band's manager" speaks for Northern Lights
    "what did northern lights say?": ("band_split_story.txt", "yes", "Lucy Gray"),
    # "guitarist Sam Reed" named in the claim, then "Reed did not respond"
    "did sam reed respond?": ("band_split_story.txt", "no", "Sam Reed"),
    # "no one on board was injured": "hurt" and "injured" name one act, told five words on
    "was anyone hurt?": ("warship_drone_post.txt", "yes", "Ministry of Defence"),
    # "Westford Patriots, which did not respond to a request for comment": no answer
    "did westford patriots respond?": ("christmas_lights_check.txt", "no", "Westford Patriots"),
    # "aware of the reports and making enquiries": the regulator confirms nothing
    "did the ico confirm the breach?": (
        "streaming_leak_story.txt",
        "no",
        "Information Commissioner's Office",
    ),
    # the agent said talks had taken place "but no agreement had been reached": who said it
    "who said talks took place?": ("coach_stays_story.txt", "yes", "Jorge Pinto"),
    # "…, club insists" over "Dynamo Kiev have dismissed reports …"; "A spokesman for the
    # Portuguese club" speaks for Benfica, named just before
    "did benfica deny it?": ("coach_stays_story.txt", "yes", "Benfica"),
    "did the club deny the report?": ("coach_stays_story.txt", "yes", "Dynamo Kiev"),
    # 'Asked whether she would resign, Marsh told reporters …: "No.' is her flat no
    "did marsh deny she would resign?": ("minister_expenses_story.txt", "yes", "Helen Marsh"),
    # "Helen isn't going anywhere," an MP said: staying denies the report she would step down
    "did the mp deny it?": ("minister_expenses_story.txt", "yes", "Conservative MP"),
    # the message says it comes from a Stanford doctor; Stanford says it did not: disputed,
    # not "Yes, says message"
    # "after a tabloid claimed": In Touch Weekly, an outlet by its name, not the tabloid's
    # source of the wedding claim told after
    "who said she was pregnant?": ("singer_pregnancy_story.txt", "yes", "In Touch Weekly"),
    # "Stone's rep did not address the wedding claim": the rep's denial was of the pregnancy
    "did her rep deny the wedding?": ("singer_pregnancy_story.txt", "no", "Stone's rep"),
    # "called the opposition's claims "the sour grapes of a bad loser"": dismissed, a denial
    "did ries deny the claims?": ("dorvania_vote_story.txt", "yes", "Anton Ries"),
    "did the commission deny fraud?": ("dorvania_vote_story.txt", "yes", "commission"),
    # "The notice in the post is not one of ours. Our milk is completely safe to drink.": the
    # denier says what is asked, not "Disputed"
    "is the milk safe?": ("milk_recall_post.txt", "yes", "FreshWay"),
    # "FSA" for the Food Standards Agency, which said it had not issued any alert
    "did the fsa issue an alert?": ("milk_recall_post.txt", "no", "Food Standards Agency"),
    # "did not own a gun and had his hands raised": she said the second part herself
    "who said he had his hands raised?": ("traffic_stop_shooting.txt", "yes", "Lina Reyes"),
    # his sister speaks for the family
    "did his family deny he had a gun?": ("traffic_stop_shooting.txt", "yes", "family"),
    # "shelved plans to build its own electric car": shelving is cancelling (event_synonyms)
    "did apple cancel the car?": ("car_project_report.txt", "yes", "Bloomberg News"),
    # "Kim appeared to be "alive and well"", after reports that he was gravely ill
    "did south korea deny it?": ("leader_health_rumours.txt", "yes", "South Korea"),
    # his publicist: "Mr. Freeman did not say this": no, denied, not "Yes … said so"
    "did morgan freeman say that?": ("fake_quote_check.txt", "no", "Stan Rosenfield"),
    # "said it had not been consulted": their own no, asked in the passive
    "was the union consulted?": ("bank_cuts_confirmed.txt", "no", "finance workers' union"),
    # confirmed a week after its spokesman called the report "speculation"
    "did nordbank take back its denial?": ("bank_cuts_confirmed.txt", "yes", "Nordbank"),
    # "industry disputes findings": the British Soft Drinks Association, the lead's denier
    "did the industry deny the findings?": (
        "energy_drinks_study.txt",
        "yes",
        "British Soft Drinks Association",
    ),
    # "ticket holders would get refunds": the fans asked of, called otherwise
    "will fans get refunds?": ("band_split_story.txt", "yes", "Live Arena"),
    # "Police said nobody had been detained": nobody at all, and detaining is arresting
    "did police arrest the pilots?": ("pilots_questioned_story.txt", "no", "Police"),
    # "real" judges the photo, as "fake" would: the page's verdict and the poster's "wrong
    # photo" answer, not "say nothing of real"
    "is the photo real?": ("flooded_airport_photo.txt", "yes", "article"),
    "did weatherwatch24 apologise?": ("flooded_airport_photo.txt", "yes", "WeatherWatch24"),
    # "The bank said …": Westcoast Bank, named only as whose customers were hit
    "did westcoast bank deny a cyber attack?": (
        "bank_outage_hack_claim.txt",
        "yes",
        "Westcoast Bank",
    ),
    # the screenshots "proved nothing": the hackers' evidence dismissed
    "did the researcher deny it?": ("bank_outage_hack_claim.txt", "yes", "Ian Moss"),
    # "hacked" of "hackers claim attack" (word_families.tsv): the bank's denial first
    "was the bank hacked?": ("bank_outage_hack_claim.txt", "yes", "Westcoast Bank"),
    # "… saying she would abolish pensions is a deepfake, her campaign said": no, not "said so"
    "did santos say she would abolish pensions?": (
        "deepfake_candidate_video.txt",
        "no",
        "campaign",
    ),
    # TikTok removed it "for violating its rules on manipulated media": a verdict of its own,
    # nothing that disputes the removal
    "did tiktok remove the video?": ("deepfake_candidate_video.txt", "yes", "TikTok"),
    "is the video a deepfake?": ("deepfake_candidate_video.txt", "yes", "campaign"),
    # "had found no sign of a big cat": the police's own no
    "did police find the tiger?": ("tiger_escape_rumour.txt", "no", "police"),
    "who accused blake?": ("racist_abuse_allegation.txt", "yes", "Marcus Osei"),
    # "his club … said he "categorically denies" the allegation": his side's denial too
    "did blake deny it?": ("racist_abuse_allegation.txt", "yes", "Jordan Blake"),
    # a channel post: "Ministry of Health: reports that schools will close on Monday are FAKE"
    "will schools close on monday?": ("schools_closure_post.txt", "yes", "Ministry of Health"),
    "did the message come from a stanford doctor?": (
        "hot_water_check.txt",
        "yes",
        "Stanford Health Care",
    ),
}


@pytest.fixture(scope="module")
def answered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, list[str], str]]:
    stories = sorted({story for story, _, _ in QUESTIONS.values()})
    chats = {story: 100 + i for i, story in enumerate(stories)}

    async def run() -> dict[str, tuple[str, list[str], str]]:
        db = str(tmp_path_factory.mktemp("each") / "each.db")
        out: dict[str, tuple[str, list[str], str]] = {}
        async with await Repository.open(db) as repo:
            for story, chat in chats.items():
                await ingest(repo, str(FIXTURES / story), Settings(), chat_id=chat)
            for question, (story, _, _) in QUESTIONS.items():
                answer = await answer_question(repo, chats[story], question, None)
                speakers = [c.speaker or "" for c in answer.citations]
                out[question] = (answer.answer, speakers, answer.text)
        return out

    return asyncio.run(run())


@pytest.mark.parametrize("question", list(QUESTIONS))
def test_asked_right_after_sharing_the_story(
    answered: dict[str, tuple[str, list[str], str]], question: str
) -> None:
    _, expected, speaker = QUESTIONS[question]
    answer, speakers, text = answered[question]
    assert answer == expected, text
    if expected != "unknown":
        assert speakers and speaker in speakers[0], speakers


def test_the_opposite_said_is_worded_as_the_opposite(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    _, _, text = answered["did the iaea say a nuclear plant was affected?"]
    assert text.startswith("<b>No</b> — International Atomic Energy Agency said the opposite")


def test_an_act_asked_is_answered_with_its_account_not_a_denial(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "did ukraine shoot down drones?" asks of the drones: the air force's account first,
    and no "denied it" (its denial of a blogger's missile claim is another matter), nor a
    dispute by Russia's denial of attacking the plant, which says nothing of shooting down
    ("shoot" and "down" are the act asked, not weak words of a verb of denying)."""
    _, _, text = answered["did ukraine shoot down drones?"]
    heading = text.split("\n")[0]
    assert "denied it" not in heading and "opposite" not in heading
    assert "Disputed" not in heading
    assert "shot down 14 of 17 drones" in text.split("\n\n")[1]


def test_a_reply_names_the_organisation_as_asked_not_its_spokesman(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "did the kremlin deny it?": "no denial by the Kremlin", though Peskov alone is cited,
    and nothing from the pro-Kremlin blogger."""
    _, speakers, text = answered["did the kremlin deny it?"]
    assert text.startswith("<b>No.</b> I have no denial by the Kremlin")
    assert not any("blogger" in speaker for speaker in speakers)


def test_a_page_that_did_not_respond_did_not_respond(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "did country truth respond?" is "No", not "What Country Truth said:" over its silence."""
    _, _, text = answered["did country truth respond?"]
    assert text.startswith("<b>No</b> — Country Truth gave no answer")


def test_a_thing_called_fabricated_is_not_said_to_be_real(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    assert answered["is the quote real?"][2].startswith("<b>Disputed.</b>")


def test_who_said_it_was_forged_asks_for_the_denials(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    _, speakers, text = answered["who said the records were forged?"]
    assert text.startswith("<b>Denied by:</b>"), text
    assert "Martin Cole" in speakers and "Eastbridge Courier" not in speakers


def test_an_apology_asked_is_worded_as_one(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    assert answered["did the trust apologise?"][2].startswith(
        "<b>Yes.</b> Hospital trust apologised."
    )


def test_a_silence_is_the_organisations_own_not_one_speaking_for_it(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    _, speakers, text = answered["did northline comment?"]
    assert speakers == ["Northline"], text


def test_a_refusal_to_confirm_the_thing_asked_is_the_answer(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    text = answered["did police confirm a second suspect fled abroad?"][2]
    assert text.startswith("<b>No</b> — Cheshire Police would not say:"), text


def test_an_act_told_only_as_the_background_rumour_is_disputed_not_owned(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    text = answered["did coinvault freeze withdrawals?"][2]
    assert text.startswith("<b>Disputed.</b>"), text


def test_one_sprinter_is_named_once(answered: dict[str, tuple[str, list[str], str]]) -> None:
    _, speakers, text = answered["did she deny doping?"]
    assert set(speakers) == {"Kemi Adeyemi"}, text
    assert text.startswith("<b>Yes.</b> Kemi Adeyemi denied it.")


def test_who_said_names_only_who_said_it(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """The editor who "verified the data" says nothing of an old breach: she is not named."""
    _, speakers, _ = answered["who said the data came from an old breach?"]
    assert speakers == ["Omar Haddad"]


def test_a_confirmation_of_another_thing_is_no_confirmation_of_the_thing_asked(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    _, _, text = answered["did the police confirm the bribes?"]
    assert text.startswith("<b>No.</b> Police confirmed something else:")


def test_a_thing_the_actor_told_himself_is_not_what_he_denied(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    _, _, text = answered["did mahmud deny the explosion?"]
    assert "said so" in text.split("\n")[0] and "explosion" in text


def test_what_the_actor_said_of_another_thing_is_not_the_thing_asked(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    _, _, text = answered["did the un blame the army?"]
    assert text.startswith("I have nothing from the United Nations in those words.")


def test_how_many_is_answered_by_the_counts_given(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    _, speakers, text = answered["how many people were killed?"]
    assert "Rebel commanders" in " ".join(speakers) and "Idris Mahmud" not in speakers, text


def test_a_short_reply_is_not_about_what_is_told_after_it(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """The editor's "We are confident they are genuine" points back to the documents; the
    council's later "committee on which the mayor does not sit" is not its subject."""
    _, speakers, _ = answered["did anyone deny that she sat on the committee?"]
    assert speakers[0] != "Mark Fenn"


def test_who_made_the_claim_names_the_claim_the_denials_answer(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    _, speakers, _ = answered["who made the claim?"]
    assert speakers == ["video"]


def test_a_thing_the_story_just_shared_never_says_is_not_known(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    _, speakers, text = answered["did she retire?"]
    assert text.startswith("<b>I don't know.</b>") and "retire" in text and not speakers


def test_denying_another_s_claim_is_no_apology(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    text = answered["did she apologise?"][2]
    assert text.startswith("<b>No.</b> I have no apology by Rachel Okafor"), text


def test_a_denial_cites_the_claim_it_answers_not_one_on_its_side(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    _, _, text = answered["did veltro deny closing the plant?"]
    assert "In answer to: <i>“The Yorkshire Post reported" in text
    assert "Leeds City Council" not in text


def test_a_page_that_did_not_respond_gave_no_answer(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    text = answered["did westford patriots respond?"][2]
    assert text.startswith("<b>No</b> — Westford Patriots gave no answer:"), text


def test_a_denier_who_says_what_is_asked_answers_yes(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "is the milk safe?": the supermarket that denied the recall says its milk is safe, a
    sentence of the denial's quote; not "Disputed. Denied by" the ones who say it is."""
    text = answered["is the milk safe?"][2]
    assert text.startswith("<b>Yes</b>, says FreshWay spokeswoman:"), text


def test_a_refusal_to_address_the_thing_asked_is_the_answer(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    text = answered["did her rep deny the wedding?"][2]
    assert text.startswith("<b>No</b> — Stone's rep said nothing either way:"), text


def test_the_family_speaks_through_a_sister(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "did his family deny he had a gun?": his sister's "did not own a gun" is the family's."""
    _, speakers, text = answered["did his family deny he had a gun?"]
    assert "Lina Reyes" in speakers, text


def test_asked_whether_someone_said_that_their_side_s_denial_is_no(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    text = answered["did morgan freeman say that?"][2]
    assert text.startswith("<b>No</b> — Stan Rosenfield (publicist, Morgan Freeman) denied it:")


def test_nobody_detained_is_the_police_s_no(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    assert answered["did police arrest the pilots?"][2].startswith("<b>No</b>, says Police:")


def test_the_verdict_asked_is_the_verdict_its_deniers_give(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    """ "is the video a deepfake?": the campaign says it is one; not "Disputed" by them."""
    text = answered["is the video a deepfake?"][2]
    assert text.startswith("<b>Yes</b>, say "), text


def test_hacked_is_what_the_hackers_claim(
    answered: dict[str, tuple[str, list[str], str]],
) -> None:
    assert answered["was the bank hacked?"][2].startswith("<b>Disputed.</b>")
