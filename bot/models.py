"""The small dataclasses that flow through the pipeline: a fetched page, an article, a statement."""

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
class ArticleFields:
    """What an article is, cleaned or stored: metadata, body text, summary, content hash."""

    url: str | None
    title: str | None
    site: str | None
    author: str | None
    published: str | None
    language: str | None
    text: str
    summary: str
    content_hash: str


@dataclass(frozen=True)
class Article(ArticleFields):
    """A cleaned article: metadata, body text (paragraphs separated by newlines), summary."""

    paragraphs: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Statement:
    """One attributed statement of an article, in text order (`position`)."""

    position: int
    kind: str  # claim | denial | confirmation | statement
    sentence: str
    speaker: str | None = None
    speaker_norm: str | None = None
    org: str | None = None
    role: str | None = None
    cue: str | None = None
    quote: str | None = None
    quote_start: int | None = None
    quote_end: int | None = None
    proposition: str | None = None
    anonymous: bool = False
    aliases: tuple[str, ...] = ()
    target: int | None = None  # position of the claim this answers, in the same article


@dataclass(frozen=True)
class StoredStatement:
    """A statement as stored, with its row id and article id."""

    id: int
    article_id: int
    statement: Statement
