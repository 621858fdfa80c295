"""Score bot.extract.extract_text on the shared extraction benchmark, with a furniture rate,
beside every single extractor it combines, and count pages with an author / date found.

Usage: python -m bench.eval_extraction [DIR]   (DIR defaults to ../shared/eval/extraction)

Scores are printed for all pages, the tune half and the check half (bench/halves.py); the worst
pages are listed from the tune half only.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import trafilatura
from readability import Document

from bench.halves import ALL, SPLITS, TUNE, page_halves

# the bot's code, imported in one place
from bot.clean.extract import extract_text, readability_text
from bot.clean.furniture import is_furniture
from bot.clean.page_metadata import page_metadata

DEFAULT_DIR = Path("../shared/eval/extraction")


def load_scorer(data_dir: Path) -> ModuleType:
    """Import DIR/evaluate.py by path, so its metric is used unchanged."""
    spec = importlib.util.spec_from_file_location("extraction_evaluate", data_dir / "evaluate.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no evaluate.py in {data_dir}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(
    extract: Callable[[str, str | None], str], pages: dict[str, str], gt: dict[str, dict]
) -> tuple[dict[str, str], float]:
    """Predictions for every page and the seconds spent extracting."""
    preds, start = {}, time.perf_counter()
    for page_id, html in pages.items():
        preds[page_id] = extract(html, gt[page_id].get("url")) or ""
    return preds, time.perf_counter() - start


def _squash(text: str) -> str:
    return " ".join(text.split())


def furniture_pages(preds: dict[str, str], truths: dict[str, str]) -> list[str]:
    """Pages whose output has a furniture line that the ground truth does not contain."""
    found = []
    for page_id, pred in preds.items():
        truth = _squash(truths[page_id])
        lines = (_squash(line) for line in pred.splitlines())
        if any(line and line not in truth and is_furniture(line) for line in lines):
            found.append(page_id)
    return found


def plain_trafilatura(html: str, url: str | None, **options: bool) -> str:
    """A baseline: trafilatura alone (comments off) with `options`."""
    text = trafilatura.extract(html, url=url, include_comments=False, **options)
    return text or ""


def plain_readability(html: str, url: str | None) -> str:
    """A baseline: readability-lxml alone, its main block as plain text."""
    try:
        return readability_text(Document(html, url=url).summary(html_partial=True))
    except (ValueError, TypeError):  # readability's Unparseable is a ValueError
        return ""


BASELINES: dict[str, Callable[[str, str | None], str]] = {
    "trafilatura favor_precision": lambda h, u: plain_trafilatura(h, u, favor_precision=True),
    "trafilatura default": plain_trafilatura,
    "trafilatura fast": lambda h, u: plain_trafilatura(h, u, fast=True),
    "readability-lxml": plain_readability,
}


def metadata_found(pages: dict[str, str], gt: dict[str, dict], halves: dict[str, str]) -> None:
    """Print how many pages get an author and a date from bot.page_metadata and from
    trafilatura's metadata alone, for all pages and each half."""
    ours, theirs = {}, {}
    for page_id, html in pages.items():
        url = gt[page_id].get("url")
        meta = page_metadata(html, url)
        ours[page_id] = (bool(meta.author), bool(meta.published))
        found = trafilatura.extract_metadata(html, default_url=url)
        theirs[page_id] = (bool(found and found.author), bool(found and found.date))
    print("author / date found (bot.page_metadata vs trafilatura.extract_metadata):")
    for half in SPLITS:
        ids = [page_id for page_id in pages if half in (ALL, halves[page_id])]
        counts = [sum(found[i][k] for i in ids) for found in (ours, theirs) for k in (0, 1)]
        print(
            f"  {half:<5} {len(ids):>3} pages: author {counts[0]} vs {counts[2]}"
            f"  date {counts[1]} vs {counts[3]}"
        )


def report(
    name: str, scorer: ModuleType, preds: dict, truths: dict, seconds: float, halves: dict
) -> dict:
    """Print F1/P/R and furniture rate for all pages and each half, and the speed, for one
    extractor; return the score dict of the tune half."""
    print(f"{name}: {len(truths) / seconds:.1f} pages/s")
    results = {}
    for half in SPLITS:
        ids = [page_id for page_id in truths if half in (ALL, halves[page_id])]
        part = {page_id: truths[page_id] for page_id in ids}
        results[half] = result = scorer.score(part, {i: preds[i] for i in ids})
        rate = len(furniture_pages({i: preds[i] for i in ids}, part)) / len(ids)
        print(
            f"  {half:<5} {len(ids):>3} pages: F1 {result['f1']:.4f}  P {result['precision']:.4f}"
            f"  R {result['recall']:.4f}  furniture {rate:.1%} of pages"
        )
    return results[TUNE]


def worst_pages(result: dict, gt: dict, count: int = 5) -> list[tuple[str, float]]:
    """The `count` pages with the lowest F1, as (url, f1)."""
    rows = []
    for page_id, (tp, fp, fn) in result["per_page"].items():
        f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
        rows.append((gt[page_id].get("url", page_id), f1))
    return sorted(rows, key=lambda row: row[1])[:count]


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0]) if argv else DEFAULT_DIR
    scorer = load_scorer(data_dir)
    gt, pages = scorer.load_data(data_dir)
    truths = {page_id: entry.get("articleBody", "") for page_id, entry in gt.items()}

    extract_text(next(iter(pages.values())))  # warm-up: lazy imports, regex compilation
    preds, seconds = run(lambda html, url: extract_text(html, url=url), pages, gt)
    halves = page_halves(truths)
    result = report("bot.extract", scorer, preds, truths, seconds, halves)
    for name, baseline in BASELINES.items():
        base_preds, base_seconds = run(baseline, pages, gt)
        report(name, scorer, base_preds, truths, base_seconds, halves)
    metadata_found(pages, gt, halves)

    print("5 worst pages of the tune half (bot.extract):")
    for url, f1 in worst_pages(result, gt):
        print(f"  {f1:.3f}  {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
