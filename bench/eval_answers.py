"""Score question answering on the development set through the real pipeline.

.venv/bin/python -m bench.eval_answers [DIR]   # DIR defaults to ../shared/eval/statements

Every DIR/articles/*.txt is ingested as a text story into a temporary SQLite database (chat 0),
each DIR/gold_questions.jsonl question is answered as `counterclaim ask --about` would, and
DIR/score.py answers scores the result. Prints the questions it got wrong.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.scorer import resolve, run_score
from bot.answer.ask import answer_question
from bot.config import Settings
from bot.ingest import ingest
from storage import Repository

DEFAULT_DIR = "../shared/eval/statements"


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
    directory = resolve(argv[0] if argv else None, DEFAULT_DIR)
    with tempfile.TemporaryDirectory() as tmp:
        results = asyncio.run(_answer_all(directory, str(Path(tmp) / "eval.db")))
    rows = [
        {
            "q": gold["q"],
            "answer": answer.answer,
            "sentences": [c.sentence for c in answer.citations],
            **({"speaker": answer.citations[0].speaker} if answer.citations else {}),
        }
        for gold, answer in results
    ]
    print(run_score(directory, "answers", rows), end="")
    for gold, answer in results:
        if answer.answer != gold["expect"]:
            print(f"  miss: {gold['q']!r} expected {gold['expect']}, answered {answer.answer}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
