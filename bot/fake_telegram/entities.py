"""UTF-16 offsets and the entities Telegram detects in plain text (urls, mentions, commands)."""

from __future__ import annotations

import re

from bot.fake_telegram.constants import JSON

# --------------------------------------------------------------------------- UTF-16 and entities


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's entity offsets and lengths."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 offset of the Python string index `index` in `text`."""
    return utf16_len(text[:index])


_URL = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w@/.])@[A-Za-z0-9_]{5,32}(?![\w@])")
_COMMAND = re.compile(r"(?<![\w/@])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")
_URL_TRAILER = ".,:;!?'\")]}»"


def _url_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _URL.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in _URL_TRAILER:
            end -= 1
        spans.append((match.start(), end))
    return spans


def detect_entities(text: str) -> list[JSON]:
    """The entities Telegram adds to a user's text: `url`, `mention`, `bot_command` (UTF-16)."""
    found = [("url", start, end) for start, end in _url_spans(text)]
    for kind, pattern in (("mention", _MENTION), ("bot_command", _COMMAND)):
        for match in pattern.finditer(text):
            if not any(s < match.end() and match.start() < e for _, s, e in found):
                found.append((kind, match.start(), match.end()))
    entities = [
        {
            "type": kind,
            "offset": utf16_offset(text, start),
            "length": utf16_len(text[start:end]),
        }
        for kind, start, end in found
    ]
    return sorted(entities, key=lambda e: e["offset"])


def entity_text(text: str, entity: JSON) -> str:
    """The part of `text` an entity covers (offsets are UTF-16, as Telegram sends them)."""
    units = text.encode("utf-16-le")
    start = entity["offset"] * 2
    return units[start : start + entity["length"] * 2].decode("utf-16-le")
