"""What the tests of denial forms read of a written sentence: the kinds of its statements."""

from __future__ import annotations

from bot.statements.extractor import extract_statements

OUTLET = "Daily Planet"  # the outlet the written stories are published by


def kinds_of(text: str, part: str) -> list[str]:
    """Kinds of the statements whose sentence contains `part`."""
    found = extract_statements(text, outlet=OUTLET)
    return [s.kind for s in found if part.lower() in s.sentence.lower()]
