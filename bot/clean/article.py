"""HTML page or plain-text story -> `Article`: metadata, clean body, summary, content hash."""

from __future__ import annotations

import hashlib
import re

from bot.clean.canonical import canonical_url
from bot.clean.claim_review import rating_lines
from bot.clean.extract import extract_text
from bot.clean.furniture import drop_furniture
from bot.clean.metadata import parse_html
from bot.clean.page_metadata import page_metadata
from bot.clean.summary import summarize
from bot.models import Article, Metadata
from bot.text.language import detected_language

_TITLE_MAX = 200
_BLANKS = re.compile(r"[ \t\u00a0]+")


def content_hash(text: str) -> str:
    """A hash of the body that ignores whitespace differences."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def _paragraphs(text: str) -> list[str]:
    lines = (_BLANKS.sub(" ", line).strip() for line in text.splitlines())
    return [line for line in lines if line]


def _strip_title(paragraphs: list[str], title: str | None) -> list[str]:
    """The body must not repeat the headline as its first line."""
    if title and paragraphs and paragraphs[0].strip().lower() == title.strip().lower():
        return paragraphs[1:]
    return paragraphs


def _build(meta: Metadata, url: str | None, paragraphs: list[str]) -> Article:
    body = drop_furniture(paragraphs)
    text = "\n".join(body)
    return Article(
        url=url,
        title=meta.title,
        site=meta.site,
        author=meta.author,
        published=meta.published,
        language=meta.language or detected_language(text),
        text=text,
        summary=summarize(text, meta.title),
        content_hash=content_hash(text),
        paragraphs=tuple(body),
    )


def article_from_html(html: str, url: str | None = None) -> Article:
    """Clean an HTML page; `url` is where it came from (the canonical link may replace it)."""
    soup = parse_html(html)
    meta = page_metadata(html, url, soup)
    body = _paragraphs(extract_text(html, url=url))
    body = _strip_title(body, meta.title)
    body += [line for line in rating_lines(soup) if line not in body]  # a fact-check's verdict
    return _build(meta, canonical_url(url, meta.canonical_url), body)


def article_from_text(text: str, url: str | None = None, site: str | None = None) -> Article:
    """A story pasted or forwarded as text: a short first line without a full stop is its
    title, and stays in the text too (a pasted headline may itself be a statement)."""
    lines = drop_furniture(_paragraphs(text))  # "Share this article" is no headline
    title = None
    if len(lines) > 1 and len(lines[0]) <= _TITLE_MAX and not lines[0].endswith((".", ":")):
        title = lines[0]
    return _build(Metadata(title=title, site=site), canonical_url(url, None), lines)
