"""The story card's buttons: all statements, who denied it. Data: "s:<id>" / "w:<id>"."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.render.cards import all_statements, who_denied
from handlers.common import core_of


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None or query.message is None:
        return
    core = core_of(context)
    kind, _, raw_id = (query.data or "").partition(":")
    chat_id = query.message.chat.id
    article_id = int(raw_id) if raw_id.isdigit() else None
    if article_id is None or await core.repo.share(chat_id, article_id) is None:
        await query.answer("That story is no longer shared here.", show_alert=True)
        return
    article = await core.repo.article(article_id)
    if article is None:
        await query.answer("That story is gone.", show_alert=True)
        return
    statements = [s.statement for s in await core.repo.statements_for(article_id)]
    await query.answer()
    texts = (
        all_statements(article, statements) if kind == "s" else [who_denied(article, statements)]
    )
    for text in texts:
        await context.bot.send_message(
            chat_id,
            text,
            reply_to_message_id=query.message.message_id,
            message_thread_id=getattr(query.message, "message_thread_id", None),
        )
