"""The one place that wires python-telegram-bot: `build_application(settings)`."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from telegram import BotCommand, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults

from bot.config import Settings
from storage import Repository

log = logging.getLogger("counterclaim")

INGEST_CONCURRENCY = 4  # links fetched at the same time; the rest wait their turn
COMMANDS = [
    BotCommand("help", "how to use Counterclaim"),
    BotCommand("add", "read a link (or a story pasted as text)"),
    BotCommand("ask", "ask about the stories shared here"),
    BotCommand("list", "recent stories shared here"),
    BotCommand("forget", "forget the last story, a link, or all"),
    BotCommand("stats", "what this chat has shared"),
    BotCommand("settings", "this chat's settings"),
    BotCommand("digest", "a digest now, or: /digest daily 09:00 Europe/Berlin"),
    BotCommand("timeline", "a claim's steps so far: reply to a story, or name the claim"),
]


@dataclass
class Core:
    """What every handler needs: settings, the repository, and limits on background work."""

    settings: Settings
    repo: Repository
    ingest_slots: asyncio.Semaphore = field(
        default_factory=lambda: asyncio.Semaphore(INGEST_CONCURRENCY)
    )
    username: str = ""
    reads_all_group_messages: bool = False


def build_application(settings: Settings) -> Application:
    """A configured Application: HTML by default, rate-limited, handlers registered.

    The database is opened in post_init and closed in post_shutdown, so nothing runs at import.
    """
    from handlers import register  # handlers import bot modules; keep the import one-way

    if not settings.telegram_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    defaults = Defaults(
        parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)
    )
    application = (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(file_url_for(settings.telegram_api_base_url))
        .defaults(defaults)
        .rate_limiter(AIORateLimiter(max_retries=3))
        .concurrent_updates(True)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .build()
    )
    application.bot_data["settings"] = settings
    register(application)
    return application


def file_url_for(base_url: str) -> str:
    """Telegram's file URL beside a bot API base URL (".../bot" -> ".../file/bot")."""
    head, sep, _ = base_url.rpartition("/bot")
    return f"{head}/file/bot" if sep else base_url.rstrip("/") + "/file/bot"


async def _post_init(application: Application) -> None:
    settings: Settings = application.bot_data["settings"]
    repo = await Repository.open(settings.db_path)
    me = await application.bot.get_me()
    core = Core(settings, repo, username=me.username or "")
    core.reads_all_group_messages = bool(me.can_read_all_group_messages)
    application.bot_data["core"] = core
    await application.bot.set_my_commands(COMMANDS)
    log.info("Counterclaim is @%s, database %s", core.username, settings.db_path)
    from handlers.digest import restore_digests
    from handlers.links import resume_queue

    if application.job_queue is not None:
        application.job_queue.run_once(resume_queue, when=0, name="resume-queue")
    await restore_digests(application)


async def _post_shutdown(application: Application) -> None:
    core: Core | None = application.bot_data.get("core")
    if core is not None:
        await core.repo.close()


@asynccontextmanager
async def running(application: Application) -> AsyncIterator[Application]:
    """Run an application inside an existing event loop (tests, the console) the way
    `run_polling` runs it: initialize, post_init, start, poll; and stop likewise."""
    await application.initialize()
    if application.post_init:
        await application.post_init(application)
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0, timeout=1)
    try:
        yield application
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
        if application.post_shutdown:
            await application.post_shutdown(application)
