"""Score `extract_statements` on an eval directory and time it (ms per 1,000 words).

Each article is read as `counterclaim analyze FILE` reads a text file: its own voice is
UNNAMED_OUTLET's, so verdicts it gives in that voice ("The story is a hoax.") are scored too.

.venv/bin/python -m bench.eval_statements [DIR] [--full]   # DIR: ../shared/eval/statements

Scores are printed for all articles, the tune half and the check half (bench/halves.py): the
headline lines of DIR/score.py statements, or its whole output with --full.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from bench.halves import ALL, SPLITS, half_of_id
from bench.scorer import block_title, headline, load_jsonl, resolve, run_score

# the bot's code: the extractor, given the outlet `counterclaim analyze` gives a text file
from bot.ingest import UNNAMED_OUTLET
from bot.statements.extractor import extract_statements

DEFAULT_DIR = "../shared/eval/statements"
HEADLINES = ("gold statements", "DETECTION", "KIND", "SPEAKER", "DENIAL")
RUNS = 5


def load_articles(directory: Path) -> dict[str, str]:
    """Article id -> body text, for every DIR/articles/*.txt."""
    files = sorted((directory / "articles").glob("*.txt"))
    return {path.stem: path.read_text(encoding="utf-8") for path in files}


def predictions(articles: dict[str, str]) -> list[dict[str, str | None]]:
    rows: list[dict[str, str | None]] = []
    for article, text in articles.items():
        for statement in extract_statements(text, outlet=UNNAMED_OUTLET):
            rows.append(
                {
                    "article": article,
                    "sentence": statement.sentence,
                    "kind": statement.kind,
                    "speaker": statement.speaker,
                }
            )
    return rows


def ms_per_1000_words(articles: dict[str, str]) -> float:
    """Median over RUNS passes of the extraction time per 1,000 words."""
    words = sum(len(text.split()) for text in articles.values())
    timings: list[float] = []
    for _ in range(RUNS):
        started = time.perf_counter()
        for text in articles.values():
            extract_statements(text, outlet=UNNAMED_OUTLET)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings) / max(words, 1) * 1000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench.eval_statements")
    parser.add_argument("dir", nargs="?", default=DEFAULT_DIR)
    parser.add_argument("--full", action="store_true", help="the scorer's whole output per half")
    args = parser.parse_args(argv)
    directory = resolve(args.dir, DEFAULT_DIR)
    articles = load_articles(directory)
    rows = predictions(articles)
    gold = load_jsonl(directory / "gold_statements.jsonl")
    for half in SPLITS:
        keep = {a for a in articles if half == ALL or half_of_id(a) == half}
        output = run_score(
            directory,
            "statements",
            [row for row in rows if row["article"] in keep],
            None if half == ALL else [g for g in gold if g["article"] in keep],
        )
        print(block_title("statements", half, len(keep), "articles"))
        print(output if args.full else headline(output, HEADLINES), end="")
    print(f"speed: {ms_per_1000_words(articles):.1f} ms per 1,000 words (median of {RUNS} runs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
