"""Quotation marks around quoted sentences are never doubled."""

from __future__ import annotations

from bot.render.quotemarks import in_quotes


def test_a_plain_sentence_is_wrapped() -> None:
    assert in_quotes("The pier is safe, she said.") == "“The pier is safe, she said.”"


def test_a_sentence_with_its_own_marks_is_left_as_it_is() -> None:
    own = "“At the end of the day I didn't do anything to insult them.”"
    assert in_quotes(own) == own
    opened = '"It is false," the spokesman said.'
    assert in_quotes(opened) == opened
