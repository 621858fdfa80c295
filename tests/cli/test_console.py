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
