"""Replies to an earlier story's card when a newly shared story answers its claim: once per
pair of stories, and without a notification in groups."""

from __future__ import annotations

import logging

from telegram import Bot
from telegram.error import TelegramError

from bot.timeline.followups import followups_for
from handlers.common import Core

log = logging.getLogger(__name__)


async def send_followups(bot: Bot, core: Core, chat_id: int, article_id: int, group: bool) -> None:
    """Tell earlier cards in the chat what the new story `article_id` says about their claim."""
    for followup in await followups_for(core.repo, chat_id, article_id):
        try:
            await bot.send_message(
                chat_id,
                followup.text,
                reply_to_message_id=followup.reply_to,
                allow_sending_without_reply=True,
                disable_notification=group,
            )
        except TelegramError as exc:
            log.info("no update for story %s in %s: %s", followup.claim_article, chat_id, exc)
