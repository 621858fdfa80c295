"""Links and forwarded stories: read them in the background, answer with the story card."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatAction, ChatType, ReactionEmoji
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.errors import SourceError
from bot.ingest import process_item
from bot.stories import SharedStory, describe, share_story, share_text
from handlers.common import Core, core_of, host_of
from handlers.followups import send_followups

log = logging.getLogger(__name__)


def story_buttons(article_id: int, url: str | None) -> InlineKeyboardMarkup:
    """All statements · who denied it? · source. Callback data is self-contained (< 64 bytes)."""
    row = [
        InlineKeyboardButton("All statements", callback_data=f"s:{article_id}"),
        InlineKeyboardButton("Who denied it?", callback_data=f"w:{article_id}"),
    ]
    if url and url.startswith(("http://", "https://")):
        row.append(InlineKeyboardButton("Source", url=url))
    return InlineKeyboardMarkup([row])


async def show_card(core: Core, status: Message, story: SharedStory, url: str | None) -> None:
    """Edit the "Reading…" message into the story card and remember what it is about."""
    await status.edit_text(story.card, reply_markup=story_buttons(story.article_id, url))
    await core.repo.remember_message(status.chat_id, status.message_id, story.article_id)


async def read_link(
    update: Update, context: ContextTypes.DEFAULT_TYPE, link: str, *, quiet: bool = False
) -> None:
    """Acknowledge a link at once, then fetch it off the update loop.

    In a private chat (or on /add) the "Reading…" message becomes the card or one line saying
    why the link failed; `quiet` (links seen in groups) only reacts to the message.
    """
    core, message = core_of(context), update.effective_message
    if message is None:
        return
    if quiet:
        context.application.create_task(_read_quietly(core, message, link), update=update)
        return
    await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
    status = await message.reply_text(f"Reading {host_of(link)}…", do_quote=True)
    context.application.create_task(_read_into(core, message, status, link), update=update)


async def _share(core: Core, message: Message, link: str) -> SharedStory:
    """Fetch and store a link for the message's chat, one of INGEST_CONCURRENCY at a time."""
    async with core.ingest_slots:
        story = await share_story(
            core.repo,
            core.settings,
            message.chat_id,
            link,
            message_id=message.message_id,
            user_id=_user_id(message),
        )
    await core.repo.remember_message(message.chat_id, message.message_id, story.article_id)
    return story


async def _read_into(core: Core, message: Message, status: Message, link: str) -> None:
    try:
        story = await _share(core, message, link)
    except SourceError as exc:
        await status.edit_text(f"Couldn't read {host_of(link)}: {exc}.")
        return
    stored = await core.repo.article(story.article_id)
    await show_card(core, status, story, stored.url if stored and stored.url else link)
    await send_followups(
        message.get_bot(), core, message.chat_id, story.article_id, _in_group(message)
    )


async def _read_quietly(core: Core, message: Message, link: str) -> None:
    try:
        story = await _share(core, message, link)
    except SourceError as exc:
        log.info("group link %s not read: %s", link, exc)
        return
    try:
        await message.set_reaction(ReactionEmoji.THUMBS_UP)
    except TelegramError as exc:  # reactions may be off in this group
        log.info("no reaction in %s: %s", message.chat_id, exc)
    await send_followups(message.get_bot(), core, message.chat_id, story.article_id, True)


async def read_text_story(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    text: str,
    *,
    site: str | None = None,
    url: str | None = None,
) -> None:
    """A story pasted (`/add` + text) or forwarded from a channel without a link."""
    core, message = core_of(context), update.effective_message
    if message is None:
        return
    try:
        story = await share_text(
            core.repo,
            message.chat_id,
            text,
            url=url,
            site=site,
            message_id=message.message_id,
            user_id=_user_id(message),
        )
    except SourceError as exc:
        await message.reply_text(f"Couldn't keep that as a story: {exc}.")
        return
    await core.repo.remember_message(message.chat_id, message.message_id, story.article_id)
    reply = await message.reply_text(story.card, reply_markup=story_buttons(story.article_id, url))
    await core.repo.remember_message(reply.chat_id, reply.message_id, story.article_id)
    await send_followups(context.bot, core, message.chat_id, story.article_id, _in_group(message))


def _in_group(message: Message) -> bool:
    return message.chat.type != ChatType.PRIVATE


def _user_id(message: Message) -> int | None:
    return message.from_user.id if message.from_user else None


async def resume_queue(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Links accepted before a restart but never finished: read them and send their cards.
    Run once by the job queue when the application starts."""
    application = context.application
    core: Core = application.bot_data["core"]
    for item in await core.repo.pending_items():
        async with core.ingest_slots:
            try:
                done = await process_item(core.repo, item.id, core.settings)
            except SourceError as exc:
                log.info("queued link %s failed: %s", item.source, exc)
                continue
        story = await describe(core.repo, item.chat_id, done)
        try:
            sent = await application.bot.send_message(
                item.chat_id,
                story.card,
                reply_to_message_id=item.message_id,
                reply_markup=story_buttons(story.article_id, item.source),
            )
        except TelegramError as exc:
            log.warning("could not deliver card for %s: %s", item.source, exc)
            continue
        await core.repo.remember_message(item.chat_id, sent.message_id, story.article_id)
        await send_followups(
            application.bot, core, item.chat_id, story.article_id, item.chat_id < 0
        )
