"""The small dataclasses that flow through the pipeline: a fetched page, an article."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FetchedPage:
    """What the fetcher brings back: the final URL after redirects and the decoded body."""

    url: str
    status: int
    content_type: str
    text: str
    encoding: str


@dataclass(frozen=True)
class Metadata:
    """Facts about a page read from JSON-LD, OpenGraph and meta tags."""

    title: str | None = None
    site: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601, with the page's own offset when it gives one
    language: str | None = None
    canonical_url: str | None = None


@dataclass(frozen=True)
class Article:
    """A cleaned article: metadata, body text (paragraphs separated by newlines), summary."""

    url: str | None
    title: str | None
    site: str | None
    author: str | None
    published: str | None
    language: str | None
    text: str
    summary: str
    content_hash: str
    paragraphs: tuple[str, ...] = field(default=())
