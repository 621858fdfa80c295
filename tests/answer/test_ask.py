"""`counterclaim ask` end to end on a real database (SQLite and PostgreSQL): the seed
questions, across articles, per chat, and the batch form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, jsonl, run_cli

PESKOV = '"No, this is a wrong report. It absolutely does not correspond to reality," Peskov said.'
HT_URL = "https://www.hindustantimes.com/world-news/putin-feelers"
LEDGER_URL = "https://dailyledger.example/world/2024/01/25/putin-feelers-us-talks"


def ingest(db: Path | str, fixture: str, url: str, chat: int = 0) -> int:
    result = run_cli(
        "ingest", str(FIXTURES / fixture), "--url", url, "--chat", str(chat), "--jsonl", db=db
    )
    assert result.returncode == 0, result.stderr
    return jsonl(result.stdout)[0]["article_id"]


def share_text(tmp_path: Path, db: Path | str, text: str) -> None:
    """Ingest a story written here, as a text file."""
    story = tmp_path / "story.txt"
    story.write_text(text, encoding="utf-8")
    assert run_cli("ingest", str(story), db=db).returncode == 0


def ask(db: Path | str, question: str, *extra: str) -> dict:
    result = run_cli("ask", question, "--json", *extra, db=db)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _three_later_stories(tmp_path: Path, db: str) -> None:
    """Three council stories shared after the one a test asks about."""
    for n, topic in enumerate(["tram fares", "school lunches", "river levels"]):
        other = tmp_path / f"other{n}.txt"
        other.write_text(
            f"Council debates {topic}\n\nThe council met on Monday to discuss {topic}.\n\n"
            f'"We will decide next week," the mayor said about {topic}.\n',
            encoding="utf-8",
        )
        assert run_cli("ingest", str(other), db=db).returncode == 0


def test_seed_questions(db: str) -> None:
    seed = ingest(db, "seed_story.html", HT_URL)
    deny = ask(db, "did the Kremlin deny this?", "--about", str(seed))
    assert deny["answer"] == "yes"
    peskov = [c for c in deny["citations"] if c["speaker"] == "Dmitry Peskov"]
    assert peskov and all(c["sentence"] in PESKOV for c in peskov)
    assert "Peskov" in deny["text"]
    who = ask(db, "who denied the bloomberg story?")
    assert who["answer"] == "yes"
    assert {c["speaker"] for c in who["citations"]} & {"Dmitry Peskov", "Kremlin"}
    assert ask(db, "did Zelensky deny this?", "--about", str(seed))["answer"] == "no"
    assert ask(db, "did Apple deny it will buy Netflix?")["answer"] == "unknown"


def test_this_means_the_latest_article_without_about(db: str) -> None:
    ingest(db, "seed_story.html", HT_URL)
    plain = run_cli("ask", "did the kremlin deny this?", db=db)
    assert plain.returncode == 0 and plain.stdout.startswith("Yes.")
    assert "<b>" not in plain.stdout and "&quot;" not in plain.stdout


def test_this_is_the_latest_story_in_which_the_actor_asked_about_speaks(db: str) -> None:
    """A later story about a bakery does not hide the Kremlin's denial from "did the Kremlin
    deny the report?"; "say it was false" asks for a denial; a country speaks through its
    government."""
    ingest(db, "seed_story.html", HT_URL)
    ingest(db, "bakery_story.txt", "https://millbrook.example/bakery")
    for question in (
        "did the kremlin deny the report?",
        "did peskov say it was false?",
        "Did Russia deny the Bloomberg story?",
    ):
        answer = ask(db, question)
        assert answer["answer"] == "yes", question
        assert {c["speaker"] for c in answer["citations"]} & {"Dmitry Peskov", "Kremlin"}
    assert ask(db, "did jones deny it?")["answer"] == "yes"  # the bakery is still "it"


def test_a_denial_in_a_later_article_answers_the_earlier_one(db: str) -> None:
    claim = ingest(db, "bloomberg_claim.html", LEDGER_URL)
    seed = ingest(db, "seed_story.html", HT_URL)
    answer = ask(db, "did the Kremlin deny this?", "--about", str(claim))
    assert answer["answer"] == "yes"
    assert {c["article_id"] for c in answer["citations"]} == {seed}


def test_answers_draw_only_on_the_chats_own_shares(db: str) -> None:
    ingest(db, "seed_story.html", HT_URL, chat=-100)
    assert ask(db, "did the Kremlin deny the Bloomberg report?")["answer"] == "unknown"
    group = ask(db, "did the Kremlin deny the Bloomberg report?", "--chat", "-100")
    assert group["answer"] == "yes"
    # an article of another chat cannot be named as "this" either
    other = ask(db, "did the Kremlin deny this?", "--about", "1")
    assert other["answer"] == "unknown"


def test_batch_keeps_order_and_one_line_per_input(tmp_path: Path, db: str) -> None:
    seed = ingest(db, "seed_story.html", HT_URL)
    batch = tmp_path / "q.jsonl"
    batch.write_text(
        "\n".join(
            [
                json.dumps({"q": "did the Kremlin deny this?", "about": seed}),
                json.dumps({"q": "did Apple deny it will buy Netflix?", "about": None}),
                "this is not json",
                json.dumps({"q": "did Zelensky deny this?", "about": HT_URL}),
            ]
        ),
        encoding="utf-8",
    )
    result = run_cli("ask", "--batch", str(batch), db=db)
    assert result.returncode == 0
    out = jsonl(result.stdout)
    assert [o["answer"] for o in out] == ["yes", "unknown", "unknown", "no"]
    assert out[0]["q"] == "did the Kremlin deny this?"
    assert set(out[0]["citations"][0]) == {
        "sentence",
        "speaker",
        "kind",
        "article_id",
        "url",
        "score",
    }
    assert "line 3" in result.stderr or ":3:" in result.stderr


def test_ask_needs_a_question(tmp_path: Path) -> None:
    result = run_cli("ask", db=tmp_path / "cc.db")
    assert result.returncode == 2 and "QUESTION" in result.stderr


def test_a_capital_finds_its_government_without_naming_it(db: str) -> None:
    """ "any denial from Moscow?" searches for the Kremlin too: the seed story never says
    "Moscow" beside a denial, yet the Kremlin's and Peskov's denials answer."""
    ingest(db, "seed_story.html", HT_URL)
    ingest(db, "quota_story.txt", "https://courier.example/quota")
    answer = ask(db, "any denial from moscow?")
    assert answer["answer"] == "yes"
    assert {c["speaker"] for c in answer["citations"]} >= {"Dmitry Peskov"}


def test_a_story_with_no_matching_statement_is_known_by_its_headline(
    tmp_path: Path, db: str
) -> None:
    """A review with one off-topic statement: a question about what its headline says gets an
    honest "no", not "I don't know"; a question about another story still gets "unknown"."""
    story = tmp_path / "review.txt"
    story.write_text(
        "Early reviews of the Nimbus streaming console are in, and they are not great\n\n"
        "The Nimbus launches today in twelve countries at a price of 129 euros.\n\n"
        '"We are proud of the team," the company said in a blog post on Monday.\n',
        encoding="utf-8",
    )
    result = run_cli("ingest", str(story), db=db)
    assert result.returncode == 0, result.stderr
    assert ask(db, "who said the nimbus console is not great?")["answer"] == "no"
    assert ask(db, "did the company deny the nimbus reviews?")["answer"] == "no"
    assert ask(db, "who denied that the ferry pier will close?")["answer"] == "unknown"


def test_an_older_story_is_known_by_its_text_when_its_denial_does_not_name_the_topic(
    tmp_path: Path,
    db: str,
) -> None:
    """The denial says only "the man in the video"; the story's text says what the video is.
    Three later stories do not push it out of reach: the stories the search found are read."""
    story = tmp_path / "ferry.txt"
    story.write_text(
        "A Sunday clip goes viral\n\n"
        "A clip filmed on Sunday morning has been viewed two million times.\n\n"
        "A local fisherman posted it at noon from his boat.\n\n"
        "Harbour staff praised the quick response of everyone on board.\n\n"
        "The weather on Sunday was calm, with light winds and a clear sky over the bay.\n\n"
        "Ferries on the northern route ran on time all day, the operator's timetable shows.\n\n"
        "Summer traffic at the harbour has doubled since the new terminal opened in May.\n\n"
        "Local cafes reported their busiest weekend of the year so far.\n\n"
        "The clip shows a ferry captain pulling a swimmer out of the water by the Lindholm pier."
        " The captain looks very much like the actor Tomas Brandt.\n\n"
        "Brandt's agents denied that the man in the video was Brandt.\n",
        encoding="utf-8",
    )
    assert run_cli("ingest", str(story), db=db).returncode == 0
    _three_later_stories(tmp_path, db)
    reply = ask(db, "who denied that Tomas Brandt rescued the swimmer at the Lindholm pier?")
    assert reply["answer"] == "yes"
    assert "denied that the man in the video" in reply["citations"][0]["sentence"]
    # typed in a hurry: the text's words are found behind their typos, and a typo of a
    # stopword ("cliam") names nothing
    typed = ask(db, "who denied the cliam that tomas brandt rescued the swimer at lindholm pier")
    assert typed["answer"] == "yes"


def test_who_said_follows_the_direction_of_the_claim(db: str) -> None:
    """The fake report said the singer died; her publicist said she is alive. Asked who said
    she is alive, the publicist; asked who said she died, the fake report; asked whether the
    Kremlin's spokesman claimed what he denied, no: he said the opposite."""
    ingest(db, "hoax_story.txt", "https://news.example/hart")
    ingest(db, "seed_story.html", HT_URL)
    alive = ask(db, "who said lena hart is alive?")
    assert alive["answer"] == "yes"
    assert "Mark Bellamy" in {c["speaker"] for c in alive["citations"]}
    assert all("claimed that Hart died" not in c["sentence"] for c in alive["citations"])
    died = ask(db, "who said lena hart died?")
    assert [c["speaker"] for c in died["citations"]] == ["fake report"]
    peskov = ask(db, "did peskov claim putin was putting out feelers?")
    assert peskov["answer"] == "no"
    assert "said the opposite" in peskov["text"]


def test_a_plain_question_shows_the_dispute_first(db: str) -> None:
    """ "is it true?" of a fact-check leads with its verdict; "is she alive?" quotes the
    publicist's denial of her death, not only the claim that she died."""
    ingest(db, "hoax_story.txt", "https://news.example/hart")
    alive = ask(db, "is lena hart alive?")
    assert alive["citations"][0]["kind"] == "denial"
    ingest(db, "factcheck_claimreview.html", "https://factcheck.example/claims/dogs")
    true = ask(db, "is it true?")
    assert true["citations"][0]["kind"] == "denial"
    assert "Rating: False" in true["citations"][0]["sentence"]


def test_a_fact_check_site_is_the_fact_checker(db: str) -> None:
    ingest(db, "factcheck_claimreview.html", "https://factcheck.example/claims/dogs")
    said = ask(db, "what did the fact checkers say?")
    assert said["answer"] == "yes"
    assert "Rating: False" in said["citations"][0]["sentence"]


def test_the_story_replied_to_is_the_story_asked_about(db: str) -> None:
    """A question replied to a story is about that story when its text has the question's
    words, even though the denial in it says only "the man in the video"."""
    story = ingest(db, "lookalike_story.txt", "https://courier.example/hallam-airport")
    question = (
        "did anyone deny that Tom Hallam was one of the passengers who tackled the attacker "
        "at the airport?"
    )
    replied = ask(db, question, "--about", str(story))
    assert replied["answer"] == "yes"
    assert [c["speaker"] for c in replied["citations"]][:1] == ["spokeswoman for Hallam"]
    unrelated = ask(db, "did anyone deny that the mayor banned snowmen?", "--about", str(story))
    assert unrelated["answer"] == "no"


def test_a_headline_quote_beside_a_denial_is_what_the_denier_asserts(
    tmp_path: Path, db: str
) -> None:
    """'Rep denies split rumours: "They are very much together"': asked whether anyone denied
    that they are together, the answer is no, the rep denied the opposite; the split itself
    was denied."""
    story = tmp_path / "split.txt"
    story.write_text(
        'Actor\'s agent denies split rumours: "They are very much together"\n\n'
        "Fashion magazine Vogue Lumen claimed last week that the couple had quietly separated.\n\n"
        '"Ana and Theo are very much together," the agent, Rhea Moss, said in a statement.\n',
        encoding="utf-8",
    )
    result = run_cli("ingest", str(story), db=db)
    assert result.returncode == 0, result.stderr
    together = ask(db, "did anyone deny that they are together?")
    assert together["answer"] == "no"
    assert "opposite" in together["text"]
    assert ask(db, "did anyone deny that the couple separated?")["answer"] == "yes"
    said = ask(db, "who said the couple separated?")
    assert [c["speaker"] for c in said["citations"]] == ["Vogue Lumen"]


def test_an_actor_the_held_story_names_is_never_a_story_nobody_covers(
    tmp_path: Path, db: str
) -> None:
    """ "did F1 comment?" of a story that writes "F1" but has no statement by it: the story is
    held, so the answer is "nothing from f1", not "none of the reports covers this story"."""
    story = tmp_path / "f1.txt"
    story.write_text(
        "Streamer in talks to buy F1 rights, report says\n\n"
        "Northwind is in talks to secure the streaming rights for F1 races, according to a "
        "report in the Financial Times on Monday.\n\n"
        "Northwind said it does not comment on rumours.\n",
        encoding="utf-8",
    )
    result = run_cli("ingest", str(story), "--chat", "0", "--jsonl", db=db)
    assert result.returncode == 0, result.stderr
    statements = jsonl(result.stdout)[0]["statements"]
    [lead] = [s for s in statements if "according to a report" in s["sentence"]]
    assert lead["speaker"] == "Financial Times"
    f1 = ask(db, "did f1 comment?")
    assert f1["answer"] == "no"
    boeing = ask(db, "did boeing comment?")
    assert boeing["answer"] == "unknown"
    # nothing but a name asked: what is not known is them, not a story
    assert "I have nothing from boeing in the reports I have read" in boeing["text"]
    assert "covers this story" not in boeing["text"]
    merger = ask(db, "did boeing deny the merger?")
    assert "None of the reports I have read covers this story" in merger["text"]


def test_a_statement_asked_of_a_story_that_never_says_it_is_not_known(db: str) -> None:
    """ "is Putin ill?" of the seed story, which names Putin but never says "ill": "I don't
    know", naming what it does not say, not a list of denials of something else; what the
    story does say is still answered from it."""
    ingest(db, "seed_story.html", HT_URL)
    ill = ask(db, "is putin ill?")
    assert ill["answer"] == "unknown" and ill["citations"] == []
    assert "say nothing of “ill”" in ill["text"]
    feelers = ask(db, "is putin putting out feelers?")
    assert feelers["answer"] != "unknown"
    assert {c["speaker"] for c in feelers["citations"]} & {"Dmitry Peskov", "Kremlin"}


def test_what_someone_named_but_never_quoted_said_shows_where_they_are_named(
    tmp_path: Path, db: str
) -> None:
    """ "what did the UN say?" of a story where the United Nations only "called for" an
    inquiry: not "none of the reports covers this story", but the sentence naming it."""
    story = tmp_path / "market.txt"
    story.write_text(
        "Army says it did not shell market\n\n"
        "The army has said it was not responsible for a deadly attack on a market.\n\n"
        "Rebel spokesman Idris Kamal accused government forces of carrying out the attack.\n\n"
        "The United Nations called for an independent investigation.\n",
        encoding="utf-8",
    )
    assert run_cli("ingest", str(story), db=db).returncode == 0
    un = ask(db, "what did the UN say?")
    assert un["citations"] == [] and un["answer"] in {"no", "unknown"}
    assert "quote nothing from the UN" in un["text"]
    assert "The United Nations called for an independent investigation." in un["text"]
    assert "quote nothing" not in ask(db, "what did idris kamal say?")["text"]
    # one the stories do quote is never said to be quoted nowhere, whatever the story asked
    assert "quote nothing" not in ask(db, "did idris kamal deny the volcano eruption?")["text"]


def test_asked_of_someone_by_name_only_the_stories_naming_them_answer(tmp_path: Path) -> None:
    db = str(tmp_path / "named.db")
    ingest(db, "hospital_story.txt", "https://news.example/hospital")
    hoax = ingest(db, "death_hoax_story.txt", "https://news.example/dalton")
    answer = ask(db, "is ray dalton dead?")
    assert answer["citations"]
    assert {c["article_id"] for c in answer["citations"]} == {hoax}  # not the hospital's dead


def test_a_name_asked_by_its_initials_finds_the_story_spelling_it_out(
    tmp_path: Path, db: str
) -> None:
    """ "what did the UN say?" of an older story where "A United Nations official said …":
    full-text search cannot find "UN" there, yet the official's words are the answer, not
    "none of the reports covers this story", though three later stories came in between."""
    story = tmp_path / "strike.txt"
    story.write_text(
        "Army says strike hit weapons depot\n\n"
        "The army said its jets had destroyed a weapons depot in the town of Karesh.\n\n"
        "A United Nations official said the organisation could not verify the figures.\n",
        encoding="utf-8",
    )
    assert run_cli("ingest", str(story), db=db).returncode == 0
    _three_later_stories(tmp_path, db)
    un = ask(db, "what did the un say?")
    assert [c["speaker"] for c in un["citations"]] == ["United Nations official"]


def test_who_the_woman_is_told_by_a_relative_clause_is_no_part_of_her_name(
    tmp_path: Path, db: str
) -> None:
    """ "did the woman who wrote the post apologise?": the question's verb is "apologise", the
    woman is the one the story calls "the woman who wrote the original post"."""
    share_text(
        tmp_path,
        db,
        "Police dismiss rumours of child abduction\n\n"
        "A post shared 5,000 times claimed that a girl was dragged into a van.\n\n"
        '"There is no evidence that anyone was abducted," Inspector Ruth Kaye said.\n\n'
        "The woman who wrote the original post said she had been told about it by a parent. "
        "She later deleted the post and apologised.\n",
    )
    reply = ask(db, "did the woman who wrote the post apologise?")
    assert reply["answer"] == "yes"
    assert reply["citations"][0]["sentence"] == "She later deleted the post and apologised."


def test_a_compound_asked_as_one_word_finds_the_story_that_hyphenates_it(
    tmp_path: Path, db: str
) -> None:
    """ "ceasefire" asked of a story that writes "cease-fire": searched for by its parts,
    matched by the two written as one."""
    share_text(
        tmp_path,
        db,
        "Army says rebels agreed to truce\n\n"
        "General Amos Dube announced on Friday that the rebels had agreed to a cease-fire.\n\n"
        '"The guns will fall silent tonight," Dube said.\n',
    )
    answer = ask(db, "who announced the ceasefire?")
    assert answer["answer"] == "yes"
    assert any("Dube" in (c.get("speaker") or "") for c in answer["citations"])


def test_she_after_a_share_is_the_woman_of_that_story_and_police_saying_no_is_a_no(
    tmp_path: Path, db: str
) -> None:
    """ "did she deny it?" asks of the one woman who speaks in the story just shared (a
    passenger), not the airline that denied; "was anyone arrested?" is answered "No" by
    police who confirmed they were called "but said no one was arrested"."""
    share_text(tmp_path, db, (FIXTURES / "airline_story.txt").read_text(encoding="utf-8"))
    she = ask(db, "did she deny it?")
    assert she["answer"] == "no"
    assert "no denial by Laura Chen" in she["text"]
    arrested = ask(db, "was anyone arrested?")
    assert arrested["answer"] == "no"
    assert arrested["text"].startswith("<b>No</b>, says Denver police")
    airline = ask(db, "what did the airline say?")
    assert {c["speaker"] for c in airline["citations"]} == {"SkyWest Air"}


def test_is_it_a_myth_of_a_story_just_shared_is_answered_by_its_denials(
    tmp_path: Path, db: str
) -> None:
    """ "is it a myth?" names only the story and how true it is, as "is it fake?" does."""
    share_text(tmp_path, db, (FIXTURES / "microphone_story.txt").read_text(encoding="utf-8"))
    for question in ["is it a myth?", "is this fabricated?"]:
        reply = ask(db, question)
        assert reply["answer"] == "yes"
        assert reply["text"].startswith("<b>Yes</b>, say ")


AIRLINE_STORY = """Airline says pilots' strike will not ground flights

SkyLine chief executive Ryan Kells told reporters on Monday that the company had enough staff \
to keep every route open during the pilots' walkout.

The pilots' union said 70 percent of its members would refuse to work from Thursday.

Union leader Martha Quinn accused the airline of using unqualified crews. "Passengers deserve \
to know who is flying their plane," she said.
"""


def test_what_someone_said_in_other_words_than_asked_is_all_they_said(
    tmp_path: Path, db: str
) -> None:
    share_text(tmp_path, db, AIRLINE_STORY)
    said = ask(db, "what did quinn say about safety?")
    assert said["answer"] == "yes"
    assert said["text"].startswith("I have nothing from Martha Quinn in those words.")
    assert [c["speaker"] for c in said["citations"]] == ["Martha Quinn", "Martha Quinn"]
    assert "accused the airline" in said["citations"][0]["sentence"]
    # somebody the chat's stories never quote is still unknown, the topic still unheld
    assert ask(db, "what did zelensky say about safety?")["answer"] != "yes"


SPRINTER_STORY = """Sprinter banned after positive test, blames supplement

Sprinter Kofi Mensah has been provisionally suspended after testing positive for a banned \
steroid, the Athletics Integrity Unit said on Thursday.

Mensah, 26, denied knowingly taking any prohibited substance. "I have never cheated and I \
never will," he wrote on Instagram, adding that a contaminated supplement was to blame.

The AIU said Mensah's sample contained traces of nandrolone.
"""


def test_who_said_what_a_denier_added_after_his_quote(tmp_path: Path, db: str) -> None:
    """'"I have never cheated," he wrote, adding that a contaminated supplement was to blame':
    the denier said it; "contained" in another sentence is no typo of "contaminated"."""
    share_text(tmp_path, db, SPRINTER_STORY)
    said = ask(db, "did anyone say the supplement was contaminated?")
    assert said["answer"] == "yes"
    assert [c["speaker"] for c in said["citations"]] == ["Kofi Mensah"]
    assert "adding that a contaminated supplement" in said["citations"][0]["sentence"]
    denied = ask(db, "did mensah deny cheating?")
    assert denied["answer"] == "yes"
    assert any("never cheated" in c["sentence"] for c in denied["citations"])


LEMON_STORY = """No, lemon water does not cure cancer

A post shared on Facebook claims that drinking hot lemon water every morning "kills cancer \
cells".

The claim is false, said oncologist Helen Park. "Lemons are healthy, but they are not a \
medicine for cancer," Park said.
"""


def test_a_denier_conceding_what_is_asked_says_yes(tmp_path: Path, db: str) -> None:
    """ "is it true that lemons are healthy?" of "Lemons are healthy, but they are not a
    medicine for cancer": yes, says the one denying something else."""
    share_text(tmp_path, db, LEMON_STORY)
    healthy = ask(db, "is it true that lemons are healthy?")
    assert healthy["answer"] == "yes"
    assert healthy["text"].startswith("<b>Yes</b>, says Helen Park")
    cure = ask(db, "does lemon water cure cancer?")
    assert "Disputed" in cure["text"]


MINISTER_STORY = """Minister rejects claims she used ministry car for family holiday

Transport Minister Ana Ribeiro on Wednesday rejected allegations that she used a government \
car and driver for a family holiday.

The allegations were made by the opposition Liberal Party, which published photographs it said \
showed the minister's official car outside a beach resort.

"These claims are completely false. I paid for every kilometre of that trip myself," Ribeiro \
told parliament.

Her office said the car in the photographs belonged to a private rental company.
"""


def test_what_the_accused_says_plainly_answers_who_said_it(tmp_path: Path, db: str) -> None:
    """The accused's own account after her denial is a statement, yet it says what is asked:
    her office said the car was a rental; she says she paid."""
    share_text(tmp_path, db, MINISTER_STORY)
    rental = ask(db, "who said the car belonged to a rental company?")
    assert rental["answer"] == "yes"
    assert [c["sentence"] for c in rental["citations"]] == [
        "Her office said the car in the photographs belonged to a private rental company."
    ]
    paid = ask(db, "did ribeiro pay for the trip?")
    assert paid["answer"] == "yes"
    assert paid["text"].startswith("<b>Yes</b>, says Ana Ribeiro")
    made = ask(db, "who made the allegations?")
    assert made["answer"] == "yes"
    assert {c["speaker"] for c in made["citations"]} == {"Liberal Party"}


ASSISTANT_STORY = """Tech firm denies it is listening to users

Smartphone maker Orbit has denied a report that its voice assistant records conversations \
without users' consent.

The report, published by the technology website TechWatch, said an Orbit contractor had shared \
recordings of private conversations with its staff.

Orbit said in a statement that recordings were only made after users said the wake word and \
that contractors "never" had access to names or accounts.

Privacy group OpenEye said the report, if true, would show a "serious breach of trust".
"""


def test_the_clause_after_and_that_is_what_is_said(tmp_path: Path, db: str) -> None:
    """ "… only after users said the wake word and that contractors never had access to names":
    the access is denied, not told as background; and a view said plainly answers who said it."""
    share_text(tmp_path, db, ASSISTANT_STORY)
    access = ask(db, "did anyone deny that contractors had access to names?")
    assert access["answer"] == "yes"
    assert access["citations"][0]["sentence"].startswith("Orbit said in a statement")
    trust = ask(db, "who said the report would show a breach of trust?")
    assert trust["answer"] == "yes"
    assert [c["speaker"] for c in trust["citations"]] == ["OpenEye"]


DRONE_STORY = """Army says it downed 12 drones; rebels say none were lost

The army said on Tuesday its air defences had shot down 12 rebel drones overnight.

Rebel spokesman Idris Kamara denied the claim, saying all of the group's drones had returned \
to base.

A local official said debris had fallen on two houses in the town of Belmont, injuring a child.
"""


def test_a_denial_of_one_claim_does_not_deny_what_another_speaker_tells(
    tmp_path: Path, db: str
) -> None:
    """Kamara denied the drones were downed; the injured child is a local official's report
    that nobody disputes: "did kamara deny that a child was injured?" is no."""
    share_text(tmp_path, db, DRONE_STORY)
    child = ask(db, "did kamara deny that a child was injured?")
    assert child["answer"] == "no"
    drones = ask(db, "did kamara deny that the drones were shot down?")
    assert drones["answer"] == "yes"


STRIKE_STORY = """Ministry brands hospital strike report 'propaganda'

The defence ministry on Thursday dismissed as propaganda a claim by rebel fighters that its \
jets had struck a hospital in the northern town of Kessa.

The rebels' media office said 14 patients and two nurses were killed when two missiles hit the \
building late on Wednesday. It published a video that it said showed the damaged wards.

"Our aircraft did not fly over Kessa on Wednesday. The video is old footage from another war," \
ministry spokesman Colonel Ivan Dorn told reporters.
"""


def test_a_denier_countering_with_what_is_asked_said_it(tmp_path: Path, db: str) -> None:
    """ "did anyone deny that the video is old?" of a denial whose quote goes on "The video is
    old footage from another war": no, the spokesman said so; the ministry's general denial
    names nothing asked."""
    share_text(tmp_path, db, STRIKE_STORY)
    old = ask(db, "did anyone deny that the video is old?")
    assert old["answer"] == "no"
    assert old["text"].startswith("<b>No</b> — Colonel Ivan Dorn")
    assert "said so" in old["text"]
    flew = ask(db, "did anyone deny that the jets flew over kessa?")
    assert flew["answer"] == "yes"
    assert "Ivan Dorn" in flew["text"]


APP_STORY = """App maker says no user data was sold, after researcher's claim

A security researcher said on Tuesday that the fitness app Stridely had sold the location data \
of millions of users to advertisers.

In a blog post, the researcher, Nina Sahl, wrote that she had found the data on sale on a \
broker's website for $5,000.

Stridely rejected the claim. "We have never sold user data and we never will," the company said \
in a statement to Reuters.

Update: On Wednesday, Sahl said she had "made a mistake" and that the file she found did not \
contain real users.
"""


def test_an_app_named_like_an_adverb_denies_and_its_accuser_takes_it_back(
    tmp_path: Path, db: str
) -> None:
    """ "Stridely rejected the claim" is Stridely's denial ("-ly" is no adverb here), "the
    company said" is Stridely too, and the researcher's "made a mistake" takes her claim
    back; "she" is the researcher, never the app."""
    share_text(tmp_path, db, APP_STORY)
    denied = ask(db, "did stridely deny selling data?")
    assert denied["answer"] == "yes"
    assert denied["text"].startswith("<b>Yes.</b> Stridely denied it.")
    back = ask(db, "did sahl take back her claim?")
    assert back["answer"] == "yes"
    assert "made a mistake" in back["text"]
    she = ask(db, "what did she say?")
    assert "Nina Sahl" in she["text"]
    assert "Stridely</b>" not in she["text"]


DONOR_STORY = """Senator's office calls donor report 'fake news'

The Capital Ledger reported on Thursday that Senator Ruth Calder's campaign had received \
$200,000 from a foreign donor.

The Federal Election Commission confirmed that it had received a complaint about the \
donations.
"""


@pytest.mark.parametrize("asked", ["what did the fec confirm?", "what did the FEC say?"])
def test_what_an_acronym_confirmed_is_the_story_it_speaks_in(
    tmp_path: Path, db: str, asked: str
) -> None:
    """ "what did the fec confirm?" names no topic: the story is the one the FEC speaks in, not
    "I have nothing from the fec"."""
    share_text(tmp_path, db, DONOR_STORY)
    reply = ask(db, asked)
    assert reply["answer"] != "unknown"
    assert "received a complaint" in reply["text"]


DAM_STORY = """Fact check: No, the Marlow dam has not burst

Posts shared more than 30,000 times claimed that the dam had collapsed and that the town of Esk \
was under water.

"There is no damage to the dam whatsoever," authority spokeswoman Lisa Grant said.
"""


def test_a_word_the_held_story_never_uses_is_named_not_the_story(tmp_path: Path, db: str) -> None:
    """ "is the dam safe?" right after the dam story: the story is held, it never says "safe";
    the reply says that, not that no report covers the story."""
    share_text(tmp_path, db, DAM_STORY)
    safe = ask(db, "is the dam safe?")
    assert safe["answer"] == "unknown"
    assert "say nothing of “safe”" in safe["text"]
    assert "None of the reports" not in safe["text"]
    elsewhere = ask(db, "did the council approve the budget?")  # nothing of it is held
    assert "None of the reports I have read covers this story" in elsewhere["text"]


DRINKS_STORY = """Scientists dispute study linking energy drinks to memory loss

A study published on Monday found that teenagers who drank two or more energy drinks a day \
scored 20 percent lower on memory tests.

Other scientists cast doubt on the findings.

The Beverage Association said the study was "deeply flawed" and that energy drinks were safe.
"""


def test_what_a_denier_says_besides_answers_before_other_denials(tmp_path: Path, db: str) -> None:
    """ "did anyone deny that energy drinks are safe?": no — the Beverage Association said they
    are, denying the study; the scientists' doubts about the study name no safety."""
    share_text(tmp_path, db, DRINKS_STORY)
    safe = ask(db, "did anyone deny that energy drinks are safe?")
    assert safe["answer"] == "no"
    assert safe["text"].startswith("<b>No</b> — Beverage Association")
    study = ask(db, "did anyone dispute the study?")
    assert study["answer"] == "yes"


PILOTS_STORY = """Airline denies pilots were drunk, says crew passed tests

Harbour Air on Thursday denied a union claim that two of its pilots had been drunk before a \
flight to Lisbon.

The pilots' union, BALPA, said in a letter to members that the two captains had been "visibly \
intoxicated" when they reported for duty on Sunday.

"Both pilots passed breath tests before the flight and the flight landed safely," a Harbour Air \
spokesman said.

The airline said it had suspended neither pilot.
"""


def test_the_accused_account_answers_what_its_denial_does_not_name(tmp_path: Path, db: str) -> None:
    """The airline denies drunkenness and says the pilots passed breath tests: nobody denied
    they passed; asked whether it suspended them, its own "neither" is the answer."""
    share_text(tmp_path, db, PILOTS_STORY)
    tests = ask(db, "did anyone deny that the pilots passed breath tests?")
    assert tests["answer"] == "no"
    assert tests["text"].startswith("<b>No</b> — Harbour Air spokesman said so")
    drunk = ask(db, "did anyone deny that the pilots were drunk?")
    assert drunk["answer"] == "yes"
    suspended = ask(db, "did the airline suspend the pilots?")
    assert suspended["answer"] == "no"
    assert suspended["text"].startswith("<b>No</b>, says Harbour Air")


JOBS_STORY = """Tech firm denies it will cut 2,000 jobs

Software maker Nordlight on Monday denied a report by business website TechLedger that it \
planned to cut 2,000 jobs.

TechLedger, citing three unnamed employees, said managers had been told to draw up lists of \
staff to let go before Christmas.

However, a company spokesman confirmed that the firm would close its office in Leeds and offer \
the staff jobs elsewhere.
"""


def test_a_confirmation_of_what_is_asked_answers_did_anyone_deny_it(
    tmp_path: Path, db: str
) -> None:
    """ "did anyone deny that the Leeds office will close?": no — the company confirmed it;
    its denial of job cuts names no Leeds office."""
    share_text(tmp_path, db, JOBS_STORY)
    leeds = ask(db, "did anyone deny that the leeds office will close?")
    assert leeds["answer"] == "no"
    assert leeds["text"].startswith("<b>No</b> — company spokesman")
    assert "confirmed it" in leeds["text"]
    cuts = ask(db, "did anyone deny that nordlight will cut 2,000 jobs?")
    assert cuts["answer"] == "yes"


CYCLIST_STORY = """Cyclist vows to clear his name after positive test

Olympic cyclist Marco Bellini has denied taking banned substances.

The International Cycling Union said on Friday that a sample taken from Bellini in March \
contained traces of EPO and that he had tested positive.
"""


def test_what_a_statement_tells_as_background_is_not_what_its_speaker_said(
    tmp_path: Path, db: str
) -> None:
    """ "who said he tested positive?": the cycling union, not the cyclist whose headline vow
    tells the positive test as background ("… after positive test")."""
    share_text(tmp_path, db, CYCLIST_STORY)
    positive = ask(db, "who said he tested positive?")
    assert positive["text"].startswith("<b>Reported by:</b> International Cycling Union")
    assert "Bellini</b>" not in positive["text"]


JET_STORY = """Minister accused of using state jet for family holiday

Transport minister Helen Marsh used a government jet to fly her family to a holiday in \
Sardinia last summer, the Sunday Courier reported, citing flight logs.

The newspaper said the flight cost taxpayers about 48,000 pounds and that Marsh's husband and \
two children were on board.

A spokeswoman for the Department for Transport dismissed the report as "baseless", saying the \
minister had flown to Sardinia for a meeting of European transport ministers.

"Every penny was paid back," Marsh told reporters on Monday. "I have nothing to hide."
"""


def test_a_denial_of_one_sentence_of_a_report_denies_the_report(tmp_path: Path, db: str) -> None:
    """Marsh's "I have nothing to hide" answers the Courier's second sentence and names
    nothing of it: it rejects the Courier's report, the jet and the holiday of its first
    sentence too. Her department's spokeswoman is not she ("Transport minister" names no
    organisation "Transport" that the Department for Transport would end with)."""
    share_text(tmp_path, db, JET_STORY)
    answer = ask(db, "did marsh deny using the jet for a holiday?")
    assert answer["answer"] == "yes"
    assert {c["speaker"] for c in answer["citations"]} == {"Helen Marsh"}


SPLIT_STORY = """Pop star Kira Vance slams split rumours

Celebrity website StarWire claimed on Tuesday that Kira Vance and her husband had separated.

Vance took to Instagram on Wednesday to deny the story.

StarWire did not respond to a request for comment. The site has not removed the article.
"""


def test_a_site_that_has_not_removed_its_article_took_nothing_back(tmp_path: Path, db: str) -> None:
    share_text(tmp_path, db, SPLIT_STORY)
    assert ask(db, "did starwire retract the story?")["answer"] == "no"
    apart = ask(db, "did anyone deny that they separated?")
    assert apart["answer"] == "yes"
    assert {c["speaker"] for c in apart["citations"]} == {"Kira Vance"}


UNION_STORY = """Fact check: Lumen Bank is not closing 300 branches

A viral post claimed Lumen Bank will close 300 branches and cut 5,000 jobs.

A bank spokeswoman, Carla Diaz, said the claim was "simply wrong".

The bank's workers' union, Unite Finance, said it had not been told of any job cuts.
"""


def test_one_who_was_not_told_said_nothing_either_way(tmp_path: Path, db: str) -> None:
    """The union had not been told of job cuts: it neither denies nor confirms them, and it
    did not refuse to say (that is "would not say")."""
    share_text(tmp_path, db, UNION_STORY)
    answer = ask(db, "did unite finance deny the job cuts?")
    assert answer["answer"] == "no"
    assert answer["text"].startswith("<b>No</b> — Unite Finance said nothing either way:")
