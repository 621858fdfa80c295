"""The ingest pipeline's limits."""

from __future__ import annotations

from bot.clean.article import article_from_text
from bot.ingest import MAX_ANALYZED_CHARS, statements_of


def test_statements_are_read_from_the_first_part_of_a_huge_text() -> None:
    paragraph = 'The council denied the report about bridge {i}. "It is false," Mayor Ana Lee said.'
    text = "Title line\n" + "\n".join(paragraph.format(i=i) for i in range(4000))
    article = article_from_text(text)
    assert len(article.text) > MAX_ANALYZED_CHARS
    statements = statements_of(article)
    assert statements
    last = max(article.text.index(s.sentence) + len(s.sentence) for s in statements[-3:])
    assert last <= MAX_ANALYZED_CHARS


def test_a_story_pasted_with_its_navigation_and_share_bar_is_titled_by_its_headline() -> None:
    from bot.clean.article import article_from_text

    text = (
        "Home | News | Business | Sport\nShare this article\nFacebook Twitter WhatsApp Email\n\n"
        "Toymaker denies recalling bestselling doll\n\n"
        "Toymaker Brightplay has denied reports that it is recalling its Luna doll."
    )
    assert article_from_text(text).title == "Toymaker denies recalling bestselling doll"
