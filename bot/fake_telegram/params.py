"""Request parameters as the Bot API reads them (form, query or JSON), and its JSON answers."""

from __future__ import annotations

import json
import re
from typing import Any

from aiohttp import web

from bot.fake_telegram.constants import JSON, BotApiError, _words

# --------------------------------------------------------------------------- request parameters

_JSON_PARAMS = _words(
    "reply_markup reply_parameters link_preview_options entities caption_entities "
    "allowed_updates commands scope reaction results button"
)
_INT_PARAMS = _words(
    "chat_id message_id offset limit user_id message_thread_id reply_to_message_id "
    "cache_time from_chat_id"
)
_BOOL_PARAMS = _words(
    "disable_notification protect_content show_alert is_big drop_pending_updates "
    "allow_sending_without_reply disable_web_page_preview allow_paid_broadcast is_personal"
)


def coerce_param(name: str, value: Any) -> Any:
    """Undo the form encoding: PTB JSON-encodes every non-string value of a form field."""
    if not isinstance(value, str):
        return value
    if name in _JSON_PARAMS:
        return json.loads(value)
    if name in _INT_PARAMS and re.fullmatch(r"-?\d+", value):
        return int(value)
    if name == "timeout":
        return float(value)
    if name in _BOOL_PARAMS:
        return value.lower() == "true"
    return value


async def read_params(request: web.Request) -> JSON:
    """Query string plus a JSON, form-encoded or multipart body (PTB 22 sends form fields)."""
    params: JSON = dict(request.query)
    if request.content_type == "application/json":
        body = await request.json() if request.can_read_body else None
        params.update(body or {})
    elif request.can_read_body:
        for key, value in (await request.post()).items():
            params[key] = value if isinstance(value, str) else getattr(value, "filename", "")
    return {key: coerce_param(key, value) for key, value in params.items()}


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(exc: BotApiError) -> web.Response:
    return web.json_response(exc.payload(), status=exc.code)
