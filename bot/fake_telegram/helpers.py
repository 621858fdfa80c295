"""Small functions the parts of the fake share."""

from __future__ import annotations

import json
from typing import Any

from bot.fake_telegram.constants import JSON, MAX_CALLBACK_DATA_BYTES, _words, bad_request
from bot.fake_telegram.objects import FakeChat, FakeUser, Version
from bot.fake_telegram.parse_mode import _normalize_url, parse_html


def _opt_int(value: Any) -> int | None:
    return int(value) if value not in (None, "") else None


def _update_type(update: JSON) -> str:
    return next(key for key in update if key != "update_id")


def _scope_key(params: JSON) -> tuple[str, str]:
    scope = params.get("scope") or {"type": "default"}
    key = scope["type"] if set(scope) == {"type"} else json.dumps(scope, sort_keys=True)
    return key, params.get("language_code") or ""


def _format(
    source: str, parse_mode: str | None, entities: list[JSON] | None
) -> tuple[str, list[JSON]]:
    if parse_mode is None:
        return source, list(entities or [])
    if parse_mode.lower() == "html":
        return parse_html(source)
    if parse_mode.lower() in ("markdown", "markdownv2"):
        return source, []  # simplified: Markdown is not parsed
    raise bad_request(f"unsupported parse_mode {parse_mode}")


def _check_markup(markup: JSON | None) -> JSON | None:
    """Validate an inline keyboard like Telegram; other keyboards are recorded unchecked."""
    if not markup or "inline_keyboard" not in markup:
        return markup
    for row in markup["inline_keyboard"]:
        for button in row:
            _check_button(button)
    return markup


def _check_button(button: JSON) -> None:
    data = button.get("callback_data")
    if data is not None and not 1 <= len(str(data).encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
        raise bad_request("BUTTON_DATA_INVALID")
    url = button.get("url")
    if url is not None and _normalize_url(str(url)) is None:
        raise bad_request("BUTTON_URL_INVALID")
    if data is None and url is None and len(button) == 1:
        raise bad_request("text buttons are unallowed in the inline keyboard")


def _version_body(version: Version) -> JSON:
    markup = version.reply_markup
    return {
        "text": version.text,
        "entities": version.entities,
        "link_preview_options": version.link_preview_options,
        "reply_markup": markup if markup and "inline_keyboard" in markup else None,
    }


def _user_body(text: str, caption: str | None, entities: list[JSON]) -> JSON:
    if caption is None:
        return {"text": text, "entities": entities}
    photo = [{"file_id": "fake-photo", "file_unique_id": "fake-photo", "width": 90, "height": 90}]
    return {"photo": photo, "caption": caption, "caption_entities": entities}


def _without_reply(message: JSON | None) -> JSON | None:
    """A replied-to message as Telegram nests it: without its own `reply_to_message`."""
    if message is None:
        return None
    return {k: v for k, v in message.items() if k != "reply_to_message"}


def _administrator(user: FakeUser, chat: FakeChat) -> JSON:
    rights = _words(
        "can_manage_chat can_delete_messages can_manage_video_chats can_restrict_members "
        "can_promote_members can_change_info can_invite_users can_post_stories can_edit_stories "
        "can_delete_stories can_pin_messages"
    )
    member: JSON = {
        "status": "administrator",
        "user": user.to_dict(),
        "can_be_edited": False,
        "is_anonymous": False,
    }
    member.update(dict.fromkeys(rights, True))
    if chat.is_forum:
        member["can_manage_topics"] = True
    return member
