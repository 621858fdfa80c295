"""The error handler: log the failure; in a private chat, say so in one line."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

log = logging.getLogger(__name__)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    log.error("while handling %r", update, exc_info=context.error)
    if not isinstance(update, Update) or update.effective_message is None:
        return
    if update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE:
        await update.effective_message.reply_text(
            "Something went wrong on my side with that message; please try again."
        )
