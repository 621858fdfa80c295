"""A fake Telegram Bot API on 127.0.0.1, for `counterclaim chat` and the tests; it imports
nothing of the project. `server.FakeTelegram` is made of five parts: `bot_api` (what the bot
calls), `people` (what tests and the console do as users), `control` (the same over HTTP),
`inline` (inline queries, answerInlineQuery, chosen results) and `webhook` (deliveries to a
webhook, or to several workers behind it, redelivered); underneath are `constants`,
`entities`, `parse_mode` (HTML), `objects`, `params`, `helpers`."""

from bot.fake_telegram.constants import BotApiError
from bot.fake_telegram.entities import detect_entities, entity_text
from bot.fake_telegram.objects import FakeChat, FakeUser, SentMessage
from bot.fake_telegram.parse_mode import parse_html
from bot.fake_telegram.server import FakeTelegram

__all__ = [
    "BotApiError",
    "FakeChat",
    "FakeTelegram",
    "FakeUser",
    "SentMessage",
    "detect_entities",
    "entity_text",
    "parse_html",
]
