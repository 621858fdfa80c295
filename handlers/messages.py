"""The router for ordinary messages: links, forwarded posts, questions, small talk."""

from __future__ import annotations

from telegram import Message, MessageOriginChannel, Update
from telegram.ext import ContextTypes

from bot.ingest import is_pasted_story
from handlers.common import core_of, is_private, links_in, mentions_bot, replies_to_bot
from handlers.links import read_link, read_text_story
from handlers.questions import answer


def _origin(message: Message) -> tuple[str | None, str | None]:
    """The channel a forwarded post came from, and its t.me permalink when public."""
    origin = message.forward_origin
    if isinstance(origin, MessageOriginChannel):
        chat = origin.chat
        url = f"https://t.me/{chat.username}/{origin.message_id}" if chat.username else None
        return chat.title, url
    return None, None


async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Private chats: links become cards, forwarded posts stories, other text a question.
    Groups: links are read quietly; only messages addressed to the bot are answered."""
    message = update.effective_message
    if message is None or (message.via_bot and message.via_bot.id == context.bot.id):
        return  # an inline answer of ours posted by the user: nothing to read or answer
    core = core_of(context)
    links = links_in(message)
    text = message.text or message.caption or ""
    if not is_private(update):
        for link in links:
            await read_link(update, context, link, quiet=True)
        addressed = mentions_bot(message, core.username) or replies_to_bot(message, context.bot.id)
        if addressed and not links:
            await answer(update, context, text)
        return
    if links:
        for link in links:
            await read_link(update, context, link)
    elif message.forward_origin is not None and text.strip():
        site, url = _origin(message)
        await read_text_story(update, context, text, site=site, url=url)
    elif is_pasted_story(text):  # a whole story pasted, not a question
        await read_text_story(update, context, text)
    elif text.strip():
        await answer(update, context, text)
