"""Reading a SOURCE: an http(s) URL (through the safe fetcher), an HTML file or a text file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.config import Settings
from bot.errors import FetchError, SourceError, UnreadableError
from bot.fetch.client import fetch
from bot.fetch.decode import decode_document, looks_like_html

_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}


@dataclass(frozen=True)
class Document:
    """A source's body, decoded, and whether it is HTML or a plain-text story."""

    source: str
    url: str | None
    body: str
    is_html: bool


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


async def read_source(source: str, settings: Settings, url: str | None = None) -> Document:
    """Fetch or read `source`; `url` names where a file came from."""
    if is_url(source):
        try:
            page = await fetch(source, settings.fetch, allow_private=settings.allow_private_urls)
        except FetchError as exc:
            raise SourceError(str(exc)) from exc
        is_html = page.content_type != "text/plain" or looks_like_html(page.text)
        return Document(source, page.url, page.text, is_html)
    if "://" in source:
        raise SourceError("only http and https links are supported")
    return read_file(source, url)


def read_file(source: str, url: str | None = None) -> Document:
    """A saved page or a story as text, from disk."""
    path = Path(source)
    if not path.exists():
        raise UnreadableError("no such file")
    if not path.is_file():
        raise UnreadableError("not a file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableError(f"cannot read the file: {exc.strerror or exc}") from exc
    if not raw.strip():
        raise SourceError("empty file")
    is_html = path.suffix.lower() in _HTML_SUFFIXES
    text = decode_document(raw, declared=None, is_html=is_html)
    return Document(source, url, text, is_html or looks_like_html(text))
