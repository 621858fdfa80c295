"""Quote spans over sentences written for these tests."""

from __future__ import annotations

from bot.statements.quotes import find_quotes


def inner(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_curly_and_straight_double_quotes() -> None:
    assert inner('“One,” she said. "Two."') == ["One", "Two."]


def test_single_quotes_skip_apostrophes() -> None:
    assert inner("'It isn't over,' he said of the team's run.") == ["It isn't over"]


def test_guillemets_and_mixed_marks() -> None:
    assert inner('«Oui», dit-il, and "profoundly odd” too.') == ["Oui", "profoundly odd"]


def test_multi_paragraph_quote_ends_at_line_end() -> None:
    text = '"First part of it.\n"Second part."'
    assert inner(text) == ["First part of it.", "Second part."]


def test_double_quote_closed_by_single_mark() -> None:
    text = "“We did what we were told,' the aide said."
    assert inner(text) == ["We did what we were told"]
