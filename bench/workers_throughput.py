"""Benchmark: answers per second of 1 and of 2 `counterclaim run --webhook-url` workers on one
PostgreSQL database, the fake Bot API delivering the questions to the workers in turn.

.venv/bin/python -m bench.workers_throughput [--runs 3] [--questions 300] [--chats 50]

A `TemporaryPostgres` holds a template database built through the repository: each chat has
shared its own generated stories (bench.answers' corpus, ten statements each). Every run copies
it, starts the workers, warms each up with a question, then sends all the questions at once
(several per chat, about the chat's own stories) and times first delivery to last answer. CPU
seconds of the workers and of PostgreSQL's backends over the timed part are read from /proc.
Each worker sends at most --send-rate messages a second (COUNTERCLAIM_SEND_RATE, 30 by default,
Telegram's limit for a bot): at 30 one worker is bound by it, not by CPU; a high rate shows
what the CPU allows.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.answers import Corpus, questions_about
from bot.fake_telegram import FakeChat, FakeTelegram, FakeUser
from storage import Repository
from storage.testing import TemporaryPostgres

TOKEN = "123456:bench-token"
HOOK = "https://bot.example/telegram-hook"
SECRET = "bench-secret"
FIRST_USER = 5_000_000
STORIES_PER_CHAT = 8
TIMEOUT_S = 300.0
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Result:
    workers: int
    answers: int
    seconds: float
    worker_cpu: float  # CPU seconds of the worker processes while timed
    postgres_cpu: float  # CPU seconds of PostgreSQL's processes while timed

    @property
    def per_second(self) -> float:
        return self.answers / self.seconds


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def cpu_seconds(pids: list[int]) -> float:
    """utime + stime of these processes, from /proc (0 for one that is gone)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / TICKS


def postgres_pids(server: TemporaryPostgres) -> list[int]:
    """The postmaster and its children (backends, background workers)."""
    master = int((server.data / "postmaster.pid").read_text().split()[0])
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == master:
                children.append(int(entry.name))
    return [master, *children]


async def build_template(server: TemporaryPostgres, chats: int, seed: int) -> dict[int, list[str]]:
    """The stored stories, each chat its own; returns the questions each chat may ask."""
    url = server.create_database("throughput_template")
    corpus = Corpus(seed)
    questions: dict[int, list[str]] = {}
    async with await Repository.open(url) as repo:
        for n in range(chats):
            chat_id = FIRST_USER + n
            stories = corpus.stories(STORIES_PER_CHAT)
            await repo.save_articles(stories, chat_id=chat_id)
            questions[chat_id] = [q for _, st in stories for q in questions_about(st)]
        await repo.optimize()
    return questions


async def start_worker(
    fake: FakeTelegram, db: str, port: int, log: Path, send_rate: float
) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COUNTERCLAIM_", "TELE"))}
    env |= {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "COUNTERCLAIM_DB": db,
        "LOG_LEVEL": "WARNING",
        "COUNTERCLAIM_SEND_RATE": str(send_rate),
    }
    options = ["--webhook-url", HOOK, "--listen", "127.0.0.1", "--port", str(port)]
    with log.open("ab") as out:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", *options, "--secret-token", SECRET,
            env=env, stdout=out, stderr=out,
        )  # fmt: skip


async def listening(port: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            await asyncio.sleep(0.1)
            continue
        writer.close()
        return
    raise RuntimeError(f"no worker listening on port {port}")


def answered(fake: FakeTelegram, chats: list[FakeChat]) -> int:
    return sum(len(fake.sent(chat)) for chat in chats)


async def one_run(
    server: TemporaryPostgres,
    number: int,
    workers: int,
    questions: dict[int, list[str]],
    n: int,
    send_rate: float,
) -> Result:
    db = server.create_database(f"run_{number}", template="throughput_template")
    async with FakeTelegram(TOKEN, username="counterclaim_bot") as fake:
        users: list[FakeUser] = [
            fake.user(f"User {i}", user_id=chat_id) for i, chat_id in enumerate(questions)
        ]
        chats = [fake.private_chat(user) for user in users]
        ports = [_free_port() for _ in range(workers)]
        fake.route_webhook(*(f"http://127.0.0.1:{port}" for port in ports))
        with tempfile.TemporaryDirectory() as tmp:
            procs = [
                await start_worker(fake, db, port, Path(tmp) / f"worker-{port}.log", send_rate)
                for port in ports
            ]
            try:
                for port in ports:
                    await listening(port)
                if not await fake.wait_until(lambda: fake.webhook is not None, 60):
                    raise RuntimeError("no worker set the webhook")
                for i in range(2 * workers):  # each worker answers once: models loaded
                    fake.user_says(chats[i], users[i], questions[users[i].id][0])
                if not await fake.wait_until(lambda: answered(fake, chats) >= 2 * workers, 120):
                    raise RuntimeError("warm-up questions not answered")
                return await _timed(fake, server, procs, chats, users, questions, n)
            finally:
                for proc in procs:
                    if proc.returncode is None:
                        proc.terminate()
                for proc in procs:
                    await proc.wait()


async def _timed(
    fake: FakeTelegram,
    server: TemporaryPostgres,
    procs: list[asyncio.subprocess.Process],
    chats: list[FakeChat],
    users: list[FakeUser],
    questions: dict[int, list[str]],
    n: int,
) -> Result:
    """Send `n` questions at once, round the chats; wait for every answer."""
    before = answered(fake, chats)
    worker_pids = [proc.pid for proc in procs]
    pg_pids = postgres_pids(server)
    worker_cpu, pg_cpu = cpu_seconds(worker_pids), cpu_seconds(pg_pids)
    started = time.perf_counter()
    for i in range(n):
        chat, user = chats[i % len(chats)], users[i % len(chats)]
        asked = questions[user.id]
        fake.user_says(chat, user, asked[(i // len(chats) + 1) % len(asked)])
    if not await fake.wait_until(lambda: answered(fake, chats) >= before + n, TIMEOUT_S):
        raise RuntimeError(f"only {answered(fake, chats) - before} of {n} answered")
    seconds = time.perf_counter() - started
    return Result(
        len(procs),
        n,
        seconds,
        cpu_seconds(worker_pids) - worker_cpu,
        cpu_seconds(pg_pids) - pg_cpu,
    )


def _line(result: Result) -> str:
    per_answer = 1000 / result.answers
    return (
        f"{result.workers} worker(s): {result.answers} answers in {result.seconds:.2f} s = "
        f"{result.per_second:.1f}/s; CPU per answer: workers {result.worker_cpu * per_answer:.1f}"
        f" ms, PostgreSQL {result.postgres_cpu * per_answer:.1f} ms"
    )


async def main_async(args: argparse.Namespace) -> None:
    server = TemporaryPostgres().start()
    try:
        questions = await build_template(server, args.chats, args.seed)
        stored = args.chats * STORIES_PER_CHAT * 10
        print(f"{stored} statements in {args.chats} chats; {args.questions} questions a run")
        results: dict[int, list[Result]] = {1: [], 2: []}
        number = 0
        for _ in range(args.runs):
            for workers in (1, 2):
                number += 1
                result = await one_run(
                    server, number, workers, questions, args.questions, args.send_rate
                )
                results[workers].append(result)
                print(_line(result), flush=True)
        one = statistics.median(r.per_second for r in results[1])
        two = statistics.median(r.per_second for r in results[2])
        print(f"median: 1 worker {one:.1f}/s, 2 workers {two:.1f}/s, ratio {two / one:.2f}×")
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--send-rate", type=float, default=30.0, help="each worker's COUNTERCLAIM_SEND_RATE"
    )
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
