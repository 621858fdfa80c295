"""`counterclaim timeline` end to end: two pages over HTTP on 127.0.0.1, a real SQLite file or
PostgreSQL database, a real process; by question and by article, as text and JSON, in the
right chat only."""

from __future__ import annotations

import json

from tests.helpers import PageServer, run_cli


def test_timeline_by_question_and_by_article(site: PageServer, db: str) -> None:
    for path in ("/ledger/putin-talks.html", "/world/putin-feelers.html"):
        assert run_cli("ingest", site.url(path), "--chat", "7", db=db).returncode == 0
    asked = run_cli("timeline", "what happened with the bloomberg report?", "--chat", "7",
                    "--json", db=db)  # fmt: skip
    assert asked.returncode == 0, asked.stderr
    found = json.loads(asked.stdout)
    steps = found["steps"]
    assert [(s["date"], s["kind"], s["speaker"]) for s in steps[:3]] == [
        ("2024-01-25", "reported", "Bloomberg"),
        ("2024-01-25", "declined to comment", "White House"),  # "did not immediately respond"
        ("2024-01-26", "denied", "Kremlin"),
    ]
    assert set(steps[0]) == {"date", "kind", "speaker", "sentence", "article_id", "url"}
    assert steps[0]["url"] == site.url("/ledger/putin-talks.html")
    assert found["status"] == "denied"
    assert found["status_line"].startswith("Denied by Kremlin")

    by_article = run_cli("timeline", "2", "--chat", "7", db=db)
    assert by_article.returncode == 0, by_article.stderr
    assert "Reported by Bloomberg" in by_article.stdout
    assert "Now: Denied by Kremlin and Dmitry Peskov; not confirmed by anyone since." in (
        by_article.stdout
    )

    missing = run_cli("timeline", "99", "--chat", "7", db=db)
    assert missing.returncode == 1 and "no such article shared in chat 7" in missing.stderr
    elsewhere = run_cli("timeline", "status of the bloomberg report", "--json", db=db)
    assert elsewhere.returncode == 1
    assert json.loads(elsewhere.stdout)["steps"] == []
