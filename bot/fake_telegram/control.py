"""The control API over HTTP (/control/<action>), the test controls for other processes.
A part of `FakeTelegram`."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from bot.fake_telegram.constants import JSON, BotApiError
from bot.fake_telegram.helpers import _opt_int
from bot.fake_telegram.params import _ok


class ControlApi:
    """The HTTP control API of `FakeTelegram`."""

    async def _handle_control(self, request: web.Request) -> web.Response:
        action = request.match_info["action"]
        handler = self._controls.get(action)
        if handler is None:
            return web.json_response({"ok": False, "error": f"no action {action}"}, status=404)
        body: JSON = dict(request.query)
        if request.can_read_body:
            body.update(await request.json())
        try:
            result = handler(body)
            if inspect.isawaitable(result):
                result = await result
        except TimeoutError as exc:
            return web.json_response({"ok": False, "error": str(exc)}, status=408)
        except (KeyError, ValueError, TypeError, BotApiError) as exc:
            return web.json_response({"ok": False, "error": str(exc)}, status=400)
        return _ok(result)

    def _control_actions(self) -> dict[str, Callable[[JSON], Any | Awaitable[Any]]]:
        return {
            "users": lambda b: self.user(
                b["first_name"], b.get("username"), user_id=_opt_int(b.get("id"))
            ).to_dict(),
            "chats": self._control_chat,
            "user_says": self._control_says,
            "user_presses": lambda b: self.user_presses(
                int(b["chat_id"]), int(b["user_id"]), int(b["message_id"]), b["data"]
            ),
            "bot_added_to_group": lambda b: self.bot_added_to_group(
                int(b["chat_id"]), int(b["by_user_id"])
            ),
            "admins": lambda b: self.set_admins(
                int(b["chat_id"]), b.get("user_ids", []), owner=b.get("owner_id")
            ),
            "fail_next": lambda b: self.fail_next(
                b["method"],
                int(b["error_code"]),
                b.get("description"),
                b.get("retry_after"),
                times=int(b.get("times", 1)),
                after=int(b.get("after", 0)),
                parameters=b.get("parameters"),
            ),
            "upgrade_to_supergroup": lambda b: self.upgrade_to_supergroup(
                int(b["chat_id"]),
                int(b["by_user_id"]),
                chat_id=_opt_int(b.get("new_chat_id")),
                announce=b.get("announce", ("to", "from")),
            ).to_dict(),
            "delete_topic": lambda b: self.delete_topic(int(b["chat_id"]), int(b["thread_id"])),
            "route_webhook": lambda b: self.route_webhook(*b.get("workers", [])),
            "redeliver": lambda b: self.redeliver(int(b["update_id"])),
            "sent": lambda b: [m.to_dict() for m in self.sent(_opt_int(b.get("chat_id")))],
            "wait_for_sent": self._control_wait_sent,
            "events": lambda b: self.wait_for_events(
                int(b.get("since", 0)), float(b.get("timeout", 0))
            ),
            "state": lambda b: self._state(),
        }

    def _control_chat(self, body: JSON) -> JSON:
        kind = body["type"]
        if kind == "private":
            chat = self.private_chat(int(body["user_id"]))
        elif kind == "group":
            chat = self.group(body["title"], chat_id=body.get("id"))
        elif kind == "supergroup":
            chat = self.supergroup(
                body["title"],
                forum=bool(body.get("is_forum")),
                username=body.get("username"),
                chat_id=body.get("id"),
            )
        elif kind == "channel":
            chat = self.channel(body["title"], body.get("username"), chat_id=body.get("id"))
        else:
            raise ValueError(f"unknown chat type {kind!r}")
        return chat.to_dict()

    def _control_says(self, body: JSON) -> JSON:
        return self.user_says(
            int(body["chat_id"]),
            int(body["user_id"]),
            body.get("text", ""),
            reply_to=_opt_int(body.get("reply_to")),
            entities=body.get("entities"),
            forward_origin=body.get("forward_origin"),
            caption=body.get("caption"),
            thread_id=_opt_int(body.get("thread_id")),
            edit_of=_opt_int(body.get("edit_of")),
        )

    async def _control_wait_sent(self, body: JSON) -> list[JSON]:
        messages = await self.wait_for_sent(
            int(body.get("count", 1)),
            chat=_opt_int(body.get("chat_id")),
            timeout=float(body.get("timeout", 5.0)),
        )
        return [m.to_dict() for m in messages]

    def _state(self) -> JSON:
        return {
            "me": self._me(),
            "actions": self.actions,
            "reactions": self.reactions,
            "callback_answers": self.callback_answers,
            "commands": {f"{s}|{lang}": c for (s, lang), c in self._commands.items()},
            "deleted": self.deleted,
            "left_chats": sorted(self.left_chats),
            "migrated": {str(old): new for old, new in self.migrated.items()},
            "pending_updates": len(self._updates),
        }
