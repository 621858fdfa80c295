"""Benchmark: question answering latency over N stored statements, against a naive scan.

.venv/bin/python -m bench.answers [--statements 100000] [--questions 300] [--seed 7]

Statements are generated (seeded) as realistic news sentences and stored through the normal
storage code (`Repository.save_article`), ten per article, all shared in one chat. Each question
is timed end to end through `answer_question` (parse, FTS5 retrieval, rapidfuzz scoring,
decision). The naive baseline loads every statement of the chat and scans it with rapidfuzz.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.answer.ask import answer_question
from bot.clean.article import content_hash
from bot.models import Article, Statement
from storage import Repository

PER_ARTICLE = 10
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


def _topic(rng: random.Random, vocab: list[str]) -> str:
    words = rng.choices(vocab, weights=[1 / (i + 1) for i in range(len(vocab))], k=3)
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


async def build(path: str, n_statements: int, seed: int) -> list[str]:
    """Store the generated articles; return questions about them (and some unknown ones)."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    questions = []
    async with await Repository.open(path) as repo:
        for n in range(n_statements // PER_ARTICLE):
            article, statements = _article(rng, vocab, n)
            await repo.save_article(article, statements, chat_id=1)
            if rng.random() < 0.02:
                denial = statements[1]
                topic = (denial.proposition or "").removeprefix("that the ")
                rest = topic.removeprefix(f"{denial.org} ")
                questions.append(f"did {denial.org} deny that it {rest}?")
                questions.append(f"what did {denial.speaker.split()[-1]} say about {topic}?")  # type: ignore[union-attr]
                questions.append(f"did Zelensky deny that the {topic}?")
    return questions


async def time_questions(path: str, questions: list[str]) -> tuple[list[float], list[float]]:
    smart, naive = [], []
    async with await Repository.open(path) as repo:
        for q in questions:
            started = time.perf_counter()
            await answer_question(repo, 1, q)
            smart.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            async with repo.conn.execute(
                "SELECT st.sentence FROM statements st JOIN shares s "
                "ON s.article_id = st.article_id AND s.chat_id = 1"
            ) as cursor:
                sentences = [row[0] for row in await cursor.fetchall()]
            process.extract(q, sentences, scorer=fuzz.token_set_ratio, limit=5)
            naive.append((time.perf_counter() - started) * 1000)
    return smart, naive


def pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100)[int(p) - 1] if len(values) > 1 else values[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "bench.db")
        started = time.perf_counter()
        questions = asyncio.run(build(path, args.statements, args.seed))[: args.questions]
        print(
            f"stored {args.statements} statements in {time.perf_counter() - started:.1f} s; "
            f"{len(questions)} questions"
        )
        smart, naive = asyncio.run(time_questions(path, questions))
    print(f"answer_question  p50 {pct(smart, 50):7.1f} ms   p95 {pct(smart, 95):7.1f} ms")
    print(f"naive scan       p50 {pct(naive, 50):7.1f} ms   p95 {pct(naive, 95):7.1f} ms")
    print(
        f"ratio naive/ours p50 {pct(naive, 50) / pct(smart, 50):.1f}x   "
        f"p95 {pct(naive, 95) / pct(smart, 95):.1f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
