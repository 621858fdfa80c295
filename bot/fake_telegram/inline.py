"""Inline mode: a user's `@bot QUERY` (an inline_query update), the bot's answerInlineQuery
(checked like Telegram: ids, titles, message texts, the button), and the result a user chooses,
posted "via" the bot. A part of `FakeTelegram`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.fake_telegram.constants import (
    JSON,
    MAX_INLINE_RESULTS,
    MAX_TEXT_LENGTH,
    QUERY_TOO_OLD,
    BotApiError,
    bad_request,
)
from bot.fake_telegram.helpers import _check_markup, _format, _version_body
from bot.fake_telegram.objects import FakeChat, FakeUser, SentMessage


@dataclass
class InlineAnswer:
    """An answerInlineQuery call: the query it answers and the results as the bot sent them."""

    query_id: str
    query: str
    user_id: int
    results: list[JSON]
    cache_time: int | None
    is_personal: bool
    button: JSON | None
    seq: int

    def result(self, result_id: str) -> JSON:
        return next(r for r in self.results if r.get("id") == result_id)

    def texts(self) -> list[str]:
        """Each result's title, description and message text, as the user would read them."""
        found = []
        for r in self.results:
            content = r.get("input_message_content") or {}
            text = _format(str(content.get("message_text", "")), content.get("parse_mode"), None)
            found.append(" ".join([r.get("title", ""), r.get("description", ""), text[0]]))
        return found


class Inline:
    """Inline queries in `FakeTelegram`: what the bot answers and what users type and choose."""

    def _answer_inline_query(self, params: JSON) -> bool:
        """Check the results like Telegram (ids, titles, message texts, the button) and keep
        them, so that the user can see and choose one."""
        query = self._inline_queries.get(str(params.get("inline_query_id")))
        if query is None or query.get("answered"):
            raise BotApiError(400, QUERY_TOO_OLD)
        results = params.get("results") or []
        if len(results) > MAX_INLINE_RESULTS:
            raise bad_request("RESULTS_TOO_MUCH")
        ids = [str(r.get("id", "")) for r in results]
        if len(set(ids)) != len(ids) or not all(1 <= len(i.encode()) <= 64 for i in ids):
            raise bad_request("RESULT_ID_INVALID" if all(ids) else "RESULT_ID_EMPTY")
        for result in results:
            _check_inline_result(result)
        button = params.get("button")
        if button is not None:
            _check_results_button(button)
        query["answered"] = True
        answer = InlineAnswer(
            str(params["inline_query_id"]),
            query["query"],
            query["from"]["id"],
            results,
            params.get("cache_time"),
            bool(params.get("is_personal")),
            button,
            next(self._seq),
        )
        self.inline_answers.append(answer)
        self.events.append(
            {"kind": "answerInlineQuery", "params": params, "index": len(self.events)}
        )
        self._changed()
        return True

    def user_queries_inline(
        self, user: FakeUser | int, query: str, *, chat_type: str = "sender", offset: str = ""
    ) -> JSON:
        """The user types `@bot QUERY` in some chat (`chat_type`: sender, private, group,
        supergroup, channel). Bots without inline mode (/setinline) never get it: returns {}."""
        person = self._user(user)
        if not self.supports_inline_queries:
            return {}
        inline = {
            "id": str(next(self._ids) * 7907),
            "from": person.to_dict(),
            "query": query,
            "offset": offset,
            "chat_type": chat_type,
        }
        self._inline_queries[inline["id"]] = {"answered": False, **inline}
        self._queue("inline_query", inline)
        return inline

    async def wait_for_inline_answer(self, query_id: str, timeout: float = 5.0) -> InlineAnswer:
        """The bot's answer to an inline query; TimeoutError when none comes in `timeout`."""

        def answered() -> InlineAnswer | None:
            return next((a for a in self.inline_answers if a.query_id == query_id), None)

        if not await self.wait_until(lambda: answered() is not None, timeout):
            raise TimeoutError(f"inline query {query_id} not answered in {timeout}s")
        found = answered()
        assert found is not None
        return found

    def user_chooses_inline_result(
        self, chat: FakeChat | int, user: FakeUser | int, query_id: str, result_id: str
    ) -> JSON:
        """The user picks a result: Telegram posts its message in `chat` as the user's, "via"
        the bot (the bot gets it only where it sees the chat's messages), and with inline
        feedback on sends the bot a chosen_inline_result update."""
        where, person = self._known_chat(chat), self._user(user)
        answer = next(a for a in self.inline_answers if a.query_id == query_id)
        result = answer.result(result_id)
        content = result["input_message_content"]
        params = {
            "text": content["message_text"],
            "parse_mode": content.get("parse_mode"),
            "entities": content.get("entities"),
            "link_preview_options": content.get("link_preview_options"),
            "reply_markup": result.get("reply_markup"),
        }
        version = self._render(params)
        body = _version_body(version)
        body["via_bot"] = self.bot.to_dict()
        message = self._message(where, person, body, None)
        post = SentMessage(where.id, message["message_id"], next(self._seq), [version])
        self.inline_posts.append(post)
        self._event("inline_post", post)
        if self._bot_sees(where, version.text, [], None):
            self._queue("message", message)
        if self.inline_feedback:
            chosen = {"result_id": result_id, "from": person.to_dict(), "query": answer.query}
            self._queue("chosen_inline_result", chosen)
        return message


def _check_inline_result(result: JSON) -> None:
    """An InlineQueryResultArticle as Telegram checks it (other types: recorded unchecked)."""
    if result.get("type") != "article":
        return
    if not str(result.get("title") or "").strip():
        raise bad_request("RESULT_TITLE_EMPTY")
    content = result.get("input_message_content") or {}
    text = str(content.get("message_text") or "")
    if not text.strip():
        raise bad_request("MESSAGE_EMPTY")
    rendered, _ = _format(text, content.get("parse_mode"), content.get("entities"))
    if len(rendered) > MAX_TEXT_LENGTH:
        raise bad_request("MESSAGE_TOO_LONG")
    _check_markup(result.get("reply_markup"))


def _check_results_button(button: JSON) -> None:
    """An InlineQueryResultsButton: a text and exactly one of start_parameter or web_app."""
    if not str(button.get("text") or "").strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    start, web_app = button.get("start_parameter"), button.get("web_app")
    if (start is None) == (web_app is None):
        raise bad_request("BUTTON_TYPE_INVALID")
    if start is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", str(start)):
        raise bad_request("START_PARAM_INVALID")
