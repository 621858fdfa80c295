"""The fake's webhook deliveries over real HTTP on 127.0.0.1: to two workers behind one webhook
URL in turn, with the secret-token header, redelivered to the other worker, and a failed
delivery (refused, or a 5xx) tried again on another worker."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import httpx
import pytest
from aiohttp import web

from bot.fake_telegram import FakeChat, FakeTelegram, FakeUser
from bot.fake_telegram.constants import JSON
from tests.helpers import TOKEN


@dataclass
class Receiver:
    """A webhook server standing in for one bot worker: it keeps what it was POSTed."""

    status: int = 200
    got: list[JSON] = field(default_factory=list)
    secrets: list[str | None] = field(default_factory=list)
    url: str = ""
    runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/hook", self._hook)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self.runner.addresses[0][1]}"

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None

    async def _hook(self, request: web.Request) -> web.Response:
        self.secrets.append(request.headers.get("X-Telegram-Bot-Api-Secret-Token"))
        self.got.append(await request.json())
        return web.Response(status=self.status)

    def ids(self) -> list[int]:
        return [u["update_id"] for u in self.got]


@pytest.fixture
async def workers() -> AsyncIterator[tuple[Receiver, Receiver]]:
    a, b = Receiver(), Receiver()
    await a.start()
    await b.start()
    yield a, b
    await a.stop()
    await b.stop()


def says(fake: FakeTelegram, chat: FakeChat, user: FakeUser, text: str) -> int:
    """A user's message; the id of the update that carries it."""
    fake.user_says(chat, user, text)
    assert fake.last_update_id is not None
    return fake.last_update_id


async def set_webhook(fake: FakeTelegram, url: str, secret: str) -> None:
    async with httpx.AsyncClient() as client:
        answer = await client.post(
            f"{fake.base_url}{TOKEN}/setWebhook", json={"url": url, "secret_token": secret}
        )
    assert answer.json() == {"ok": True, "result": True}


async def test_updates_go_to_the_workers_in_turn_with_the_secret(
    fake: FakeTelegram, workers: tuple[Receiver, Receiver]
) -> None:
    a, b = workers
    await set_webhook(fake, "https://bot.example/hook", "s3cret")
    fake.route_webhook(a.url, b.url)
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    said = [says(fake, chat, anna, f"hello {n}") for n in range(6)]
    assert await fake.wait_until(lambda: len(a.got) + len(b.got) == 6)
    assert len(a.got) == len(b.got) == 3
    assert sorted(a.ids() + b.ids()) == sorted(said)
    assert set(a.secrets + b.secrets) == {"s3cret"}
    assert all(d.status == 200 and d.url.endswith("/hook") for d in fake.deliveries)


async def test_a_redelivery_goes_to_the_other_worker(
    fake: FakeTelegram, workers: tuple[Receiver, Receiver]
) -> None:
    a, b = workers
    await set_webhook(fake, "https://bot.example/hook", "s3cret")
    fake.route_webhook(a.url, b.url)
    anna = fake.user("Anna")
    update = says(fake, fake.private_chat(anna), anna, "hello")
    assert await fake.wait_until(lambda: fake.delivered_to(update) is not None)
    first = fake.delivered_to(update)
    fake.redeliver(update)
    assert await fake.wait_until(lambda: len(a.got) + len(b.got) == 2)
    assert a.ids() == b.ids() == [update]  # the same update, once on each
    assert [d.again for d in fake.deliveries] == [False, True]
    assert fake.deliveries[1].url != first
    with pytest.raises(ValueError):
        fake.redeliver(12345)


async def test_a_failed_delivery_is_tried_again_on_another_worker(
    fake: FakeTelegram, workers: tuple[Receiver, Receiver]
) -> None:
    a, b = workers
    with socket.socket() as probe:  # a port nobody listens on: a dead worker
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    b.status = 502
    await set_webhook(fake, "https://bot.example/hook", "s3cret")
    fake.route_webhook(dead, b.url, a.url)
    anna = fake.user("Anna")
    chat = fake.private_chat(anna)
    said = [says(fake, chat, anna, f"hello {n}") for n in range(3)]
    assert await fake.wait_until(lambda: len(a.got) == 3, timeout=15)
    assert sorted(a.ids()) == sorted(said)
    statuses = {d.status for d in fake.deliveries}
    assert {0, 502, 200} <= statuses  # refused, refused by the worker, then taken
    assert all(fake.delivered_to(u) == f"{a.url}/hook" for u in said)
