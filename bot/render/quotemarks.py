"""Quotation marks around a quoted sentence, never doubled: a sentence that opens or closes
with its own quotation mark (“I have seen …,” Jones said) is shown as it is."""

from __future__ import annotations

OPENING = "\"'“‘«„"  # marks a quoted sentence may open with
CLOSING = "\"'”’»"  # marks a quoted sentence may close with


def in_quotes(text: str) -> str:
    """`text` in “…”, unless its own first or last character is already a quotation mark."""
    body = text.strip()
    if body[:1] in OPENING or body.rstrip(".")[-1:] in CLOSING:
        return body
    return f"“{body}”"
