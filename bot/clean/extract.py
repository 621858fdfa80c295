"""Article body from HTML: the extractors' consensus, minus the headline and furniture lines.
Paragraphs come out verbatim, one per line."""

from __future__ import annotations

import re

import lxml.html
import trafilatura
from bs4 import BeautifulSoup
from lxml.etree import LxmlError
from lxml.html import HtmlElement
from readability import Document

from bot.clean.consensus import most_agreed
from bot.clean.furniture import is_furniture
from bot.clean.link_lines import is_link_line, link_texts

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
    tree = _parse(html)
    if tree is None:
        return "\n".join(line for line in lines if not is_furniture(line))
    lines = _drop_leading_title(lines, _titles(tree))
    links = link_texts(tree)
    return "\n".join(
        line for line in lines if not is_furniture(line) and not is_link_line(line, links)
    )


def _body(html: str, url: str | None) -> str:
    """The candidate the others agree with most: trafilatura (precision, fast) and readability-lxml
    (cleaned into paragraphs by trafilatura, and as plain text, which only votes)."""
    cleaned, plain = _readability(html, url)
    candidates = [
        _trafilatura(html, url, favor_precision=True),
        _trafilatura(html, url, fast=True),
        cleaned,
        plain,
    ]
    chosen = candidates[most_agreed(candidates)]
    return cleaned or plain if chosen is plain else chosen


def _trafilatura(html: str, url: str | None, **options: bool) -> str:
    text = trafilatura.extract(html, url=url, include_comments=False, **options)
    return text or ""


def _readability(html: str, url: str | None) -> tuple[str, str]:
    """readability-lxml's main block: cleaned into paragraphs by trafilatura, and its plain text."""
    try:
        block = Document(html, url=url).summary(html_partial=True)
    except (LxmlError, ValueError, TypeError):  # readability's Unparseable is a ValueError
        return "", ""
    cleaned = _trafilatura(f"<html><body>{block}</body></html>", url, favor_recall=True)
    return cleaned, readability_text(block)


def readability_text(block: str) -> str:
    """The text of a readability block, one line per block element (the benchmark baseline)."""
    lines = BeautifulSoup(block, "lxml").get_text("\n").splitlines()
    return "\n".join(line.strip() for line in lines if line.strip())


def _parse(html: str) -> HtmlElement | None:
    try:
        return lxml.html.fromstring(html.encode("utf-8"), parser=_UTF8_PARSER)
    except (LxmlError, ValueError):
        return None


def _titles(tree: HtmlElement) -> list[str]:
    """Headline candidates as token strings: og:title, <title>, every <h1>."""
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
