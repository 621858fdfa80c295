"""The Bot API's limits and error answers as the fake gives them: `BotApiError` carries the
HTTP code and description Telegram would send."""

from __future__ import annotations

import re
from typing import Any

JSON = dict[str, Any]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MAX_TEXT_LENGTH = 4096
MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_RESULTS = 50
DEFAULT_ALLOWED_UPDATES = _words(
    "message edited_message channel_post edited_channel_post callback_query inline_query "
    "chosen_inline_result my_chat_member chat_join_request poll poll_answer shipping_query "
    "pre_checkout_query"
)
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
WEBHOOK_ATTEMPTS = 10  # deliveries of one update before the fake gives up
WEBHOOK_BACKOFF_S = 0.2  # wait after the n-th failed delivery: n times this
WEBHOOK_ACTIVE = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
CONFLICT = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance "
    "is running"
)
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
UPGRADED = "Bad Request: group chat was upgraded to a supergroup chat"
THREAD_NOT_FOUND = "Bad Request: message thread not found"
_TOKEN = re.compile(r"^\d+:[\w-]+$")


class BotApiError(Exception):
    """A Bot API failure, answered as {"ok": false, "error_code", "description"[, "parameters"]}."""

    def __init__(self, code: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def payload(self) -> JSON:
        body: JSON = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(reason: str) -> BotApiError:
    return BotApiError(400, f"Bad Request: {reason}")


def default_description(code: int, retry_after: int | None) -> str:
    """Telegram's usual text for an error code (used by `fail_next` when none is given)."""
    if code == 429:
        return f"Too Many Requests: retry after {retry_after or 1}"
    return {
        400: "Bad Request",
        401: "Unauthorized",
        403: "Forbidden: bot was blocked by the user",
        404: "Not Found",
        409: CONFLICT,
        500: "Internal Server Error",
        502: "Bad Gateway",
    }.get(code, "Error")
