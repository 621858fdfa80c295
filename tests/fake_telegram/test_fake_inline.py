"""The fake Bot API's inline mode, driven by a plain PTB Bot: queries reach only bots with
inline mode on, answerInlineQuery is checked like Telegram, and choosing a result posts it."""

from __future__ import annotations

import pytest
from telegram import (
    Bot,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.fake_telegram import FakeTelegram
from tests.helpers import TOKEN


def article(result_id: str, text: str = "<b>Yes.</b> it was denied") -> InlineQueryResultArticle:
    content = InputTextMessageContent(text, parse_mode=ParseMode.HTML)
    return InlineQueryResultArticle(result_id, "Yes", content, description="a quote")


async def test_inline_queries_answers_and_choices(fake: FakeTelegram) -> None:
    anna = fake.user("Anna")
    group = fake.group("Friends")
    async with Bot(TOKEN, base_url=fake.base_url) as bot:
        assert fake.user_queries_inline(anna, "anything") == {}  # inline mode is off
        assert not (await bot.get_me()).supports_inline_queries
        fake.supports_inline_queries = True
        assert (await bot.get_me()).supports_inline_queries
        query = fake.user_queries_inline(anna, "did they deny it", chat_type="group")
        [update] = await bot.get_updates()
        assert update.inline_query is not None and update.inline_query.query == "did they deny it"

        with pytest.raises(BadRequest, match="(?i)result_id_invalid"):
            await bot.answer_inline_query(query["id"], [article("1"), article("1")])
        with pytest.raises(BadRequest, match="(?i)start_param_invalid"):
            button = InlineQueryResultsButton("Share", start_parameter="no spaces")
            await bot.answer_inline_query(query["id"], [article("1")], button=button)
        button = InlineQueryResultsButton("Share a link first", start_parameter="inline")
        await bot.answer_inline_query(
            query["id"], [article("1"), article("2")], cache_time=5, is_personal=True,
            button=button,
        )  # fmt: skip
        with pytest.raises(BadRequest, match="(?i)query is too old"):
            await bot.answer_inline_query(query["id"], [article("1")])
        answer = await fake.wait_for_inline_answer(query["id"])
        assert (answer.cache_time, answer.is_personal) == (5, True)
        assert answer.button == {"text": "Share a link first", "start_parameter": "inline"}
        assert answer.texts()[0] == "Yes a quote Yes. it was denied"

        posted = fake.user_chooses_inline_result(group, anna, query["id"], "2")
        assert posted["via_bot"]["id"] == fake.bot.id and posted["from"]["id"] == anna.id
        [post] = fake.inline_posts
        assert post.text == "Yes. it was denied" and post.entities[0]["type"] == "bold"
        assert await bot.get_updates(offset=update.update_id + 1) == ()  # privacy mode
