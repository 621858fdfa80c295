"""Benchmark: inline answer latency for a user with 1,000 stories in their private chat.

.venv/bin/python -m bench.inline_latency [--stories 1000] [--queries 200] [--seed 7]

The user's private chat (its id is the user's) gets the seed story through the real pipeline
and N generated stories (bench.answers' generator, stored with `Repository.save_article`);
another chat gets as many, which no answer may use. Timed twice: the core (`inline_reply`:
parse, FTS5, rapidfuzz, wording) over questions with an answer, questions without one and
empty queries; and end to end, the real Application polling the fake Bot API, from the inline
query being queued to answerInlineQuery arriving.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from pathlib import Path

from bench.answers import _article, _vocabulary, pct
from bot.answer.inline import inline_reply
from bot.config import Settings
from bot.fake_telegram import FakeTelegram
from bot.ingest import ingest
from handlers.application import build_application, running
from storage import Repository

USER = 4242
OTHER_CHAT = -100
SEED = Path(__file__).parent.parent / "tests" / "fixtures" / "seed_story.html"
TOKEN = "123:BENCH"


async def build(path: str, stories: int, seed: int) -> list[str]:
    """Store the stories; return the queries to time (answerable, unknown, empty)."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    queries = ["did the kremlin deny the bloomberg report", "who denied the putin feelers story"]
    settings = Settings(db_path=path, allow_private_urls=True)
    async with await Repository.open(path) as repo:
        await ingest(repo, str(SEED), settings, chat_id=USER, url="https://news.example/seed")
        for n in range(stories * 2):
            article, statements = _article(rng, vocab, n)
            chat = USER if n % 2 == 0 else OTHER_CHAT
            await repo.save_article(article, statements, chat_id=chat)
            denial = statements[1]
            if chat == USER and rng.random() < 0.05:
                topic = (denial.proposition or "").removeprefix("that the ")
                queries.append(f"did {denial.org} deny that it {topic.split(' ', 1)[1]}")
                queries.append(f"what did {(denial.speaker or '').split()[-1]} say about {topic}")
    queries += ["did apple deny it will buy netflix", "zelensky denied the harbour pier", "", "pu"]
    return queries


async def time_core(path: str, queries: list[str], rounds: int) -> list[float]:
    took = []
    async with await Repository.open(path) as repo:
        for n in range(rounds):
            query = queries[n % len(queries)]
            started = time.perf_counter()
            await inline_reply(repo, USER, query)
            took.append((time.perf_counter() - started) * 1000)
    return took


async def time_end_to_end(path: str, queries: list[str], rounds: int) -> list[float]:
    took = []
    async with FakeTelegram(TOKEN, supports_inline_queries=True) as fake:
        settings = Settings(db_path=path, telegram_token=TOKEN, telegram_api_base_url=fake.base_url)
        user = fake.user("Anna", user_id=USER)
        async with running(build_application(settings)):
            for n in range(rounds):
                started = time.perf_counter()
                query = fake.user_queries_inline(user, queries[n % len(queries)])
                await fake.wait_for_inline_answer(query["id"], timeout=10)
                took.append((time.perf_counter() - started) * 1000)
    return took


def report(name: str, took: list[float]) -> None:
    print(f"{name:<28} p50 {pct(took, 50):7.1f} ms   p95 {pct(took, 95):7.1f} ms   n={len(took)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "bench.db")
        started = time.perf_counter()
        queries = asyncio.run(build(path, args.stories, args.seed))
        print(
            f"stored {args.stories} stories for the user (+{args.stories} elsewhere) in "
            f"{time.perf_counter() - started:.1f} s; {len(queries)} distinct queries"
        )
        report("inline_reply (core)", asyncio.run(time_core(path, queries, args.queries)))
        report(
            "end to end (fake Bot API)", asyncio.run(time_end_to_end(path, queries, args.queries))
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
