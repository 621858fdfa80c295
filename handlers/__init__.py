"""Telegram handlers: turn updates into calls of the core and results into messages."""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

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
)
from handlers.common import core_of
from handlers.errors import on_error


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
    """Add every handler to the application, in the order they are tried."""
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
    application.add_error_handler(on_error)
