"""Updates of one chat are handled one at a time, in the order they came; chats run at once.

A story pasted and a question sent right after it arrive together: the question must see the
story. Different chats (and updates with no chat, such as inline queries) never wait for
each other.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

MAX_CONCURRENT_UPDATES = 256  # as python-telegram-bot's concurrent_updates(True)


class ChatOrderedProcessor(BaseUpdateProcessor):
    """A lock per chat with updates in flight, released and dropped when its last one ends.
    asyncio's locks wake their waiters first come, first served: the order updates came in."""

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._in_flight: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock = self._locks.setdefault(chat.id, asyncio.Lock())
        self._in_flight[chat.id] = self._in_flight.get(chat.id, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._in_flight[chat.id] -= 1
            if not self._in_flight[chat.id]:
                del self._in_flight[chat.id], self._locks[chat.id]

    async def initialize(self) -> None:
        """Nothing to set up: locks are made as chats send updates."""

    async def shutdown(self) -> None:
        """Nothing to free: a lock lives only while its chat has updates in flight."""
