"""The Bot API methods the bot calls: getMe, getUpdates and webhooks, commands, sendMessage and
edits, actions and reactions, chat info and membership. A part of `FakeTelegram`."""

from __future__ import annotations

import inspect
import json
import re
import time
from collections.abc import Callable
from typing import Any

from aiohttp import web

from bot.fake_telegram.constants import (
    _TOKEN,
    CONFLICT,
    DEFAULT_ALLOWED_UPDATES,
    JSON,
    MAX_TEXT_LENGTH,
    NOT_MODIFIED,
    QUERY_TOO_OLD,
    THREAD_NOT_FOUND,
    UPGRADED,
    WEBHOOK_ACTIVE,
    BotApiError,
    bad_request,
    default_description,
)
from bot.fake_telegram.helpers import (
    _administrator,
    _check_markup,
    _format,
    _scope_key,
    _update_type,
    _version_body,
    _without_reply,
)
from bot.fake_telegram.objects import FakeChat, FakeUser, Record, SentMessage, Version
from bot.fake_telegram.params import _error, _ok, read_params


class BotApi:
    """The Bot API side of `FakeTelegram`: what the bot under test calls."""

    async def _handle_api(self, request: web.Request) -> web.Response:
        token, method = request.match_info["token"], request.match_info["method"]
        if not _TOKEN.match(token):
            return _error(BotApiError(404, "Not Found"))
        if token != self.token:
            return _error(BotApiError(401, "Unauthorized"))
        handler = self._methods.get(method.lower())
        if handler is None:
            return _error(BotApiError(404, "Not Found"))
        self._changed()
        try:
            params = await read_params(request)
            self.calls.append((method, params))
            await self._wait_if_held(method.lower())
            self._check_flood(method.lower(), params)
            self._raise_injected(method.lower())
            result = handler(params)
            if inspect.isawaitable(result):
                result = await result
        except BotApiError as exc:
            return self._failed(request, method, exc)
        except (ValueError, TypeError, KeyError) as exc:
            return self._failed(request, method, bad_request(f"invalid parameters: {exc}"))
        return _ok(result)

    def _failed(self, request: web.Request, method: str, exc: BotApiError) -> web.Response:
        transport = request.transport
        if transport is not None and not transport.is_closing():  # a client still listens
            self.errors.append((method, exc.payload()))
        return _error(exc)

    async def _handle_file(self, request: web.Request) -> web.Response:
        return web.Response(status=404, text="Not Found")

    def _api_methods(self) -> dict[str, Callable[[JSON], Any]]:
        methods: dict[str, Callable[[JSON], Any]] = {
            "getme": lambda p: self._me(),
            "getupdates": self._get_updates,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": lambda p: {
                "url": (self.webhook or {}).get("url", ""),
                "has_custom_certificate": False,
                "pending_update_count": len(self._updates),
            },
            "setmycommands": self._set_my_commands,
            "getmycommands": lambda p: self._commands.get(_scope_key(p), []),
            "deletemycommands": self._delete_my_commands,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagereplymarkup": self._edit_reply_markup,
            "deletemessage": self._delete_message,
            "sendchataction": lambda p: self._record("sendChatAction", p),
            "answercallbackquery": self._answer_callback_query,
            "answerinlinequery": self._answer_inline_query,
            "setmessagereaction": self._set_reaction,
            "getchat": self._get_chat,
            "getchatmember": self._get_chat_member,
            "getchatadministrators": self._get_chat_administrators,
            "leavechat": self._leave_chat,
            "close": lambda p: True,
            "logout": lambda p: True,
        }
        return methods

    def _raise_injected(self, method: str) -> None:
        queue = self._failures.get(method)
        if not queue:
            return
        injected = queue[0]
        if injected.after > 0:
            injected.after -= 1
            return
        injected.times -= 1
        if injected.times <= 0:
            queue.popleft()
        raise injected.error

    def _check_flood(self, method: str, params: JSON) -> None:
        flood = self._floods.get(method)
        if flood is None:
            return
        key, now = json.dumps(params, sort_keys=True, default=str), time.monotonic()
        if now < flood.refused.get(key, 0.0):
            self.early_calls.append((method, params))
        elif flood.times > 0:
            flood.times -= 1
        else:
            return
        flood.refused[key] = now + flood.retry_after
        raise BotApiError(
            429, default_description(429, flood.retry_after), {"retry_after": flood.retry_after}
        )

    async def _wait_if_held(self, method: str) -> None:
        hold = self._holds.get(method)
        if hold is None:
            return
        hold.waiting += 1
        self._changed()
        try:
            await hold.gate.wait()
        finally:
            hold.waiting -= 1
        if hold.drop:
            raise BotApiError(502, "Bad Gateway")

    # ---------------------------------------------------------------- getMe, updates, webhook

    def _me(self) -> JSON:
        me = self.bot.to_dict()
        me.update(
            can_join_groups=self.can_join_groups,
            can_read_all_group_messages=self.can_read_all_group_messages,
            supports_inline_queries=self.supports_inline_queries,
            can_connect_to_business=False,
            has_main_web_app=False,
        )
        return me

    def _confirm(self, offset: int | None) -> None:
        if not offset:
            return
        if offset < 0:
            while len(self._updates) > -offset:
                self._updates.popleft()
            return
        while self._updates and self._updates[0]["update_id"] < offset:
            self._updates.popleft()

    @property
    def pending_updates(self) -> list[JSON]:
        """Updates queued and not yet confirmed by a getUpdates `offset`."""
        return list(self._updates)

    @property
    def last_update_id(self) -> int | None:
        """The id of the newest update ever queued."""
        return self._next_update_id - 1 if self._next_update_id > self._first_update_id else None

    def _deliverable(self) -> list[JSON]:
        return [u for u in self._updates if _update_type(u) in self._allowed]

    async def _get_updates(self, params: JSON) -> list[JSON]:
        if self.webhook is not None:
            raise BotApiError(409, WEBHOOK_ACTIVE)
        if "allowed_updates" in params:
            self._allowed = frozenset(params["allowed_updates"] or DEFAULT_ALLOWED_UPDATES)
        self._confirm(params.get("offset"))
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        self._poll_generation += 1
        generation = self._poll_generation
        self._changed()  # an older long poll still waiting gets 409 Conflict, as on Telegram

        def ready() -> bool:
            stale = generation != self._poll_generation
            return self._closing or stale or bool(self._deliverable())

        await self.wait_until(ready, timeout)
        if generation != self._poll_generation:
            raise BotApiError(409, CONFLICT)
        return self._deliverable()[:limit]

    def _delete_webhook(self, params: JSON) -> bool:
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self.webhook = None
        return True

    def _set_webhook(self, params: JSON) -> bool:
        """From now on updates are POSTed to the URL (with the secret token header) instead of
        being handed out by getUpdates, as Telegram does."""
        url = str(params.get("url") or "")
        if not url:
            return self._delete_webhook(params)
        if not url.startswith(("http://", "https://")):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        self.webhook = {"url": url, "secret_token": params.get("secret_token")}
        if params.get("drop_pending_updates"):
            self._updates.clear()
        while self._updates:
            self._deliver_later(self._updates.popleft())
        self._changed()
        return True

    # ---------------------------------------------------------------- commands

    def _set_my_commands(self, params: JSON) -> bool:
        commands = params.get("commands") or []
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self._commands[_scope_key(params)] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        self._changed()
        return True

    def _delete_my_commands(self, params: JSON) -> bool:
        self._commands.pop(_scope_key(params), None)
        self._changed()
        return True

    @property
    def commands(self) -> list[JSON]:
        """The commands set for the default scope and all languages."""
        return self._commands.get(("default", ""), [])

    def commands_for(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        return self._commands.get(_scope_key({"scope": scope, "language_code": language_code}), [])

    # ---------------------------------------------------------------- chats and messages

    def _chat(self, chat_id: Any) -> FakeChat:
        if isinstance(chat_id, str) and not re.fullmatch(r"-?\d+", chat_id):
            for chat in self.chats.values():
                if chat.username and f"@{chat.username}".lower() == chat_id.lower():
                    return chat
            raise bad_request("chat not found")
        chat = self.chats.get(int(chat_id)) if chat_id is not None else None
        if chat is None:
            raise bad_request("chat not found" if chat_id is not None else "chat_id is empty")
        return chat

    def _chat_for_bot(self, chat_id: Any) -> FakeChat:
        chat = self._chat(chat_id)
        if chat.id in self.migrated:
            raise BotApiError(400, UPGRADED, {"migrate_to_chat_id": self.migrated[chat.id]})
        if chat.id in self.left_chats:
            kind = "channel" if chat.type == "channel" else f"{chat.type} chat"
            raise BotApiError(403, f"Forbidden: bot is not a member of the {kind}")
        return chat

    def _message_id(self, chat_id: int) -> int:
        message_id = self._next_message_id[chat_id]
        self._next_message_id[chat_id] = message_id + 1
        return message_id

    def _stored(self, chat_id: int, message_id: Any) -> JSON | None:
        return self._messages.get((chat_id, int(message_id))) if message_id else None

    def _message(self, chat: FakeChat, sender: FakeUser, body: JSON, thread: int | None) -> JSON:
        message: JSON = {
            "message_id": self._message_id(chat.id),
            "from": sender.to_dict(),
            "chat": chat.to_dict(),
            "date": int(time.time()),
        }
        if thread is not None:
            message.update(message_thread_id=int(thread), is_topic_message=True)
        message.update({k: v for k, v in body.items() if v not in (None, [])})
        self._messages[(chat.id, message["message_id"])] = message
        return message

    # ---------------------------------------------------------------- sendMessage and edits

    def _render(self, params: JSON) -> Version:
        source = params.get("text")
        if source is None or not str(source).strip():
            raise bad_request("message text is empty")
        source = str(source)
        parse_mode = params.get("parse_mode") or None
        text, entities = _format(source, parse_mode, params.get("entities"))
        if not text.strip():
            raise bad_request("message text is empty")
        if len(text) > MAX_TEXT_LENGTH:
            raise bad_request("message is too long")
        markup = _check_markup(params.get("reply_markup"))
        preview = params.get("link_preview_options")
        if preview is None and params.get("disable_web_page_preview"):
            preview = {"is_disabled": True}
        date = int(time.time())
        return Version(text, source, parse_mode, entities, markup, preview, date)

    def _reply_target(self, chat: FakeChat, params: JSON) -> JSON | None:
        reply = params.get("reply_parameters") or {}
        if not reply and params.get("reply_to_message_id"):
            reply = {"message_id": params["reply_to_message_id"]}
            reply["allow_sending_without_reply"] = params.get("allow_sending_without_reply")
        if not reply:
            return None
        target_chat = self._chat(reply["chat_id"]) if reply.get("chat_id") else chat
        target = self._stored(target_chat.id, reply.get("message_id"))
        if target is None and not reply.get("allow_sending_without_reply"):
            raise bad_request("message to be replied not found")
        return target

    def _send_message(self, params: JSON) -> JSON:
        chat = self._chat_for_bot(params.get("chat_id"))
        version = self._render(params)
        target = self._reply_target(chat, params)
        thread = params.get("message_thread_id")
        if thread is not None and (chat.id, int(thread)) in self._gone_topics:
            raise BotApiError(400, THREAD_NOT_FOUND)
        body = _version_body(version)
        body["reply_to_message"] = _without_reply(target)
        message = self._message(chat, self.bot, body, thread)
        sent = SentMessage(
            chat.id,
            message["message_id"],
            next(self._seq),
            [version],
            reply_to=target["message_id"] if target else None,
            thread_id=int(thread) if thread is not None else None,
        )
        self._sent.append(sent)
        self._bot_messages[(chat.id, sent.message_id)] = sent
        self._event("sent", sent)
        return message

    def _editable(self, params: JSON) -> tuple[JSON, SentMessage]:
        if params.get("inline_message_id"):
            raise bad_request("inline messages are not supported by the fake")
        chat = self._chat_for_bot(params.get("chat_id"))
        message = self._stored(chat.id, params.get("message_id"))
        if message is None:
            raise bad_request("message to edit not found")
        sent = self._bot_messages.get((chat.id, message["message_id"]))
        if sent is None:
            raise bad_request("message can't be edited")
        return message, sent

    def _apply_edit(self, message: JSON, sent: SentMessage, version: Version) -> JSON:
        old = sent.current
        same_text = (old.text, old.entities) == (version.text, version.entities)
        if same_text and old.reply_markup == version.reply_markup:
            raise BotApiError(400, NOT_MODIFIED)
        sent.versions.append(version)
        for key in ("text", "entities", "reply_markup", "link_preview_options"):
            message.pop(key, None)
        message.update({k: v for k, v in _version_body(version).items() if v not in (None, [])})
        message["edit_date"] = version.date
        self._event("edited", sent)
        return message

    def _edit_message_text(self, params: JSON) -> JSON:
        message, sent = self._editable(params)
        return self._apply_edit(message, sent, self._render(params))

    def _edit_reply_markup(self, params: JSON) -> JSON:
        message, sent = self._editable(params)
        markup = _check_markup(params.get("reply_markup"))
        old = sent.current
        version = Version(
            old.text,
            old.source,
            old.parse_mode,
            old.entities,
            markup,
            old.link_preview_options,
            int(time.time()),
        )
        return self._apply_edit(message, sent, version)

    def _delete_message(self, params: JSON) -> bool:
        chat = self._chat_for_bot(params.get("chat_id"))
        key = (chat.id, int(params.get("message_id") or 0))
        message = self._messages.get(key)
        if message is None:
            raise bad_request("message to delete not found")
        own = key in self._bot_messages
        if not own and chat.type != "private" and not self._is_admin(chat.id, self.bot.id):
            raise bad_request("message can't be deleted")
        del self._messages[key]
        self.deleted.append(key)
        if own:
            self._bot_messages[key].deleted = True
            self._event("deleted", self._bot_messages[key])
        self._changed()
        return True

    # ---------------------------------------------------------------- actions, reactions, queries

    def _record(self, method: str, params: JSON) -> bool:
        if method == "sendChatAction":
            self._chat_for_bot(params.get("chat_id"))
        self._records.append(Record(method, params, next(self._seq)))
        self.events.append({"kind": method, "params": params, "index": len(self.events)})
        self._changed()
        return True

    def _set_reaction(self, params: JSON) -> bool:
        chat = self._chat_for_bot(params.get("chat_id"))
        if self._stored(chat.id, params.get("message_id")) is None:
            raise bad_request("message to react not found")
        return self._record("setMessageReaction", params)

    def _answer_callback_query(self, params: JSON) -> bool:
        query = self._queries.get(str(params.get("callback_query_id")))
        if query is None or query.get("answered"):
            raise BotApiError(400, QUERY_TOO_OLD)
        query["answered"] = True
        return self._record("answerCallbackQuery", params)

    def _of(self, method: str) -> list[JSON]:
        return [record.params for record in self._records if record.method == method]

    @property
    def actions(self) -> list[JSON]:
        """sendChatAction calls: chat_id, action[, message_thread_id]."""
        return self._of("sendChatAction")

    @property
    def reactions(self) -> list[JSON]:
        """setMessageReaction calls: chat_id, message_id, reaction[, is_big]."""
        return self._of("setMessageReaction")

    @property
    def callback_answers(self) -> list[JSON]:
        """answerCallbackQuery calls: callback_query_id[, text, show_alert, url, cache_time]."""
        return self._of("answerCallbackQuery")

    # ---------------------------------------------------------------- chat info and membership

    def _get_chat(self, params: JSON) -> JSON:
        chat = self._chat(params.get("chat_id")).to_dict()
        chat.update(
            accent_color_id=0,
            max_reaction_count=11,
            accepted_gift_types={
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        )
        return chat

    def _is_admin(self, chat_id: int, user_id: int) -> bool:
        owner, admins = self._admins.get(chat_id, (None, set()))
        return user_id == owner or user_id in admins

    def _member(self, chat: FakeChat, user_id: int) -> JSON:
        user = self.bot if user_id == self.bot.id else self.users.get(user_id)
        if user is None:
            raise bad_request("user not found")
        owner, admins = self._admins.get(chat.id, (None, set()))
        if user_id == owner:
            return {"status": "creator", "user": user.to_dict(), "is_anonymous": False}
        if user_id in admins:
            return _administrator(user, chat)
        present = user_id != self.bot.id or chat.id not in self.left_chats
        if chat.type == "private":
            present = user_id in (chat.id, self.bot.id)
        return {"status": "member" if present else "left", "user": user.to_dict()}

    def _get_chat_member(self, params: JSON) -> JSON:
        return self._member(self._chat(params.get("chat_id")), int(params.get("user_id") or 0))

    def _get_chat_administrators(self, params: JSON) -> list[JSON]:
        chat = self._chat(params.get("chat_id"))
        if chat.type == "private":
            raise bad_request("there are no administrators in the private chat")
        owner, admins = self._admins.get(chat.id, (None, set()))
        ids = ([owner] if owner is not None else []) + sorted(admins - {owner})
        return [self._member(chat, user_id) for user_id in ids]

    def _leave_chat(self, params: JSON) -> bool:
        chat = self._chat(params.get("chat_id"))
        if chat.type == "private":
            raise bad_request("chat member status can't be changed in private chats")
        self.left_chats.add(chat.id)
        self._changed()
        return True
