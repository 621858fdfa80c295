"""Claim timelines: /timeline (replying to a card, or naming the claim) and questions such as
"what happened with the bloomberg report?"."""

from __future__ import annotations

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot.text.words import content_words
from bot.timeline.load import timeline_for
from bot.timeline.text import NO_TIMELINE, timeline_html
from handlers.common import core_of


async def reply_timeline(
    update: Update, context: ContextTypes.DEFAULT_TYPE, topic: str, quiet: bool = False
) -> bool:
    """The timeline of the claim `topic` names, else of the replied-to story's main claim.
    When `quiet` and the topic names no claim the chat holds ("what happened to Veltro
    shares?"), nothing is sent and False returned: the question is one of fact."""
    core, message = core_of(context), update.effective_message
    if message is None:
        return True
    about = await _replied_article(context, message)
    timeline = await timeline_for(core.repo, message.chat_id, topic, about)
    if timeline is None and quiet and content_words(topic):
        return False
    await message.reply_text(timeline_html(timeline) if timeline else NO_TIMELINE)
    return True


async def _replied_article(context: ContextTypes.DEFAULT_TYPE, message: Message) -> int | None:
    if message.reply_to_message is None:
        return None
    return await core_of(context).repo.article_for_message(
        message.chat_id, message.reply_to_message.message_id
    )


async def timeline_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/timeline [CLAIM] — in any chat."""
    await reply_timeline(update, context, " ".join(context.args or []))
