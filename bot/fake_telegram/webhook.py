"""Webhook deliveries as Telegram makes them, to one bot or to several workers behind the one
webhook URL (the fake then plays the reverse proxy in front of them, taking turns). A part of
`FakeTelegram`.

Each update is POSTed with the secret-token header (when one was set). A delivery that fails —
connection refused, no answer, a non-2xx status — is tried again a little later, on the next
worker in turn, as a proxy in front of a dead worker would; `redeliver` sends an update that
was delivered once more (Telegram does after a delivery that timed out), to the other worker.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import aiohttp

from bot.fake_telegram.constants import JSON, WEBHOOK_ATTEMPTS, WEBHOOK_BACKOFF_S

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
DELIVERY_TIMEOUT_S = 10.0  # Telegram waits about this long for a webhook's answer


@dataclass(frozen=True)
class Delivery:
    """One POST of an update: where it went and the HTTP status (0: no connection/answer)."""

    update_id: int
    url: str
    status: int
    again: bool = False  # a redelivery of an update already delivered


class Webhook:
    """Deliveries to the webhook, or round-robin to the workers behind it."""

    webhook: JSON | None
    webhook_deliveries: list[tuple[int, int]]
    _closing: bool
    _deliveries: set[asyncio.Task[None]]

    if TYPE_CHECKING:

        def _changed(self) -> None: ...

    def _webhook_state(self) -> None:
        self.workers: list[str] = []  # worker base URLs behind the webhook (empty: the URL itself)
        self.deliveries: list[Delivery] = []
        self._turn = 0
        self._delivered: dict[int, JSON] = {}  # update id -> update, once a worker took it
        self._taken_by: dict[int, str] = {}  # update id -> the worker that answered 2xx
        self._http: aiohttp.ClientSession | None = None

    def route_webhook(self, *worker_urls: str) -> None:
        """Put several workers behind the webhook: each delivery goes to the next in turn, to
        the webhook URL's path on that worker ("http://127.0.0.1:8001" + "/hook")."""
        self.workers = [url.rstrip("/") for url in worker_urls]

    def delivered_to(self, update_id: int) -> str | None:
        """The worker (or URL) that accepted the update, if one did."""
        return self._taken_by.get(update_id)

    def redeliver(self, update_id: int) -> None:
        """Deliver an update that a worker accepted once more, as Telegram does when that
        delivery timed out: to another worker when there are several."""
        update = self._delivered.get(update_id)
        if update is None:
            raise ValueError(f"update {update_id} was not delivered")
        avoid = self._taken_by.get(update_id)
        self._deliver_later(update, again=True, avoid=avoid)

    def _deliver_later(
        self, update: JSON, *, again: bool = False, avoid: str | None = None
    ) -> None:
        task = asyncio.get_running_loop().create_task(self._deliver(update, again, avoid))
        self._deliveries.add(task)
        task.add_done_callback(self._deliveries.discard)

    def _target(self, avoid: str | None) -> str:
        assert self.webhook is not None
        url = str(self.webhook["url"])
        if not self.workers:
            return url
        path = urlsplit(url).path
        for _ in range(len(self.workers)):
            worker = self.workers[self._turn % len(self.workers)] + path
            self._turn += 1
            if worker != avoid or len(self.workers) == 1:
                return worker
        return worker  # pragma: no cover - the loop returns

    async def _deliver(self, update: JSON, again: bool = False, avoid: str | None = None) -> None:
        """POST one update, and again on the next worker (backing off) while it fails."""
        for attempt in range(WEBHOOK_ATTEMPTS):
            if self.webhook is None or self._closing:
                return
            target = self._target(avoid)
            status = await self._post_update(target, update)
            self.webhook_deliveries.append((update["update_id"], status))
            self.deliveries.append(Delivery(update["update_id"], target, status, again))
            self._changed()
            if 200 <= status < 300:
                self._delivered[update["update_id"]] = update
                self._taken_by[update["update_id"]] = target
                return
            avoid = target
            await asyncio.sleep(WEBHOOK_BACKOFF_S * (attempt + 1))

    async def _post_update(self, url: str, update: JSON) -> int:
        assert self.webhook is not None
        headers = {}
        if self.webhook.get("secret_token"):
            headers[SECRET_HEADER] = str(self.webhook["secret_token"])
        if self._http is None or self._http.closed:
            timeout = aiohttp.ClientTimeout(total=DELIVERY_TIMEOUT_S)
            self._http = aiohttp.ClientSession(timeout=timeout)
        try:
            async with self._http.post(url, json=update, headers=headers) as response:
                return response.status
        except (aiohttp.ClientError, TimeoutError):
            return 0

    async def _close_webhook(self) -> None:
        for task in list(self._deliveries):
            task.cancel()
        if self._http is not None:
            await self._http.close()
            self._http = None
