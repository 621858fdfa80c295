"""The one place that wires python-telegram-bot: `build_application(settings)` builds the
Application, `register` adds every handler in the order they are tried, and `run` runs it
(long polling, or a webhook)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlsplit

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.config import Settings
from bot.statements.syntax import load_parser
from handlers import (
    buttons,
    commands,
    digest,
    help,
    inline,
    membership,
    messages,
    questions,
    timeline,
    workers,
)
from handlers.common import Core, core_of
from handlers.errors import on_error
from handlers.ordering import ChatOrderedProcessor
from handlers.scheduling import restore_digests, start_digest_sync
from storage import Repository, shown

log = logging.getLogger("counterclaim")

FLOOD_RETRIES = 10  # a 429 is waited out (retry_after) and the call sent again, this many times
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


def build_application(settings: Settings) -> Application:
    """A configured Application: HTML by default, rate-limited, handlers registered.

    The database is opened in post_init and closed in post_shutdown, so nothing runs at import.
    """
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
        .rate_limiter(
            AIORateLimiter(overall_max_rate=settings.send_rate, max_retries=FLOOD_RETRIES)
        )
        .concurrent_updates(ChatOrderedProcessor())  # one chat in order, chats at once
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .build()
    )
    application.bot_data["settings"] = settings
    register(application)
    return application


async def _allowed_only(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """With COUNTERCLAIM_ALLOWED_CHATS set, updates from other chats go no further. A group
    on the list stays allowed when Telegram upgrades it to a supergroup with a new id."""
    allowed = context.application.bot_data["settings"].allowed_chats
    chat = update.effective_chat if isinstance(update, Update) else None
    if not allowed or (chat is not None and chat.id in allowed):
        return
    if chat is not None and await _upgraded_from(update, context, allowed, chat.id):
        return
    if update.inline_query is not None and update.inline_query.from_user.id in allowed:
        return  # an inline query answers from the user's private chat, whose id is theirs
    raise ApplicationHandlerStop


async def _upgraded_from(
    update: Update, context: ContextTypes.DEFAULT_TYPE, allowed: frozenset[int], chat_id: int
) -> bool:
    """True for a supergroup made from an allowed group: its first message says so, and the
    move is remembered in the chat's settings for every later one."""
    message = update.effective_message
    if message is not None and message.migrate_from_chat_id in allowed:
        return True
    settings = await core_of(context).repo.chat_settings(chat_id)
    return settings.get("migrated_from") in allowed


def register(application: Application) -> None:
    """Add every handler to the application, in the order they are tried. In a group only the
    first handler that takes an update runs, so the two gates have a group each."""
    application.add_handler(TypeHandler(Update, workers.once_per_update), group=-2)
    application.add_handler(TypeHandler(Update, _allowed_only), group=-1)
    application.add_handler(CommandHandler("start", help.start))
    application.add_handler(CommandHandler("help", help.help_command))
    application.add_handler(CommandHandler("add", commands.add))
    application.add_handler(CommandHandler("ask", questions.ask_command))
    application.add_handler(CommandHandler("list", commands.list_stories))
    application.add_handler(CommandHandler("forget", commands.forget))
    application.add_handler(CommandHandler("stats", commands.stats))
    application.add_handler(CommandHandler("settings", commands.settings))
    application.add_handler(CommandHandler("digest", digest.digest_command))
    application.add_handler(CommandHandler("timeline", timeline.timeline_command))
    application.add_handler(InlineQueryHandler(inline.on_inline_query))
    application.add_handler(CallbackQueryHandler(buttons.on_button, pattern=r"^[sw]:\d+$"))
    application.add_handler(
        ChatMemberHandler(membership.on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER)
    )
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, membership.on_migrate))
    application.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGES & (filters.TEXT | filters.CAPTION) & ~filters.COMMAND,
            messages.on_message,
        )
    )
    application.add_handler(
        MessageHandler(filters.COMMAND & filters.ChatType.PRIVATE, help.unknown_command)
    )
    application.add_error_handler(on_error)


def run(
    settings: Settings,
    *,
    webhook_url: str | None = None,
    listen: str = "127.0.0.1",
    port: int = 8443,
    secret_token: str | None = None,
) -> None:
    """Run the bot until SIGTERM/^C: long polling, or a webhook when `webhook_url` is set."""
    application = build_application(settings)
    if webhook_url:
        application.run_webhook(
            listen=listen,
            port=port,
            url_path=urlsplit(webhook_url).path.lstrip("/"),
            webhook_url=webhook_url,
            secret_token=secret_token,
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)


def file_url_for(base_url: str) -> str:
    """Telegram's file URL beside a bot API base URL (".../bot" -> ".../file/bot")."""
    head, sep, _ = base_url.rpartition("/bot")
    return f"{head}/file/bot" if sep else base_url.rstrip("/") + "/file/bot"


async def _post_init(application: Application) -> None:
    settings: Settings = application.bot_data["settings"]
    await asyncio.to_thread(load_parser)  # the statement parser, before the first link arrives
    repo = await Repository.open(settings.db_path)
    me = await application.bot.get_me()
    core = Core(settings, repo, username=me.username or "")
    core.reads_all_group_messages = bool(me.can_read_all_group_messages)
    core.owner = workers.owner_id()
    application.bot_data["core"] = core
    await application.bot.set_my_commands(COMMANDS)
    log.info(
        "Counterclaim is @%s, database %s, worker %s",
        core.username,
        shown(settings.db_path),
        core.owner,
    )
    await workers.release_dead(core)
    workers.start_jobs(application, core)  # the sweep at once reads what a stopped run left
    await restore_digests(application)
    start_digest_sync(application)


async def _post_shutdown(application: Application) -> None:
    core: Core | None = application.bot_data.get("core")
    if core is not None:
        await workers.stop(core)
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
