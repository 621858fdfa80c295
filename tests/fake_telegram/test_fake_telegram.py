"""The real python-telegram-bot Application polling the fake Bot API; nothing mocked."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    MessageOriginChannel,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, InvalidToken, RetryAfter
from telegram.ext import (
    AIORateLimiter,
    Application,
    BaseHandler,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.fake_telegram import FakeTelegram, detect_entities, entity_text, parse_html
from handlers.application import running as running_application

TOKEN = "123:ABC"
Context = ContextTypes.DEFAULT_TYPE


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(TOKEN, username="counterclaim_bot") as server:
        yield server


@asynccontextmanager
async def running(
    fake: FakeTelegram, handlers: Sequence[BaseHandler[Any, Any, Any]], *, limiter: bool = False
) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    """The real Application, polling the fake, stopped the way `run_polling` stops it."""
    builder = Application.builder().token(TOKEN).base_url(fake.base_url)
    builder = builder.base_file_url(fake.base_file_url)
    if limiter:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=1))
    app = builder.build()
    app.add_handlers(list(handlers))
    async with running_application(app):
        yield app


async def echo(update: Update, context: Context) -> None:
    assert update.message is not None and update.message.text is not None
    await update.message.reply_text(update.message.text)


async def start(update: Update, context: Context) -> None:
    assert update.message is not None
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("More", callback_data="more:1")]])
    await update.message.reply_text(
        "<b>Hello</b>", parse_mode=ParseMode.HTML, reply_markup=keyboard
    )


async def more(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer("Loading")
    await query.edit_message_text(f"You chose {query.data}")


BASIC = [
    CommandHandler("start", start),
    CallbackQueryHandler(more),
    MessageHandler(filters.TEXT & ~filters.COMMAND, echo),
]


async def test_echo_command_and_button_round_trip(fake: FakeTelegram) -> None:
    alice = fake.user("Alice", "alice_w")
    chat = fake.private_chat(alice)
    async with running(fake, BASIC):
        fake.user_says(chat, alice, "/start")
        (hello,) = await fake.wait_for_sent(1, timeout=3)
        assert (hello.text, hello.source, hello.parse_mode) == ("Hello", "<b>Hello</b>", "HTML")
        assert hello.entities == [{"type": "bold", "offset": 0, "length": 5}]
        assert hello.buttons() == [{"text": "More", "callback_data": "more:1"}]
        assert hello.reply_to is None  # private chats are not quoted by PTB's reply_text

        fake.user_presses(chat, alice, hello.message_id, "more:1")
        await fake.wait_for_sent(lambda m: bool(m.edits), timeout=3)
        assert hello.text == "You chose more:1"
        assert hello.reply_markup is None  # editing without reply_markup drops the keyboard
        assert [v.text for v in hello.versions] == ["Hello", "You chose more:1"]
        assert fake.callback_answers[0]["text"] == "Loading"

        fake.user_says(chat, alice, "plain words")
        _, reply = await fake.wait_for_sent(2, timeout=3)
        assert reply.text == "plain words"
    getme = [params for method, params in fake.calls if method == "getMe"]
    assert getme, "Application.initialize calls getMe"


async def test_offsets_are_confirmed_so_a_restart_sees_no_old_updates(fake: FakeTelegram) -> None:
    bob = fake.user("Bob")
    chat = fake.private_chat(bob)
    async with running(fake, BASIC):
        for word in ("one", "two"):
            fake.user_says(chat, bob, word)
        await fake.wait_for_sent(2, timeout=3)
    offsets = [p.get("offset") for m, p in fake.calls if m == "getUpdates"]
    assert offsets[-1] == fake.last_update_id + 1  # PTB's cleanup call confirms everything
    assert fake.pending_updates == []
    async with running(fake, BASIC):
        fake.user_says(chat, bob, "three")
        await fake.wait_for_sent(3, timeout=3)  # re-delivered updates would come first
    assert [m.text for m in fake.sent(chat)] == ["one", "two", "three"]


async def test_message_ids_count_per_chat(fake: FakeTelegram) -> None:
    alice, bob = fake.user("Alice"), fake.user("Bob")
    a_chat, b_chat = fake.private_chat(alice), fake.private_chat(bob)
    async with running(fake, [MessageHandler(filters.TEXT, echo)]):
        first = fake.user_says(a_chat, alice, "hi")
        await fake.wait_for_sent(1, timeout=3)
        fake.user_says(b_chat, bob, "hey")
        await fake.wait_for_sent(1, chat=b_chat, timeout=3)
    assert first["message_id"] == 1
    assert [m.message_id for m in fake.sent(a_chat)] == [2]
    assert [m.message_id for m in fake.sent(b_chat)] == [2]
    assert all(m.chat_id in (alice.id, bob.id) for m in fake.sent())


async def test_html_errors_surface_as_bad_request_in_the_handler(fake: FakeTelegram) -> None:
    caught: list[str] = []

    async def broken(update: Update, context: Context) -> None:
        assert update.message is not None
        for html in ("<b>unclosed", "x <foo>y</foo>", "<i>a</b>", "a" * 4097):
            try:
                await update.message.reply_text(html, parse_mode=ParseMode.HTML)
            except BadRequest as exc:
                caught.append(exc.message)
        await update.message.reply_text("done")

    carol = fake.user("Carol")
    chat = fake.private_chat(carol)
    async with running(fake, [MessageHandler(filters.TEXT, broken)]):
        fake.user_says(chat, carol, "go")
        await fake.wait_for_sent(lambda m: m.text == "done", timeout=3)
    descriptions = [payload["description"] for _, payload in fake.errors]
    assert descriptions == [
        "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"",
        'Bad Request: can\'t parse entities: Unsupported start tag "foo" at byte offset 2',
        'Bad Request: can\'t parse entities: Unmatched end tag at byte offset 4, expected "</i>", '
        'found "</b>"',
        "Bad Request: message is too long",
    ]
    assert all(payload["error_code"] == 400 for _, payload in fake.errors)
    assert caught[0].startswith("Can't parse entities")  # PTB strips "Bad Request: "
    assert caught[3] == "Message is too long"
    assert [m.text for m in fake.sent(chat)] == ["done"]


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # PTB-internal
async def test_429_surfaces_as_retry_after(fake: FakeTelegram) -> None:
    raised: list[RetryAfter] = []

    async def send(update: Update, context: Context) -> None:
        assert update.message is not None
        try:
            await update.message.reply_text("first try")
        except RetryAfter as exc:
            raised.append(exc)
            await update.message.reply_text("after waiting")

    dave = fake.user("Dave")
    chat = fake.private_chat(dave)
    fake.fail_next("sendMessage", 429, retry_after=1)
    async with running(fake, [MessageHandler(filters.TEXT, send)]):
        fake.user_says(chat, dave, "go")
        await fake.wait_for_sent(1, timeout=3)
    assert [exc.message for exc in raised] == ["Flood control exceeded. Retry in 1 seconds"]
    assert fake.errors == [
        (
            "sendMessage",
            {
                "ok": False,
                "error_code": 429,
                "description": "Too Many Requests: retry after 1",
                "parameters": {"retry_after": 1},
            },
        )
    ]
    assert [m.text for m in fake.sent()] == ["after waiting"]


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # PTB-internal
async def test_rate_limiter_retries_after_429(fake: FakeTelegram) -> None:
    erin = fake.user("Erin")
    chat = fake.private_chat(erin)
    fake.fail_next("sendMessage", 429, retry_after=1)
    async with running(fake, [MessageHandler(filters.TEXT, echo)], limiter=True):
        fake.user_says(chat, erin, "persist")
        (sent,) = await fake.wait_for_sent(1, timeout=4)
    assert sent.text == "persist"
    assert [m for m, _ in fake.errors] == ["sendMessage"]


async def test_blocked_user_is_forbidden(fake: FakeTelegram) -> None:
    seen: list[str] = []

    async def send(update: Update, context: Context) -> None:
        assert update.effective_chat is not None
        try:
            await context.bot.send_message(update.effective_chat.id, "hello?")
        except Forbidden as exc:
            seen.append(exc.message)
        await context.bot.send_chat_action(update.effective_chat.id, "typing")

    frank = fake.user("Frank")
    chat = fake.private_chat(frank)
    fake.fail_next("sendMessage", 403)
    async with running(fake, [MessageHandler(filters.TEXT, send)]):
        fake.user_says(chat, frank, "hi")
        assert await fake.wait_until(lambda: bool(fake.actions), timeout=3)
    assert seen == ["Forbidden: bot was blocked by the user"]
    assert fake.actions == [{"chat_id": frank.id, "action": "typing"}]


async def test_user_entities_use_utf16_offsets(fake: FakeTelegram) -> None:
    found: list[str] = []

    async def links(update: Update, context: Context) -> None:
        assert update.message is not None
        found.extend(update.message.parse_entities(["url", "mention"]).values())
        await update.message.reply_text(" ".join(found))

    gina = fake.user("Gina")
    chat = fake.private_chat(gina)
    text = "🗞️👀 read https://example.com/story?id=7, ask @someone_else."
    message = fake.user_says(chat, gina, text)
    assert message["entities"][0] == {"type": "url", "offset": 11, "length": 30}
    async with running(fake, [MessageHandler(filters.TEXT, links)]):
        await fake.wait_for_sent(1, timeout=3)
    assert found == ["https://example.com/story?id=7", "@someone_else"]
    assert [entity_text(text, e) for e in detect_entities(text)] == found


async def test_forwarded_channel_post_carries_its_origin(fake: FakeTelegram) -> None:
    async def permalink(update: Update, context: Context) -> None:
        assert update.message is not None
        origin = update.message.forward_origin
        assert isinstance(origin, MessageOriginChannel)
        link = f"https://t.me/{origin.chat.username}/{origin.message_id}"
        await update.message.reply_text(
            link, link_preview_options=LinkPreviewOptions(is_disabled=True)
        )

    hana = fake.user("Hana")
    chat = fake.private_chat(hana)
    news = fake.channel("Daily News", "dailynews")
    origin = fake.origin_channel(news, 4242, author_signature="Desk")
    fake.user_says(chat, hana, "Minister denies the claim", forward_origin=origin)
    async with running(fake, [MessageHandler(filters.FORWARDED, permalink)]):
        (sent,) = await fake.wait_for_sent(1, timeout=3)
    assert sent.text == "https://t.me/dailynews/4242"
    assert sent.link_preview_options == {"is_disabled": True}


async def test_group_privacy_mode_filters_group_messages(fake: FakeTelegram) -> None:
    ivan = fake.user("Ivan")
    group = fake.group("Newsroom")
    async with running(fake, [MessageHandler(filters.TEXT, echo)]) as app:
        assert app.bot.can_read_all_group_messages is False
        chatter = fake.user_says(group, ivan, "just chatting")
        fake.user_says(group, ivan, "/check@other_bot x")
        fake.user_says(group, ivan, "/check@counterclaim_bot now")
        (first,) = await fake.wait_for_sent(1, timeout=3)
        assert first.text == "/check@counterclaim_bot now"
        assert first.reply_to is not None  # PTB quotes in groups
        fake.user_says(group, ivan, "hey @counterclaim_bot")
        fake.user_says(group, ivan, "a reply", reply_to=first.message_id)
        fake.user_says(group, ivan, "not to the bot", reply_to=chatter["message_id"])
        sent = await fake.wait_for_sent(3, timeout=3)
    assert [m.text for m in sent] == [first.text, "hey @counterclaim_bot", "a reply"]
    assert [m.message_id for m in sent] == [4, 8, 9]  # users' messages took ids 1-3 and 5-7


async def test_bot_without_privacy_mode_sees_every_group_message() -> None:
    async with FakeTelegram(TOKEN, can_read_all_group_messages=True) as open_fake:
        judy = open_fake.user("Judy")
        group = open_fake.supergroup("Open")
        async with running(open_fake, [MessageHandler(filters.TEXT, echo)]) as app:
            assert app.bot.can_read_all_group_messages is True
            open_fake.user_says(group, judy, "anything")
            await open_fake.wait_for_sent(1, timeout=3)


async def test_callback_data_over_64_bytes_is_rejected(fake: FakeTelegram) -> None:
    errors: list[str] = []

    async def keyboard(update: Update, context: Context) -> None:
        assert update.message is not None
        for data in ("é" * 33, "x" * 64):  # 66 bytes, then exactly 64
            markup = InlineKeyboardMarkup([[InlineKeyboardButton("go", callback_data=data)]])
            try:
                await update.message.reply_text("pick", reply_markup=markup)
            except BadRequest as exc:
                errors.append(exc.message)

    kim = fake.user("Kim")
    chat = fake.private_chat(kim)
    async with running(fake, [MessageHandler(filters.TEXT, keyboard)]):
        fake.user_says(chat, kim, "menu")
        (sent,) = await fake.wait_for_sent(1, timeout=3)
    assert errors == ["Button_data_invalid"]
    assert fake.errors[0][1]["description"] == "Bad Request: BUTTON_DATA_INVALID"
    assert sent.buttons()[0]["callback_data"] == "x" * 64


async def test_edit_delete_react_and_not_modified(fake: FakeTelegram) -> None:
    outcome: list[str] = []
    done = asyncio.Event()

    async def handle(update: Update, context: Context) -> None:
        assert update.message is not None
        sent = await update.message.reply_text("v1")
        await sent.edit_text("v2")
        try:
            await sent.edit_text("v2")
        except BadRequest as exc:
            outcome.append(exc.message)
        await update.message.set_reaction("👍")
        await sent.delete()
        try:
            await sent.delete()
        except BadRequest as exc:
            outcome.append(exc.message)
        done.set()

    lena = fake.user("Lena")
    chat = fake.private_chat(lena)
    async with running(fake, [MessageHandler(filters.TEXT, handle)]):
        said = fake.user_says(chat, lena, "try")
        await asyncio.wait_for(done.wait(), timeout=3)
    (sent,) = fake.sent(chat)
    assert [v.text for v in sent.versions] == ["v1", "v2"] and sent.deleted
    assert outcome[0].startswith("Message is not modified: specified new message content")
    assert outcome[1] == "Message to delete not found"
    assert fake.reactions == [
        {
            "chat_id": lena.id,
            "message_id": said["message_id"],
            "reaction": [{"type": "emoji", "emoji": "👍"}],
        }
    ]


async def test_forum_topics_edits_admins_and_joining(fake: FakeTelegram) -> None:
    events: list[str] = []
    edited_seen = asyncio.Event()

    async def topic(update: Update, context: Context) -> None:
        assert update.message is not None
        admins = await update.message.chat.get_administrators()
        await update.message.reply_text(f"admins: {[a.user.first_name for a in admins]}")

    async def edited(update: Update, context: Context) -> None:
        assert update.edited_message is not None
        events.append(f"edited: {update.edited_message.text}")
        edited_seen.set()

    async def joined(update: Update, context: Context) -> None:
        assert update.my_chat_member is not None
        events.append(f"joined: {update.my_chat_member.new_chat_member.status}")

    mo, owner = fake.user("Mo"), fake.user("Olga")
    forum = fake.supergroup("Desk", forum=True)
    fake.set_admins(forum, [fake.bot], owner=owner)
    handlers = [
        ChatMemberHandler(joined, ChatMemberHandler.MY_CHAT_MEMBER),
        MessageHandler(filters.UpdateType.EDITED_MESSAGE, edited),
        MessageHandler(filters.TEXT, topic),
    ]
    async with running(fake, handlers):
        fake.bot_added_to_group(forum, owner)
        said = fake.user_says(forum, mo, "in a topic", thread_id=77)
        (reply,) = await fake.wait_for_sent(1, timeout=3)
        fake.user_says(forum, mo, "in a topic (fixed)", edit_of=said["message_id"])
        await asyncio.wait_for(edited_seen.wait(), timeout=3)
    assert reply.thread_id == 77 and reply.reply_to == said["message_id"]
    assert reply.text == "admins: ['Olga', 'Counterclaim']"
    assert events == ["joined: member", "edited: in a topic (fixed)"]


async def test_commands_tokens_and_unknown_methods(fake: FakeTelegram) -> None:
    async with running(fake, []) as app:
        await app.bot.set_my_commands([("check", "Check a claim"), ("help", "How it works")])
        assert [c.command for c in await app.bot.get_my_commands()] == ["check", "help"]
        with pytest.raises(BadRequest):
            await app.bot.set_my_commands([("Bad-Name", "nope")])
    assert fake.commands == [
        {"command": "check", "description": "Check a claim"},
        {"command": "help", "description": "How it works"},
    ]
    async with httpx.AsyncClient(base_url=fake.url) as client:
        wrong = await client.post("/bot123:WRONG/getMe")
        unknown = await client.post(f"/bot{TOKEN}/sendTelepathy", json={})
        case = await client.get(f"/bot{TOKEN}/GETME")
    assert (wrong.status_code, wrong.json()["description"]) == (401, "Unauthorized")
    assert (unknown.status_code, unknown.json()["description"]) == (404, "Not Found")
    assert case.json()["result"]["username"] == "counterclaim_bot"
    bad = Application.builder().token("123:WRONG").base_url(fake.base_url).build()
    with pytest.raises(InvalidToken):
        await bad.initialize()


async def test_control_api_drives_the_bot_from_another_client(fake: FakeTelegram) -> None:
    async def post(client: httpx.AsyncClient, action: str, **body: Any) -> Any:
        response = await client.post(f"/_control/{action}", json=body)
        assert response.status_code == 200, response.text
        return response.json()["result"]

    async with running(fake, BASIC), httpx.AsyncClient(base_url=fake.url, timeout=5) as client:
        user = await post(client, "users", first_name="Nina", username="nina_r")
        chat = await post(client, "chats", type="private", user_id=user["id"])
        await post(client, "user_says", chat_id=chat["id"], user_id=user["id"], text="/start")
        (hello,) = await post(client, "wait_for_sent", count=1, chat_id=chat["id"], timeout=3)
        await post(
            client,
            "user_presses",
            chat_id=chat["id"],
            user_id=user["id"],
            message_id=hello["message_id"],
            data="more:1",
        )
        events = await post(client, "events", since=0, timeout=3)
        while not any(e["kind"] == "edited" for e in events):  # bounded by the server's wait
            more = await post(client, "events", since=len(events), timeout=3)
            assert more, "no edit within the timeout"
            events += more
        state = (await client.get("/_control/state")).json()["result"]
        timeout = await client.post("/_control/wait_for_sent", json={"count": 9, "timeout": 0.1})
    assert [e["kind"] for e in events][:1] == ["sent"]
    assert state["callback_answers"][0]["text"] == "Loading"
    assert state["me"]["can_read_all_group_messages"] is False
    assert timeout.status_code == 408


def test_parse_html_matches_tdlib_cases() -> None:
    assert parse_html("🏟 🏟<i>🏟 &gt;<b aba   =   caba>&lt🏟</b></i>") == (
        "🏟 🏟🏟 ><🏟",
        [{"type": "italic", "offset": 5, "length": 7}, {"type": "bold", "offset": 9, "length": 3}],
    )
    assert parse_html('<a href="telegram.org?&lt;">x</a>')[1][0]["url"] == "http://telegram.org/?<"
    assert parse_html('<pre><code class="language-py">x</code></pre>')[1] == [
        {"type": "pre", "offset": 0, "length": 1, "language": "py"}
    ]
    assert parse_html("&ge;&lt;&#12345678;") == ("&ge;<&#12345678;", [])


async def test_get_updates_over_http_like_telegram(fake: FakeTelegram) -> None:
    """Form fields (as PTB sends them), JSON and multipart; offset, limit, allowed_updates."""
    olly = fake.user("Olly")
    chat = fake.private_chat(olly)
    api = f"/bot{TOKEN}"
    async with httpx.AsyncClient(base_url=fake.url, timeout=5) as client:
        await client.post(f"{api}/sendMessage", data={"chat_id": str(chat.id), "text": "k"})
        said = fake.user_says(chat, olly, "a")
        fake.user_says(chat, olly, "b")
        form = {"limit": "1", "timeout": "0", "allowed_updates": '["message"]'}
        first = (await client.post(f"{api}/getUpdates", data=form)).json()["result"]
        assert [u["message"]["text"] for u in first] == ["a"]
        offset = first[0]["update_id"] + 1
        rest = (await client.post(f"{api}/getUpdates", json={"offset": offset})).json()["result"]
        assert [u["message"]["text"] for u in rest] == ["b"]
        assert fake.pending_updates[0]["message"]["text"] == "b"  # confirmed only below offset

        waiting = asyncio.create_task(
            client.post(f"{api}/getUpdates", data={"offset": str(offset + 1), "timeout": "3"})
        )
        await fake.wait_until(lambda: fake.pending_updates == [], timeout=3)
        fake.user_says(chat, olly, "c")  # a long poll returns as soon as an update is queued
        woke = (await asyncio.wait_for(waiting, timeout=3)).json()["result"]
        assert [u["message"]["text"] for u in woke] == ["c"]

        polls = len(fake.calls)
        after_c = {"offset": str(woke[0]["update_id"] + 1)}
        stale = asyncio.create_task(
            client.post(f"{api}/getUpdates", data=after_c | {"timeout": "3"})
        )
        assert await fake.wait_until(lambda: len(fake.calls) > polls, timeout=3)
        fresh = await client.post(f"{api}/getUpdates", data=after_c)
        conflict = await asyncio.wait_for(stale, timeout=3)
        assert fresh.status_code == 200 and conflict.status_code == 409

        files = {"document": ("note.txt", b"x")}
        multipart = await client.post(
            f"{api}/sendMessage", data={"chat_id": str(chat.id), "text": "m"}, files=files
        )
    assert multipart.json()["result"]["text"] == "m"
    assert said["message_id"] == 2 and [m.message_id for m in fake.sent(chat)] == [1, 5]
