"""Lines that are only a link (teasers, "Get Latest World News") leave the story; prose with a
link in it, and short linked names, stay."""

from __future__ import annotations

import lxml.html

from bot.clean.extract import extract_text
from bot.clean.link_lines import is_link_line, link_texts

STORY = [
    "The port authority said on Monday that it would reopen the northern terminal next week,"
    " three months after a fire destroyed its main warehouse.",
    "Shipping companies had moved their containers to the southern terminal, where queues of"
    " lorries stretched for several kilometres in the busiest weeks, the authority said.",
    'Read the <a href="/report">full report of the fire inspectors</a> on the authority\'s'
    " website, a spokeswoman told reporters, adding that the cause is still unknown.",
    "The terminal will first handle grain and timber and will take containers again in May.",
    '<a href="/terms/grain">Grain Exports</a>',
]
TEASERS = [
    "Get Latest World News",
    "Council approves new bus routes for the summer",
]


def page() -> str:
    paragraphs = [f"<p>{text}</p>" for text in STORY]
    paragraphs.insert(2, f'<p><a href="/world">{TEASERS[0]}</a></p>')
    paragraphs.insert(4, f'<p><strong><a href="/bus">{TEASERS[1].upper()}</a></strong></p>')
    return (
        "<html><head><title>Northern terminal to reopen</title></head><body><article>"
        "<h1>Northern terminal to reopen</h1>" + "\n".join(paragraphs) + "</article></body></html>"
    )


def test_link_texts_are_normalised() -> None:
    tree = lxml.html.fromstring('<div><a href="/x">Get  Latest\nWorld News</a><a>no href</a></div>')
    assert link_texts(tree) == frozenset({"get latest world news"})


def test_a_whole_link_line_of_four_words_or_more_is_a_link_line() -> None:
    links = frozenset({"get latest world news", "grain exports"})
    assert is_link_line("Get Latest World News", links)
    assert not is_link_line("Grain Exports", links)  # a short linked name may be story text
    assert not is_link_line("Get Latest World News from our desk today", links)


def test_teasers_leave_the_story_and_prose_with_links_stays() -> None:
    text = extract_text(page())
    for teaser in TEASERS:
        assert teaser.casefold() not in text.casefold()
    assert "full report of the fire inspectors on the authority's website" in text
    assert "The terminal will first handle grain and timber" in text
