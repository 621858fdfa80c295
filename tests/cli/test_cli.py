"""The command line end to end: real HTTP on 127.0.0.1, a real SQLite file, real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, PageServer, jsonl, rows, run_cli

SEED_TITLE = "Is Vladimir Putin ‘putting out feelers’ to US on Ukraine war talks?"
SEED_FURNITURE = [
    "close_game",
    "Stay tuned",
    "Click here",
    "Read more",
    "Login Now",
    "SHARE",
    "Share this article",
    "Copy",
    "Sign In",
    "© 2024",
    "All rights reserved",
    "Follow Us On",
    "Subscribe Now",
    "Story Saved",
    "Join Hindustan Times",
    "Advertisement",
]


def test_seed_page_ingests_to_the_right_article(site: PageServer, db: str) -> None:
    url = site.url("/world/putin-feelers.html?utm_source=telegram")
    result = run_cli("ingest", url, "--jsonl", db=db)
    assert result.returncode == 0, result.stderr
    [record] = jsonl(result.stdout)
    assert record["source"] == url and record["error"] is None and record["article_id"] == 1
    assert record["title"] == SEED_TITLE
    assert record["site"] == "Hindustan Times"
    assert record["published"] == "2024-01-26T15:43:00+05:30"
    assert record["language"] == "en" and record["author"] == "Reuters"
    # the page declares another site's canonical URL, which a page may not claim
    assert record["url"] == site.url("/world/putin-feelers.html")
    paragraphs = record["text"].split("\n")
    expected = [
        "The Kremlin on Friday denied a Bloomberg report that President Vladimir Putin",
        'The Bloomberg report said Putin was "testing the waters"',
        "It cited two people close to the Kremlin as saying Putin",
        "Kremlin spokesman Dmitry Peskov was asked by reporters about the story",
        '"No, this is a wrong report. It absolutely does not correspond to reality," Peskov said.',
    ]
    starts = [next(i for i, p in enumerate(paragraphs) if p.startswith(e)) for e in expected]
    assert starts == sorted(starts) and paragraphs[-1] == expected[-1]
    for line in paragraphs:
        for furniture in SEED_FURNITURE:
            assert furniture not in line, line
    summary = record["summary"]
    assert "The Kremlin on Friday denied a Bloomberg report" in summary
    assert 3 <= summary.count(". ") + 1 <= 6
    assert not any(f in summary for f in ("Read more", "Click here", "Login"))


def test_the_same_story_twice_is_one_article(site: PageServer, db: str) -> None:
    first = run_cli("ingest", site.url("/world/putin-feelers.html"), db=db)
    again = run_cli("ingest", site.url("/world/putin-feelers.html?fbclid=abc#top"), db=db)
    assert first.returncode == again.returncode == 0
    assert "already stored for this chat" in again.stdout
    assert rows(db, "SELECT count(*) FROM articles") == [(1,)]
    assert rows(db, "SELECT state FROM ingest_queue") == [("done",)]
    assert site.hits == {"/world/putin-feelers.html": 1}  # no second fetch


def test_bad_sources_fail_one_line_each_and_the_rest_is_stored(
    site: PageServer, tmp_path: Path, db: str
) -> None:
    sources = [
        site.url("/ledger/putin-talks.html"),
        str(tmp_path / "missing.html"),
        site.url("/gone.html"),
        site.url("/report.pdf"),
        site.url("/empty.html"),
        "ftp://example.com/story",
        "http://example.com:99999/story",
        site.url("/story.txt"),
    ]
    result = run_cli("ingest", *sources, "--jsonl", db=db)
    assert result.returncode == 1
    records = jsonl(result.stdout)
    assert [r["source"] for r in records] == sources
    errors = [r["error"] for r in records]
    assert errors[0] is None and errors[-1] is None
    assert errors[1] == "no such file"
    assert "404" in errors[2]
    assert "application/pdf" in errors[3]
    assert "no article text" in errors[4]
    assert "http and https" in errors[5]
    assert errors[6] == "not a valid link: port 99999 does not exist"
    for source, error in zip(sources[1:7], errors[1:7], strict=True):
        assert f"{source}: {error}" in result.stderr.splitlines()
    assert rows(db, "SELECT count(*) FROM articles") == [(2,)]
    assert rows(db, "SELECT state, last_error IS NOT NULL FROM ingest_queue ORDER BY id") == [
        ("done", 0),
        ("failed", 1),
        ("failed", 1),
        ("failed", 1),
        ("failed", 1),  # the bad port: accepted as a link, refused by the fetcher
        ("done", 0),
    ]


def test_a_private_address_is_refused_without_the_setting(site: PageServer, tmp_path: Path) -> None:
    result = run_cli(
        "ingest", site.url("/world/putin-feelers.html"), db=tmp_path / "cc.db", allow_private=False
    )
    assert result.returncode == 1
    assert "127.0.0.1" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert site.hits == {}


def test_files_with_url_list_and_show(db: str) -> None:
    page = str(FIXTURES / "bloomberg_claim.html")
    story = str(FIXTURES / "plain_story.txt")
    stored = run_cli("ingest", page, "--url", "https://dailyledger.example/x?utm_medium=tg", db=db)
    assert stored.returncode == 0, stored.stderr
    text = run_cli("ingest", story, "--jsonl", db=db)
    [record] = jsonl(text.stdout)
    assert record["title"] == "Harbour authority denies plan to close the old ferry pier"
    assert record["url"] is None
    assert "Read more" not in record["text"]
    listing = run_cli("list", db=db).stdout.splitlines()
    assert len(listing) == 2 and listing[0].startswith("#2")
    shown = run_cli(
        "show", "https://dailyledger.example/world/2024/01/25/putin-feelers-us-talks", db=db
    )
    assert shown.returncode == 0 and "The Daily Ledger" in shown.stdout
    assert json.loads(run_cli("show", "1", "--json", db=db).stdout)["article_id"] == 1
    seed = run_cli(
        "ingest",
        str(FIXTURES / "seed_story.html"),
        "--jsonl",
        "--url",
        "https://www.hindustantimes.com/x?utm_source=tg",
        db=db,
    )
    assert jsonl(seed.stdout)[0]["url"] == (
        "https://www.hindustantimes.com/world-news/"
        "is-vladimir-putin-putting-out-feelers-to-us-on-ukraine-war-talks-101706263998364.html"
    )
    missing = run_cli("show", "99", db=db)
    assert missing.returncode == 1 and "no such article" in missing.stderr


def test_extract_stores_nothing_and_reports_empty_pages(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    db = tmp_path / "cc.db"
    result = run_cli("extract", str(FIXTURES / "seed_story.html"), str(empty), "--jsonl", db=db)
    assert result.returncode == 0, result.stderr
    seed, blank = jsonl(result.stdout)
    assert seed["title"] == SEED_TITLE and seed["error"] is None and "article_id" not in seed
    assert blank["text"] == "" and blank["error"]
    assert not db.exists()
    assert run_cli("extract", str(tmp_path / "nope.html"), db=db).returncode == 1


def test_db_option_after_the_command_and_env(tmp_path: Path) -> None:
    db = tmp_path / "after.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("COUNTERCLAIM_")}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ingest", str(FIXTURES / "plain_story.txt"), "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert rows(db, "SELECT count(*) FROM articles") == [(1,)]


def test_run_without_a_token_explains_what_to_do(tmp_path: Path) -> None:
    result = run_cli("run", db=tmp_path / "cc.db")
    assert result.returncode != 0
    assert "@BotFather" in result.stdout and "counterclaim ingest" in result.stdout


@pytest.mark.parametrize("argv", [["--help"], ["ingest", "--help"]])
def test_help(argv: list[str], tmp_path: Path) -> None:
    assert run_cli(*argv, db=tmp_path / "cc.db").returncode == 0


def test_analyze_the_seed_page_finds_the_claim_and_both_denials(tmp_path: Path) -> None:
    result = run_cli("analyze", str(FIXTURES / "seed_story.html"), "--jsonl", db=tmp_path / "x.db")
    assert result.returncode == 0, result.stderr
    [record] = jsonl(result.stdout)
    statements = record["statements"]
    claims = [s for s in statements if s["kind"] == "claim" and s["speaker"] == "Bloomberg"]
    assert claims, statements
    bloomberg = statements.index(claims[0])
    anonymous = [s for s in statements if s["anonymous"] and s["kind"] == "claim"]
    assert anonymous and "close to the Kremlin" in anonymous[0]["speaker"]
    kremlin = [s for s in statements if s["kind"] == "denial" and s["speaker"] == "Kremlin"]
    peskov = [s for s in statements if s["kind"] == "denial" and s["speaker"] == "Dmitry Peskov"]
    assert kremlin and peskov and all(s["org"] == "Kremlin" for s in peskov)
    assert peskov[0]["quote"].startswith("No, this is a wrong report.")
    assert {s["target"] for s in kremlin + peskov} == {bloomberg}
    for s in statements:  # every sentence and quote is verbatim
        assert s["sentence"] in record["text"]
        assert s["quote"] is None or s["quote"] in record["text"]
    assert not (tmp_path / "x.db").exists()


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """`counterclaim list | head -1`: when the pipe's reader is gone, the command ends quietly."""
    db = tmp_path / "cc.db"
    assert run_cli("ingest", str(FIXTURES / "bakery_story.txt"), db=db).returncode == 0
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has already gone: every write fails with EPIPE
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COUNTERCLAIM_", "TELEGRAM_"))}
    try:
        result = subprocess.run(
            [sys.executable, "-m", "bot", "--db", str(db), "ask", "did jones deny it?"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert result.returncode == 0
    assert "Traceback" not in result.stderr
