"""The language of a story whose page does not say it: English by its function words, others
by py3langid; a story not in English is named so when nothing in it was read."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.answer.ask import answer_question
from bot.clean.article import article_from_text
from bot.config import Settings
from bot.ingest import ingest
from bot.render.cards import story_card
from bot.text.language import detected_language, foreign_note, reads_english
from storage import Repository

GERMAN = (
    "Kreml weist Bericht zurück\n\nDer Kreml hat einen Bericht von Bloomberg zurückgewiesen, "
    'wonach Präsident Putin Friedensgespräche sondiert. "Nein, das ist ein falscher Bericht", '
    "sagte Kremlsprecher Dmitri Peskow am Freitag.\n"
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Kremlin denied a Bloomberg report that Putin was putting out feelers.", "en"),
        (GERMAN, "de"),
        (
            "Le Kremlin a démenti vendredi un article selon lequel Poutine chercherait la paix.",
            "fr",
        ),
        ("Too short to tell.", None),
    ],
)
def test_a_story_s_language(text: str, language: str | None) -> None:
    assert detected_language(text) == language


def test_only_a_stated_other_language_is_foreign() -> None:
    assert reads_english(None) and reads_english("en-GB")
    assert foreign_note("de") == "The story is in German, and I read statements in English only."
    assert foreign_note("xx") == "The story is in xx, and I read statements in English only."


def test_a_pasted_story_in_german_says_why_nothing_was_found(tmp_path: Path) -> None:
    """The card and the answer say the story is in German, not that nobody denied anything."""
    article = article_from_text(GERMAN)
    assert article.language == "de"
    card = story_card(article, [], [])
    assert "No attributed statements found. The story is in German" in card
    story = tmp_path / "kreml.txt"
    story.write_text(GERMAN, encoding="utf-8")

    async def run() -> str:
        async with await Repository.open(str(tmp_path / "l.db")) as repo:
            await ingest(repo, str(story), Settings(), chat_id=5)
            return (await answer_question(repo, 5, "did the kremlin deny it?", None)).text

    assert asyncio.run(run()) == (
        "<b>I don't know.</b> The story is in German, and I read statements in English only."
    )
