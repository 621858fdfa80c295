"""Score `extract_statements` on an eval directory and time it (ms per 1,000 words).

.venv/bin/python -m bench.eval_statements [DIR]   # DIR defaults to ../shared/eval/statements
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot.statements.extractor import extract_statements

DEFAULT_DIR = Path("../shared/eval/statements")
RUNS = 5


def load_articles(directory: Path) -> dict[str, str]:
    """Article id -> body text, for every DIR/articles/*.txt."""
    files = sorted((directory / "articles").glob("*.txt"))
    return {path.stem: path.read_text(encoding="utf-8") for path in files}


def predictions(articles: dict[str, str]) -> list[dict[str, str | None]]:
    rows: list[dict[str, str | None]] = []
    for article, text in articles.items():
        for statement in extract_statements(text):
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
            extract_statements(text)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings) / max(words, 1) * 1000


def main(argv: list[str]) -> int:
    directory = Path(argv[0]) if argv else DEFAULT_DIR
    directory = directory if directory.is_absolute() else Path.cwd() / directory
    articles = load_articles(directory)
    rows = predictions(articles)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        pred_path = handle.name
    try:
        command = [sys.executable, str(directory / "score.py"), "statements", pred_path]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        print(result.stdout, end="")
        if result.returncode:
            print(result.stderr, end="", file=sys.stderr)
    finally:
        Path(pred_path).unlink(missing_ok=True)
    print(f"speed: {ms_per_1000_words(articles):.1f} ms per 1,000 words (median of {RUNS} runs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
