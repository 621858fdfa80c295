"""Score question answering on the development set through the real pipeline.

.venv/bin/python -m bench.eval_answers [DIR] [--full]   # DIR defaults to ../shared/eval/statements

Every DIR/articles/*.txt is ingested as a text story into a temporary SQLite database (chat 0),
each DIR/gold_questions.jsonl question is answered as `counterclaim ask --about` would, and
DIR/score.py answers scores the result, for all questions, the tune half and the check half
(bench/halves.py): headline lines, or the scorer's whole output with --full. Lists the tune
questions it got wrong; of the check half only the number of misses is printed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.halves import ALL, CHECK, SPLITS, TUNE, question_halves
from bench.scorer import block_title, headline, load_jsonl, resolve, run_score

# the bot's code, imported in one place
from bot.answer.ask import answer_question
from bot.config import Settings
from bot.ingest import ingest
from storage import Repository

DEFAULT_DIR = "../shared/eval/statements"
HEADLINES = ("questions:", "ANSWER", "BALANCED", "CITATION", "SPEAKER")


async def _answer_all(directory: Path, db_path: str) -> list[tuple[dict[str, Any], Any]]:
    settings = Settings(db_path=db_path)
    ids: dict[str, int] = {}
    async with await Repository.open(db_path) as repo:
        for path in sorted((directory / "articles").glob("*.txt")):
            done = await ingest(repo, str(path), settings, chat_id=0)
            ids[path.stem] = done.saved.article_id
        lines = (directory / "gold_questions.jsonl").read_text(encoding="utf-8").splitlines()
        results = []
        for line in filter(str.strip, lines):
            gold = json.loads(line)
            about = ids.get(gold.get("context_article") or "")
            answer = await answer_question(repo, 0, gold["q"], about)
            results.append((gold, answer))
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench.eval_answers")
    parser.add_argument("dir", nargs="?", default=DEFAULT_DIR)
    parser.add_argument("--full", action="store_true", help="the scorer's whole output per half")
    args = parser.parse_args(argv)
    directory = resolve(args.dir, DEFAULT_DIR)
    with tempfile.TemporaryDirectory() as tmp:
        results = asyncio.run(_answer_all(directory, str(Path(tmp) / "eval.db")))
    golds = [gold for gold, _ in results]
    halves = question_halves(golds, load_jsonl(directory / "gold_statements.jsonl"))
    rows = [
        {
            "q": gold["q"],
            "answer": answer.answer,
            "sentences": [c.sentence for c in answer.citations],
            **({"speaker": answer.citations[0].speaker} if answer.citations else {}),
        }
        for gold, answer in results
    ]
    for half in SPLITS:
        keep = [i for i, h in enumerate(halves) if half in (ALL, h)]
        output = run_score(
            directory,
            "answers",
            [rows[i] for i in keep],
            None if half == ALL else [golds[i] for i in keep],
        )
        print(block_title("answers", half, len(keep), "questions"))
        print(output if args.full else headline(output, HEADLINES), end="")
    missed = [i for i, (gold, answer) in enumerate(results) if answer.answer != gold["expect"]]
    for i in missed:
        if halves[i] == TUNE:
            gold, answer = results[i]
            print(f"  miss: {gold['q']!r} expected {gold['expect']}, answered {answer.answer}")
    check_misses = sum(halves[i] == CHECK for i in missed)
    print(f"  check half: {check_misses} misses (not listed: tune on the tune half only)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
