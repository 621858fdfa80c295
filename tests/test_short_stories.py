"""A story of one sentence ("The third breast story is a hoax.") is a story: from a text file,
a plain-text page, or a forwarded channel post. Less than a sentence is still refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from bot.errors import NoArticleError
from bot.fake_telegram import FakeTelegram
from bot.ingest import ingest, is_pasted_story, is_story_text
from storage import Repository
from tests.helpers import PageServer, Route, running_bot

HOAX = "The third breast story is a hoax."


@pytest.mark.parametrize(
    "text, story",
    [
        (HOAX, True),
        ("Peskov denied it.", False),  # three words: a fragment more than a story
        ("Ministry denies the report!", True),
        ("“The report is false,” he said.", True),
        ("good morning", False),
        ("thanks a lot everyone", False),  # no sentence end
        ("", False),
    ],
)
def test_one_whole_sentence_is_a_story(text: str, story: bool) -> None:
    assert is_story_text(text) is story


@pytest.mark.parametrize(
    "text, story",
    [
        (
            "Mayor denies bribes\n\nThe papers say he took $50,000. He denies it. A trial is set.",
            True,
        ),
        ("Is this true? I read it today.\nDid the mayor really say that? Who knows?", False),
        ("did she deny it?", False),
        ("The mayor denies it. He says so. It is false.", False),  # one line: a message
        ("Hello.\nI read the story. Did the mayor deny it?", False),  # ends as a question
    ],
)
def test_a_story_pasted_whole_is_a_story(text: str, story: bool) -> None:
    assert is_pasted_story(text) is story


async def test_a_one_sentence_text_file_is_stored(tmp_path: Path, settings: Settings) -> None:
    source = tmp_path / "hoax.txt"
    source.write_text(HOAX + "\n", encoding="utf-8")
    async with await Repository.open(str(tmp_path / "short.db")) as repo:
        done = await ingest(repo, str(source), settings)
        assert done.article.text == HOAX
        assert await repo.count_articles() == 1


async def test_a_one_sentence_plain_text_page_is_stored(
    tmp_path: Path, settings: Settings, site: PageServer
) -> None:
    site.routes["/hoax.txt"] = Route(HOAX.encode(), "text/plain; charset=utf-8")
    site.routes["/hello.txt"] = Route(b"hello there", "text/plain; charset=utf-8")
    async with await Repository.open(str(tmp_path / "short.db")) as repo:
        done = await ingest(repo, site.url("/hoax.txt"), settings)
        assert done.article.text == HOAX
        with pytest.raises(NoArticleError, match="not even one whole sentence"):
            await ingest(repo, site.url("/hello.txt"), settings)


async def test_a_forwarded_one_sentence_post_becomes_a_card(
    fake: FakeTelegram, settings: Settings
) -> None:
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    channel = fake.channel("Snopes Digest", username="snopesdigest")
    async with running_bot(fake, settings):
        fake.user_says(chat, anna, HOAX, forward_origin=fake.origin_channel(channel, 7))
        [card] = await fake.wait_for_sent(lambda m: bool(m.buttons()), chat=chat, timeout=10)
        assert HOAX in card.text and "Snopes Digest" in card.text
    async with await Repository.open(settings.db_path) as repo:
        [article] = await repo.list_articles(chat.id)
        assert article.text == HOAX
