"""A fact-check's verdict from its schema.org `ClaimReview` JSON-LD, as a line of the article:
"Claim (<who made it>): <claimReviewed> — Rating: <alternateName>", one sentence."""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup

from bot.clean.metadata import ld_name, ld_objects, ld_types


def rating_lines(soup: BeautifulSoup) -> list[str]:
    """One line per ClaimReview on the page that names both the claim and its rating."""
    lines: list[str] = []
    for item in ld_objects(soup):
        if "claimreview" not in ld_types(item):
            continue
        claim = _text(item.get("claimReviewed"))
        rating = _rating(item.get("reviewRating"))
        if not claim or not rating:
            continue
        claimant = _claimant(item.get("itemReviewed"))
        by = f" ({claimant})" if claimant else ""
        lines.append(f"Claim{by}: {claim.rstrip(' .!')} — Rating: {rating}")
    return list(dict.fromkeys(lines))


def _rating(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, dict):
        return None
    return _text(value.get("alternateName")) or _text(value.get("name"))


def _claimant(value: Any) -> str | None:
    """Who made the claim: itemReviewed.author.name (a Claim or a CreativeWork)."""
    if isinstance(value, list):
        value = value[0] if value else None
    return ld_name(value.get("author")) if isinstance(value, dict) else None


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


__all__ = ["rating_lines"]
