"""A group upgraded to a supergroup, end to end: the real bot polling the fake Bot API, which
upgrades the group the way Telegram does (a new id, service messages in either order, and 400
with `migrate_to_chat_id` for the old id), over a real SQLite file. Jobs are run directly."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from bot.config import Settings
from bot.digest.schedule import Schedule, next_run
from bot.fake_telegram import FakeTelegram
from bot.fake_telegram.constants import UPGRADED
from storage import Repository
from tests.helpers import (
    BOTH_BACKENDS,
    STORY,
    digests,
    is_digest,
    live_jobs,
    running_bot,
    schedule_in_db,
    share,
)


async def moved(settings: Settings, old_id: int, new_id: int, timeout: float = 5.0) -> bool:
    """Wait until the bot has moved the chat (the new id remembers the old one)."""
    async with await Repository.open(settings.db_path) as repo:
        for _ in range(int(timeout / 0.05)):
            if (await repo.chat_settings(new_id)).get("migrated_from") == old_id:
                return True
            await asyncio.sleep(0.05)
    return False


async def nothing_left_under(settings: Settings, chat_id: int) -> None:
    async with await Repository.open(settings.db_path) as repo:
        assert await repo.list_articles(chat_id) == []
        assert await repo.digest_row(chat_id) is None
        assert await repo.chat_stats(chat_id) == dict.fromkeys(
            ("articles", "claim", "denial", "confirmation", "statement", "links"), 0
        )


@pytest.mark.parametrize("announce", [("to", "from"), ("from", "to"), ("to",), ("from",)])
@BOTH_BACKENDS
async def test_an_upgraded_group_keeps_its_stories_replies_and_digest(
    fake: FakeTelegram, settings: Settings, announce: tuple[str, ...]
) -> None:
    anna = fake.user("Anna")
    group = fake.group("Newsroom")
    fake.set_admins(group, [anna])
    async with running_bot(fake, settings) as app:
        fake.user_says(group, anna, "/digest daily 09:00 Europe/Berlin")
        await fake.wait_for_sent(lambda m: m.text.startswith("Digest: daily"), chat=group)
        [before] = live_jobs(app, f"digest:{group.id}")
        fake.user_says(group, anna, "/add " + STORY)
        [card] = await fake.wait_for_sent(
            lambda m: "Harbour authority" in m.text, chat=group, timeout=10
        )

        supergroup = fake.upgrade_to_supergroup(group, anna, announce=announce)
        name = f"digest:{supergroup.id}"
        assert await fake.wait_until(lambda: bool(live_jobs(app, name)), 5)
        [after] = live_jobs(app, name)
        assert after.next_t == before.next_t
        assert live_jobs(app, f"digest:{group.id}") == []
        assert await fake.wait_until(lambda: not fake.pending_updates, 5)

        fake.user_says(supergroup, anna, "/list")
        [listing] = await fake.wait_for_sent(lambda m: "Recent stories" in m.text, chat=supergroup)
        assert "Harbour authority denies plan" in listing.text
        await after.run(app)
        [digest] = await fake.wait_for_sent(is_digest, chat=supergroup)
        assert "Harbour authority denies plan" in digest.text
    assert digests(fake, group) == []
    await nothing_left_under(settings, group.id)
    async with await Repository.open(settings.db_path) as repo:
        row = await repo.digest_row(supergroup.id)
        assert row is not None and (row.frequency, row.hour, row.zone) == (
            "daily",
            9,
            "Europe/Berlin",
        )
        [article] = await repo.list_articles(supergroup.id)
        assert await repo.article_for_message(supergroup.id, card.message_id) == article.id
        assert await repo.migrate_chat(group.id, supergroup.id) is False  # nothing left to move


@pytest.mark.parametrize("how", ["upgraded", "error shape only"])
async def test_a_scheduled_digest_to_an_upgraded_group_migrates_and_is_sent_there_once(
    fake: FakeTelegram, settings: Settings, how: str
) -> None:
    anna = fake.user("Anna")
    group = fake.group("Quiet")
    await share(settings, group.id, STORY)
    now = datetime.now(UTC)
    await schedule_in_db(settings, group.id, Schedule("daily", 9, 0, "Europe/Berlin"), now)
    async with running_bot(fake, settings) as app:
        if how == "upgraded":  # the service messages never reached the bot
            supergroup = fake.upgrade_to_supergroup(group, anna, announce=())
        else:  # Telegram's answer, nothing else
            supergroup = fake.supergroup("Quiet")
            migrate = {"migrate_to_chat_id": supergroup.id}
            fake.fail_next("sendMessage", 400, UPGRADED, parameters=migrate)
        [job] = live_jobs(app, f"digest:{group.id}")
        await job.run(app)
        [digest] = await fake.wait_for_sent(is_digest, chat=supergroup)
        assert "Harbour authority denies plan" in digest.text
        assert [e for _, e in fake.errors] == [
            {
                "ok": False,
                "error_code": 400,
                "description": UPGRADED,
                "parameters": {"migrate_to_chat_id": supergroup.id},
            }
        ]
        [planned] = live_jobs(app, f"digest:{supergroup.id}")
        due = datetime.fromisoformat(job.data["due"])
        assert planned.next_t == next_run(Schedule("daily", 9, 0, "Europe/Berlin"), due)
        assert live_jobs(app, f"digest:{group.id}") == []
    assert fake.sent(group) == []
    await nothing_left_under(settings, group.id)
    async with await Repository.open(settings.db_path) as repo:
        row = await repo.digest_row(supergroup.id)
        assert row is not None and row.frequency == "daily" and row.last_sent is not None
        assert await repo.digest_delivery(supergroup.id) is None
        assert len(await repo.list_articles(supergroup.id)) == 1


async def test_the_fake_upgrades_a_group_and_loses_topics_like_telegram(
    fake: FakeTelegram,
) -> None:
    """The fake's control API, and the Bot API answers the bot gets, as plain HTTP."""
    anna = fake.user("Anna")
    group = fake.group("Old")
    forum = fake.supergroup("Forum", forum=True)
    async with httpx.AsyncClient(base_url=fake.url, timeout=5) as client:

        async def control(action: str, **body: Any) -> Any:
            response = await client.post(f"/_control/{action}", json=body)
            assert response.status_code == 200, response.text
            return response.json()["result"]

        async def send(chat: int, **extra: Any) -> httpx.Response:
            params = {"chat_id": chat, "text": "hi", **extra}
            return await client.post(f"/bot{fake.token}/sendMessage", json=params)

        new = await control(
            "upgrade_to_supergroup", chat_id=group.id, by_user_id=anna.id, announce=["from", "to"]
        )
        assert new["type"] == "supergroup" and new["title"] == "Old"
        first, second = (u["message"] for u in fake.pending_updates)
        assert (first["chat"]["id"], first["migrate_from_chat_id"]) == (new["id"], group.id)
        assert (second["chat"]["id"], second["migrate_to_chat_id"]) == (group.id, new["id"])
        refused = await send(group.id)
        assert refused.status_code == 400
        assert refused.json() == {
            "ok": False,
            "error_code": 400,
            "description": "Bad Request: group chat was upgraded to a supergroup chat",
            "parameters": {"migrate_to_chat_id": new["id"]},
        }
        assert (await send(new["id"])).json()["ok"]

        await control("delete_topic", chat_id=forum.id, thread_id=5)
        gone = await send(forum.id, message_thread_id=5)
        assert gone.json()["description"] == "Bad Request: message thread not found"
        assert (await send(forum.id, message_thread_id=6)).json()["ok"]

        await control("fail_next", method="sendMessage", error_code=500, after=1, times=2)
        codes = [(await send(forum.id)).status_code for _ in range(4)]
        assert codes == [200, 500, 500, 200]


@pytest.mark.parametrize("announce", [("from", "to"), ("to", "from")])
async def test_an_allowed_group_stays_allowed_as_a_supergroup(
    fake: FakeTelegram, settings: Settings, announce: tuple[str, ...]
) -> None:
    """With COUNTERCLAIM_ALLOWED_CHATS naming the group, its supergroup (a new id) is still
    served, while a stranger's group is not."""
    anna = fake.user("Anna")
    group, stranger = fake.group("Newsroom"), fake.group("Elsewhere")
    allowed = replace(settings, allowed_chats=frozenset({group.id}))
    async with running_bot(fake, allowed):
        fake.user_says(group, anna, "/add " + STORY)
        await fake.wait_for_sent(lambda m: "Harbour authority" in m.text, chat=group, timeout=10)
        supergroup = fake.upgrade_to_supergroup(group, anna, announce=announce)
        assert await moved(allowed, group.id, supergroup.id)  # updates run concurrently
        fake.user_says(supergroup, anna, "/list")
        [listing] = await fake.wait_for_sent(lambda m: "Recent stories" in m.text, chat=supergroup)
        assert "Harbour authority denies plan" in listing.text
        fake.user_says(stranger, anna, "/list")
        assert await fake.wait_until(lambda: not fake.pending_updates, 5)
    assert fake.sent(stranger) == []
