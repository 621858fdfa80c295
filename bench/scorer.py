"""Run a development set's own `score.py` on predictions, without copying its data.

For a half (bench/halves.py) the scorer is given that half's predictions and, through its
`--gold` option, that half's gold rows, both written to temporary files outside the project.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any


def resolve(directory: str | None, default: str) -> Path:
    """The eval folder from the command line (relative to the working directory) or default."""
    path = Path(directory or default)
    return path if path.is_absolute() else Path.cwd() / path


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """The objects of a JSONL file, blank lines skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def run_script(command: Sequence[str]) -> str:
    """Run a scorer, return what it printed; its failure is an error, not a score."""
    result = subprocess.run(list(command), capture_output=True, text=True, check=False)
    if result.returncode:
        raise RuntimeError(result.stderr.strip() or f"{command[1]} exited {result.returncode}")
    return result.stdout


def run_score(
    directory: Path,
    mode: str,
    rows: list[dict[str, Any]],
    gold: list[dict[str, Any]] | None = None,
) -> str:
    """Score `rows` with `DIR/score.py MODE`, against `gold` rows instead of the set's own
    gold file when given; return what it printed."""
    with tempfile.TemporaryDirectory(prefix="counterclaim-score-") as tmp:
        command = [sys.executable, str(directory / "score.py"), mode]
        command.append(str(write_jsonl(Path(tmp) / "pred.jsonl", rows)))
        if gold is not None:
            command += ["--gold", str(write_jsonl(Path(tmp) / "gold.jsonl", gold))]
        return run_script(command)


def headline(output: str, prefixes: Sequence[str]) -> str:
    """The lines of a scorer's output that start with one of `prefixes`, indented."""
    keep = [line for line in output.splitlines() if line.startswith(tuple(prefixes))]
    return "".join(f"  {line}\n" for line in keep)


def block_title(set_name: str, half: str, count: int, unit: str) -> str:
    return f"[{set_name}] {half}: {count} {unit}"
