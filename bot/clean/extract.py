"""Article body from HTML: trafilatura with fallbacks, minus the headline and furniture lines.
Paragraphs come out verbatim, one per line."""

from __future__ import annotations

import re

import lxml.html
import trafilatura
from lxml.etree import LxmlError
from readability import Document

from bot.clean.furniture import is_furniture

FALLBACK_RATIO = 2.0  # a second opinion replaces the body when it is this many times longer
_WORD = re.compile(r"\w+")
_UTF8_PARSER = lxml.html.HTMLParser(encoding="utf-8")
_TITLE_XPATH = (
    "//meta[@property='og:title' or @name='twitter:title' or @name='title']/@content"
    " | //title//text() | //h1"
)


def extract_text(html: str, url: str | None = None) -> str:
    """The article body of `html`: paragraphs separated by single newlines, no title."""
    if not html or not html.strip():
        return ""
    lines = [line.strip() for line in _body(html, url).splitlines() if line.strip()]
    lines = _drop_leading_title(lines, _titles(html))
    return "\n".join(line for line in lines if not is_furniture(line))


def _body(html: str, url: str | None) -> str:
    """trafilatura in precision mode, replaced by a fuller second opinion when it under-extracts."""
    body = _trafilatura(html, url, favor_precision=True)
    for fallback in (_trafilatura_recall, _readability):
        alternative = fallback(html, url)
        if len(alternative) > FALLBACK_RATIO * len(body):
            body = alternative
    return body


def _trafilatura(html: str, url: str | None, **options: bool) -> str:
    text = trafilatura.extract(html, url=url, include_comments=False, **options)
    return text or ""


def _trafilatura_recall(html: str, url: str | None) -> str:
    return _trafilatura(html, url, favor_recall=True)


def _readability(html: str, url: str | None) -> str:
    """readability-lxml's main block, cleaned into paragraphs by trafilatura."""
    try:
        summary = Document(html, url=url).summary(html_partial=False)
    except (LxmlError, ValueError, TypeError):  # readability's Unparseable is a ValueError
        return ""
    return _trafilatura(summary, url, favor_recall=True)


def _titles(html: str) -> list[str]:
    """Headline candidates as token strings: og:title, <title>, every <h1>."""
    try:
        tree = lxml.html.fromstring(html.encode("utf-8"), parser=_UTF8_PARSER)
    except (LxmlError, ValueError):
        return []
    found = []
    for item in tree.xpath(_TITLE_XPATH):
        text = item.text_content() if hasattr(item, "text_content") else str(item)
        key = _key(text)
        if key:
            found.append(key)
    return found


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _is_title(line: str, titles: list[str]) -> bool:
    key = _key(line)
    if not key:
        return False
    for title in titles:
        if key == title:
            return True
        if len(key.split()) >= 4 and f" {key} " in f" {title} ":
            return True
    return False


def _drop_leading_title(lines: list[str], titles: list[str]) -> list[str]:
    """Remove the headline when it is one of the first two lines."""
    for index, line in enumerate(lines[:2]):
        if _is_title(line, titles):
            return lines[:index] + lines[index + 1 :]
    return lines
