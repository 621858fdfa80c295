"""SIGKILL at the worst moments: the real `counterclaim run` process against the fake Bot API
and a story site on 127.0.0.1, killed while links wait for a fetch slot, in the middle of a
fetch, and between storing a story and sending its card, then started again on the same
database. Every accepted link must end as exactly one card or one failure line, edited into its
"Reading…" message, with nothing answered twice and the database intact."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.fake_telegram import FakeChat, FakeTelegram, FakeUser, SentMessage
from tests.bot_process import BotProcess, until
from tests.helpers import link_answers
from tests.slow_site import slow_site

SLOTS = 4  # handlers.common.INGEST_CONCURRENCY
SETTLE_S = 60  # bound on waiting for the bot; a passing run takes a few seconds


@pytest.fixture
async def bot(fake: FakeTelegram, tmp_path: Path) -> AsyncIterator[BotProcess]:
    process = BotProcess(fake, tmp_path)
    yield process
    await process.close()


def answers_to(fake: FakeTelegram, chat: FakeChat, message_id: int) -> list[SentMessage]:
    return [m for m in link_answers(fake, chat) if m.reply_to == message_id]


def finished(message: SentMessage) -> bool:
    """A card (it has buttons) or one failure line — no longer "Reading…"."""
    return bool(message.buttons()) or message.text.startswith("Couldn't read")


def all_answered(fake: FakeTelegram, chat: FakeChat, links: list[int]) -> bool:
    return all(
        len(found := answers_to(fake, chat, mid)) == 1 and finished(found[0]) for mid in links
    )


def noted(bot: BotProcess, count: int) -> bool:
    """The bot has noted `count` "Reading…" messages as the ones its cards will replace. A kill
    between Telegram taking a "Reading…" message and the bot noting it leaves that message as
    it is and the card comes as a reply of its own (no request to Telegram can be undone or
    made twice safely); the tests kill outside that window."""
    rows = bot.rows("SELECT count(*) FROM ingest_queue WHERE status_message_id IS NOT NULL")
    return rows == [(count,)]


async def send_links(
    fake: FakeTelegram, chat: FakeChat, user: FakeUser, urls: list[str]
) -> list[int]:
    return [fake.user_says(chat, user, url)["message_id"] for url in urls]


async def assert_every_link_answered_once(
    fake: FakeTelegram, bot: BotProcess, chat: FakeChat, links: list[int]
) -> None:
    settled = await fake.wait_until(lambda: all_answered(fake, chat, links), SETTLE_S)
    settled = settled and await bot.settled(SETTLE_S)
    assert await bot.stop() == 0  # whatever it still had to send went out before this
    unfinished = {
        mid: [m.text[:40] for m in answers_to(fake, chat, mid)]
        for mid in links
        if not all_answered(fake, chat, [mid])
    }
    queue = bot.rows("SELECT id, state, attempts, last_error, delivered_at FROM ingest_queue")
    assert settled, (unfinished, queue, bot.log_text()[-3000:])
    for mid in links:
        [answer] = answers_to(fake, chat, mid)  # exactly one message answers each link…
        assert answer.versions[0].text.startswith("Reading")  # …its "Reading…" message
        assert answer.buttons(), answer.text  # …edited into the card
    cards = [m for m in link_answers(fake, chat) if m.buttons()]
    assert len(cards) == len(links) == len({m.text for m in cards})  # nothing twice
    assert bot.integrity() == "ok"
    assert bot.rows("SELECT count(*) FROM ingest_queue") == [(len(links),)]
    assert bot.rows("SELECT count(*) FROM ingest_queue WHERE delivered_at IS NULL") == [(0,)]
    assert bot.rows("SELECT count(*) FROM articles") == [(len(links),)]


async def test_twelve_links_survive_a_kill_while_most_wait_for_a_slot(
    fake: FakeTelegram, bot: BotProcess
) -> None:
    """The run from issue 13: 12 links to pages taking 1.5 s each, SIGKILL once 2 cards came."""
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    with slow_site(delay=1.5) as site:
        await bot.start()
        links = await send_links(fake, chat, anna, [site.url(n) for n in range(1, 13)])

        def two_cards_and_every_link_acknowledged() -> bool:
            readings = [
                m for m in link_answers(fake, chat) if m.versions[0].text.startswith("Reading")
            ]
            return len(readings) == 12 and sum(bool(m.buttons()) for m in readings) >= 2

        assert await fake.wait_until(two_cards_and_every_link_acknowledged, SETTLE_S)
        assert await until(lambda: noted(bot, 12), SETTLE_S)
        await bot.kill()
        assert (
            sum(bool(m.buttons()) for m in link_answers(fake, chat)) < 12
        )  # the kill cut work short
        await bot.start()
        await assert_every_link_answered_once(fake, bot, chat, links)


async def test_links_waiting_for_a_slot_and_mid_fetch_survive_a_kill(
    fake: FakeTelegram, bot: BotProcess
) -> None:
    """The site holds every request: 4 links are mid-fetch, 4 wait for a slot when killed."""
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    with slow_site(opened=False) as site:
        await bot.start()
        links = await send_links(fake, chat, anna, [site.url(n) for n in range(1, 9)])

        def stuck() -> bool:
            return len(link_answers(fake, chat)) == 8 and site.received == SLOTS

        assert await until(stuck, SETTLE_S) and await until(lambda: noted(bot, 8), SETTLE_S), (
            bot.log_text()[-2000:]
        )
        await bot.kill()
        assert site.served == 0 and bot.rows("SELECT count(*) FROM ingest_queue") == [(8,)]
        site.open.set()
        await bot.start()
        await assert_every_link_answered_once(fake, bot, chat, links)
        assert all(site.hits[f"/story/{n}.html"] <= 2 for n in range(1, 9))


@pytest.mark.parametrize("edit_arrived", [False, True], ids=["edit-lost", "edit-arrived"])
async def test_a_kill_between_storing_and_sending_the_card(
    fake: FakeTelegram, bot: BotProcess, edit_arrived: bool
) -> None:
    """Stored, and the card edit on its way when killed: lost on the way, or arrived at
    Telegram with the bot dead before it noted so. Either way, one card after the restart."""
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    with slow_site() as site:
        fake.hold("editMessageText")
        await bot.start()
        links = await send_links(fake, chat, anna, [site.url(1), site.url(2)])
        assert await fake.wait_until(lambda: fake.held("editMessageText") == 2, SETTLE_S)
        assert bot.rows("SELECT state, delivered_at FROM ingest_queue") == [("done", None)] * 2
        await bot.kill()
        fake.release("editMessageText", drop=not edit_arrived)
        await fake.wait_until(lambda: fake.held("editMessageText") == 0, SETTLE_S)
        await fake.wait_until(lambda: all(m.buttons() for m in link_answers(fake, chat)), 1)
        assert all(bool(m.buttons()) == edit_arrived for m in link_answers(fake, chat))
        await bot.start()
        await assert_every_link_answered_once(fake, bot, chat, links)
        assert site.hits == {"/story/1.html": 1, "/story/2.html": 1}  # stored once, not re-read


async def test_an_update_seen_again_after_a_kill_is_not_answered_twice(
    fake: FakeTelegram, bot: BotProcess
) -> None:
    """Killed after answering "Reading…" but before confirming the update to Telegram: the
    update comes again at the restart, and is the same job, not a second one."""
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    with slow_site(opened=False) as site:
        await bot.start()
        assert await bot.ready()
        fake.hold("getUpdates")  # the poll now waiting returns the link; the next one stalls
        links = await send_links(fake, chat, anna, [site.url(1)])
        assert await until(lambda: site.received == 1, SETTLE_S)
        await bot.kill()
        fake.release("getUpdates", drop=True)
        assert len(fake.pending_updates) == 1  # never confirmed: Telegram sends it again
        site.open.set()
        await bot.start()
        await assert_every_link_answered_once(fake, bot, chat, links)
        assert fake.pending_updates == []


async def test_sigterm_with_links_in_flight_and_waiting_loses_nothing(
    fake: FakeTelegram, bot: BotProcess
) -> None:
    """A clean stop does not wait for the links still waiting for a slot (they stay queued);
    the ones in flight finish. The next start answers the rest."""
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    with slow_site(opened=False) as site:
        await bot.start()
        links = await send_links(fake, chat, anna, [site.url(n) for n in range(1, 9)])
        assert await until(lambda: len(link_answers(fake, chat)) == 8 and site.received == SLOTS)
        assert await until(lambda: noted(bot, 8), SETTLE_S)
        stopping = asyncio.create_task(bot.stop())
        await until(lambda: "Application is stopping" in bot.log_text())
        site.open.set()
        assert await stopping == 0
        assert site.received == SLOTS  # the four waiting for a slot were not fetched
        await bot.start()
        await assert_every_link_answered_once(fake, bot, chat, links)
