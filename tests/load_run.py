"""The 200-update run of issue 13, against the real bot process: 50 chats (40 private, 10
groups), one link each, then three waves of questions (150). Used by
tests/handlers/test_load.py (what must hold) and bench/load_run.py (how long it takes, how much
memory)."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.fake_telegram import FakeChat, FakeTelegram, FakeUser
from tests.bot_process import BotProcess
from tests.slow_site import SlowSite

PRIVATE_CHATS = 40
GROUPS = 10
_BRIDGE = re.compile(r"\bbridge (?:number )?(\d+)\b", re.IGNORECASE)


@dataclass
class LoadResult:
    updates: int = 0
    links: int = 0
    links_answered: int = 0  # a card (private chats) or a 👍 (groups)
    questions: int = 0
    questions_answered_once: int = 0
    leaks: list[str] = field(default_factory=list)  # answers quoting another chat's story
    seconds: float = 0.0
    peak_rss_mb: float = 0.0
    errors: list[str] = field(default_factory=list)


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def run_load(fake: FakeTelegram, bot: BotProcess, site: SlowSite) -> LoadResult:
    """Start the bot, play the 200 updates, wait (bounded) for every answer; the bot is left
    running for the caller to stop."""
    result = LoadResult()
    chats: list[tuple[FakeChat, FakeUser, int]] = []  # chat, user, its story's bridge number
    for n in range(1, PRIVATE_CHATS + 1):
        user = fake.user(f"Reader{n}")
        chats.append((fake.private_chat(user), user, n))
    for n in range(PRIVATE_CHATS + 1, PRIVATE_CHATS + GROUPS + 1):
        user = fake.user(f"Member{n}")
        chats.append((fake.group(f"Newsroom {n}"), user, n))
    await bot.start()
    assert await bot.ready(), bot.log_text()[-2000:]
    started = time.monotonic()
    link_messages = {}
    for chat, user, n in chats:  # wave 1: the links
        link_messages[chat.id] = fake.user_says(chat, user, f"look: {site.url(n)}")["message_id"]
        result.links += 1

    def link_done(chat: FakeChat) -> bool:
        if chat.is_group:
            wanted = link_messages[chat.id]
            return any(
                r["chat_id"] == chat.id and r["message_id"] == wanted for r in fake.reactions
            )
        return any(m.buttons() for m in fake.sent(chat))

    await fake.wait_until(lambda: all(link_done(c) for c, _, _ in chats), 60)
    result.links_answered = sum(link_done(c) for c, _, _ in chats)
    before = {chat.id: len(fake.sent(chat)) for chat, _, _ in chats}
    waves = [
        "did the builders deny this?",
        "what did Anna Berg say about bridge {n}?",
        "did the builders deny the report about cracks in bridge {other}?",
    ]
    for wave in waves:  # waves 2-4: the questions
        for chat, user, n in chats:
            other = n % (PRIVATE_CHATS + GROUPS) + 1  # another chat's story
            question = wave.format(n=n, other=other)
            fake.user_says(chat, user, f"/ask {question}" if chat.is_group else question)
            result.questions += 1
    result.updates = result.links + result.questions

    def answers(chat: FakeChat) -> list[str]:
        return [m.text for m in fake.sent(chat)[before[chat.id] :]]

    await fake.wait_until(lambda: all(len(answers(c)) >= len(waves) for c, _, _ in chats), 90)
    result.seconds = time.monotonic() - started
    assert bot.process is not None
    result.peak_rss_mb = _peak_rss_mb(bot.process.pid)
    for chat, _, n in chats:
        texts = answers(chat)
        result.questions_answered_once += (
            min(len(texts), len(waves)) if len(texts) == len(waves) else 0
        )
        for text in texts:
            if any(int(m) != n for m in _BRIDGE.findall(text)):
                result.leaks.append(f"chat {chat.id} (bridge {n}): {text[:200]}")
    result.errors = [f"{method}: {error}" for method, error in fake.errors]
    return result
