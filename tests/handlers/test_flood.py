"""Flood limits: when Telegram answers 429 with retry_after, the bot waits that long and
sends the same call again; nothing is dropped. The fake Bot API plays Telegram's flood control
and notes any call sent again before its retry_after was up."""

from __future__ import annotations

from bot.config import Settings
from bot.fake_telegram import FakeTelegram
from tests.helpers import PageServer, link_answers, running_bot


async def test_429s_are_waited_out_and_nothing_is_dropped(
    fake: FakeTelegram, settings: Settings, site: PageServer
) -> None:
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    links = ["/world/putin-feelers.html", "/ledger/putin-talks.html", "/story.txt"]
    async with running_bot(fake, settings):
        # more 429s in a row than python-telegram-bot's default three retries
        fake.flood("sendMessage", retry_after=1, times=4)
        fake.flood("editMessageText", retry_after=1, times=5)
        sent = [fake.user_says(chat, anna, site.url(path))["message_id"] for path in links]
        fake.user_says(chat, anna, "/help")

        def helps() -> int:
            return len([m for m in link_answers(fake, chat) if "Counterclaim remembers" in m.text])

        def everything_arrived() -> bool:
            replies = {m.reply_to: m for m in link_answers(fake, chat)}
            cards = [replies.get(mid) for mid in sent]
            return helps() == 1 and all(c is not None and c.buttons() for c in cards)

        assert await fake.wait_until(everything_arrived, 20), (
            [(m.reply_to, m.text[:30]) for m in link_answers(fake, chat)],
            [(c[0], c[1].get("text", "")[:20]) for c in fake.calls],
            fake.errors,
            fake.early_calls,
        )
    refused = [method for method, error in fake.errors if error.get("error_code") == 429]
    assert refused.count("sendMessage") >= 4 and refused.count("editMessageText") >= 5
    assert fake.early_calls == []  # every retry came after its retry_after
    for mid in sent:  # each answered once
        assert len([m for m in link_answers(fake, chat) if m.reply_to == mid]) == 1
    assert helps() == 1 and len(link_answers(fake, chat)) == len(sent) + 1
