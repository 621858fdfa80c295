"""A fake Telegram Bot API server on 127.0.0.1 that an unmodified python-telegram-bot
Application can poll; tests and the `counterclaim chat` console drive it as Telegram users."""

from __future__ import annotations

import asyncio
import copy
import inspect
import itertools
import json
import re
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import asdict, dataclass
from typing import Any

import aiohttp
from aiohttp import web

JSON = dict[str, Any]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MAX_TEXT_LENGTH = 4096
MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_RESULTS = 50
DEFAULT_ALLOWED_UPDATES = _words(
    "message edited_message channel_post edited_channel_post callback_query inline_query "
    "chosen_inline_result my_chat_member chat_join_request poll poll_answer shipping_query "
    "pre_checkout_query"
)
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
WEBHOOK_ATTEMPTS = 10  # deliveries of one update before the fake gives up
WEBHOOK_BACKOFF_S = 0.2  # wait after the n-th failed delivery: n times this
WEBHOOK_ACTIVE = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
CONFLICT = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance "
    "is running"
)
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
UPGRADED = "Bad Request: group chat was upgraded to a supergroup chat"
THREAD_NOT_FOUND = "Bad Request: message thread not found"
_TOKEN = re.compile(r"^\d+:[\w-]+$")


class BotApiError(Exception):
    """A Bot API failure, answered as {"ok": false, "error_code", "description"[, "parameters"]}."""

    def __init__(self, code: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def payload(self) -> JSON:
        body: JSON = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(reason: str) -> BotApiError:
    return BotApiError(400, f"Bad Request: {reason}")


def default_description(code: int, retry_after: int | None) -> str:
    """Telegram's usual text for an error code (used by `fail_next` when none is given)."""
    if code == 429:
        return f"Too Many Requests: retry after {retry_after or 1}"
    return {
        400: "Bad Request",
        401: "Unauthorized",
        403: "Forbidden: bot was blocked by the user",
        404: "Not Found",
        409: CONFLICT,
        500: "Internal Server Error",
        502: "Bad Gateway",
    }.get(code, "Error")


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


# --------------------------------------------------------------------------- users, chats, records


@dataclass
class FakeUser:
    id: int
    first_name: str
    username: str | None = None
    last_name: str | None = None
    is_bot: bool = False
    language_code: str | None = "en"

    def to_dict(self) -> JSON:
        data: JSON = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data


@dataclass
class FakeChat:
    id: int
    type: str
    title: str | None = None
    username: str | None = None
    first_name: str | None = None
    is_forum: bool = False

    @property
    def is_group(self) -> bool:
        return self.type in ("group", "supergroup")

    def to_dict(self) -> JSON:
        data: JSON = {"id": self.id, "type": self.type}
        for key in ("title", "username", "first_name"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        if self.is_forum:
            data["is_forum"] = True
        return data


@dataclass
class Version:
    """One version of a bot message: what the user sees and what the bot sent."""

    text: str
    source: str
    parse_mode: str | None
    entities: list[JSON]
    reply_markup: JSON | None
    link_preview_options: JSON | None
    date: int


@dataclass
class SentMessage:
    """A message the bot sent, with every version it was edited through."""

    chat_id: int
    message_id: int
    seq: int
    versions: list[Version]
    reply_to: int | None = None
    thread_id: int | None = None
    deleted: bool = False

    @property
    def current(self) -> Version:
        return self.versions[-1]

    @property
    def text(self) -> str:
        return self.current.text

    @property
    def source(self) -> str:
        return self.current.source

    @property
    def parse_mode(self) -> str | None:
        return self.current.parse_mode

    @property
    def entities(self) -> list[JSON]:
        return self.current.entities

    @property
    def reply_markup(self) -> JSON | None:
        return self.current.reply_markup

    @property
    def link_preview_options(self) -> JSON | None:
        return self.current.link_preview_options

    @property
    def edits(self) -> list[Version]:
        """The versions after the first, oldest first."""
        return self.versions[1:]

    def buttons(self) -> list[JSON]:
        """The inline keyboard buttons of the current version, row by row."""
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [button for row in rows for button in row]

    def to_dict(self) -> JSON:
        data = asdict(self)
        data.update(text=self.text, parse_mode=self.parse_mode, reply_markup=self.reply_markup)
        return data


@dataclass
class Record:
    """A chat action, reaction or callback answer the bot made; `params` as the bot sent them."""

    method: str
    params: JSON
    seq: int


@dataclass
class InlineAnswer:
    """An answerInlineQuery call: the query it answers and the results as the bot sent them."""

    query_id: str
    query: str
    user_id: int
    results: list[JSON]
    cache_time: int | None
    is_personal: bool
    button: JSON | None
    seq: int

    def result(self, result_id: str) -> JSON:
        return next(r for r in self.results if r.get("id") == result_id)

    def texts(self) -> list[str]:
        """Each result's title, description and message text, as the user would read them."""
        found = []
        for r in self.results:
            content = r.get("input_message_content") or {}
            text = _format(str(content.get("message_text", "")), content.get("parse_mode"), None)
            found.append(" ".join([r.get("title", ""), r.get("description", ""), text[0]]))
        return found


@dataclass
class _Injected:
    error: BotApiError
    times: int
    after: int = 0  # calls let through before the first failure


class _Signal:
    """Wakes every waiter on each change; waits are bounded by a deadline, never busy loops."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def fire(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait_until(self, predicate: Callable[[], bool], timeout: float) -> bool:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            event = self._event
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                return predicate()
        return True


# --------------------------------------------------------------------------- request parameters

_JSON_PARAMS = _words(
    "reply_markup reply_parameters link_preview_options entities caption_entities "
    "allowed_updates commands scope reaction results button"
)
_INT_PARAMS = _words(
    "chat_id message_id offset limit user_id message_thread_id reply_to_message_id "
    "cache_time from_chat_id"
)
_BOOL_PARAMS = _words(
    "disable_notification protect_content show_alert is_big drop_pending_updates "
    "allow_sending_without_reply disable_web_page_preview allow_paid_broadcast is_personal"
)


def coerce_param(name: str, value: Any) -> Any:
    """Undo the form encoding: PTB JSON-encodes every non-string value of a form field."""
    if not isinstance(value, str):
        return value
    if name in _JSON_PARAMS:
        return json.loads(value)
    if name in _INT_PARAMS and re.fullmatch(r"-?\d+", value):
        return int(value)
    if name == "timeout":
        return float(value)
    if name in _BOOL_PARAMS:
        return value.lower() == "true"
    return value


async def read_params(request: web.Request) -> JSON:
    """Query string plus a JSON, form-encoded or multipart body (PTB 22 sends form fields)."""
    params: JSON = dict(request.query)
    if request.content_type == "application/json":
        body = await request.json() if request.can_read_body else None
        params.update(body or {})
    elif request.can_read_body:
        for key, value in (await request.post()).items():
            params[key] = value if isinstance(value, str) else getattr(value, "filename", "")
    return {key: coerce_param(key, value) for key, value in params.items()}


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(exc: BotApiError) -> web.Response:
    return web.json_response(exc.payload(), status=exc.code)


# --------------------------------------------------------------------------- the server


class FakeTelegram:
    """The Bot API on 127.0.0.1: records what the bot does, queues what users do."""

    def __init__(
        self,
        token: str = "123:ABC",
        *,
        username: str = "counterclaim_bot",
        first_name: str = "Counterclaim",
        can_read_all_group_messages: bool = False,
        can_join_groups: bool = True,
        supports_inline_queries: bool = False,
        inline_feedback: bool = False,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.token = token
        self.host, self.port = host, port
        bot_id = int(token.split(":")[0])
        self.bot = FakeUser(bot_id, first_name, username, is_bot=True, language_code=None)
        self.can_read_all_group_messages = can_read_all_group_messages
        self.can_join_groups = can_join_groups
        self.supports_inline_queries = supports_inline_queries  # /setinline in @BotFather
        self.inline_feedback = inline_feedback  # /setinlinefeedback: chosen_inline_result updates
        self._inline_queries: dict[str, JSON] = {}
        self.inline_answers: list[InlineAnswer] = []
        self.inline_posts: list[SentMessage] = []  # messages users posted by choosing a result
        self.users: dict[int, FakeUser] = {}
        self.chats: dict[int, FakeChat] = {}
        self.calls: list[tuple[str, JSON]] = []
        self.errors: list[tuple[str, JSON]] = []
        self.events: list[JSON] = []
        self.deleted: list[tuple[int, int]] = []
        self.left_chats: set[int] = set()
        self._sent: list[SentMessage] = []
        self._records: list[Record] = []
        self._messages: dict[tuple[int, int], JSON] = {}
        self._bot_messages: dict[tuple[int, int], SentMessage] = {}
        self._next_message_id: dict[int, int] = defaultdict(lambda: 1)
        self._updates: deque[JSON] = deque()
        self._next_update_id = 100_000
        self._allowed = DEFAULT_ALLOWED_UPDATES
        self._poll_generation = 0
        self._queries: dict[str, JSON] = {}
        self._admins: dict[int, tuple[int | None, set[int]]] = {}
        self._commands: dict[tuple[str, str], list[JSON]] = {}
        self._failures: dict[str, deque[_Injected]] = defaultdict(deque)
        self.migrated: dict[int, int] = {}  # a basic group upgraded -> its supergroup's id
        self._gone_topics: set[tuple[int, int]] = set()  # (chat id, message_thread_id)
        self._ids = itertools.count(1001)
        self._seq = itertools.count()
        self._signal: _Signal | None = None
        self._runner: web.AppRunner | None = None
        self._closing = False
        self.webhook: JSON | None = None  # {"url", "secret_token"} once setWebhook was called
        self.webhook_deliveries: list[tuple[int, int]] = []  # (update_id, HTTP status)
        self._deliveries: set[asyncio.Task[None]] = set()
        self.base_url = self.base_file_url = self.url = ""
        self._methods = self._api_methods()
        self._controls = self._control_actions()

    # ---------------------------------------------------------------- lifecycle

    async def start(self) -> str:
        """Serve on a free port; returns `base_url` for `ApplicationBuilder().base_url(...)`."""
        self._closing = False
        self._runner = web.AppRunner(self._web_app(), shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self.url = f"http://{self.host}:{self.port}"
        self.base_url = f"{self.url}/bot"
        self.base_file_url = f"{self.url}/file/bot"
        return self.base_url

    async def stop(self) -> None:
        """Release pending long polls at once, then close the server."""
        self._closing = True
        self._changed()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeTelegram:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    def _web_app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_route("GET", "/file/bot{token}/{path:.*}", self._handle_file)
        app.router.add_route("*", "/_control/{action}", self._handle_control)
        return app

    def _changed(self) -> None:
        if self._signal is None:
            self._signal = _Signal()
        self._signal.fire()

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Wait (bounded) until `predicate()` holds, re-checking it whenever the fake's state
        changes (a call arrives, a message is recorded, an update is queued)."""
        if self._signal is None:
            self._signal = _Signal()
        return await self._signal.wait_until(predicate, timeout)

    # ---------------------------------------------------------------- HTTP: the Bot API

    async def _handle_api(self, request: web.Request) -> web.Response:
        token, method = request.match_info["token"], request.match_info["method"]
        if not _TOKEN.match(token):
            return _error(BotApiError(404, "Not Found"))
        if token != self.token:
            return _error(BotApiError(401, "Unauthorized"))
        handler = self._methods.get(method.lower())
        if handler is None:
            return _error(BotApiError(404, "Not Found"))
        self._changed()
        try:
            params = await read_params(request)
            self.calls.append((method, params))
            self._raise_injected(method.lower())
            result = handler(params)
            if inspect.isawaitable(result):
                result = await result
        except BotApiError as exc:
            return self._failed(request, method, exc)
        except (ValueError, TypeError, KeyError) as exc:
            return self._failed(request, method, bad_request(f"invalid parameters: {exc}"))
        return _ok(result)

    def _failed(self, request: web.Request, method: str, exc: BotApiError) -> web.Response:
        transport = request.transport
        if transport is not None and not transport.is_closing():  # a client still listens
            self.errors.append((method, exc.payload()))
        return _error(exc)

    async def _handle_file(self, request: web.Request) -> web.Response:
        return web.Response(status=404, text="Not Found")

    def _api_methods(self) -> dict[str, Callable[[JSON], Any]]:
        methods: dict[str, Callable[[JSON], Any]] = {
            "getme": lambda p: self._me(),
            "getupdates": self._get_updates,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": lambda p: {
                "url": (self.webhook or {}).get("url", ""),
                "has_custom_certificate": False,
                "pending_update_count": len(self._updates),
            },
            "setmycommands": self._set_my_commands,
            "getmycommands": lambda p: self._commands.get(_scope_key(p), []),
            "deletemycommands": self._delete_my_commands,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagereplymarkup": self._edit_reply_markup,
            "deletemessage": self._delete_message,
            "sendchataction": lambda p: self._record("sendChatAction", p),
            "answercallbackquery": self._answer_callback_query,
            "answerinlinequery": self._answer_inline_query,
            "setmessagereaction": self._set_reaction,
            "getchat": self._get_chat,
            "getchatmember": self._get_chat_member,
            "getchatadministrators": self._get_chat_administrators,
            "leavechat": self._leave_chat,
            "close": lambda p: True,
            "logout": lambda p: True,
        }
        return methods

    def _raise_injected(self, method: str) -> None:
        queue = self._failures.get(method)
        if not queue:
            return
        injected = queue[0]
        if injected.after > 0:
            injected.after -= 1
            return
        injected.times -= 1
        if injected.times <= 0:
            queue.popleft()
        raise injected.error

    # ---------------------------------------------------------------- getMe, updates, webhook

    def _me(self) -> JSON:
        me = self.bot.to_dict()
        me.update(
            can_join_groups=self.can_join_groups,
            can_read_all_group_messages=self.can_read_all_group_messages,
            supports_inline_queries=self.supports_inline_queries,
            can_connect_to_business=False,
            has_main_web_app=False,
        )
        return me

    def _confirm(self, offset: int | None) -> None:
        if not offset:
            return
        if offset < 0:
            while len(self._updates) > -offset:
                self._updates.popleft()
            return
        while self._updates and self._updates[0]["update_id"] < offset:
            self._updates.popleft()

    @property
    def pending_updates(self) -> list[JSON]:
        """Updates queued and not yet confirmed by a getUpdates `offset`."""
        return list(self._updates)

    @property
    def last_update_id(self) -> int | None:
        """The id of the newest update ever queued."""
        return self._next_update_id - 1 if self._next_update_id > 100_000 else None

    def _deliverable(self) -> list[JSON]:
        return [u for u in self._updates if _update_type(u) in self._allowed]

    async def _get_updates(self, params: JSON) -> list[JSON]:
        if self.webhook is not None:
            raise BotApiError(409, WEBHOOK_ACTIVE)
        if "allowed_updates" in params:
            self._allowed = frozenset(params["allowed_updates"] or DEFAULT_ALLOWED_UPDATES)
        self._confirm(params.get("offset"))
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        self._poll_generation += 1
        generation = self._poll_generation
        self._changed()  # an older long poll still waiting gets 409 Conflict, as on Telegram

        def ready() -> bool:
            stale = generation != self._poll_generation
            return self._closing or stale or bool(self._deliverable())

        await self.wait_until(ready, timeout)
        if generation != self._poll_generation:
            raise BotApiError(409, CONFLICT)
        return self._deliverable()[:limit]

    def _delete_webhook(self, params: JSON) -> bool:
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self.webhook = None
        return True

    def _set_webhook(self, params: JSON) -> bool:
        """From now on updates are POSTed to the URL (with the secret token header) instead of
        being handed out by getUpdates, as Telegram does."""
        url = str(params.get("url") or "")
        if not url:
            return self._delete_webhook(params)
        if not url.startswith(("http://", "https://")):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        self.webhook = {"url": url, "secret_token": params.get("secret_token")}
        if params.get("drop_pending_updates"):
            self._updates.clear()
        while self._updates:
            self._deliver_later(self._updates.popleft())
        self._changed()
        return True

    def _deliver_later(self, update: JSON) -> None:
        task = asyncio.get_running_loop().create_task(self._deliver(update))
        self._deliveries.add(task)
        task.add_done_callback(self._deliveries.discard)

    async def _deliver(self, update: JSON) -> None:
        """POST one update to the webhook; like Telegram, retry while the server is not up or
        answers with an error (a few times, backing off), recording every attempt."""
        for attempt in range(WEBHOOK_ATTEMPTS):
            if self.webhook is None or self._closing:
                return
            status = await self._post_update(update)
            self.webhook_deliveries.append((update["update_id"], status))
            self._changed()
            if status == 200:
                return
            await asyncio.sleep(WEBHOOK_BACKOFF_S * (attempt + 1))

    async def _post_update(self, update: JSON) -> int:
        assert self.webhook is not None
        headers = {}
        if self.webhook.get("secret_token"):
            headers["X-Telegram-Bot-Api-Secret-Token"] = str(self.webhook["secret_token"])
        try:
            async with (
                aiohttp.ClientSession() as session,
                session.post(self.webhook["url"], json=update, headers=headers) as response,
            ):
                return response.status
        except aiohttp.ClientError:
            return 0

    # ---------------------------------------------------------------- commands

    def _set_my_commands(self, params: JSON) -> bool:
        commands = params.get("commands") or []
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self._commands[_scope_key(params)] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        self._changed()
        return True

    def _delete_my_commands(self, params: JSON) -> bool:
        self._commands.pop(_scope_key(params), None)
        self._changed()
        return True

    @property
    def commands(self) -> list[JSON]:
        """The commands set for the default scope and all languages."""
        return self._commands.get(("default", ""), [])

    def commands_for(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        return self._commands.get(_scope_key({"scope": scope, "language_code": language_code}), [])

    # ---------------------------------------------------------------- chats and messages

    def _chat(self, chat_id: Any) -> FakeChat:
        if isinstance(chat_id, str) and not re.fullmatch(r"-?\d+", chat_id):
            for chat in self.chats.values():
                if chat.username and f"@{chat.username}".lower() == chat_id.lower():
                    return chat
            raise bad_request("chat not found")
        chat = self.chats.get(int(chat_id)) if chat_id is not None else None
        if chat is None:
            raise bad_request("chat not found" if chat_id is not None else "chat_id is empty")
        return chat

    def _chat_for_bot(self, chat_id: Any) -> FakeChat:
        chat = self._chat(chat_id)
        if chat.id in self.migrated:
            raise BotApiError(400, UPGRADED, {"migrate_to_chat_id": self.migrated[chat.id]})
        if chat.id in self.left_chats:
            kind = "channel" if chat.type == "channel" else f"{chat.type} chat"
            raise BotApiError(403, f"Forbidden: bot is not a member of the {kind}")
        return chat

    def _message_id(self, chat_id: int) -> int:
        message_id = self._next_message_id[chat_id]
        self._next_message_id[chat_id] = message_id + 1
        return message_id

    def _stored(self, chat_id: int, message_id: Any) -> JSON | None:
        return self._messages.get((chat_id, int(message_id))) if message_id else None

    def _message(self, chat: FakeChat, sender: FakeUser, body: JSON, thread: int | None) -> JSON:
        message: JSON = {
            "message_id": self._message_id(chat.id),
            "from": sender.to_dict(),
            "chat": chat.to_dict(),
            "date": int(time.time()),
        }
        if thread is not None:
            message.update(message_thread_id=int(thread), is_topic_message=True)
        message.update({k: v for k, v in body.items() if v not in (None, [])})
        self._messages[(chat.id, message["message_id"])] = message
        return message

    # ---------------------------------------------------------------- sendMessage and edits

    def _render(self, params: JSON) -> Version:
        source = params.get("text")
        if source is None or not str(source).strip():
            raise bad_request("message text is empty")
        source = str(source)
        parse_mode = params.get("parse_mode") or None
        text, entities = _format(source, parse_mode, params.get("entities"))
        if not text.strip():
            raise bad_request("message text is empty")
        if len(text) > MAX_TEXT_LENGTH:
            raise bad_request("message is too long")
        markup = _check_markup(params.get("reply_markup"))
        preview = params.get("link_preview_options")
        if preview is None and params.get("disable_web_page_preview"):
            preview = {"is_disabled": True}
        date = int(time.time())
        return Version(text, source, parse_mode, entities, markup, preview, date)

    def _reply_target(self, chat: FakeChat, params: JSON) -> JSON | None:
        reply = params.get("reply_parameters") or {}
        if not reply and params.get("reply_to_message_id"):
            reply = {"message_id": params["reply_to_message_id"]}
            reply["allow_sending_without_reply"] = params.get("allow_sending_without_reply")
        if not reply:
            return None
        target_chat = self._chat(reply["chat_id"]) if reply.get("chat_id") else chat
        target = self._stored(target_chat.id, reply.get("message_id"))
        if target is None and not reply.get("allow_sending_without_reply"):
            raise bad_request("message to be replied not found")
        return target

    def _send_message(self, params: JSON) -> JSON:
        chat = self._chat_for_bot(params.get("chat_id"))
        version = self._render(params)
        target = self._reply_target(chat, params)
        thread = params.get("message_thread_id")
        if thread is not None and (chat.id, int(thread)) in self._gone_topics:
            raise BotApiError(400, THREAD_NOT_FOUND)
        body = _version_body(version)
        body["reply_to_message"] = _without_reply(target)
        message = self._message(chat, self.bot, body, thread)
        sent = SentMessage(
            chat.id,
            message["message_id"],
            next(self._seq),
            [version],
            reply_to=target["message_id"] if target else None,
            thread_id=int(thread) if thread is not None else None,
        )
        self._sent.append(sent)
        self._bot_messages[(chat.id, sent.message_id)] = sent
        self._event("sent", sent)
        return message

    def _editable(self, params: JSON) -> tuple[JSON, SentMessage]:
        if params.get("inline_message_id"):
            raise bad_request("inline messages are not supported by the fake")
        chat = self._chat_for_bot(params.get("chat_id"))
        message = self._stored(chat.id, params.get("message_id"))
        if message is None:
            raise bad_request("message to edit not found")
        sent = self._bot_messages.get((chat.id, message["message_id"]))
        if sent is None:
            raise bad_request("message can't be edited")
        return message, sent

    def _apply_edit(self, message: JSON, sent: SentMessage, version: Version) -> JSON:
        old = sent.current
        same_text = (old.text, old.entities) == (version.text, version.entities)
        if same_text and old.reply_markup == version.reply_markup:
            raise BotApiError(400, NOT_MODIFIED)
        sent.versions.append(version)
        for key in ("text", "entities", "reply_markup", "link_preview_options"):
            message.pop(key, None)
        message.update({k: v for k, v in _version_body(version).items() if v not in (None, [])})
        message["edit_date"] = version.date
        self._event("edited", sent)
        return message

    def _edit_message_text(self, params: JSON) -> JSON:
        message, sent = self._editable(params)
        return self._apply_edit(message, sent, self._render(params))

    def _edit_reply_markup(self, params: JSON) -> JSON:
        message, sent = self._editable(params)
        markup = _check_markup(params.get("reply_markup"))
        old = sent.current
        version = Version(
            old.text,
            old.source,
            old.parse_mode,
            old.entities,
            markup,
            old.link_preview_options,
            int(time.time()),
        )
        return self._apply_edit(message, sent, version)

    def _delete_message(self, params: JSON) -> bool:
        chat = self._chat_for_bot(params.get("chat_id"))
        key = (chat.id, int(params.get("message_id") or 0))
        message = self._messages.get(key)
        if message is None:
            raise bad_request("message to delete not found")
        own = key in self._bot_messages
        if not own and chat.type != "private" and not self._is_admin(chat.id, self.bot.id):
            raise bad_request("message can't be deleted")
        del self._messages[key]
        self.deleted.append(key)
        if own:
            self._bot_messages[key].deleted = True
            self._event("deleted", self._bot_messages[key])
        self._changed()
        return True

    # ---------------------------------------------------------------- actions, reactions, queries

    def _record(self, method: str, params: JSON) -> bool:
        if method == "sendChatAction":
            self._chat_for_bot(params.get("chat_id"))
        self._records.append(Record(method, params, next(self._seq)))
        self.events.append({"kind": method, "params": params, "index": len(self.events)})
        self._changed()
        return True

    def _set_reaction(self, params: JSON) -> bool:
        chat = self._chat_for_bot(params.get("chat_id"))
        if self._stored(chat.id, params.get("message_id")) is None:
            raise bad_request("message to react not found")
        return self._record("setMessageReaction", params)

    def _answer_callback_query(self, params: JSON) -> bool:
        query = self._queries.get(str(params.get("callback_query_id")))
        if query is None or query.get("answered"):
            raise BotApiError(400, QUERY_TOO_OLD)
        query["answered"] = True
        return self._record("answerCallbackQuery", params)

    def _answer_inline_query(self, params: JSON) -> bool:
        """Check the results like Telegram (ids, titles, message texts, the button) and keep
        them, so that the user can see and choose one."""
        query = self._inline_queries.get(str(params.get("inline_query_id")))
        if query is None or query.get("answered"):
            raise BotApiError(400, QUERY_TOO_OLD)
        results = params.get("results") or []
        if len(results) > MAX_INLINE_RESULTS:
            raise bad_request("RESULTS_TOO_MUCH")
        ids = [str(r.get("id", "")) for r in results]
        if len(set(ids)) != len(ids) or not all(1 <= len(i.encode()) <= 64 for i in ids):
            raise bad_request("RESULT_ID_INVALID" if all(ids) else "RESULT_ID_EMPTY")
        for result in results:
            _check_inline_result(result)
        button = params.get("button")
        if button is not None:
            _check_results_button(button)
        query["answered"] = True
        answer = InlineAnswer(
            str(params["inline_query_id"]),
            query["query"],
            query["from"]["id"],
            results,
            params.get("cache_time"),
            bool(params.get("is_personal")),
            button,
            next(self._seq),
        )
        self.inline_answers.append(answer)
        self.events.append(
            {"kind": "answerInlineQuery", "params": params, "index": len(self.events)}
        )
        self._changed()
        return True

    def _of(self, method: str) -> list[JSON]:
        return [record.params for record in self._records if record.method == method]

    @property
    def actions(self) -> list[JSON]:
        """sendChatAction calls: chat_id, action[, message_thread_id]."""
        return self._of("sendChatAction")

    @property
    def reactions(self) -> list[JSON]:
        """setMessageReaction calls: chat_id, message_id, reaction[, is_big]."""
        return self._of("setMessageReaction")

    @property
    def callback_answers(self) -> list[JSON]:
        """answerCallbackQuery calls: callback_query_id[, text, show_alert, url, cache_time]."""
        return self._of("answerCallbackQuery")

    # ---------------------------------------------------------------- chat info and membership

    def _get_chat(self, params: JSON) -> JSON:
        chat = self._chat(params.get("chat_id")).to_dict()
        chat.update(
            accent_color_id=0,
            max_reaction_count=11,
            accepted_gift_types={
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        )
        return chat

    def _is_admin(self, chat_id: int, user_id: int) -> bool:
        owner, admins = self._admins.get(chat_id, (None, set()))
        return user_id == owner or user_id in admins

    def _member(self, chat: FakeChat, user_id: int) -> JSON:
        user = self.bot if user_id == self.bot.id else self.users.get(user_id)
        if user is None:
            raise bad_request("user not found")
        owner, admins = self._admins.get(chat.id, (None, set()))
        if user_id == owner:
            return {"status": "creator", "user": user.to_dict(), "is_anonymous": False}
        if user_id in admins:
            return _administrator(user, chat)
        present = user_id != self.bot.id or chat.id not in self.left_chats
        if chat.type == "private":
            present = user_id in (chat.id, self.bot.id)
        return {"status": "member" if present else "left", "user": user.to_dict()}

    def _get_chat_member(self, params: JSON) -> JSON:
        return self._member(self._chat(params.get("chat_id")), int(params.get("user_id") or 0))

    def _get_chat_administrators(self, params: JSON) -> list[JSON]:
        chat = self._chat(params.get("chat_id"))
        if chat.type == "private":
            raise bad_request("there are no administrators in the private chat")
        owner, admins = self._admins.get(chat.id, (None, set()))
        ids = ([owner] if owner is not None else []) + sorted(admins - {owner})
        return [self._member(chat, user_id) for user_id in ids]

    def _leave_chat(self, params: JSON) -> bool:
        chat = self._chat(params.get("chat_id"))
        if chat.type == "private":
            raise bad_request("chat member status can't be changed in private chats")
        self.left_chats.add(chat.id)
        self._changed()
        return True

    # ================================================================ test controls: people

    def user(
        self,
        first_name: str,
        username: str | None = None,
        *,
        user_id: int | None = None,
        language_code: str | None = "en",
        last_name: str | None = None,
    ) -> FakeUser:
        """A Telegram user who can talk to the bot."""
        user = FakeUser(
            user_id or next(self._ids), first_name, username, last_name, language_code=language_code
        )
        self.users[user.id] = user
        return user

    def private_chat(self, user: FakeUser | int) -> FakeChat:
        """The user's private chat with the bot (its id is the user's id, as on Telegram)."""
        person = self._user(user)
        chat = FakeChat(
            person.id, "private", username=person.username, first_name=person.first_name
        )
        self.chats[chat.id] = chat
        return chat

    def group(self, title: str, *, chat_id: int | None = None) -> FakeChat:
        """A basic group (negative id)."""
        return self._add_chat(FakeChat(chat_id or -next(self._ids), "group", title))

    def supergroup(
        self,
        title: str,
        *,
        forum: bool = False,
        username: str | None = None,
        chat_id: int | None = None,
    ) -> FakeChat:
        """A supergroup (id -100…); `forum=True` for one with topics."""
        chat_id = chat_id or -(1_000_000_000_000 + next(self._ids))
        return self._add_chat(FakeChat(chat_id, "supergroup", title, username, is_forum=forum))

    def channel(
        self, title: str, username: str | None = None, *, chat_id: int | None = None
    ) -> FakeChat:
        """A channel, e.g. the origin of a forwarded post."""
        chat_id = chat_id or -(1_000_000_000_000 + next(self._ids))
        return self._add_chat(FakeChat(chat_id, "channel", title, username))

    def _add_chat(self, chat: FakeChat) -> FakeChat:
        self.chats[chat.id] = chat
        return chat

    def _user(self, user: FakeUser | int) -> FakeUser:
        if isinstance(user, FakeUser):
            self.users.setdefault(user.id, user)
            return user
        if int(user) not in self.users:
            raise KeyError(f"unknown user {user}")
        return self.users[int(user)]

    def _known_chat(self, chat: FakeChat | int | str) -> FakeChat:
        if isinstance(chat, FakeChat):
            self.chats.setdefault(chat.id, chat)
            return chat
        return self._chat(chat)

    def set_admins(
        self,
        chat: FakeChat | int,
        admins: Iterable[FakeUser | int] = (),
        *,
        owner: FakeUser | int | None = None,
    ) -> None:
        """Who administers `chat`; include `fake.bot` to make the bot an admin (sees all)."""
        chat_id = self._known_chat(chat).id
        ids = {a.id if isinstance(a, FakeUser) else int(a) for a in admins}
        owner_id = owner.id if isinstance(owner, FakeUser) else owner
        self._admins[chat_id] = (owner_id, ids)

    # ---------------------------------------------------------------- forward origins

    def origin_channel(
        self,
        channel: FakeChat | int,
        message_id: int,
        *,
        author_signature: str | None = None,
        date: int | None = None,
    ) -> JSON:
        """A channel post's origin; with the channel's username it makes a t.me permalink."""
        origin: JSON = {
            "type": "channel",
            "chat": self._known_chat(channel).to_dict(),
            "message_id": message_id,
            "date": date or int(time.time()),
        }
        if author_signature:
            origin["author_signature"] = author_signature
        return origin

    def origin_user(self, user: FakeUser | int, *, date: int | None = None) -> JSON:
        return {
            "type": "user",
            "sender_user": self._user(user).to_dict(),
            "date": date or int(time.time()),
        }

    def origin_hidden_user(self, name: str, *, date: int | None = None) -> JSON:
        return {"type": "hidden_user", "sender_user_name": name, "date": date or int(time.time())}

    def origin_chat(self, chat: FakeChat | int, *, date: int | None = None) -> JSON:
        return {
            "type": "chat",
            "sender_chat": self._known_chat(chat).to_dict(),
            "date": date or int(time.time()),
        }

    def _resolve_origin(self, origin: JSON | None) -> JSON | None:
        """Fill shorthand ids (`chat_id`, `sender_user_id`, `sender_chat_id`) from control calls."""
        if origin is None:
            return None
        origin = dict(origin)
        origin.setdefault("date", int(time.time()))
        if "chat_id" in origin:
            origin["chat"] = self._known_chat(origin.pop("chat_id")).to_dict()
        if "sender_user_id" in origin:
            origin["sender_user"] = self._user(origin.pop("sender_user_id")).to_dict()
        if "sender_chat_id" in origin:
            origin["sender_chat"] = self._known_chat(origin.pop("sender_chat_id")).to_dict()
        return origin

    # ---------------------------------------------------------------- what users do

    def _queue(self, kind: str, payload: JSON) -> JSON:
        update = {"update_id": self._next_update_id, kind: copy.deepcopy(payload)}
        self._next_update_id += 1
        if self.webhook is not None:
            self._deliver_later(update)
        else:
            self._updates.append(update)
        self._changed()
        return update

    def _bot_sees(
        self, chat: FakeChat, text: str, entities: list[JSON], reply: JSON | None
    ) -> bool:
        """Privacy mode: in groups the bot only sees commands, mentions and replies to itself."""
        if chat.id in self.left_chats:
            return False
        if not chat.is_group or self.can_read_all_group_messages:
            return True
        if self._is_admin(chat.id, self.bot.id):
            return True
        if reply is not None and reply.get("from", {}).get("id") == self.bot.id:
            return True
        me = f"@{self.bot.username}".lower()
        for entity in entities:
            value = entity_text(text, entity).lower()
            if entity["type"] == "mention" and value == me:
                return True
            addressed = "@" not in value or value.endswith(me)
            if entity["type"] == "bot_command" and entity["offset"] == 0 and addressed:
                return True
        return False

    def user_says(
        self,
        chat: FakeChat | int,
        user: FakeUser | int,
        text: str = "",
        *,
        reply_to: int | None = None,
        entities: list[JSON] | None = None,
        forward_origin: JSON | None = None,
        caption: str | None = None,
        thread_id: int | None = None,
        edit_of: int | None = None,
    ) -> JSON:
        """A user's message (or, with `edit_of`, an edit of one); returns the Message as sent.

        Entities default to what Telegram detects (url, mention, bot_command, UTF-16 offsets);
        `caption` makes it a photo with that caption; `thread_id` puts it in a forum topic.
        """
        where, person = self._known_chat(chat), self._user(user)
        if caption is not None and text:
            raise ValueError("a message has either text or a caption, not both")
        content = caption if caption is not None else text
        found = detect_entities(content) if entities is None else entities
        reply = self._stored(where.id, reply_to) if reply_to else None
        if reply_to and reply is None:
            raise KeyError(f"no message {reply_to} in chat {where.id}")
        body = _user_body(text, caption, found)
        body["reply_to_message"] = _without_reply(reply)
        body["forward_origin"] = self._resolve_origin(forward_origin)
        if edit_of is not None:
            message = self._edit_user_message(where, person, edit_of, body)
            kind = "edited_message"
        else:
            message = self._message(where, person, body, thread_id)
            kind = "message"
        if self._bot_sees(where, content, found, reply):
            self._queue(kind, message)
        return message

    def _edit_user_message(
        self, chat: FakeChat, user: FakeUser, message_id: int, body: JSON
    ) -> JSON:
        old = self._stored(chat.id, message_id)
        if old is None or old["from"]["id"] != user.id:
            raise KeyError(f"user {user.id} has no message {message_id} in chat {chat.id}")
        edited = {
            k: v
            for k, v in old.items()
            if k not in ("text", "entities", "caption", "caption_entities", "photo")
        }
        edited.update({k: v for k, v in body.items() if v not in (None, [])})
        edited["edit_date"] = int(time.time())
        self._messages[(chat.id, message_id)] = edited
        return edited

    def user_presses(
        self, chat: FakeChat | int, user: FakeUser | int, message_id: int, data: str
    ) -> JSON:
        """The user presses the inline button carrying `data` on a bot message."""
        where, person = self._known_chat(chat), self._user(user)
        sent = self._bot_messages.get((where.id, message_id))
        if sent is None or sent.deleted:
            raise KeyError(f"no bot message {message_id} in chat {where.id}")
        if data not in [b.get("callback_data") for b in sent.buttons()]:
            raise KeyError(f"message {message_id} has no button with callback_data {data!r}")
        query = {
            "id": str(next(self._ids) * 7919),
            "from": person.to_dict(),
            "message": self._messages[(where.id, message_id)],
            "chat_instance": str(abs(where.id) * 31 + 7),
            "data": data,
        }
        self._queries[query["id"]] = {"answered": False}
        self._queue("callback_query", query)
        return query

    def user_queries_inline(
        self, user: FakeUser | int, query: str, *, chat_type: str = "sender", offset: str = ""
    ) -> JSON:
        """The user types `@bot QUERY` in some chat (`chat_type`: sender, private, group,
        supergroup, channel). Bots without inline mode (/setinline) never get it: returns {}."""
        person = self._user(user)
        if not self.supports_inline_queries:
            return {}
        inline = {
            "id": str(next(self._ids) * 7907),
            "from": person.to_dict(),
            "query": query,
            "offset": offset,
            "chat_type": chat_type,
        }
        self._inline_queries[inline["id"]] = {"answered": False, **inline}
        self._queue("inline_query", inline)
        return inline

    async def wait_for_inline_answer(self, query_id: str, timeout: float = 5.0) -> InlineAnswer:
        """The bot's answer to an inline query; TimeoutError when none comes in `timeout`."""

        def answered() -> InlineAnswer | None:
            return next((a for a in self.inline_answers if a.query_id == query_id), None)

        if not await self.wait_until(lambda: answered() is not None, timeout):
            raise TimeoutError(f"inline query {query_id} not answered in {timeout}s")
        found = answered()
        assert found is not None
        return found

    def user_chooses_inline_result(
        self, chat: FakeChat | int, user: FakeUser | int, query_id: str, result_id: str
    ) -> JSON:
        """The user picks a result: Telegram posts its message in `chat` as the user's, "via"
        the bot (the bot gets it only where it sees the chat's messages), and with inline
        feedback on sends the bot a chosen_inline_result update."""
        where, person = self._known_chat(chat), self._user(user)
        answer = next(a for a in self.inline_answers if a.query_id == query_id)
        result = answer.result(result_id)
        content = result["input_message_content"]
        params = {
            "text": content["message_text"],
            "parse_mode": content.get("parse_mode"),
            "entities": content.get("entities"),
            "link_preview_options": content.get("link_preview_options"),
            "reply_markup": result.get("reply_markup"),
        }
        version = self._render(params)
        body = _version_body(version)
        body["via_bot"] = self.bot.to_dict()
        message = self._message(where, person, body, None)
        post = SentMessage(where.id, message["message_id"], next(self._seq), [version])
        self.inline_posts.append(post)
        self._event("inline_post", post)
        if self._bot_sees(where, version.text, [], None):
            self._queue("message", message)
        if self.inline_feedback:
            chosen = {"result_id": result_id, "from": person.to_dict(), "query": answer.query}
            self._queue("chosen_inline_result", chosen)
        return message

    def bot_added_to_group(self, chat: FakeChat | int, by_user: FakeUser | int) -> JSON:
        """Someone adds the bot: a my_chat_member update, then the new_chat_members message."""
        where, person = self._known_chat(chat), self._user(by_user)
        if not where.is_group:
            raise ValueError("the bot can only be added to a group or supergroup")
        self.left_chats.discard(where.id)
        member_update = {
            "chat": where.to_dict(),
            "from": person.to_dict(),
            "date": int(time.time()),
            "old_chat_member": {"status": "left", "user": self.bot.to_dict()},
            "new_chat_member": {"status": "member", "user": self.bot.to_dict()},
        }
        self._queue("my_chat_member", member_update)
        service = {"new_chat_members": [self.bot.to_dict()]}
        self._queue("message", self._message(where, person, service, None))
        return member_update

    def bot_removed_from_group(self, chat: FakeChat | int, by_user: FakeUser | int) -> JSON:
        """Someone removes the bot: a my_chat_member update (member -> kicked)."""
        where, person = self._known_chat(chat), self._user(by_user)
        self.left_chats.add(where.id)
        member_update = {
            "chat": where.to_dict(),
            "from": person.to_dict(),
            "date": int(time.time()),
            "old_chat_member": {"status": "member", "user": self.bot.to_dict()},
            "new_chat_member": {
                "status": "kicked",
                "user": self.bot.to_dict(),
                "until_date": 0,
            },
        }
        self._queue("my_chat_member", member_update)
        return member_update

    def upgrade_to_supergroup(
        self,
        group: FakeChat | int,
        by_user: FakeUser | int,
        *,
        chat_id: int | None = None,
        announce: Iterable[str] = ("to", "from"),
    ) -> FakeChat:
        """A basic group becomes a supergroup with a new id, as Telegram does it: the bot's
        calls to the old id fail with 400 and `migrate_to_chat_id`, and the bot gets the
        service messages named in `announce`, in that order: "to" (in the old group, with
        `migrate_to_chat_id`) and "from" (in the supergroup, with `migrate_from_chat_id`)."""
        old, person = self._known_chat(group), self._user(by_user)
        if old.type != "group":
            raise ValueError("only a basic group can be upgraded to a supergroup")
        new = self.supergroup(old.title or "", chat_id=chat_id)
        self.migrated[old.id] = new.id
        if old.id in self._admins:
            self._admins[new.id] = self._admins[old.id]
        if old.id in self.left_chats:
            self.left_chats.add(new.id)
            return new
        for which in announce:
            if which == "to":
                body: JSON = {"migrate_to_chat_id": new.id}
                self._queue("message", self._message(old, person, body, None))
            elif which == "from":
                body = {"migrate_from_chat_id": old.id}
                self._queue("message", self._message(new, person, body, None))
            else:
                raise ValueError(f"announce 'to' or 'from', not {which!r}")
        return new

    def delete_topic(self, chat: FakeChat | int, thread_id: int) -> None:
        """A forum topic is deleted: sending into it fails with "message thread not found"."""
        self._gone_topics.add((self._known_chat(chat).id, int(thread_id)))

    # ---------------------------------------------------------------- failure injection

    def fail_next(
        self,
        method: str,
        error_code: int,
        description: str | None = None,
        retry_after: int | None = None,
        *,
        times: int = 1,
        after: int = 0,
        parameters: JSON | None = None,
    ) -> None:
        """Answer `times` calls of `method` with this error instead of handling them, once
        `after` calls went through. `parameters` are Telegram's ResponseParameters, e.g.
        {"migrate_to_chat_id": -100…} (`retry_after` fills in its own)."""
        extra = dict(parameters or {})
        if retry_after is not None:
            extra["retry_after"] = retry_after
        text = description or default_description(error_code, retry_after)
        error = BotApiError(error_code, text, extra or None)
        self._failures[method.lower()].append(_Injected(error, times, after))

    # ---------------------------------------------------------------- reading what the bot did

    def sent(self, chat: FakeChat | int | None = None) -> list[SentMessage]:
        """Messages the bot sent (in order), optionally only those in `chat`."""
        if chat is None:
            return list(self._sent)
        chat_id = chat.id if isinstance(chat, FakeChat) else int(chat)
        return [message for message in self._sent if message.chat_id == chat_id]

    async def wait_for_sent(
        self,
        what: int | Callable[[SentMessage], bool] = 1,
        *,
        chat: FakeChat | int | None = None,
        timeout: float = 5.0,
    ) -> list[SentMessage]:
        """Wait until `what` messages were sent (or one matches `what`); returns them.

        Raises TimeoutError, listing what was sent, when that does not happen within `timeout`.
        """

        def found() -> list[SentMessage]:
            messages = self.sent(chat)
            return [m for m in messages if what(m)] if callable(what) else messages

        def enough() -> bool:
            return len(found()) >= (1 if callable(what) else what)

        if not await self.wait_until(enough, timeout):
            texts = [m.text for m in self.sent(chat)]
            raise TimeoutError(f"bot sent {len(texts)} message(s) in {timeout}s: {texts!r}")
        return found()

    def _event(self, kind: str, sent: SentMessage) -> None:
        event = {"kind": kind, "index": len(self.events)}
        event.update(sent.to_dict())
        self.events.append(event)
        self._changed()

    async def wait_for_events(self, since: int = 0, timeout: float = 5.0) -> list[JSON]:
        """Events (sent, edited, deleted, recorded calls) from index `since`; waits for one."""
        await self.wait_until(lambda: len(self.events) > since, timeout)
        return self.events[since:]

    # ================================================================ HTTP: the control API

    async def _handle_control(self, request: web.Request) -> web.Response:
        action = request.match_info["action"]
        handler = self._controls.get(action)
        if handler is None:
            return web.json_response({"ok": False, "error": f"no action {action}"}, status=404)
        body: JSON = dict(request.query)
        if request.can_read_body:
            body.update(await request.json())
        try:
            result = handler(body)
            if inspect.isawaitable(result):
                result = await result
        except TimeoutError as exc:
            return web.json_response({"ok": False, "error": str(exc)}, status=408)
        except (KeyError, ValueError, TypeError, BotApiError) as exc:
            return web.json_response({"ok": False, "error": str(exc)}, status=400)
        return _ok(result)

    def _control_actions(self) -> dict[str, Callable[[JSON], Any | Awaitable[Any]]]:
        return {
            "users": lambda b: self.user(
                b["first_name"], b.get("username"), user_id=_opt_int(b.get("id"))
            ).to_dict(),
            "chats": self._control_chat,
            "user_says": self._control_says,
            "user_presses": lambda b: self.user_presses(
                int(b["chat_id"]), int(b["user_id"]), int(b["message_id"]), b["data"]
            ),
            "bot_added_to_group": lambda b: self.bot_added_to_group(
                int(b["chat_id"]), int(b["by_user_id"])
            ),
            "admins": lambda b: self.set_admins(
                int(b["chat_id"]), b.get("user_ids", []), owner=b.get("owner_id")
            ),
            "fail_next": lambda b: self.fail_next(
                b["method"],
                int(b["error_code"]),
                b.get("description"),
                b.get("retry_after"),
                times=int(b.get("times", 1)),
                after=int(b.get("after", 0)),
                parameters=b.get("parameters"),
            ),
            "upgrade_to_supergroup": lambda b: self.upgrade_to_supergroup(
                int(b["chat_id"]),
                int(b["by_user_id"]),
                chat_id=_opt_int(b.get("new_chat_id")),
                announce=b.get("announce", ("to", "from")),
            ).to_dict(),
            "delete_topic": lambda b: self.delete_topic(int(b["chat_id"]), int(b["thread_id"])),
            "sent": lambda b: [m.to_dict() for m in self.sent(_opt_int(b.get("chat_id")))],
            "wait_for_sent": self._control_wait_sent,
            "events": lambda b: self.wait_for_events(
                int(b.get("since", 0)), float(b.get("timeout", 0))
            ),
            "state": lambda b: self._state(),
        }

    def _control_chat(self, body: JSON) -> JSON:
        kind = body["type"]
        if kind == "private":
            chat = self.private_chat(int(body["user_id"]))
        elif kind == "group":
            chat = self.group(body["title"], chat_id=body.get("id"))
        elif kind == "supergroup":
            chat = self.supergroup(
                body["title"],
                forum=bool(body.get("is_forum")),
                username=body.get("username"),
                chat_id=body.get("id"),
            )
        elif kind == "channel":
            chat = self.channel(body["title"], body.get("username"), chat_id=body.get("id"))
        else:
            raise ValueError(f"unknown chat type {kind!r}")
        return chat.to_dict()

    def _control_says(self, body: JSON) -> JSON:
        return self.user_says(
            int(body["chat_id"]),
            int(body["user_id"]),
            body.get("text", ""),
            reply_to=_opt_int(body.get("reply_to")),
            entities=body.get("entities"),
            forward_origin=body.get("forward_origin"),
            caption=body.get("caption"),
            thread_id=_opt_int(body.get("thread_id")),
            edit_of=_opt_int(body.get("edit_of")),
        )

    async def _control_wait_sent(self, body: JSON) -> list[JSON]:
        messages = await self.wait_for_sent(
            int(body.get("count", 1)),
            chat=_opt_int(body.get("chat_id")),
            timeout=float(body.get("timeout", 5.0)),
        )
        return [m.to_dict() for m in messages]

    def _state(self) -> JSON:
        return {
            "me": self._me(),
            "actions": self.actions,
            "reactions": self.reactions,
            "callback_answers": self.callback_answers,
            "commands": {f"{s}|{lang}": c for (s, lang), c in self._commands.items()},
            "deleted": self.deleted,
            "left_chats": sorted(self.left_chats),
            "migrated": {str(old): new for old, new in self.migrated.items()},
            "pending_updates": len(self._updates),
        }


# --------------------------------------------------------------------------- helpers


def _opt_int(value: Any) -> int | None:
    return int(value) if value not in (None, "") else None


def _update_type(update: JSON) -> str:
    return next(key for key in update if key != "update_id")


def _scope_key(params: JSON) -> tuple[str, str]:
    scope = params.get("scope") or {"type": "default"}
    key = scope["type"] if set(scope) == {"type"} else json.dumps(scope, sort_keys=True)
    return key, params.get("language_code") or ""


def _format(
    source: str, parse_mode: str | None, entities: list[JSON] | None
) -> tuple[str, list[JSON]]:
    if parse_mode is None:
        return source, list(entities or [])
    if parse_mode.lower() == "html":
        return parse_html(source)
    if parse_mode.lower() in ("markdown", "markdownv2"):
        return source, []  # simplified: Markdown is not parsed
    raise bad_request(f"unsupported parse_mode {parse_mode}")


def _check_markup(markup: JSON | None) -> JSON | None:
    """Validate an inline keyboard like Telegram; other keyboards are recorded unchecked."""
    if not markup or "inline_keyboard" not in markup:
        return markup
    for row in markup["inline_keyboard"]:
        for button in row:
            _check_button(button)
    return markup


def _check_button(button: JSON) -> None:
    data = button.get("callback_data")
    if data is not None and not 1 <= len(str(data).encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
        raise bad_request("BUTTON_DATA_INVALID")
    url = button.get("url")
    if url is not None and _normalize_url(str(url)) is None:
        raise bad_request("BUTTON_URL_INVALID")
    if data is None and url is None and len(button) == 1:
        raise bad_request("text buttons are unallowed in the inline keyboard")


def _check_inline_result(result: JSON) -> None:
    """An InlineQueryResultArticle as Telegram checks it (other types: recorded unchecked)."""
    if result.get("type") != "article":
        return
    if not str(result.get("title") or "").strip():
        raise bad_request("RESULT_TITLE_EMPTY")
    content = result.get("input_message_content") or {}
    text = str(content.get("message_text") or "")
    if not text.strip():
        raise bad_request("MESSAGE_EMPTY")
    rendered, _ = _format(text, content.get("parse_mode"), content.get("entities"))
    if len(rendered) > MAX_TEXT_LENGTH:
        raise bad_request("MESSAGE_TOO_LONG")
    _check_markup(result.get("reply_markup"))


def _check_results_button(button: JSON) -> None:
    """An InlineQueryResultsButton: a text and exactly one of start_parameter or web_app."""
    if not str(button.get("text") or "").strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    start, web_app = button.get("start_parameter"), button.get("web_app")
    if (start is None) == (web_app is None):
        raise bad_request("BUTTON_TYPE_INVALID")
    if start is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", str(start)):
        raise bad_request("START_PARAM_INVALID")


def _version_body(version: Version) -> JSON:
    markup = version.reply_markup
    return {
        "text": version.text,
        "entities": version.entities,
        "link_preview_options": version.link_preview_options,
        "reply_markup": markup if markup and "inline_keyboard" in markup else None,
    }


def _user_body(text: str, caption: str | None, entities: list[JSON]) -> JSON:
    if caption is None:
        return {"text": text, "entities": entities}
    photo = [{"file_id": "fake-photo", "file_unique_id": "fake-photo", "width": 90, "height": 90}]
    return {"photo": photo, "caption": caption, "caption_entities": entities}


def _without_reply(message: JSON | None) -> JSON | None:
    """A replied-to message as Telegram nests it: without its own `reply_to_message`."""
    if message is None:
        return None
    return {k: v for k, v in message.items() if k != "reply_to_message"}


def _administrator(user: FakeUser, chat: FakeChat) -> JSON:
    rights = _words(
        "can_manage_chat can_delete_messages can_manage_video_chats can_restrict_members "
        "can_promote_members can_change_info can_invite_users can_post_stories can_edit_stories "
        "can_delete_stories can_pin_messages"
    )
    member: JSON = {
        "status": "administrator",
        "user": user.to_dict(),
        "can_be_edited": False,
        "is_anonymous": False,
    }
    member.update(dict.fromkeys(rights, True))
    if chat.is_forum:
        member["can_manage_topics"] = True
    return member
