"""Settings from the environment and `.env`; one frozen dataclass the rest of the code reads."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"


@dataclass(frozen=True)
class FetchLimits:
    """How far the fetcher goes for one link."""

    timeout_s: float = 15.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = "Mozilla/5.0 (compatible; Counterclaim/0.1; +https://t.me/)"


@dataclass(frozen=True)
class Settings:
    """Everything configurable, with the defaults a fresh install runs with."""

    db_path: str = "counterclaim.db"
    telegram_token: str | None = None
    telegram_api_base_url: str = DEFAULT_API_BASE_URL
    allow_private_urls: bool = False
    allowed_chats: frozenset[int] = frozenset()
    log_level: str = "INFO"
    fetch: FetchLimits = field(default_factory=FetchLimits)
    lease_seconds: float = 30.0  # a worker's hold on a queued link, renewed while it lives
    sync_seconds: float = 30.0  # how often a worker re-reads the digest schedules
    send_rate: float = 30.0  # messages a second this process sends at most (Telegram: ~30/bot)


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def read_dotenv(path: Path) -> dict[str, str]:
    """Parse a `.env` file: KEY=VALUE lines, `#` comments, optional quotes around values."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        key = key.strip().removeprefix("export ").strip()
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key] = value
    return values


def load_settings(
    env: dict[str, str] | None = None, dotenv: Path | None = Path(".env")
) -> Settings:
    """Settings from `env` (default: os.environ), falling back to `.env` for unset names."""
    merged = read_dotenv(dotenv) if dotenv else {}
    merged.update(os.environ if env is None else env)
    chats = frozenset(
        int(c) for c in merged.get("COUNTERCLAIM_ALLOWED_CHATS", "").replace(",", " ").split()
    )
    limits = FetchLimits(
        timeout_s=float(merged.get("COUNTERCLAIM_FETCH_TIMEOUT", FetchLimits.timeout_s)),
        max_bytes=int(merged.get("COUNTERCLAIM_MAX_PAGE_BYTES", FetchLimits.max_bytes)),
    )
    return Settings(
        db_path=merged.get("COUNTERCLAIM_DB") or Settings.db_path,
        telegram_token=merged.get("TELEGRAM_BOT_TOKEN") or None,
        telegram_api_base_url=merged.get("TELEGRAM_API_BASE_URL") or DEFAULT_API_BASE_URL,
        allow_private_urls=_truthy(merged.get("COUNTERCLAIM_ALLOW_PRIVATE_URLS")),
        allowed_chats=chats,
        log_level=merged.get("LOG_LEVEL", "INFO").upper(),
        fetch=limits,
        lease_seconds=float(merged.get("COUNTERCLAIM_LEASE_SECONDS", Settings.lease_seconds)),
        sync_seconds=float(merged.get("COUNTERCLAIM_SYNC_SECONDS", Settings.sync_seconds)),
        send_rate=float(merged.get("COUNTERCLAIM_SEND_RATE", Settings.send_rate)),
    )
