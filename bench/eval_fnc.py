"""Score "did anyone deny that <headline>?" on the FNC-1 development pairs, end to end.

.venv/bin/python -m bench.eval_fnc [DIR] [--sample N]   # DIR defaults to ../shared/eval/fnc

Every body of DIR/bodies.jsonl is written to a temporary .txt file and ingested as a text story
into a temporary SQLite database (chat 0), as `counterclaim ingest FILE` does. Every pair of
DIR/pairs.jsonl is then asked about its body through the real command line,
`counterclaim --db TMP ask --batch` with `{"q": ..., "about": ARTICLE_ID}` lines, and
DIR/score.py scores the answers for all pairs, the tune half and the check half (bench/halves.py:
even / odd body id). --sample N (or env FNC_SAMPLE=N) keeps only N bodies, chosen by a fixed
seed, and their pairs; the default is the whole set.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.halves import ALL, SPLITS, half_of_id
from bench.scorer import block_title, load_jsonl, resolve, run_script, write_jsonl

# the bot's code, imported in one place
from bot.config import Settings
from bot.errors import SourceError
from bot.ingest import ingest
from storage import Repository

DEFAULT_DIR = "../shared/eval/fnc"
SAMPLE_SEED = 7


async def _ingest_all(bodies: list[dict[str, Any]], folder: Path, db_path: str) -> dict[str, int]:
    """Body id -> stored article id; a body the pipeline refuses is reported and left out."""
    settings = Settings(db_path=db_path)
    ids: dict[str, int] = {}
    async with await Repository.open(db_path) as repo:
        for body in bodies:
            path = folder / f"{body['body']}.txt"
            path.write_text(body["text"], encoding="utf-8")
            try:
                done = await ingest(repo, str(path), settings, chat_id=0)
            except SourceError as exc:
                print(f"  not stored: {body['body']}: {exc}", file=sys.stderr)
                continue
            ids[body["body"]] = done.saved.article_id
    return ids


def cli_command() -> list[str]:
    """The installed `counterclaim` next to this Python, else `python -m bot`."""
    script = Path(sys.executable).with_name("counterclaim")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot"]


def ask_batch(db_path: str, batch: Path) -> list[dict[str, Any]]:
    """Run `counterclaim --db DB ask --batch FILE`; its JSON lines, in order."""
    command = [*cli_command(), "--db", db_path, "ask", "--batch", str(batch)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode:
        raise RuntimeError(f"ask --batch exited {result.returncode}: {result.stderr[-500:]}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def sample(bodies: list[dict[str, Any]], count: int | None) -> list[dict[str, Any]]:
    if not count or count >= len(bodies):
        return bodies
    keep = set(random.Random(SAMPLE_SEED).sample(range(len(bodies)), count))
    return [body for i, body in enumerate(bodies) if i in keep]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench.eval_fnc")
    parser.add_argument("dir", nargs="?", default=DEFAULT_DIR)
    parser.add_argument(
        "--sample",
        type=int,
        default=int(os.environ.get("FNC_SAMPLE") or 0) or None,
        help="only N bodies (fixed seed) and their pairs; env FNC_SAMPLE",
    )
    args = parser.parse_args(argv)
    directory = resolve(args.dir, DEFAULT_DIR)
    bodies = sample(load_jsonl(directory / "bodies.jsonl"), args.sample)
    wanted = {body["body"] for body in bodies}
    pairs = [pair for pair in load_jsonl(directory / "pairs.jsonl") if pair["body"] in wanted]

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="counterclaim-fnc-") as tmp:
        folder, db_path = Path(tmp), str(Path(tmp) / "fnc.db")
        ids = asyncio.run(_ingest_all(bodies, folder, db_path))
        ingested = time.perf_counter()
        batch = [{"q": pair["q"], "about": ids.get(pair["body"])} for pair in pairs]
        answers = ask_batch(db_path, write_jsonl(folder / "batch.jsonl", batch))
        asked = time.perf_counter()
        (folder / "ids.json").write_text(json.dumps(ids), encoding="utf-8")
        for half in SPLITS:
            keep = [i for i, pair in enumerate(pairs) if half in (ALL, half_of_id(pair["body"]))]
            pairs_path = write_jsonl(folder / f"pairs-{half}.jsonl", [pairs[i] for i in keep])
            answers_path = write_jsonl(folder / f"answers-{half}.jsonl", [answers[i] for i in keep])
            command = [sys.executable, str(directory / "score.py"), str(pairs_path)]
            output = run_script([*command, str(answers_path), str(folder / "ids.json")])
            bodies_in_half = len({pairs[i]["body"] for i in keep})
            print(block_title("fnc", half, len(keep), f"pairs, {bodies_in_half} bodies"))
            print("".join(f"  {line}\n" for line in output.splitlines()), end="")
    done = time.perf_counter()
    print(
        f"fnc wall time: {done - started:.0f} s (ingest {len(ids)}/{len(bodies)} bodies"
        f" {ingested - started:.0f} s, ask {len(pairs)} pairs {asked - ingested:.0f} s,"
        f" score {done - asked:.0f} s)"
        + (f"; sample of {args.sample} bodies" if args.sample else "")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
