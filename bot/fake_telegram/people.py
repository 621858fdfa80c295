"""The test controls: make users, chats and forward origins; say, edit and press as a user;
add, remove and upgrade groups; inject failures; read what the bot did. A part of `FakeTelegram`."""

from __future__ import annotations

import asyncio
import copy
import time
from collections.abc import Callable, Iterable
from typing import Any

from bot.fake_telegram.constants import JSON, BotApiError, default_description
from bot.fake_telegram.entities import detect_entities, entity_text
from bot.fake_telegram.helpers import _user_body, _without_reply
from bot.fake_telegram.objects import FakeChat, FakeUser, SentMessage, _Flood, _Hold, _Injected


class People:
    """The users' side of `FakeTelegram`: what tests and the console do."""

    def user(
        self,
        first_name: str,
        username: str | None = None,
        *,
        user_id: int | None = None,
        language_code: str | None = "en",
        last_name: str | None = None,
    ) -> FakeUser:
        """A Telegram user who can talk to the bot."""
        user = FakeUser(
            user_id or next(self._ids), first_name, username, last_name, language_code=language_code
        )
        self.users[user.id] = user
        return user

    def private_chat(self, user: FakeUser | int) -> FakeChat:
        """The user's private chat with the bot (its id is the user's id, as on Telegram)."""
        person = self._user(user)
        chat = FakeChat(
            person.id, "private", username=person.username, first_name=person.first_name
        )
        self.chats[chat.id] = chat
        return chat

    def group(self, title: str, *, chat_id: int | None = None) -> FakeChat:
        """A basic group (negative id)."""
        return self._add_chat(FakeChat(chat_id or -next(self._ids), "group", title))

    def supergroup(
        self,
        title: str,
        *,
        forum: bool = False,
        username: str | None = None,
        chat_id: int | None = None,
    ) -> FakeChat:
        """A supergroup (id -100…); `forum=True` for one with topics."""
        chat_id = chat_id or -(1_000_000_000_000 + next(self._ids))
        return self._add_chat(FakeChat(chat_id, "supergroup", title, username, is_forum=forum))

    def channel(
        self, title: str, username: str | None = None, *, chat_id: int | None = None
    ) -> FakeChat:
        """A channel, e.g. the origin of a forwarded post."""
        chat_id = chat_id or -(1_000_000_000_000 + next(self._ids))
        return self._add_chat(FakeChat(chat_id, "channel", title, username))

    def _add_chat(self, chat: FakeChat) -> FakeChat:
        self.chats[chat.id] = chat
        return chat

    def _user(self, user: FakeUser | int) -> FakeUser:
        if isinstance(user, FakeUser):
            self.users.setdefault(user.id, user)
            return user
        if int(user) not in self.users:
            raise KeyError(f"unknown user {user}")
        return self.users[int(user)]

    def _known_chat(self, chat: FakeChat | int | str) -> FakeChat:
        if isinstance(chat, FakeChat):
            self.chats.setdefault(chat.id, chat)
            return chat
        return self._chat(chat)

    def set_admins(
        self,
        chat: FakeChat | int,
        admins: Iterable[FakeUser | int] = (),
        *,
        owner: FakeUser | int | None = None,
    ) -> None:
        """Who administers `chat`; include `fake.bot` to make the bot an admin (sees all)."""
        chat_id = self._known_chat(chat).id
        ids = {a.id if isinstance(a, FakeUser) else int(a) for a in admins}
        owner_id = owner.id if isinstance(owner, FakeUser) else owner
        self._admins[chat_id] = (owner_id, ids)

    # ---------------------------------------------------------------- forward origins

    def origin_channel(
        self,
        channel: FakeChat | int,
        message_id: int,
        *,
        author_signature: str | None = None,
        date: int | None = None,
    ) -> JSON:
        """A channel post's origin; with the channel's username it makes a t.me permalink."""
        origin: JSON = {
            "type": "channel",
            "chat": self._known_chat(channel).to_dict(),
            "message_id": message_id,
            "date": date or int(time.time()),
        }
        if author_signature:
            origin["author_signature"] = author_signature
        return origin

    def origin_user(self, user: FakeUser | int, *, date: int | None = None) -> JSON:
        return {
            "type": "user",
            "sender_user": self._user(user).to_dict(),
            "date": date or int(time.time()),
        }

    def origin_hidden_user(self, name: str, *, date: int | None = None) -> JSON:
        return {"type": "hidden_user", "sender_user_name": name, "date": date or int(time.time())}

    def origin_chat(self, chat: FakeChat | int, *, date: int | None = None) -> JSON:
        return {
            "type": "chat",
            "sender_chat": self._known_chat(chat).to_dict(),
            "date": date or int(time.time()),
        }

    def _resolve_origin(self, origin: JSON | None) -> JSON | None:
        """Fill shorthand ids (`chat_id`, `sender_user_id`, `sender_chat_id`) from control calls."""
        if origin is None:
            return None
        origin = dict(origin)
        origin.setdefault("date", int(time.time()))
        if "chat_id" in origin:
            origin["chat"] = self._known_chat(origin.pop("chat_id")).to_dict()
        if "sender_user_id" in origin:
            origin["sender_user"] = self._user(origin.pop("sender_user_id")).to_dict()
        if "sender_chat_id" in origin:
            origin["sender_chat"] = self._known_chat(origin.pop("sender_chat_id")).to_dict()
        return origin

    # ---------------------------------------------------------------- what users do

    def _queue(self, kind: str, payload: JSON) -> JSON:
        update = {"update_id": self._next_update_id, kind: copy.deepcopy(payload)}
        self._next_update_id += 1
        if self.webhook is not None:
            self._deliver_later(update)
        else:
            self._updates.append(update)
        self._changed()
        return update

    def _bot_sees(
        self, chat: FakeChat, text: str, entities: list[JSON], reply: JSON | None
    ) -> bool:
        """Privacy mode: in groups the bot only sees commands, mentions and replies to itself."""
        if chat.id in self.left_chats:
            return False
        if not chat.is_group or self.can_read_all_group_messages:
            return True
        if self._is_admin(chat.id, self.bot.id):
            return True
        if reply is not None and reply.get("from", {}).get("id") == self.bot.id:
            return True
        me = f"@{self.bot.username}".lower()
        for entity in entities:
            value = entity_text(text, entity).lower()
            if entity["type"] == "mention" and value == me:
                return True
            addressed = "@" not in value or value.endswith(me)
            if entity["type"] == "bot_command" and entity["offset"] == 0 and addressed:
                return True
        return False

    def user_says(
        self,
        chat: FakeChat | int,
        user: FakeUser | int,
        text: str = "",
        *,
        reply_to: int | None = None,
        entities: list[JSON] | None = None,
        forward_origin: JSON | None = None,
        caption: str | None = None,
        thread_id: int | None = None,
        edit_of: int | None = None,
    ) -> JSON:
        """A user's message (or, with `edit_of`, an edit of one); returns the Message as sent.

        Entities default to what Telegram detects (url, mention, bot_command, UTF-16 offsets);
        `caption` makes it a photo with that caption; `thread_id` puts it in a forum topic.
        """
        where, person = self._known_chat(chat), self._user(user)
        if caption is not None and text:
            raise ValueError("a message has either text or a caption, not both")
        content = caption if caption is not None else text
        found = detect_entities(content) if entities is None else entities
        reply = self._stored(where.id, reply_to) if reply_to else None
        if reply_to and reply is None:
            raise KeyError(f"no message {reply_to} in chat {where.id}")
        body = _user_body(text, caption, found)
        body["reply_to_message"] = _without_reply(reply)
        body["forward_origin"] = self._resolve_origin(forward_origin)
        if edit_of is not None:
            message = self._edit_user_message(where, person, edit_of, body)
            kind = "edited_message"
        else:
            message = self._message(where, person, body, thread_id)
            kind = "message"
        if self._bot_sees(where, content, found, reply):
            self._queue(kind, message)
        return message

    def _edit_user_message(
        self, chat: FakeChat, user: FakeUser, message_id: int, body: JSON
    ) -> JSON:
        old = self._stored(chat.id, message_id)
        if old is None or old["from"]["id"] != user.id:
            raise KeyError(f"user {user.id} has no message {message_id} in chat {chat.id}")
        edited = {
            k: v
            for k, v in old.items()
            if k not in ("text", "entities", "caption", "caption_entities", "photo")
        }
        edited.update({k: v for k, v in body.items() if v not in (None, [])})
        edited["edit_date"] = int(time.time())
        self._messages[(chat.id, message_id)] = edited
        return edited

    def user_presses(
        self, chat: FakeChat | int, user: FakeUser | int, message_id: int, data: str
    ) -> JSON:
        """The user presses the inline button carrying `data` on a bot message."""
        where, person = self._known_chat(chat), self._user(user)
        sent = self._bot_messages.get((where.id, message_id))
        if sent is None or sent.deleted:
            raise KeyError(f"no bot message {message_id} in chat {where.id}")
        if data not in [b.get("callback_data") for b in sent.buttons()]:
            raise KeyError(f"message {message_id} has no button with callback_data {data!r}")
        query = {
            "id": str(next(self._ids) * 7919),
            "from": person.to_dict(),
            "message": self._messages[(where.id, message_id)],
            "chat_instance": str(abs(where.id) * 31 + 7),
            "data": data,
        }
        self._queries[query["id"]] = {"answered": False}
        self._queue("callback_query", query)
        return query

    def _bot_member_update(
        self, where: FakeChat, person: FakeUser, old: str, new: str, **new_fields: Any
    ) -> JSON:
        """A my_chat_member update: `person` changed the bot's status in `where`."""
        return {
            "chat": where.to_dict(),
            "from": person.to_dict(),
            "date": int(time.time()),
            "old_chat_member": {"status": old, "user": self.bot.to_dict()},
            "new_chat_member": {"status": new, "user": self.bot.to_dict(), **new_fields},
        }

    def bot_added_to_group(self, chat: FakeChat | int, by_user: FakeUser | int) -> JSON:
        """Someone adds the bot: a my_chat_member update, then the new_chat_members message."""
        where, person = self._known_chat(chat), self._user(by_user)
        if not where.is_group:
            raise ValueError("the bot can only be added to a group or supergroup")
        self.left_chats.discard(where.id)
        member_update = self._bot_member_update(where, person, "left", "member")
        self._queue("my_chat_member", member_update)
        service = {"new_chat_members": [self.bot.to_dict()]}
        self._queue("message", self._message(where, person, service, None))
        return member_update

    def bot_removed_from_group(self, chat: FakeChat | int, by_user: FakeUser | int) -> JSON:
        """Someone removes the bot: a my_chat_member update (member -> kicked)."""
        where, person = self._known_chat(chat), self._user(by_user)
        self.left_chats.add(where.id)
        member_update = self._bot_member_update(where, person, "member", "kicked", until_date=0)
        self._queue("my_chat_member", member_update)
        return member_update

    def upgrade_to_supergroup(
        self,
        group: FakeChat | int,
        by_user: FakeUser | int,
        *,
        chat_id: int | None = None,
        announce: Iterable[str] = ("to", "from"),
    ) -> FakeChat:
        """A basic group becomes a supergroup with a new id, as Telegram does it: the bot's
        calls to the old id fail with 400 and `migrate_to_chat_id`, and the bot gets the
        service messages named in `announce`, in that order: "to" (in the old group, with
        `migrate_to_chat_id`) and "from" (in the supergroup, with `migrate_from_chat_id`)."""
        old, person = self._known_chat(group), self._user(by_user)
        if old.type != "group":
            raise ValueError("only a basic group can be upgraded to a supergroup")
        new = self.supergroup(old.title or "", chat_id=chat_id)
        self.migrated[old.id] = new.id
        if old.id in self._admins:
            self._admins[new.id] = self._admins[old.id]
        if old.id in self.left_chats:
            self.left_chats.add(new.id)
            return new
        for which in announce:
            if which == "to":
                body: JSON = {"migrate_to_chat_id": new.id}
                self._queue("message", self._message(old, person, body, None))
            elif which == "from":
                body = {"migrate_from_chat_id": old.id}
                self._queue("message", self._message(new, person, body, None))
            else:
                raise ValueError(f"announce 'to' or 'from', not {which!r}")
        return new

    def delete_topic(self, chat: FakeChat | int, thread_id: int) -> None:
        """A forum topic is deleted: sending into it fails with "message thread not found"."""
        self._gone_topics.add((self._known_chat(chat).id, int(thread_id)))

    # ---------------------------------------------------------------- failure injection

    def fail_next(
        self,
        method: str,
        error_code: int,
        description: str | None = None,
        retry_after: int | None = None,
        *,
        times: int = 1,
        after: int = 0,
        parameters: JSON | None = None,
    ) -> None:
        """Answer `times` calls of `method` with this error instead of handling them, once
        `after` calls went through. `parameters` are Telegram's ResponseParameters, e.g.
        {"migrate_to_chat_id": -100…} (`retry_after` fills in its own)."""
        extra = dict(parameters or {})
        if retry_after is not None:
            extra["retry_after"] = retry_after
        text = description or default_description(error_code, retry_after)
        error = BotApiError(error_code, text, extra or None)
        self._failures[method.lower()].append(_Injected(error, times, after))

    def flood(self, method: str, retry_after: int = 1, *, times: int = 1) -> None:
        """Answer the next `times` calls of `method` with 429 and `retry_after`, as Telegram's
        flood control does. The same call sent again before `retry_after` seconds passed is
        answered 429 once more and recorded in `early_calls`: a bot that does not wait is
        caught, and one that waits gets through."""
        self._floods[method.lower()] = _Flood(retry_after, times)

    def hold(self, method: str) -> None:
        """Keep calls of `method` waiting, as a stalled Telegram would, until `release`;
        `held(method)` counts the calls waiting now."""
        self._holds[method.lower()] = _Hold(asyncio.Event())

    def held(self, method: str) -> int:
        hold = self._holds.get(method.lower())
        return hold.waiting if hold else 0

    def release(self, method: str, *, drop: bool = False) -> None:
        """Let held calls of `method` through; with `drop` they fail unapplied (502), as calls
        that never reached Telegram. Later calls are not held."""
        hold = self._holds.pop(method.lower(), None)
        if hold is not None:
            hold.drop = drop
            hold.gate.set()

    # ---------------------------------------------------------------- reading what the bot did

    def sent(self, chat: FakeChat | int | None = None) -> list[SentMessage]:
        """Messages the bot sent (in order), optionally only those in `chat`."""
        if chat is None:
            return list(self._sent)
        chat_id = chat.id if isinstance(chat, FakeChat) else int(chat)
        return [message for message in self._sent if message.chat_id == chat_id]

    async def wait_for_sent(
        self,
        what: int | Callable[[SentMessage], bool] = 1,
        *,
        chat: FakeChat | int | None = None,
        timeout: float = 5.0,
    ) -> list[SentMessage]:
        """Wait until `what` messages were sent (or one matches `what`); returns them.

        Raises TimeoutError, listing what was sent, when that does not happen within `timeout`.
        """

        def found() -> list[SentMessage]:
            messages = self.sent(chat)
            return [m for m in messages if what(m)] if callable(what) else messages

        def enough() -> bool:
            return len(found()) >= (1 if callable(what) else what)

        if not await self.wait_until(enough, timeout):
            texts = [m.text for m in self.sent(chat)]
            raise TimeoutError(f"bot sent {len(texts)} message(s) in {timeout}s: {texts!r}")
        return found()

    def _event(self, kind: str, sent: SentMessage) -> None:
        event = {"kind": kind, "index": len(self.events)}
        event.update(sent.to_dict())
        self.events.append(event)
        self._changed()

    async def wait_for_events(self, since: int = 0, timeout: float = 5.0) -> list[JSON]:
        """Events (sent, edited, deleted, recorded calls) from index `since`; waits for one."""
        await self.wait_until(lambda: len(self.events) > since, timeout)
        return self.events[since:]
