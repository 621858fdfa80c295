"""Small helpers the handlers share: the core, links in a message, whether the bot is addressed."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from telegram import Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot.config import Settings
from storage import Repository

LINK_ENTITIES = [MessageEntity.URL, MessageEntity.TEXT_LINK]
MAX_LINKS = 5  # links read from one message; more is a list, not a share
INGEST_CONCURRENCY = 4  # links fetched at the same time; the rest wait their turn


@dataclass
class Core:
    """What every handler needs: settings, the repository, and limits on background work."""

    settings: Settings
    repo: Repository
    ingest_slots: asyncio.Semaphore = field(
        default_factory=lambda: asyncio.Semaphore(INGEST_CONCURRENCY)
    )
    username: str = ""
    reads_all_group_messages: bool = False
    owner: str = ""  # this worker among several: host:pid:random (handlers.workers.owner_id)
    jobs: set[int] = field(default_factory=set)  # queued links this worker is reading now


def core_of(context: ContextTypes.DEFAULT_TYPE) -> Core:
    return context.application.bot_data["core"]


def is_private(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE


def links_in(message: Message) -> list[str]:
    """http(s) links of a message's text or caption (`url` and `text_link` entities), in order."""
    found: list[str] = []
    parsed = {
        **message.parse_entities(LINK_ENTITIES),
        **message.parse_caption_entities(LINK_ENTITIES),
    }
    for entity, text in sorted(parsed.items(), key=lambda item: item[0].offset):
        link = entity.url if entity.type == MessageEntity.TEXT_LINK else text
        if link and not link.lower().startswith(("http://", "https://")):
            link = "https://" + link  # Telegram marks "example.com/story" as a url entity too
        if link and link not in found:
            found.append(link)
    return found[:MAX_LINKS]


def host_of(link: str) -> str:
    return (urlsplit(link).hostname or link).removeprefix("www.")


def mentions_bot(message: Message, username: str) -> bool:
    text = (message.text or message.caption or "").lower()
    return bool(username) and f"@{username.lower()}" in text


def replies_to_bot(message: Message, bot_id: int) -> bool:
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == bot_id)


def without_mention(text: str, username: str) -> str:
    """The text with the bot's @mention taken out."""
    if not username:
        return text.strip()
    lowered, mention = text.lower(), f"@{username.lower()}"
    at = lowered.find(mention)
    return (text[:at] + text[at + len(mention) :]).strip() if at >= 0 else text.strip()


async def is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """True in private chats, and for group members who are administrators."""
    if is_private(update):
        return True
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return False
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in ("creator", "administrator")
