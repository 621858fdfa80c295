"""Run a development set's own `score.py` on predictions, without copying its data."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any


def resolve(directory: str | None, default: str) -> Path:
    """The eval folder from the command line (relative to the working directory) or default."""
    path = Path(directory or default)
    return path if path.is_absolute() else Path.cwd() / path


def run_score(directory: Path, mode: str, rows: list[dict[str, Any]]) -> str:
    """Write `rows` as JSONL, run `DIR/score.py MODE` on them, return what it printed."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
        pred_path = f.name
    try:
        command = [sys.executable, str(directory / "score.py"), mode, pred_path]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    finally:
        Path(pred_path).unlink(missing_ok=True)
    if result.returncode:
        raise RuntimeError(result.stderr.strip() or f"score.py exited {result.returncode}")
    return result.stdout
