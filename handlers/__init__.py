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
    MessageHandler,
    TypeHandler,
    filters,
)

from handlers import buttons, commands, digest, help, membership, messages, questions
from handlers.errors import on_error


async def _allowed_only(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """With COUNTERCLAIM_ALLOWED_CHATS set, updates from other chats go no further."""
    allowed = context.application.bot_data["settings"].allowed_chats
    chat = update.effective_chat if isinstance(update, Update) else None
    if allowed and (chat is None or chat.id not in allowed):
        raise ApplicationHandlerStop


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
