"""`counterclaim chat`: the console drives the real bot through the built-in fake Bot API."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from bot.cli.console import run_console
from bot.config import Settings
from tests.helpers import PageServer


def scripted(lines: list[str]):
    queue = list(lines)

    async def read(prompt: str) -> str | None:
        return queue.pop(0) if queue else None

    return read


async def console_says(tmp_path: Path, lines: list[str]) -> str:
    """What the console printed for the typed `lines`, against a database in `tmp_path`."""
    settings = replace(Settings(), db_path=str(tmp_path / "console.db"), allow_private_urls=True)
    out = io.StringIO()
    assert await run_console(settings, scripted(lines), out) == 0
    return out.getvalue()


async def test_console_private_then_group(site: PageServer, tmp_path: Path) -> None:
    lines = [
        "hi",
        site.url("/world/putin-feelers.html"),
        "/list",
        "/group",
        "@counterclaim_bot did the Kremlin deny the Bloomberg report?",
        "/quit",
    ]
    text = await console_says(tmp_path, lines)
    assert "Send me a link" in text
    assert "Reading 127.0.0.1" in text and "bot (edited)" in text and "Peskov" in text
    assert "[buttons: All statements · Who denied it? · Source]" in text
    assert "Recent stories here" in text
    # the group (greeted with the privacy-mode note) never saw the private chat's story
    in_group = text.split("privacy off in @BotFather")[-1]
    assert "I don't know" in in_group and "Peskov" not in in_group


async def test_console_inline_answer_posted_in_the_group(site: PageServer, tmp_path: Path) -> None:
    lines = [
        site.url("/world/putin-feelers.html"),
        "/list",
        "/inline did the kremlin deny the bloomberg report",
        "/group",
        "/choose 1",
        "/quit",
    ]
    text = await console_says(tmp_path, lines)
    assert "[1] Yes. Kremlin and Dmitry Peskov" in text
    posted = text.split("── you via @counterclaim_bot")[-1]
    assert "did the kremlin deny the bloomberg report" in posted and "wrong report" in posted


async def test_a_story_pasted_over_several_lines_is_one_message(tmp_path: Path) -> None:
    """A bare /add collects the pasted lines up to "." and sends them as one story, the
    headline on its own line."""
    lines = [
        "/add",
        "Harbour authority denies fuel leak report",
        "",
        "The Dunmore Herald reported on Monday that a tanker leaked diesel into the harbour.",
        "",
        '"There was no leak at all. The hull is intact," port spokeswoman Karin Dahl said.',
        ".",
        "did dahl deny it?",
        "/quit",
    ]
    text = await console_says(tmp_path, lines)
    assert "Harbour authority denies fuel leak report" in text
    answer = text.split("did dahl deny it?")[-1] if "did dahl deny it?" in text else text
    assert "Yes" in answer and "Karin Dahl" in answer
    assert "None of the reports" not in text


async def test_a_second_run_on_the_same_database_is_answered(tmp_path: Path) -> None:
    """The database remembers the update ids it handled: a second console run must not reuse
    them, or the bot would take every message for one already handled."""
    first = await console_says(tmp_path, ["hi", "/quit"])
    second = await console_says(tmp_path, ["hi", "/quit"])
    assert "Send me a link" in first
    assert "Send me a link" in second


async def test_piped_lines_each_get_their_answer_in_order(site: PageServer, tmp_path: Path) -> None:
    """A script piped in does not wait for a person to read: each line is answered before the
    next is sent, and the replies to the last lines are printed before the console ends
    (the input simply runs out, no /quit)."""
    lines = [
        "/group",
        "/add " + site.url("/world/putin-feelers.html"),
        "/ask did the Kremlin deny the Bloomberg report?",
        "/list",
    ]
    text = await console_says(tmp_path, lines)
    card = text.index("bot (edited)")  # the story's card, once the page was read
    answer = text.index("Yes.", card)  # the question, asked after it
    assert "Peskov" in text[answer:]
    assert text.index("Recent stories here") > answer  # the last line's reply, not lost
