"""Questions: plain text in private chats; /ask, a mention or a reply to the bot in groups."""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import ContextTypes

from bot.answer.ask import answer_question
from bot.render.cards import title_line
from bot.text import lexicon
from bot.timeline.load import timeline_topic
from handlers.common import core_of, without_mention
from handlers.help import HELP_SHORT
from handlers.timeline import reply_timeline
from storage import StoredArticle

_SMALL_TALK = re.compile(
    rf"^\s*(?:{lexicon.alternation('small_talk.txt')})\b[^\w]*$", re.IGNORECASE
)


def is_small_talk(text: str) -> bool:
    """A greeting, a thank-you or only emoji: answered with the short help, not "I don't
    know" (phrases in bot/data/small_talk.txt)."""
    return bool(_SMALL_TALK.match(text)) or not any(ch.isalnum() for ch in text)


async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """Answer `text` from this chat's stories; a reply to a story message means "this"."""
    core, message = core_of(context), update.effective_message
    if message is None:
        return
    question = without_mention(text, core.username)
    if not question:
        await message.reply_text(
            "Ask me about a story shared here, e.g. /ask did the Kremlin deny this?"
        )
        return
    if is_small_talk(question):
        await message.reply_text(HELP_SHORT)
        return
    topic = timeline_topic(question)  # "what happened with the bloomberg report?"
    if topic is not None and await reply_timeline(update, context, topic, quiet=True):
        return
    about = None
    if message.reply_to_message is not None:
        about = await core.repo.article_for_message(
            message.chat_id, message.reply_to_message.message_id
        )
    reply = await answer_question(core.repo, message.chat_id, question, about)
    text = reply.text
    if reply.case in {"unknown", "unread"} and about is None:
        reading = await core.repo.reading_count(message.chat_id)
        if reading:  # the story asked about may be the one still being read
            await message.reply_text(still_reading(reading))
            return
        latest = await core.repo.list_articles(message.chat_id, 1)
        if latest:  # "the transfer" may be the story just shared, in words it does not use
            text += "\n\n" + latest_story_hint(latest[0])
    await message.reply_text(text)


def latest_story_hint(article: StoredArticle) -> str:
    """The chat's latest story, named under an "I don't know": the one the question may mean."""
    return f"The latest story here is {title_line(article)}: reply to its card to ask about it."


def still_reading(links: int) -> str:
    """The reply to a question no stored story covers while links are still being read."""
    what = "a link" if links == 1 else f"{links} links"
    return f"I'm still reading {what} you sent here. Ask again once the card arrives."


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ask QUESTION — in any chat."""
    await answer(update, context, " ".join(context.args or []))
