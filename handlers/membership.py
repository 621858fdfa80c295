"""The bot's own membership: one short greeting when added to a group; when removed or
blocked, the chat's scheduled digest stops."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatMemberStatus
from telegram.ext import ContextTypes

from handlers.common import core_of
from handlers.digest import unschedule
from handlers.help import GROUP_NOTE, HELP_SHORT

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
