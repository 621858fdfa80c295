"""Lines that are the whole text of one link on the page: related-story teasers and navigation
("Get Latest World News"), which a story's own paragraphs never are."""

from __future__ import annotations

from lxml.html import HtmlElement

MIN_WORDS = 4  # a teaser is a headline; shorter link lines are names, products or list items


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def link_texts(tree: HtmlElement) -> frozenset[str]:
    """The normalised text of every `<a href>` of the page."""
    texts = (a.text_content() for a in tree.iter("a") if a.get("href") is not None)
    return frozenset(key for key in map(_key, texts) if key)


def is_link_line(line: str, links: frozenset[str]) -> bool:
    """True when `line` of at least MIN_WORDS words is exactly the text of one link."""
    return len(line.split()) >= MIN_WORDS and _key(line) in links
