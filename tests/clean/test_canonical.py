"""Canonical URLs: tracking parameters and fragments dropped; a page's canonical link trusted
only on its own site."""

from __future__ import annotations

from bot.clean.canonical import canonical_url, clean_url, is_tracking_param


def test_tracking_parameters_and_fragment_are_dropped() -> None:
    url = "HTTPS://News.Example:443/a/story?utm_source=tg&id=7&fbclid=x&gclid=y#comments"
    assert clean_url(url) == "https://news.example/a/story?id=7"


def test_tracking_list_has_prefixes_and_names() -> None:
    assert is_tracking_param("utm_campaign") and is_tracking_param("FBCLID")
    assert not is_tracking_param("id") and not is_tracking_param("page")


def test_declared_canonical_on_the_same_site_wins() -> None:
    page = "https://m.news.example/story?utm_medium=social"
    assert canonical_url(page, "https://www.news.example/story") == "https://www.news.example/story"
    assert canonical_url(page, "/story-canonical") == "https://m.news.example/story-canonical"


def test_a_page_cannot_claim_another_sites_story() -> None:
    assert canonical_url("https://copycat.example/x", "https://news.example/x") == (
        "https://copycat.example/x"
    )


def test_no_url_at_all() -> None:
    assert canonical_url(None, None) is None
    assert canonical_url(None, "https://news.example/x") == "https://news.example/x"


def test_a_malformed_link_comes_back_as_given() -> None:
    assert clean_url(" http://example.com:99999/a ") == "http://example.com:99999/a"
    assert clean_url("http://[::1/a") == "http://[::1/a"
