"""Peak memory and time of bot.fetch on decompression bombs served from 127.0.0.1.

Usage: python bench/fetch_memory.py [--runs N] [REPO ...]
    REPO: a checkout whose `bot` package is measured (default: the one holding this file);
    give two (say the main tree and a branch) to compare them. Each bomb is fetched in a fresh
    child process, so ru_maxrss growth is that fetch's own; medians of N runs.

In each child, after a warm-up fetch of an ordinary gzip page: that page again (timed), then the
bomb once for ru_maxrss growth and time (tracemalloc off), then once more for the tracemalloc peak.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip
import json
import resource
import statistics
import struct
import subprocess
import sys
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

MIB = 1024 * 1024
GZIP_WBITS = 31
HERE = Path(__file__).resolve()


def zeros_gzip(mib: int) -> Iterator[bytes]:
    """`mib` MiB of zeros as one valid gzip stream: a MiB compressed once, its block repeated."""
    block = bytes(MIB)
    packer = zlib.compressobj(9, zlib.DEFLATED, GZIP_WBITS)
    yield packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    repeated = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    for _ in range(mib - 1):
        yield repeated
    crc = 0
    for _ in range(mib):
        crc = zlib.crc32(block, crc)
    yield b"\x03\x00" + struct.pack("<II", crc, mib * MIB & 0xFFFFFFFF)


def site() -> dict[str, tuple[str, bytes]]:
    """Path -> (Content-Encoding, body) for the pages the children fetch."""
    paragraph = "<p>The minister said the budget would be met; the opposition denied it.</p>"
    page = f"<html><head><title>Page</title></head><body>{paragraph * 4000}</body></html>"
    bomb = b"".join(zeros_gzip(1024))
    return {
        "/page": ("gzip", gzip.compress(page.encode())),
        "/bomb-gzip-1GiB": ("gzip", bomb),
        "/bomb-gzip-of-gzip-256MiB": ("gzip, gzip", gzip.compress(b"".join(zeros_gzip(256)))),
    }


def serve(pages: dict[str, tuple[str, bytes]]) -> str:
    """Serve `pages` from a background thread; returns the base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            encoding, body = pages[self.path]
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", encoding)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)  # the fetcher hangs up early on a bomb, as it should

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{httpd.server_address[1]}"


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


async def measure(base: str, bomb: str) -> dict[str, object]:
    """One child's numbers for one bomb, with `bot` imported from sys.path[0]."""
    import bot
    from bot.config import FetchLimits
    from bot.fetch.client import FetchError, fetch

    limits = FetchLimits()

    async def get(path: str) -> str:
        try:
            page = await fetch(base + path, limits, allow_private=True)
        except FetchError as exc:
            return str(exc)
        return f"{len(page.text)} characters"

    await get("/page")  # warm-up: imports, TLS and DNS machinery
    started = time.perf_counter()
    await get("/page")
    page_s = time.perf_counter() - started
    before, started = max_rss_mb(), time.perf_counter()
    outcome = await get(bomb)
    seconds, rss_growth = time.perf_counter() - started, max_rss_mb() - before
    tracemalloc.start()
    await get(bomb)
    peak = tracemalloc.get_traced_memory()[1] / MIB
    tracemalloc.stop()
    return {
        "bot": bot.__file__,
        "page_s": page_s,
        "outcome": outcome,
        "s": seconds,
        "rss_mb": rss_growth,
        "peak_mb": peak,
    }


def child(repo: str, base: str, bomb: str) -> None:
    sys.path.insert(0, repo)
    print(json.dumps(asyncio.run(measure(base, bomb))))


def run_child(repo: Path, base: str, bomb: str) -> dict:
    command = [sys.executable, str(HERE), "--child", str(repo), base, bomb]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def report(repo: Path, runs: dict[str, list[dict]]) -> None:
    def median(key: str, rows: list[dict]) -> float:
        return statistics.median(row[key] for row in rows)

    everything = [row for rows in runs.values() for row in rows]
    print(f"\n{repo} (bot from {everything[0]['bot']}), medians of {len(everything)} runs")
    print(f"  gzip page fetch: {median('page_s', everything) * 1000:.1f} ms")
    for bomb, rows in runs.items():
        print(
            f"  {bomb}: tracemalloc peak {median('peak_mb', rows):.1f} MiB, "
            f"ru_maxrss +{median('rss_mb', rows):.1f} MiB, "
            f"{median('s', rows) * 1000:.0f} ms -> {rows[0]['outcome']!r}"
        )


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(*sys.argv[2:5])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("repos", nargs="*", type=Path, default=[HERE.parent.parent])
    args = parser.parse_args()
    pages = site()
    base = serve(pages)
    bombs = [path for path in pages if path.startswith("/bomb")]
    results = {repo: {bomb: [] for bomb in bombs} for repo in args.repos}
    for _ in range(args.runs):  # interleaved, so drift on the machine hits every repo alike
        for repo in args.repos:
            for bomb in bombs:
                results[repo][bomb].append(run_child(repo.resolve(), base, bomb))
    for repo, runs in results.items():
        report(repo, runs)


if __name__ == "__main__":
    main()
