"""Being added to a group: one short greeting that says how to reach the bot there."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatMemberStatus
from telegram.ext import ContextTypes

from handlers.common import core_of
from handlers.help import GROUP_NOTE, HELP_SHORT

_JOINED = {ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR}


async def on_my_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    change = update.my_chat_member
    if change is None:
        return
    was, now = change.old_chat_member.status, change.new_chat_member.status
    if now not in _JOINED or was in _JOINED:
        return
    core = core_of(context)
    chat = change.chat
    await core.repo.ensure_chat(chat.id, chat.type, chat.title)
    note = "" if core.reads_all_group_messages else GROUP_NOTE
    await context.bot.send_message(chat.id, HELP_SHORT + note)
