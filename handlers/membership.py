"""The bot's own membership: one short greeting when added to a group; when removed or
blocked, the chat's scheduled digest stops; when a group is upgraded to a supergroup (a new
chat id), everything stored for it and its digest follow to the new id."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatMemberStatus
from telegram.ext import ContextTypes

from handlers.common import core_of
from handlers.help import GROUP_NOTE, HELP_SHORT
from handlers.scheduling import migrate_chat, unschedule

log = logging.getLogger(__name__)

_JOINED = {ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR}
_GONE = {ChatMemberStatus.LEFT, ChatMemberStatus.BANNED}


async def on_my_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    change = update.my_chat_member
    if change is None:
        return
    was, now = change.old_chat_member.status, change.new_chat_member.status
    core, chat = core_of(context), change.chat
    if now in _GONE:
        await core.repo.mark_digest_blocked(chat.id)
        if context.job_queue is not None:
            unschedule(context.job_queue, chat.id)
        return
    if now not in _JOINED or was in _JOINED:
        return
    await core.repo.ensure_chat(chat.id, chat.type, chat.title)
    note = "" if core.reads_all_group_messages else GROUP_NOTE
    await context.bot.send_message(chat.id, HELP_SHORT + note)


async def on_migrate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group became a supergroup: Telegram says so in the old chat (`migrate_to_chat_id`) and
    in the new one (`migrate_from_chat_id`), in either order; the first one moves the chat."""
    message = update.effective_message
    if message is None:
        return
    old_id = message.migrate_from_chat_id or message.chat_id
    new_id = message.migrate_to_chat_id or message.chat_id
    if old_id != new_id:
        await migrate_chat(context.application, old_id, new_id, title=message.chat.title)
