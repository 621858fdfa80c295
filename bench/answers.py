"""Benchmark: question answering latency over N stored statements, against a naive scan.

.venv/bin/python -m bench.answers [--backend sqlite,postgresql] [--sizes 10000,100000,1000000]
    [--questions 300] [--naive-questions 30] [--seed 7] [--keep DIR]

Statements are generated (seeded) as realistic news sentences and stored through the normal
storage code (`Repository.save_articles`, a batch of articles per transaction), ten per article,
all shared in one chat; a larger size grows the same database. PostgreSQL runs on a
`TemporaryPostgres` started for the run. Each question is timed end to end through
`answer_question` (parse, full-text retrieval, rapidfuzz scoring, decision). The naive baseline
loads every statement of the chat (`Repository.chat_sentences`) and scans it with rapidfuzz.
With --keep the databases live in DIR and are reused by the next run (grown when it asks for
more statements, its sizes below what is stored skipped): build 1M once, time it many times.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import statistics
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.answer.ask import answer_question
from bot.clean.article import content_hash
from bot.models import Article, Statement
from storage import Repository
from storage.testing import TemporaryPostgres

PER_ARTICLE = 10
BATCH = 500  # articles per transaction while building
WARMUP = 5  # questions answered before timing (caches, prepared plans)
FIRST = ["Anna", "Boris", "Carla", "Dmitry", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas"]
LAST = ["Peskov", "Moreau", "Okafor", "Lindqvist", "Tanaka", "Haddad", "Novak", "Silva", "Berg"]
ORGS = [
    "Kremlin",
    "Pentagon",
    "Ministry of Health",
    "Port Authority",
    "City Council",
    "Apple",
    "Tesla",
    "Central Bank",
    "FIFA",
    "Red Cross",
    "Interior Ministry",
    "White House",
]
ROLES = ["spokesman", "spokeswoman", "minister", "chief executive", "press secretary", "mayor"]
OUTLETS = ["Bloomberg", "Reuters", "The Courier", "Daily Ledger", "Kyiv Post", "Le Monde"]
VERBS = ["plans to", "is preparing to", "has agreed to", "will not", "secretly tried to"]
ACTIONS = ["close", "sell", "buy", "expand", "ban", "merge", "relocate", "investigate", "fund"]


def _vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ber", "dan", "gor", "lin", "tes"]
    return ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(size)]


@lru_cache(maxsize=4)
def _zipf(size: int) -> list[float]:
    """Cumulative weights 1, 1/2, 1/3, …: a few words common, most rare."""
    return list(itertools.accumulate(1 / (i + 1) for i in range(size)))


def _topic(rng: random.Random, vocab: list[str]) -> str:
    words = rng.choices(vocab, cum_weights=_zipf(len(vocab)), k=3)
    return f"{rng.choice(VERBS)} {rng.choice(ACTIONS)} the {words[0]} {words[1]} {words[2]}"


def _article(rng: random.Random, vocab: list[str], n: int) -> tuple[Article, list[Statement]]:
    org, outlet = rng.choice(ORGS), rng.choice(OUTLETS)
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    role = rng.choice(ROLES)
    topic = _topic(rng, vocab)
    statements = [
        Statement(
            0,
            "claim",
            f"{outlet} reported that the {org} {topic}.",
            speaker=outlet,
            cue="reported",
            proposition=f"that the {org} {topic}",
        ),
        Statement(
            1,
            "denial",
            f"{org} {role} {person} denied that the {org} {topic}.",
            speaker=person,
            org=org,
            role=role,
            cue="denied",
            proposition=f"that the {org} {topic}",
            aliases=(person.split()[-1], org),
            target=0,
        ),
    ]
    for position in range(2, PER_ARTICLE):
        other = _topic(rng, vocab)
        kind = rng.choice(["statement", "claim", "statement", "confirmation"])
        speaker = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        statements.append(
            Statement(
                position,
                kind,
                f'"The {org} {other}," {speaker} said.',
                speaker=speaker,
                cue="said",
                proposition=f"the {org} {other}",
            )
        )
    text = "\n".join(s.sentence for s in statements)
    article = Article(
        url=f"https://news.example/{n}",
        title=f"{org} {topic}",
        site=outlet,
        author=None,
        published="2024-01-26T10:00:00+00:00",
        language="en",
        text=text,
        summary=text[:300],
        content_hash=content_hash(text),
    )
    return article, statements


def questions_about(statements: list[Statement]) -> list[str]:
    """Three questions about a generated story: its denial, its speaker, a wrong actor."""
    denial = statements[1]
    topic = (denial.proposition or "").removeprefix("that the ")
    rest = topic.removeprefix(f"{denial.org} ")
    return [
        f"did {denial.org} deny that it {rest}?",
        f"what did {(denial.speaker or '').split()[-1]} say about {topic}?",
        f"did Zelensky deny that the {topic}?",
    ]


@dataclass
class Corpus:
    """The generated stories, in order: growing it to a larger size continues the sequence."""

    seed: int
    stored: int = 0  # articles stored so far
    questions: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.vocab = _vocabulary(self.rng)

    def _next(self) -> tuple[Article, list[Statement]]:
        article, statements = _article(self.rng, self.vocab, self.stored)
        self.stored += 1
        if self.rng.random() < 0.02:
            self.questions.extend(questions_about(statements))
        return article, statements

    def stories(self, count: int) -> list[tuple[Article, list[Statement]]]:
        """The next `count` generated stories (not stored)."""
        return [self._next() for _ in range(count)]

    async def resume(self, repo: Repository) -> None:
        """Catch up with a kept database: generate (not store) the stories it already holds."""
        stored = await repo.count_articles()
        while self.stored < stored:
            self.stories(min(BATCH, stored - self.stored))

    async def grow(self, repo: Repository, n_statements: int) -> None:
        """Store articles until the database holds `n_statements` generated statements."""
        while self.stored < n_statements // PER_ARTICLE:
            count = min(BATCH, n_statements // PER_ARTICLE - self.stored)
            await repo.save_articles(self.stories(count), chat_id=1)


async def time_questions(
    repo: Repository, questions: list[str], naive_questions: int
) -> tuple[list[float], list[float]]:
    """Milliseconds per question: answer_question, and the naive scan (first few questions)."""
    for q in questions[:WARMUP]:
        await answer_question(repo, 1, q)
    smart, naive = [], []
    for q in questions:
        started = time.perf_counter()
        await answer_question(repo, 1, q)
        smart.append((time.perf_counter() - started) * 1000)
    for q in questions[:naive_questions]:
        started = time.perf_counter()
        sentences = await repo.chat_sentences(1)
        process.extract(q, sentences, scorer=fuzz.token_set_ratio, limit=5)
        naive.append((time.perf_counter() - started) * 1000)
    return smart, naive


def pct(values: list[float], p: float) -> float:
    """The p-th percentile of `values`; NaN for none timed (--naive-questions 0)."""
    if not values:
        return float("nan")
    return statistics.quantiles(values, n=100)[int(p) - 1] if len(values) > 1 else values[0]


@asynccontextmanager
async def database(backend: str, tmp: str, shared_buffers: str | None) -> AsyncIterator[str]:
    """A database for one backend in `tmp`: a SQLite file, or a PostgreSQL server for the run
    (its data kept in `tmp` when that is --keep's directory)."""
    if backend == "sqlite":
        yield str(Path(tmp) / "bench.db")
        return
    settings = {"shared_buffers": shared_buffers} if shared_buffers else {}
    server = TemporaryPostgres(Path(tmp) / "pg", **settings).start()
    try:
        yield (
            server.url("bench") if server.has_database("bench") else server.create_database("bench")
        )
    finally:
        server.stop()


@contextmanager
def workdir(keep: str | None) -> Iterator[str]:
    """--keep's directory (made if missing), else a temporary one removed afterwards."""
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        yield keep
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o755)  # PostgreSQL runs as nobody under root: it must reach its data
        yield tmp


async def run_backend(backend: str, sizes: list[int], args: argparse.Namespace) -> list[str]:
    """Grow one database through `sizes`, timing the questions at each; one row per size."""
    rows = []
    corpus = Corpus(args.seed)
    with workdir(args.keep and str(Path(args.keep) / backend)) as tmp:
        async with (
            database(backend, tmp, args.pg_shared_buffers) as db,
            await Repository.open(db) as repo,
        ):
            await corpus.resume(repo)
            for size in sizes:
                if size < corpus.stored * PER_ARTICLE:
                    print(f"{backend}: {size:,} skipped, the kept database is larger", flush=True)
                    continue
                started = time.perf_counter()
                await corpus.grow(repo, size)
                await repo.optimize()
                built = time.perf_counter() - started
                questions = corpus.questions[: args.questions]
                smart, naive = await time_questions(repo, questions, args.naive_questions)
                label = backend
                if backend == "postgresql" and args.pg_shared_buffers:
                    label += f", shared_buffers {args.pg_shared_buffers}"
                rows.append(_row(label, size, smart, naive, built))
                print(rows[-1], flush=True)
    return rows


HEADER = (
    "| backend | statements | answer p50 | answer p95 | naive p50 | naive p95 | naive/answer p50 "
    "| build |\n|---|---:|---:|---:|---:|---:|---:|---:|"
)


def _row(backend: str, size: int, smart: list[float], naive: list[float], built: float) -> str:
    return (
        f"| {backend} | {size:,} | {pct(smart, 50):.1f} ms | {pct(smart, 95):.1f} ms "
        f"| {pct(naive, 50):.0f} ms | {pct(naive, 95):.0f} ms "
        f"| {pct(naive, 50) / pct(smart, 50):.0f}× | +{built:.0f} s |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--backend", default="sqlite", help="sqlite, postgresql or both, comma-separated"
    )
    parser.add_argument("--sizes", default="10000,100000", help="statements, comma-separated")
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--naive-questions", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", metavar="DIR", help="keep the databases in DIR, reuse them")
    parser.add_argument("--pg-shared-buffers", help="PostgreSQL's shared_buffers (128MB default)")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    print(HEADER, flush=True)
    rows = []
    for backend in args.backend.split(","):
        if backend not in ("sqlite", "postgresql"):
            parser.error(f"unknown backend {backend!r}")
        rows += asyncio.run(run_backend(backend, sizes, args))
    print("\n" + HEADER + "\n" + "\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
