"""Article metadata from JSON-LD (`NewsArticle`), OpenGraph and meta tags, via beautifulsoup4."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from bs4 import BeautifulSoup, Tag

from bot.models import Metadata

_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "blogposting",
    "liveblogposting",
    "scholarlyarticle",
    "socialmediaposting",
    "webpage",
}
_DATE_FORMATS = (
    "%Y-%m-%dT%H:%M:%S%z",
    "%Y-%m-%d %H:%M:%S%z",
    "%Y-%m-%d %H:%M:%S",
    "%a, %d %b %Y %H:%M:%S %z",
    "%b %d, %Y %I:%M %p",
    "%B %d, %Y",
    "%d %B %Y",
)
_SPACES = re.compile(r"\s+")
_BY = re.compile(r"^by\s+", re.IGNORECASE)  # "By Jane Roe" in a meta tag
MAX_TITLE_SITE = 40  # a longer tail after " - " in a <title> is part of the headline


def parse_html(html: str) -> BeautifulSoup:
    """One parse of the page, shared by the metadata readers."""
    return BeautifulSoup(html, "lxml")


def extract_metadata(soup: BeautifulSoup) -> Metadata:
    """Title, site, author, published time, language and declared canonical URL of a page."""
    ld = _article_ld(soup)
    meta = _meta_tags(soup)
    return Metadata(
        title=_first(_text(ld.get("headline")), meta.get("og:title"), meta.get("twitter:title"))
        or _title_tag(soup, meta.get("og:site_name")),
        site=_first(
            meta.get("og:site_name"),
            ld_name(ld.get("publisher")),
            meta.get("application-name"),
            _title_site(soup),
        ),
        author=_without_by(
            _authors(ld.get("author")),
            meta.get("author"),
            meta.get("article:author") if not _is_url(meta.get("article:author")) else None,
            meta.get("byl"),
            meta.get("dc.creator"),
        ),
        published=_first(
            *(
                normalise_date(v)
                for v in (
                    _text(ld.get("datePublished")),
                    meta.get("article:published_time"),
                    meta.get("og:article:published_time"),
                    meta.get("datepublished"),  # <meta itemprop="datePublished">
                    meta.get("pubdate"),
                    meta.get("publishdate"),
                    meta.get("date"),
                    meta.get("dc.date.issued"),
                    meta.get("dc.date"),
                    _time_tag(soup),
                )
            )
        ),
        language=_language(soup, ld, meta),
        canonical_url=_first(_canonical_link(soup), meta.get("og:url")),
    )


def _without_by(*values: str | None) -> str | None:
    """The first non-empty author value, without a byline's leading "By "."""
    name = _first(*values)
    return _first(_BY.sub("", name)) if name else None


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and value.strip():
            return _SPACES.sub(" ", value).strip()
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, str) else None


def _is_url(value: str | None) -> bool:
    return bool(value) and value.strip().startswith(("http://", "https://"))  # type: ignore[union-attr]


def ld_name(value: Any) -> str | None:
    """The name of a JSON-LD value: a string, an object's `name`, the first of a list."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _authors(value: Any) -> str | None:
    items = value if isinstance(value, list) else [value]
    names = [n for n in (ld_name(item) for item in items) if n and not _is_url(n)]
    unique = list(dict.fromkeys(n.strip() for n in names))
    return ", ".join(unique) or None


def ld_objects(soup: BeautifulSoup) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object on the page, those inside lists and `@graph` included."""
    for script in soup.find_all("script", type=re.compile(r"ld\+json", re.I)):
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, TypeError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)


def ld_types(item: dict[str, Any]) -> set[str]:
    """A JSON-LD object's `@type`s, lower case."""
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _article_ld(soup: BeautifulSoup) -> dict[str, Any]:
    """The most article-like JSON-LD object of the page (a `NewsArticle` before a `WebPage`)."""
    best: dict[str, Any] = {}
    best_rank = len(_ARTICLE_TYPES) + 1
    order = ["newsarticle", "reportagenewsarticle", "analysisnewsarticle", "article"]
    for item in ld_objects(soup):
        kinds = ld_types(item) & _ARTICLE_TYPES
        if not kinds:
            continue
        rank = min((order.index(k) if k in order else len(order)) for k in kinds)
        if rank < best_rank:
            best, best_rank = item, rank
    return best


def _meta_tags(soup: BeautifulSoup) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        value = tag.get("content")
        if isinstance(key, str) and isinstance(value, str) and value.strip():
            found.setdefault(key.strip().lower(), value.strip())
    return found


def _title_splits(soup: BeautifulSoup) -> tuple[str, list[tuple[str, str]]]:
    """The <title> text and its (head, tail) splits at "Headline - Site" separators."""
    tag = soup.find("title")
    title = _SPACES.sub(" ", tag.get_text()).strip() if isinstance(tag, Tag) else ""
    splits = []
    for sep in (" | ", " - ", " — ", " – "):
        head, _, tail = title.rpartition(sep)
        if head:
            splits.append((head.strip(), tail.strip()))
    return title, splits


def _title_tag(soup: BeautifulSoup, site: str | None) -> str | None:
    title, splits = _title_splits(soup)
    for head, tail in splits:
        if not site or site.lower() in tail.lower() or len(tail) < 30:
            return head
    return title or None


def _title_site(soup: BeautifulSoup) -> str | None:
    """The site named at the end of the <title> ("Royal Arrogance - Sputnik International"),
    when the page says it nowhere else: a short tail after the last separator."""
    for _, tail in _title_splits(soup)[1]:
        if 0 < len(tail) <= MAX_TITLE_SITE and not tail.endswith((".", "?", "!")):
            return tail
    return None


def _time_tag(soup: BeautifulSoup) -> str | None:
    tag = soup.find("time", attrs={"datetime": True})
    value = tag.get("datetime") if isinstance(tag, Tag) else None
    return value if isinstance(value, str) else None


def _canonical_link(soup: BeautifulSoup) -> str | None:
    for link in soup.find_all("link", href=True):
        rel = link.get("rel") or []
        rels = rel if isinstance(rel, list) else [rel]
        if "canonical" in (r.lower() for r in rels):
            href = link.get("href")
            return href if isinstance(href, str) else None
    return None


def _language(soup: BeautifulSoup, ld: dict[str, Any], meta: dict[str, str]) -> str | None:
    html = soup.find("html")
    lang = html.get("lang") if isinstance(html, Tag) else None
    value = _first(
        _text(ld.get("inLanguage")),
        lang if isinstance(lang, str) else None,
        meta.get("og:locale"),
        meta.get("content-language"),
        meta.get("language"),
    )
    if not value:
        return None
    return value.replace("_", "-").split("-")[0].lower() or None


def normalise_date(value: str | None) -> str | None:
    """ISO 8601, keeping the page's own UTC offset; None when the value is not a date."""
    if not value:
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = None
        for fmt in _DATE_FORMATS:
            try:
                parsed = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        return None
    if len(text) <= 10 and parsed.hour == parsed.minute == 0:
        return parsed.date().isoformat()
    return parsed.isoformat()
