"""`counterclaim ask` end to end on a real database (SQLite and PostgreSQL): the seed
questions, across articles, per chat, and the batch form."""

from __future__ import annotations

import json
from pathlib import Path

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


def ask(db: Path | str, question: str, *extra: str) -> dict:
    result = run_cli("ask", question, "--json", *extra, db=db)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


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
