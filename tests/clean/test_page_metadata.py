"""Author and date wherever a page states them, on pages written for these tests: one page per
way of stating them (JSON-LD, OpenGraph, meta tags, <time>, bylines, rel=author, Dublin Core,
itemprop)."""

from __future__ import annotations

import pytest
import trafilatura

from bot.clean.article import article_from_html
from bot.clean.page_metadata import page_metadata
from tests.helpers import FIXTURES, fixture_text

PAGES = sorted(path.name for path in (FIXTURES / "metadata").glob("*.html"))
WITH_TIME = {"json_ld.html", "opengraph.html", "time_tag.html", "itemprop.html"}


def test_there_is_one_page_per_way_of_stating_them() -> None:
    assert len(PAGES) == 8


@pytest.mark.parametrize("name", PAGES)
def test_author_and_date_found(name: str) -> None:
    meta = page_metadata(fixture_text(f"metadata/{name}"), "https://courier.example/mill-point")
    assert meta.author == "Jane Roe"
    expected = "2024-03-05T09:30:00+01:00" if name in WITH_TIME else "2024-03-05"
    assert meta.published == expected


@pytest.mark.parametrize("name", PAGES)
def test_found_wherever_trafilatura_finds_them(name: str) -> None:
    html = fixture_text(f"metadata/{name}")
    theirs = trafilatura.extract_metadata(html)
    ours = page_metadata(html)
    assert bool(ours.author) >= bool(theirs.author)
    assert bool(ours.published) >= bool(theirs.date)


def test_a_byline_in_a_meta_tag_loses_its_by() -> None:
    html = '<html><head><meta name="author" content="By Jan Berg"></head><body></body></html>'
    assert page_metadata(html).author == "Jan Berg"


def test_a_page_without_author_or_date_gets_none() -> None:
    html = "<html><head><title>Notes</title></head><body><p>Some notes.</p></body></html>"
    meta = page_metadata(html)
    assert (meta.author, meta.published) == (None, None)


def test_the_article_carries_them() -> None:
    article = article_from_html(fixture_text("metadata/byline.html"), "https://courier.example/a")
    assert (article.author, article.published) == ("Jane Roe", "2024-03-05")
    assert article.text.startswith("The river authority said on Tuesday")
