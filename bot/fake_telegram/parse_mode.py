"""parse_mode=HTML as Telegram parses it: text and entities, or the error it answers."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from bot.fake_telegram.constants import JSON, bad_request
from bot.fake_telegram.entities import utf16_len

# --------------------------------------------------------------------------- HTML parse mode

_SPACES = " \t\r\n\v"
_TAG_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "a": "text_link",
    "tg-emoji": "custom_emoji",
    "tg-time": "",
}
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SURROGATES = (
    "Text contains invalid Unicode characters after decoding HTML entities, check for unmatched "
    "surrogate code units"
)


class HtmlError(Exception):
    """The reason Telegram gives after "Bad Request: can't parse entities: "."""


@dataclass
class _OpenTag:
    name: str
    attrs: dict[str, str]
    offset: int
    start: int
    order: int


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _decode_reference(text: str, pos: int) -> tuple[str, int] | None:
    """Decode `&lt;`, `&gt;`, `&amp;`, `&quot;` and numeric references at `pos`, as TDLib does."""
    end = pos + 1
    if text[end : end + 1] == "#":
        end += 1
        hexadecimal = text[end : end + 1] == "x"
        end += hexadecimal
        digits = "0123456789abcdefABCDEF" if hexadecimal else "0123456789"
        start = end
        while end < len(text) and text[end] in digits:
            end += 1
        value = int(text[start:end], 16 if hexadecimal else 10) if end > start else 0
        if value == 0 or value >= 0x10FFFF or end - pos >= 10:
            return None
        if 0xD800 <= value <= 0xDFFF:
            raise HtmlError(_SURROGATES)
        char = chr(value)
    else:
        while end < len(text) and text[end].isascii() and text[end].isalpha():
            end += 1
        char = _NAMED.get(text[pos + 1 : end], "")
        if not char:
            return None
    return char, end + (text[end : end + 1] == ";")


class _HtmlParser:
    """TDLib's `parse_html`: tags may nest; errors carry the byte offset of the offending tag."""

    def __init__(self, source: str) -> None:
        self.src = source
        self.pos = 0
        self.out: list[str] = []
        self.utf16 = 0
        self.stack: list[_OpenTag] = []
        self.entities: list[tuple[int, JSON]] = []
        self.order = itertools.count()

    def parse(self) -> tuple[str, list[JSON]]:
        while self.pos < len(self.src):
            char = self.src[self.pos]
            if char == "&" and self._reference():
                continue
            if char != "<":
                self._emit(char)
                self.pos += 1
            elif self.src[self.pos + 1 : self.pos + 2] == "/":
                self._end_tag()
            else:
                self._start_tag()
        if self.stack:
            name = self.stack[-1].name
            raise HtmlError(f'Can\'t find end tag corresponding to start tag "{name}"')
        return "".join(self.out), _merge_pre_code(self.entities)

    def _emit(self, text: str) -> None:
        self.out.append(text)
        self.utf16 += utf16_len(text)

    def _reference(self) -> bool:
        decoded = _decode_reference(self.src, self.pos)
        if decoded is None:
            return False
        self._emit(decoded[0])
        self.pos = decoded[1]
        return True

    def _at(self, index: int) -> str:
        return self.src[index] if index < len(self.src) else ""

    def _skip_spaces(self, index: int) -> int:
        while self._at(index) and self._at(index) in _SPACES:
            index += 1
        return index

    def _start_tag(self) -> None:
        begin, at = self.pos, _byte_offset(self.src, self.pos)
        index = self.pos + 1
        while self._at(index) and self._at(index) not in _SPACES and self._at(index) != ">":
            index += 1
        if not self._at(index):
            raise HtmlError(f"Unclosed start tag at byte offset {at}")
        name = self.src[begin + 1 : index].lower()
        if name not in _TAG_TYPES:
            raise HtmlError(f'Unsupported start tag "{name}" at byte offset {at}')
        attrs, index = self._attributes(name, index, at)
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise HtmlError(f'Tag "span" must have class "tg-spoiler" at byte offset {at}')
        self.stack.append(_OpenTag(name, attrs, self.utf16, len(self.out), next(self.order)))
        self.pos = index + 1

    def _attributes(self, tag: str, index: int, at: int) -> tuple[dict[str, str], int]:
        attrs: dict[str, str] = {}
        while True:
            index = self._skip_spaces(index)
            if not self._at(index):
                raise HtmlError(f"Unclosed start tag at byte offset {at}")
            if self._at(index) == ">":
                return attrs, index
            start = index
            while self._at(index) and self._at(index) not in _SPACES + "=>":
                index += 1
            name = self.src[start:index].lower()
            if not name:
                raise HtmlError(f'Empty attribute name in the tag "{tag}" at byte offset {at}')
            index = self._skip_spaces(index)
            if self._at(index) != "=":
                attrs[name] = ""
                continue
            index = self._skip_spaces(index + 1)
            if not self._at(index):
                raise HtmlError(f'Unclosed start tag "{tag}" at byte offset {at}')
            attrs[name], index = self._attribute_value(index, at)

    def _attribute_value(self, index: int, at: int) -> tuple[str, int]:
        quote = self._at(index)
        if quote not in ("'", '"'):
            start = index
            while self._at(index) and (self._at(index).isalnum() or self._at(index) in ".-"):
                index += 1
            if self._at(index) not in tuple(_SPACES) + (">",):
                offset = _byte_offset(self.src, start)
                raise HtmlError(f"Unexpected end of name token at byte offset {offset}")
            return self.src[start:index].lower(), index
        value: list[str] = []
        index += 1
        while self._at(index) and self._at(index) != quote:
            decoded = _decode_reference(self.src, index) if self._at(index) == "&" else None
            if decoded:
                value.append(decoded[0])
                index = decoded[1]
            else:
                value.append(self._at(index))
                index += 1
        if not self._at(index):
            raise HtmlError(f"Unclosed start tag at byte offset {at}")
        return "".join(value), index + 1

    def _end_tag(self) -> None:
        at = _byte_offset(self.src, self.pos)
        if not self.stack:
            raise HtmlError(f"Unexpected end tag at byte offset {at}")
        index = self.pos + 2
        while self._at(index) and self._at(index) not in _SPACES and self._at(index) != ">":
            index += 1
        name = self.src[self.pos + 2 : index].lower()
        index = self._skip_spaces(index)
        if self._at(index) != ">":
            raise HtmlError(f"Unclosed end tag at byte offset {at}")
        open_tag = self.stack.pop()
        if name and name != open_tag.name:
            raise HtmlError(
                f'Unmatched end tag at byte offset {at}, expected "</{open_tag.name}>", '
                f'found "</{name}>"'
            )
        self.pos = index + 1
        entity = _tag_entity(open_tag, "".join(self.out[open_tag.start :]))
        length = self.utf16 - open_tag.offset
        if entity and length > 0:
            entity.update(offset=open_tag.offset, length=length)
            self.entities.append((open_tag.order, entity))


def _normalize_url(url: str) -> str | None:
    """TDLib's URL check, simplified: add `http://` and a root path; reject whitespace."""
    if not url or any(ch in _SPACES for ch in url):
        return None
    if url.lower().startswith("tg://"):
        return url
    if "://" not in url:
        url = "http://" + url
    scheme, rest = url.split("://", 1)
    host, tail = re.match(r"([^/?#]*)(.*)", rest, re.S).groups()  # type: ignore[union-attr]
    if "." not in host.strip("."):
        return None
    return f"{scheme.lower()}://{host}{tail if tail.startswith('/') else '/' + tail}"


def _tag_entity(tag: _OpenTag, inner: str) -> JSON | None:
    kind = _TAG_TYPES[tag.name]
    if kind == "text_link":
        return _link_entity(tag.attrs.get("href") or inner)
    if kind == "blockquote" and "expandable" in tag.attrs:
        return {"type": "expandable_blockquote"}
    if kind == "custom_emoji":
        emoji_id = tag.attrs.get("emoji-id")
        return {"type": kind, "custom_emoji_id": emoji_id} if emoji_id else None
    if kind == "code" and tag.attrs.get("class", "").startswith("language-"):
        language = tag.attrs["class"].removeprefix("language-")
        return {"type": kind, "language": language} if language else {"type": kind}
    return {"type": kind} if kind else None


def _link_entity(href: str) -> JSON | None:
    match = re.fullmatch(r"tg://user\?id=(\d+)", href)
    if match:
        user = {"id": int(match.group(1)), "is_bot": False, "first_name": ""}
        return {"type": "text_mention", "user": user}
    url = _normalize_url(href)
    return {"type": "text_link", "url": url} if url else None


def _merge_pre_code(found: list[tuple[int, JSON]]) -> list[JSON]:
    """`<pre><code class="language-x">` spanning the same text is one `pre` with a language."""
    entities = [entity for _, entity in sorted(found, key=lambda item: item[0])]
    merged: list[JSON] = []
    for entity in entities:
        twin = _same_span(merged, entity, {"pre", "code"} - {entity["type"]})
        language = entity.get("language") or (twin or {}).get("language")
        if twin is not None and language and entity["type"] in ("pre", "code"):
            twin.update(type="pre", language=language)
            continue
        merged.append(entity)
    for entity in merged:
        if entity["type"] == "code":
            entity.pop("language", None)
    return sorted(merged, key=lambda e: (e["offset"], -e["length"]))


def _same_span(entities: list[JSON], entity: JSON, kinds: set[str]) -> JSON | None:
    for other in entities:
        same = (other["offset"], other["length"]) == (entity["offset"], entity["length"])
        if same and other["type"] in kinds:
            return other
    return None


def parse_html(source: str) -> tuple[str, list[JSON]]:
    """Telegram's HTML parse mode: (plain text, entities), or BotApiError 400 like Telegram."""
    try:
        return _HtmlParser(source).parse()
    except HtmlError as exc:
        raise bad_request(f"can't parse entities: {exc}") from None
