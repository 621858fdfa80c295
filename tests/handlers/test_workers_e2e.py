"""Two real `counterclaim run --webhook-url …` worker processes on one database behind one
webhook URL, the fake Bot API playing Telegram and the reverse proxy: 200 updates from 50 chats
delivered to the workers in turn, 20 of them delivered again (to the other worker), one worker
killed with SIGKILL mid-way. Every question is answered once, every link carded once (the dead
worker's links finished by the other when their lease runs out), and a digest period both
workers' timers fire for is sent once.

The database comes from the `db` fixture (a string, as COUNTERCLAIM_DB takes it): a SQLite file,
or a database on the PostgreSQL server the tests start."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.config import Settings
from bot.digest.schedule import Schedule
from bot.fake_telegram import FakeChat, FakeTelegram, FakeUser, SentMessage
from storage import Repository
from tests.helpers import STORY, TOKEN, digests, is_card, is_followup, schedule_in_db, share
from tests.slow_site import slow_site

HOOK = "https://bot.example/telegram-hook"  # the public URL; the fake routes it to the workers
SECRET = "s3cret"
LEASE_S = 3  # short, so the dead worker's links go to the other soon
CHATS, LINKS, UPDATES, AGAIN = 50, 20, 200, 20
SETTLE_S = 50


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The shared database, as COUNTERCLAIM_DB names it: a SQLite file, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "shared.db")
    return str(request.getfixturevalue("pg_url"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Worker:
    """`counterclaim run` serving the webhook on its own port, logging to a file."""

    def __init__(self, fake: FakeTelegram, db: str, log: Path) -> None:
        self.fake, self.db, self.log = fake, db, log
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("COUNTERCLAIM_", "TELE"))}
        env |= {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": self.fake.base_url,
            "COUNTERCLAIM_DB": self.db,
            "COUNTERCLAIM_ALLOW_PRIVATE_URLS": "1",
            "COUNTERCLAIM_LEASE_SECONDS": str(LEASE_S),
            "COUNTERCLAIM_SYNC_SECONDS": "1",
            "COUNTERCLAIM_FETCH_TIMEOUT": "60",  # the site holds its pages until the kill
            "LOG_LEVEL": "INFO",
        }
        options = ["--webhook-url", HOOK, "--listen", "127.0.0.1", "--port", str(self.port)]
        with self.log.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", *options, "--secret-token", SECRET,
                env=env, stdout=log, stderr=log,
            )  # fmt: skip

    async def ready(self, timeout: float = 60) -> bool:
        """Serving: its webhook port takes connections."""
        deadline = asyncio.get_running_loop().time() + timeout
        while asyncio.get_running_loop().time() < deadline:
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", self.port)
            except OSError:
                await asyncio.sleep(0.1)
                continue
            writer.close()
            return True
        return False

    async def kill(self) -> None:
        assert self.process is not None
        # a worker that died on its own before the kill is a failure of its own: say why
        assert self.process.returncode is None, self.log_text()[-3000:]
        self.process.send_signal(signal.SIGKILL)
        await self.process.wait()

    async def close(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), 20)
            except TimeoutError:
                await self.kill()

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


@pytest.fixture
async def workers(fake: FakeTelegram, db: str, tmp_path: Path) -> AsyncIterator[list[Worker]]:
    pair = [Worker(fake, db, tmp_path / f"worker-{n}.log") for n in (1, 2)]
    fake.route_webhook(*(w.url for w in pair))
    yield pair
    for worker in pair:
        await worker.close()


def says(fake: FakeTelegram, chat: FakeChat, user: FakeUser, text: str) -> int:
    """A user's message; the id of the update carrying it."""
    fake.user_says(chat, user, text)
    assert fake.last_update_id is not None
    return fake.last_update_id


def link_answers(fake: FakeTelegram, chat: FakeChat) -> list[SentMessage]:
    """The "Reading…" messages in a chat, each edited into a card or a failure line."""
    return [m for m in fake.sent(chat) if m.versions[0].text.startswith("Reading")]


def other_messages(fake: FakeTelegram, chat: FakeChat) -> list[str]:
    """What the bot sent in a chat besides link answers and timeline updates: answers."""
    answers = {m.message_id for m in link_answers(fake, chat)}
    return [m.text for m in fake.sent(chat) if m.message_id not in answers and not is_followup(m)]


async def acknowledged(db: str, links: int, timeout: float = SETTLE_S) -> bool:
    """Every queued link has its "Reading…" message noted in the database."""
    deadline = asyncio.get_running_loop().time() + timeout
    async with await Repository.open(db) as repo:
        while asyncio.get_running_loop().time() < deadline:
            items = [await repo.queue_item(n) for n in range(1, await repo.last_queue_id() + 1)]
            noted = [i for i in items if i is not None and i.status_message_id is not None]
            if len(noted) >= links:
                return True
            await asyncio.sleep(0.1)
    return False


def progress(fake: FakeTelegram, chats: list[FakeChat], questions: dict[int, int]) -> str:
    """Where the bot is, for a failure message."""
    wrong = {c.id: (questions[c.id], other_messages(fake, c)) for c in chats}
    wrong = {k: v for k, v in wrong.items() if len(v[1]) != v[0]}
    links = {c.id: [m.text[:30] for m in link_answers(fake, c)] for c in chats}
    return f"answers off: {wrong}\nlinks: {links}\ndeliveries: {len(fake.deliveries)}"


async def test_two_workers_behind_one_webhook_act_as_one_bot(
    fake: FakeTelegram, workers: list[Worker], db: str
) -> None:
    # a digest both workers find missed when they start: each plans it at once
    room = fake.group("Digest room")
    settings = Settings(db_path=db)
    await share(settings, room.id, STORY)
    earlier = datetime.now(UTC) - timedelta(hours=1)
    daily = Schedule("daily", earlier.hour, earlier.minute, "UTC")
    await schedule_in_db(settings, room.id, daily, earlier - timedelta(days=2))

    users = [fake.user(f"User {n}") for n in range(CHATS)]
    chats = [fake.private_chat(u) for u in users]
    questions: dict[int, int] = {chat.id: 0 for chat in chats}
    with slow_site(opened=False) as site:
        for worker in workers:
            await worker.start()
        for worker in workers:
            assert await worker.ready(), worker.log_text()[-3000:]
        assert await fake.wait_until(lambda: fake.webhook is not None, 30)

        sent: list[int] = []

        def ask(n: int) -> None:
            chat, user = chats[n % CHATS], users[n % CHATS]
            sent.append(says(fake, chat, user, f"Did the builders deny cracks in bridge {n}?"))
            questions[chat.id] += 1

        # half the updates with both workers alive: every link, and questions
        for n in range(LINKS):
            sent.append(says(fake, chats[n], users[n], site.url(n + 1)))
        for n in range(UPDATES // 2 - LINKS):
            ask(n)

        def first_half_answered() -> bool:
            readings = sum(len(link_answers(fake, chats[n])) for n in range(LINKS))
            asked = all(len(other_messages(fake, c)) == questions[c.id] for c in chats)
            return readings == LINKS and asked

        assert await fake.wait_until(first_half_answered, SETTLE_S), progress(
            fake, chats, questions
        )
        # each worker has noted its "Reading…" messages (a kill between sending one and noting
        # it leaves that message unedited: a window of milliseconds, not what this test is about)
        assert await acknowledged(db, LINKS), progress(fake, chats, questions)
        assert {d.url.split("/telegram-hook")[0] for d in fake.deliveries} == {
            w.url for w in workers
        }
        for update_id in sent[: AGAIN // 2]:  # delivered again, to the other worker
            fake.redeliver(update_id)

        # one worker dies holding links (the site holds every page); the other finishes them
        await workers[0].kill()
        site.open.set()
        for n in range(UPDATES // 2 - LINKS, UPDATES - LINKS):
            ask(n)
        for update_id in sent[-AGAIN // 2 :]:
            assert await fake.wait_until(lambda u=update_id: fake.delivered_to(u) is not None)
            fake.redeliver(update_id)

        def all_answered() -> bool:
            carded = all(
                [m.buttons() for m in link_answers(fake, chats[n])] != [] for n in range(LINKS)
            )
            asked = all(len(other_messages(fake, c)) >= questions[c.id] for c in chats)
            return carded and asked and len(fake.deliveries) >= UPDATES + AGAIN

        settled = await fake.wait_until(all_answered, SETTLE_S)
        assert settled, workers[1].log_text()[-3000:]
        await asyncio.sleep(LEASE_S)  # room for anything sent twice to show

    assert sum(questions.values()) == UPDATES - LINKS
    for chat in chats:
        assert len(other_messages(fake, chat)) == questions[chat.id], chat.id
    for n in range(LINKS):
        [answer] = link_answers(fake, chats[n])  # one message per link…
        assert is_card(answer), answer.text  # …edited into the card
    assert "had no living worker" in workers[1].log_text()  # the dead worker's links, taken over
    assert len(digests(fake, room)) == 1
    async with await Repository.open(db) as repo:
        assert await repo.undelivered_items() == []
        assert await repo.count_articles() == LINKS + 1
