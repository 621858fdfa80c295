"""Links and forwarded stories: read them in the background, answer with the story card."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ChatType, ReactionEmoji
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application, ContextTypes

from bot.errors import SourceError
from bot.ingest import work_item
from bot.stories import SharedStory, describe, share_text
from handlers.common import Core, core_of, host_of
from handlers.followups import send_followups
from storage.records import QueueItem

log = logging.getLogger(__name__)

DELIVERY_ATTEMPTS = 5  # tries at answering a job before it waits for the next start


def story_buttons(article_id: int, url: str | None) -> InlineKeyboardMarkup:
    """All statements · who denied it? · source. Callback data is self-contained (< 64 bytes)."""
    row = [
        InlineKeyboardButton("All statements", callback_data=f"s:{article_id}"),
        InlineKeyboardButton("Who denied it?", callback_data=f"w:{article_id}"),
    ]
    if url and url.startswith(("http://", "https://")):
        row.append(InlineKeyboardButton("Source", url=url))
    return InlineKeyboardMarkup([row])


async def read_link(
    update: Update, context: ContextTypes.DEFAULT_TYPE, link: str, *, quiet: bool = False
) -> None:
    """Record the link in the queue, acknowledge it at once, then read it off the update loop.

    In a private chat (or on /add) the "Reading…" message becomes the card or one line saying
    why the link failed; `quiet` (links seen in groups) only reacts to the message. The same
    link of the same message seen again (an update delivered again after a restart) is the
    job already queued, not a second one.
    """
    core, message = core_of(context), update.effective_message
    if message is None:
        return
    item_id, new = await core.repo.accept(
        message.chat_id,
        link,
        message.message_id,
        _user_id(message),
        reply="quiet" if quiet else "card",
        owner=core.owner,  # leased to this worker from the start: the others leave it
        lease_seconds=core.settings.lease_seconds,
    )
    if not new:
        return
    if not quiet:
        try:
            await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
            status = await message.reply_text(f"Reading {host_of(link)}…", do_quote=True)
            await core.repo.set_status_message(item_id, status.message_id)
        except TelegramError as exc:  # the job goes on; its card comes as a reply of its own
            log.warning("no 'Reading…' message for %s: %s", link, exc)
    context.application.create_task(run_job(context.application, item_id), update=update)


async def run_job(application: Application, item_id: int) -> None:
    """Read one queued link in a fetch slot, then deliver its card or its failure line. Only
    while this worker holds the link's lease: one another worker took over (this one hung past
    its lease) or already answered is left to it."""
    core: Core = application.bot_data["core"]
    lease = core.settings.lease_seconds
    core.jobs.add(item_id)
    try:
        async with core.ingest_slots:
            if not application.running:  # stopping: the job stays queued for another worker
                return
            if await core.repo.claim_item(item_id, core.owner, lease) is None:
                return
            result = await _read(core, item_id)
        item = await core.repo.queue_item(item_id)
        if item is not None and await core.repo.holds_lease(item_id, core.owner, lease):
            await deliver(application.bot, core, item, result)
    finally:
        core.jobs.discard(item_id)


async def _read(core: Core, item_id: int) -> SharedStory | SourceError:
    try:
        done = await work_item(core.repo, item_id, core.settings)
        chat_id = done.saved.share.chat_id
        return await describe(core.repo, chat_id, done)
    except SourceError as exc:
        return exc
    except Exception:  # a bug, not the page: still one failure line, never a silent job
        log.exception("queued link %d failed unexpectedly", item_id)
        result = SourceError("something went wrong on my side while reading it")
        await core.repo.fail_item(item_id, str(result))
        return result


async def deliver(bot: Bot, core: Core, item: QueueItem, result: SharedStory | SourceError) -> None:
    """Answer a job in its chat, then mark it delivered. Telegram trouble (network, flood
    limits past the rate limiter's retries) is waited out a few times; a job still not
    delivered stays in the queue, leased to this worker until it stops."""
    for attempt in range(DELIVERY_ATTEMPTS):
        try:
            await _answer(bot, core, item, result)
        except RetryAfter as exc:
            await asyncio.sleep(_seconds(exc.retry_after))
            continue
        except BadRequest as exc:  # e.g. the chat is gone: nothing to tell
            log.warning("link %s: Telegram refused its answer: %s", item.source, exc)
        except (TimedOut, NetworkError) as exc:
            log.info("link %s: delivery failed (%s), attempt %d", item.source, exc, attempt + 1)
            await asyncio.sleep(2**attempt)
            continue
        except TelegramError as exc:  # the chat blocked or removed the bot: nobody to tell
            log.warning("link %s: could not answer in %s: %s", item.source, item.chat_id, exc)
        await core.repo.deliver_item(item.id)
        return


async def _answer(bot: Bot, core: Core, item: QueueItem, result: SharedStory | SourceError) -> None:
    story = result if isinstance(result, SharedStory) else None
    if story is not None and item.message_id is not None:
        await core.repo.remember_message(item.chat_id, item.message_id, story.article_id)
    if item.reply == "none":
        return
    if item.reply == "quiet":
        if story is None:
            log.info("group link %s not read: %s", item.source, result)
        elif item.message_id is not None:
            try:
                await bot.set_message_reaction(
                    item.chat_id, item.message_id, ReactionEmoji.THUMBS_UP
                )
            except BadRequest as exc:  # reactions may be off in this group
                log.info("no reaction in %s: %s", item.chat_id, exc)
        if story is not None:
            await send_followups(bot, core, item.chat_id, story.article_id, True)
        return
    if story is None:
        text, markup = f"Couldn't read {host_of(item.source)}: {result}.", None
    else:
        url = await _card_url(core, story.article_id, item.source)
        text, markup = story.card, story_buttons(story.article_id, url)
    sent_id = await _edit_or_send(bot, item, text, markup)
    if story is not None:
        await core.repo.remember_message(item.chat_id, sent_id, story.article_id)
        await send_followups(bot, core, item.chat_id, story.article_id, item.chat_id < 0)


async def _card_url(core: Core, article_id: int, link: str) -> str:
    stored = await core.repo.article(article_id)
    return stored.url if stored and stored.url else link


async def _edit_or_send(
    bot: Bot, item: QueueItem, text: str, markup: InlineKeyboardMarkup | None
) -> int:
    """Edit the job's "Reading…" message into `text`; the same edit again (a job delivered
    just before a crash) is no change. Without that message, reply to the link."""
    if item.status_message_id is not None:
        try:
            await bot.edit_message_text(
                text, chat_id=item.chat_id, message_id=item.status_message_id, reply_markup=markup
            )
            return item.status_message_id
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                return item.status_message_id
            if "not found" not in str(exc).lower() and "can't be edited" not in str(exc):
                raise
    sent = await bot.send_message(
        item.chat_id,
        text,
        reply_markup=markup,
        reply_parameters=ReplyParameters(item.message_id, allow_sending_without_reply=True)
        if item.message_id is not None
        else None,
    )
    return sent.message_id


def _seconds(retry_after: float | timedelta) -> float:
    return retry_after.total_seconds() if isinstance(retry_after, timedelta) else retry_after


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
