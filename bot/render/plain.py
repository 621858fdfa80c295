"""Telegram-HTML replies turned into plain text for the console."""

from __future__ import annotations

import html
import re

_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.S)
_TAG = re.compile(r"</?(?:b|i|u|s|code|pre|blockquote|tg-spoiler)>")


def html_to_text(text: str) -> str:
    """Drop the formatting tags, show links as "title <url>", unescape entities."""
    text = _LINK.sub(lambda m: f"{m.group(2)} <{html.unescape(m.group(1))}>", text)
    return html.unescape(_TAG.sub("", text))
