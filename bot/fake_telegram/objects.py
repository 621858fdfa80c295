"""What the fake keeps: users, chats, messages the bot sent (with their versions), records."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from bot.fake_telegram.constants import JSON, BotApiError

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
class _Injected:
    error: BotApiError
    times: int
    after: int = 0  # calls let through before the first failure


@dataclass
class _Hold:
    gate: asyncio.Event
    waiting: int = 0
    drop: bool = False


@dataclass
class _Flood:
    retry_after: int
    times: int
    refused: dict[str, float] = field(default_factory=dict)  # a call -> when it may come again


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
