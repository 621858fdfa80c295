"""Furniture lines are recognised; article prose is left alone."""

import pytest

from bot.clean.article import article_from_text
from bot.clean.furniture import DATA_FILE, drop_furniture, is_furniture, parse_patterns
from bot.text import lexicon

FURNITURE = [
    "Stay tuned for all the latest updates on the summit! Click here",
    "Read more: Minister arrives at hospital for routine procedure: what we know so far",
    "READ MORE",
    "Also read: Five things to know about the budget",
    "Unlock a world of Benefits! From newsletters to news alerts, it's all here - Login Now!",
    "SHARE THIS ARTICLE ON",
    "Share this article",
    "SHARE",
    "Copy",
    "Already have an account? Sign In",
    "© 2024 Example Times",
    "Copyright © Example Media Ltd. All rights reserved.",
    "Follow Us On",
    "Start 14 Days Free Trial Subscribe Now",
    "Story Saved",
    "Sign up for our newsletter",
    "Subscribe now",
    "Log in",
    "Advertisement",
    "Story continues below",
    "Recommended",
    "Download the app for the latest news",
    "Photo: Reuters",
    "- Share on Facebook",
    "Lesen Sie auch: Die Regierung plant neue Steuern",
    "Anzeige",
    "Leia também: Governo anuncia novo pacote",
    "Publicidad",
    "Читайте также: Правительство объявило новые меры",
    "Baca juga: Pemerintah umumkan kebijakan baru",
    "Leggi anche",
    "Tags",
    "Published March 5, 2024",
    "Updated: 12:04 GMT, 5 March 2024",
    "Posted on 2024-03-05 by admin",
    "Last updated Tue 5 Mar 2024 09.30 GMT",
    "Home | News | Business | Sport",
    "Facebook Twitter WhatsApp Email",
    "Image caption: The Luna doll was last year's bestselling toy",
]

PROSE = [
    'The ministry on Friday denied a newspaper report that the president was "putting out'
    ' feelers" to rivals for possible talks on ending the dispute.',
    '"No, this is a wrong report. It absolutely does not correspond to reality," the'
    " spokesman said.",
    "Visitors who click here and there on the old site often get lost, the designer said,"
    " which is why the menu was rebuilt from scratch last spring.",
    '"We never told anyone to subscribe to anything," she said, adding that the company'
    " had stopped sending e-mails in March.",
    "Reuters reported on Tuesday that the deal had collapsed.",
    "Copyright lawyers say the ruling will be appealed.",
    "Related research has shown that the effect is small.",
    "Follow-up studies are planned for next year.",
    "Share prices fell sharply on Monday after the announcement.",
    "Die Regierung will die Steuern im kommenden Jahr senken, sagte der Minister.",
    "Updated figures from 2023 show a drop in crossings.",
    "Published in 2019, the report found that most ferries ran late.",
    "Posted on March 5, 2024, the video has been viewed two million times since then.",
    "Facebook said it removed the post.",
    "The vote was 12 | 3 in favour of the plan which passed.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines_are_recognised(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", PROSE)
def test_prose_is_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_empty_line_is_not_furniture() -> None:
    assert not is_furniture("   ")


def test_drop_furniture_keeps_order() -> None:
    paragraphs = ["First real paragraph.", "Advertisement", "Second real paragraph.", "SHARE"]
    assert drop_furniture(paragraphs) == ["First real paragraph.", "Second real paragraph."]


def test_every_data_line_is_commented_and_compiles() -> None:
    import re

    for raw in lexicon.text(DATA_FILE).splitlines():
        if raw.strip() and not raw.startswith("#"):
            assert re.search(r"\s{2,}#\s\S", raw), f"entry without a comment: {raw}"
    for pattern in parse_patterns(lexicon.text(DATA_FILE)):
        re.compile(pattern, re.IGNORECASE)


def test_parse_patterns_strips_comments() -> None:
    text = "# header\n\n^read more\\b  # teaser links\n"
    assert parse_patterns(text) == ["^read more\\b"]


def test_a_pasted_story_opening_with_share_buttons_keeps_its_headline() -> None:
    """Copied from a page, a story may open with its share bar: the headline is the first
    line that is no furniture, and the buttons are no part of the text."""
    pasted = (
        "Share this article\nCopy link\nFerry operator denies safety cover-up after sinking\n"
        "Ferry operator Kerran Lines has denied covering up safety problems on the Island Star."
    )
    article = article_from_text(pasted)
    assert article.title == "Ferry operator denies safety cover-up after sinking"
    assert "Share this article" not in article.text and "Copy link" not in article.text
