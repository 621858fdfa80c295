"""/digest: a digest now, or the chat's schedule set (`handlers.scheduling` runs it)."""

from __future__ import annotations

from datetime import datetime

from telegram import Update
from telegram.ext import ContextTypes

from bot.digest.compose import nothing_new
from bot.digest.load import build_digest
from bot.digest.schedule import (
    DEFAULT_WINDOW,
    Schedule,
    ScheduleError,
    describe,
    iso,
    iso_precise,
    parse_digest_args,
    since_label,
)
from handlers.common import core_of, is_admin
from handlers.scheduling import instant_of, plan_next, schedule_of, utcnow


async def digest_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/digest (a digest now), /digest daily HH:MM [ZONE], /digest weekly DAY HH:MM [ZONE],
    /digest off — changing the schedule is for group admins."""
    core, message = core_of(context), update.effective_message
    if message is None:
        return
    chat_id = message.chat_id
    row = await core.repo.digest_row(chat_id)
    current = schedule_of(row)
    try:
        request = parse_digest_args(list(context.args or []), current.zone)
    except ScheduleError as exc:
        await message.reply_text(str(exc))
        return
    if request.schedule is None:
        now = utcnow()
        since = instant_of(row.last_sent if row else None) or now - DEFAULT_WINDOW
        sent = await _digest_now(update, context, since, current.zone)
        if not sent:
            await message.reply_text(nothing_new(since_label(since, now, current.zone)))
        return
    if not await is_admin(update, context):
        await message.reply_text("Only group admins can change this chat's digest.")
        return
    wanted = request.schedule
    if not wanted.active:  # off: remember the time and zone
        wanted = Schedule("off", current.hour, current.minute, wanted.zone, current.weekday)
    chat = update.effective_chat
    await core.repo.ensure_chat(chat_id, chat.type if chat else None, chat.title if chat else None)
    await core.repo.save_digest_schedule(
        chat_id,
        wanted.frequency,
        wanted.hour,
        wanted.minute,
        wanted.zone,
        wanted.weekday,
        iso(utcnow()),
    )
    # sent inside a forum topic: scheduled digests go to that topic
    await core.repo.set_digest_thread(
        chat_id, message.message_thread_id if message.is_topic_message else None
    )
    if context.job_queue is not None:
        plan_next(context.job_queue, chat_id, wanted, utcnow())
    await message.reply_text(describe(wanted, utcnow()))


async def _digest_now(
    update: Update, context: ContextTypes.DEFAULT_TYPE, since: datetime, zone: str
) -> int:
    message = update.effective_message
    assert message is not None
    core = core_of(context)
    until = utcnow()
    digest = await build_digest(core.repo, message.chat_id, since, until, zone)
    for text in digest.messages:
        await message.reply_text(text)
    if digest.messages:
        await core.repo.mark_digest_sent(message.chat_id, iso_precise(until))
    return len(digest.messages)
