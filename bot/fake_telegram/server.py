"""A fake Telegram Bot API server on 127.0.0.1 that an unmodified python-telegram-bot
Application can poll; tests and the `counterclaim chat` console drive it as Telegram users."""

from __future__ import annotations

import asyncio
import itertools
from collections import defaultdict, deque
from collections.abc import Callable

from aiohttp import web

from bot.fake_telegram.bot_api import BotApi
from bot.fake_telegram.constants import DEFAULT_ALLOWED_UPDATES, JSON
from bot.fake_telegram.control import ControlApi
from bot.fake_telegram.inline import Inline, InlineAnswer
from bot.fake_telegram.objects import (
    FakeChat,
    FakeUser,
    Record,
    SentMessage,
    _Flood,
    _Hold,
    _Injected,
    _Signal,
)
from bot.fake_telegram.people import People
from bot.fake_telegram.webhook import Webhook

# --------------------------------------------------------------------------- the server


class FakeTelegram(BotApi, People, ControlApi, Inline, Webhook):
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
        first_update_id: int = 100_000,
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
        self._first_update_id = self._next_update_id = first_update_id
        self._allowed = DEFAULT_ALLOWED_UPDATES
        self._poll_generation = 0
        self._queries: dict[str, JSON] = {}
        self._admins: dict[int, tuple[int | None, set[int]]] = {}
        self._commands: dict[tuple[str, str], list[JSON]] = {}
        self._failures: dict[str, deque[_Injected]] = defaultdict(deque)
        self._holds: dict[str, _Hold] = {}
        self._floods: dict[str, _Flood] = {}
        self.early_calls: list[tuple[str, JSON]] = []  # calls sent before retry_after was up
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
        self._webhook_state()
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
        await self._close_webhook()
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
