"""Canonical article URLs: the page's own canonical link when it is trustworthy, tracking
parameters and fragments dropped, so the same story shared twice is one article."""

from __future__ import annotations

from functools import cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from bot.text import lexicon


@cache
def _tracking_rules() -> tuple[frozenset[str], tuple[str, ...]]:
    entries = lexicon.words("tracking_params.txt")
    prefixes = tuple(e[:-1] for e in entries if e.endswith("*"))
    return frozenset(e for e in entries if not e.endswith("*")), prefixes


def is_tracking_param(name: str) -> bool:
    """True for query parameters that only say where a click came from."""
    names, prefixes = _tracking_rules()
    lowered = name.lower()
    return lowered in names or lowered.startswith(prefixes)


def clean_url(url: str) -> str:
    """Lower-case scheme and host, drop the fragment, default port and tracking parameters.
    A malformed link (a bad port, an unclosed "[") comes back as given: the fetcher names
    what is wrong with it."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    host = (parts.hostname or "").lower().rstrip(".")
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    netloc = host if port in (None, default) else f"{host}:{port}"
    if ":" in host:  # an IPv6 literal keeps its brackets
        netloc = f"[{host}]" if port in (None, default) else f"[{host}]:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    kept = urlencode([(k, v) for k, v in query if not is_tracking_param(k)])
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), netloc, path, kept, ""))


def _site_key(host: str) -> str:
    """The last two labels of a host name: a cheap stand-in for the registrable domain."""
    labels = host.lower().rstrip(".").split(".")
    return ".".join(labels[-2:])


def canonical_url(page_url: str | None, declared: str | None) -> str | None:
    """The article's canonical URL.

    `declared` (from `<link rel=canonical>` or `og:url`) wins when it is an http(s) URL on the
    same site as the page; a page may not claim another site's story as its own.
    """
    if declared:
        absolute = urljoin(page_url or "", declared.strip())
        parts = urlsplit(absolute)
        same_site = page_url is None or _site_key(parts.hostname or "") == _site_key(
            urlsplit(page_url).hostname or ""
        )
        if parts.scheme in ("http", "https") and parts.hostname and same_site:
            return clean_url(absolute)
    return clean_url(page_url) if page_url else None
