"""A fact-check's ClaimReview JSON-LD becomes a rating line, and that line the outlet's denial."""

from __future__ import annotations

from pathlib import Path

from bot.clean.article import article_from_html
from bot.clean.claim_review import rating_lines
from bot.clean.metadata import parse_html
from bot.ingest import statements_of
from bot.statements.verdict import OWN_VOICE_CUE

PAGE = (Path(__file__).parents[1] / "fixtures" / "factcheck_claimreview.html").read_text()


def test_the_rating_line_names_claim_claimant_and_rating() -> None:
    assert rating_lines(parse_html(PAGE)) == [
        "Claim (Evening Courier): Pope Francis told a boy that all dogs go to heaven "
        "— Rating: False"
    ]


def test_a_page_without_claim_review_has_no_rating_line() -> None:
    assert rating_lines(parse_html("<html><body><p>Nothing here.</p></body></html>")) == []


def test_the_rating_is_the_sites_denial() -> None:
    article = article_from_html(PAGE, "https://checkworthy.example/pope-dogs")
    assert article.text.endswith("— Rating: False")
    verdicts = [s for s in statements_of(article) if s.cue == OWN_VOICE_CUE]
    assert [(s.kind, s.speaker) for s in verdicts] == [("denial", "Checkworthy")]
    assert "all dogs go to heaven" in verdicts[0].sentence
