"""Inline mode: answer `@bot QUESTION` typed in any chat from the user's own private stories."""

from __future__ import annotations

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot.answer.inline import SHARE_FIRST, InlineItem, inline_reply
from handlers.common import core_of

CACHE_SECONDS = 10  # results are personal and stories change: Telegram caches them briefly
START_PARAMETER = "inline"  # the /start payload of the "share a link first" button


def _result(item: InlineItem) -> InlineQueryResultArticle:
    return InlineQueryResultArticle(
        id=item.id,
        title=item.title,
        description=item.description,
        input_message_content=InputTextMessageContent(
            item.text,
            parse_mode=ParseMode.HTML,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        ),
    )


async def on_inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Results from the stories this user shared in their private chat (chat id = user id)."""
    query = update.inline_query
    if query is None:
        return
    reply = await inline_reply(core_of(context).repo, query.from_user.id, query.query)
    button = (
        InlineQueryResultsButton(text=SHARE_FIRST, start_parameter=START_PARAMETER)
        if reply.share_button
        else None
    )
    await query.answer(
        [_result(item) for item in reply.items],
        cache_time=CACHE_SECONDS,
        is_personal=True,
        button=button,
    )
