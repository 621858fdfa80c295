"""`counterclaim chat`: try the real bot in a terminal, against the built-in fake Bot API.

You type as a Telegram user in a private chat (`/group` switches to a group, `/private`
back); what the bot sends and edits is printed as plain text.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any, TextIO

from bot.config import Settings
from bot.fake_telegram import FakeTelegram
from bot.render.plain import html_to_text
from handlers.application import build_application, running

TOKEN = "100000:console"
UPDATES_PER_SECOND = 100  # room for this many typed updates per second between two runs
INTRO = """Counterclaim console: you are "You" in a private chat with the bot.
Paste a link, or /add followed by a story's text, or ask a question. Console commands:
  /add      alone: paste a story of several lines, then a line with a single "." to send it
  /group    talk in a group chat (the bot was just added there)
  /private  back to the private chat
  /reply N TEXT  reply to message #N (a story card) — "this" then means that story
  /inline TEXT   type "@counterclaim_bot TEXT" (inline mode); /choose N posts result N here
  /quit     leave (also Ctrl-D)
Everything else is sent to the bot as you typed it (/help, /add URL, /list, …).
"""

ReadLine = Callable[[str], Awaitable[str | None]]


async def read_stdin(prompt: str) -> str | None:
    """One line from the terminal without blocking the bot; None at end of input."""
    try:
        return await asyncio.to_thread(input, prompt)
    except EOFError:
        return None


def render(event: dict[str, Any]) -> str | None:
    """A sent or edited bot message as console text."""
    if event.get("kind") not in ("sent", "edited", "inline_post"):
        return None
    labels = {"sent": "bot", "edited": "bot (edited)", "inline_post": "you via @counterclaim_bot"}
    label = labels[event["kind"]]
    latest = (event.get("versions") or [{}])[-1]
    html = latest.get("source") if event.get("parse_mode") == "HTML" else None
    text = html_to_text(html) if html else event["text"]
    rows = (event.get("reply_markup") or {}).get("inline_keyboard") or []
    buttons = [b["text"] for row in rows for b in row]
    footer = f"\n  [buttons: {' · '.join(buttons)}]" if buttons else ""
    return f"\n── {label} #{event['message_id']} ──\n{text}{footer}\n"


async def _printer(fake: FakeTelegram, out: TextIO) -> None:
    seen = 0
    while True:
        events = await fake.wait_for_events(seen, timeout=3600)
        for event in events:
            line = render(event)
            if line:
                out.write(line)
                out.flush()
        seen += len(events)


async def run_console(
    settings: Settings, read: ReadLine = read_stdin, out: TextIO = sys.stdout
) -> int:
    """Start the fake Bot API and the real bot, then relay typed lines until /quit."""
    # update ids go on rising across runs, as Telegram's do: the database remembers the ids it
    # has handled (several workers share it) and would skip a second run's repeated ones
    first_update_id = int(time.time() * UPDATES_PER_SECOND)
    async with FakeTelegram(
        TOKEN, username="counterclaim_bot", first_update_id=first_update_id
    ) as fake:
        app = build_application(
            replace(settings, telegram_token=TOKEN, telegram_api_base_url=fake.base_url)
        )
        async with running(app):
            printer = asyncio.create_task(_printer(fake, out))
            try:
                await _converse(fake, read, out)
            finally:
                await _settle(fake, QUIET_AT_END)  # piped input: every reply before we go
                await asyncio.sleep(0.2)  # let the last replies print
                printer.cancel()
    return 0


async def _converse(fake: FakeTelegram, read: ReadLine, out: TextIO) -> None:
    out.write(INTRO)
    you = fake.user("You", username="you")
    private = fake.private_chat(you)
    group = fake.group("Console group")
    fake.set_admins(group, [you])
    chat, joined = private, False
    fake.supports_inline_queries = True
    inline: list[str] = []  # the last inline query's id and its result ids
    while True:
        line = await read("group> " if chat is group else "you> ")
        if line is None or line.strip() == "/quit":
            return
        command, _, rest = line.strip().partition(" ")
        if command == "/group":
            chat = group
            if not joined:
                fake.bot_added_to_group(group, you)
                joined = True
            continue
        if command == "/private":
            chat = private
            continue
        if command == "/reply":
            number, _, text = rest.partition(" ")
            try:
                fake.user_says(chat, you, text, reply_to=int(number))
            except (KeyError, ValueError):
                out.write(f"No message #{number} in this chat.\n")
            continue
        if command in ("/inline", "/choose"):
            inline = await _inline(fake, you, chat, command, rest, inline, out)
            continue
        if command == "/add" and not rest:  # a story pasted over several lines
            line = "/add " + await _pasted(read)
        if line.strip():
            fake.user_says(chat, you, line)
        await _settle(fake, QUIET)  # its answer before the next line, typed or piped


QUIET = 0.5  # seconds without a new bot message after which a line counts as answered
QUIET_AT_END = 2.0  # … at the end of input, when a slow page may still be being read
SETTLE_LIMIT = 60.0  # seconds at most to wait for the bot to go quiet


async def _settle(fake: FakeTelegram, quiet: float) -> None:
    """Wait until the bot has taken every update and sent nothing for `quiet` seconds (at
    most SETTLE_LIMIT): each line then gets its answer before the next is sent, so a script
    piped in reads like a conversation and its last replies are not lost."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + SETTLE_LIMIT
    while loop.time() < deadline:
        new = await fake.wait_for_events(len(fake.events), timeout=quiet)
        if not new and not fake.pending_updates:
            return


PASTE_END = "."  # the line that ends a story pasted after a bare /add


async def _pasted(read: ReadLine) -> str:
    """The lines typed up to a line holding only PASTE_END (or the end of input), as one text
    with its line breaks: a Telegram message keeps them, and a story's headline stays its own
    line."""
    lines: list[str] = []
    while (line := await read("... ")) is not None and line.strip() != PASTE_END:
        lines.append(line)
    return "\n".join(lines).strip()


async def _inline(
    fake: FakeTelegram, you: Any, chat: Any, command: str, rest: str, last: list[str], out: TextIO
) -> list[str]:
    """/inline TEXT lists the bot's inline results; /choose N posts result N in this chat."""
    if command == "/inline":
        query = fake.user_queries_inline(you, rest, chat_type="sender")
        answer = await fake.wait_for_inline_answer(query["id"], timeout=10)
        for number, result in enumerate(answer.results, start=1):
            out.write(f"  [{number}] {result.get('title')} — {result.get('description', '')}\n")
        if answer.button:
            out.write(f"  [button: {answer.button['text']}]\n")
        return [query["id"], *[str(r["id"]) for r in answer.results]]
    if not last or not rest.strip().isdigit() or not 1 <= int(rest) < len(last):
        out.write("Type /inline TEXT first, then /choose N with one of its numbers.\n")
        return last
    fake.user_chooses_inline_result(chat, you, last[0], last[int(rest)])
    await asyncio.sleep(0.3)
    return last
