"""The sentences naming someone who says nothing in a story (bot/answer/mentions.py)."""

from __future__ import annotations

from bot.answer.mentions import MAX_MENTIONS, mentions, mentions_reply

TITLE = "Army says it did not shell market"
STORY = (
    f"{TITLE}\n\n"
    "At least 23 people were killed when shells hit the market, health officials said.\n\n"
    "Rebel spokesman Idris Kamal accused government forces of the attack.\n\n"
    "The United Nations called for an independent investigation.\n\n"
    "The UN's envoy, Priya Shah, is due to visit the town on Monday.\n\n"
    "Shah met the governor last year.\n"
)


def test_a_name_an_acronym_or_a_surname_finds_the_sentences_naming_them() -> None:
    un = mentions("the UN", [(TITLE, STORY)])
    assert [m.sentence for m in un] == [
        "The United Nations called for an independent investigation.",
        "The UN's envoy, Priya Shah, is due to visit the town on Monday.",
    ]
    assert all(m.title == TITLE for m in un)
    shah = mentions("priya shah", [(TITLE, STORY)])
    assert shah[0].sentence.startswith("The UN's envoy, Priya Shah")


def test_no_more_than_a_few_and_never_the_headline_or_a_stranger() -> None:
    many = "\n\n".join(f"Anna Berg spoke to crowd number {n}." for n in range(5))
    assert len(mentions("Anna Berg", [("Berg tours", many)])) == MAX_MENTIONS
    assert mentions("army", [(TITLE, STORY)]) == []  # named only in the headline, in lower case
    assert mentions("Tom Roe", [(TITLE, STORY)]) == []


def test_the_reply_says_nothing_was_quoted_and_escapes_the_sentence() -> None:
    found = mentions("the UN", [("A <b> story", STORY)])
    reply = mentions_reply("the UN", found)
    assert reply.startswith("<b>The stories here quote nothing from the UN.</b>")
    assert "A &lt;b&gt; story" in reply and "“The United Nations called" in reply
