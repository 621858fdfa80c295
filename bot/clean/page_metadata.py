"""A page's metadata: our JSON-LD / OpenGraph reader first, then trafilatura's reader (bylines,
rel=author, itemprop, Dublin Core, htmldate) for an author or date the first leaves empty."""

from __future__ import annotations

from dataclasses import replace

import trafilatura
from bs4 import BeautifulSoup
from lxml.etree import LxmlError

from bot.clean.metadata import extract_metadata, normalise_date, parse_html
from bot.models import Metadata


def page_metadata(html: str, url: str | None = None, soup: BeautifulSoup | None = None) -> Metadata:
    """Title, site, author, published time, language and canonical URL of an HTML page
    (`soup`: the page already parsed, if it is)."""
    meta = extract_metadata(soup if soup is not None else parse_html(html))
    if meta.author and meta.published:
        return meta
    try:
        found = trafilatura.extract_metadata(html, default_url=url)
    except (LxmlError, ValueError, TypeError):
        found = None
    if found is None:
        return meta
    return replace(
        meta,
        author=meta.author or (found.author or "").strip() or None,
        published=meta.published or normalise_date(found.date),
    )
