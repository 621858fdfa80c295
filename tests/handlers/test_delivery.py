"""A link's answer gets through Telegram trouble: when its "Reading…" message could not be
sent, the card still comes, as a reply of its own."""

from __future__ import annotations

from bot.config import Settings
from bot.fake_telegram import FakeTelegram
from tests.helpers import PageServer, running_bot


async def test_no_reading_message_still_gets_a_card(
    fake: FakeTelegram, settings: Settings, site: PageServer
) -> None:
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    async with running_bot(fake, settings):
        fake.fail_next("sendMessage", 502, "Bad Gateway")  # Telegram hiccups
        link = fake.user_says(chat, anna, site.url("/world/putin-feelers.html"))
        [card] = await fake.wait_for_sent(lambda m: bool(m.buttons()), chat=chat, timeout=10)
    assert card.reply_to == link["message_id"] and "Peskov" in card.text
    assert [m.message_id for m in fake.sent(chat)] == [card.message_id]  # no "Reading…" at all
