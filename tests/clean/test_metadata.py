"""Metadata from JSON-LD, OpenGraph and meta tags, on pages written for these tests."""

from __future__ import annotations

from bot.clean.metadata import extract_metadata, normalise_date, parse_html
from tests.helpers import fixture_text


def meta_of(html: str):
    return extract_metadata(parse_html(html))


def test_seed_page_metadata() -> None:
    meta = meta_of(fixture_text("seed_story.html"))
    assert meta.title == "Is Vladimir Putin ‘putting out feelers’ to US on Ukraine war talks?"
    assert meta.site == "Hindustan Times"
    assert meta.author == "Reuters"
    assert meta.published == "2024-01-26T15:43:00+05:30"
    assert meta.language == "en"
    assert meta.canonical_url and meta.canonical_url.endswith("-101706263998364.html")


def test_json_ld_graph_with_several_authors() -> None:
    html = """<html><head><script type="application/ld+json">
    {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
     {"@type":["NewsArticle"],"headline":"Bridge to close",
      "datePublished":"2023-05-02T08:00:00-04:00",
      "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chan"}],
      "publisher":{"@type":"Organization","name":"The Courier"},"inLanguage":"en-US"}]}
    </script></head><body></body></html>"""
    meta = meta_of(html)
    assert (meta.title, meta.site, meta.author) == (
        "Bridge to close",
        "The Courier",
        "Ann Lee, Bo Chan",
    )
    assert (meta.published, meta.language) == ("2023-05-02T08:00:00-04:00", "en")


def test_broken_json_ld_falls_back_to_meta_tags() -> None:
    html = """<html lang="de-DE"><head><title>Brücke gesperrt | Kurier</title>
    <script type="application/ld+json">{not json</script>
    <meta name="author" content="Jan Berg">
    <meta property="article:published_time" content="2023-05-02">
    </head><body></body></html>"""
    meta = meta_of(html)
    assert (meta.title, meta.author, meta.published, meta.language) == (
        "Brücke gesperrt",
        "Jan Berg",
        "2023-05-02",
        "de",
    )


def test_dates_keep_their_offset_or_are_dropped() -> None:
    assert normalise_date("2024-01-26T10:13:00Z") == "2024-01-26T10:13:00+00:00"
    assert normalise_date("2024-01-26T15:43:00.000+0530") == "2024-01-26T15:43:00+05:30"
    assert normalise_date("Fri, 26 Jan 2024 10:13:00 +0000") == "2024-01-26T10:13:00+00:00"
    assert normalise_date("last Tuesday") is None


def test_the_site_named_only_in_the_title_tag() -> None:
    page = "<html><head><title>Harbour deal collapses - The Northern Courier</title></head></html>"
    meta = extract_metadata(parse_html(page))
    assert (meta.title, meta.site) == ("Harbour deal collapses", "The Northern Courier")
    bare = "<html><head><title>Harbour deal collapses</title></head></html>"
    assert extract_metadata(parse_html(bare)).site is None
    named = (
        '<html><head><meta property="og:site_name" content="Courier">'
        "<title>Harbour deal collapses - The Northern Courier</title></head></html>"
    )
    assert extract_metadata(parse_html(named)).site == "Courier"
