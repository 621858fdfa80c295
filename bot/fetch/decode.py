"""Bytes -> text for pages and files: the declared charset, then `<meta>`, then detection."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)
_SNIFF_BYTES = 4096


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if it names a known codec."""
    match = re.search(r"charset\s*=\s*\"?([\w:.-]+)", content_type or "", re.I)
    return _known(match.group(1)) if match else None


def charset_from_meta(raw: bytes) -> str | None:
    """`<meta charset>` or `<meta http-equiv=Content-Type content="...; charset=...">`."""
    match = _META_CHARSET.search(raw[:_SNIFF_BYTES])
    return _known(match.group(1).decode("ascii", "replace")) if match else None


def detect_charset(raw: bytes) -> str:
    """Best guess for undeclared bytes: UTF-8 when it decodes, else charset-normalizer."""
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw[:200_000]).best()
    return _known(best.encoding if best else None) or "utf-8"


def choose_charset(raw: bytes, declared: str | None, is_html: bool) -> str:
    """Header charset first, then (for HTML) the page's `<meta>`, then detection."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    return _known(declared) or (charset_from_meta(raw) if is_html else None) or detect_charset(raw)


def decode_document(raw: bytes, declared: str | None, is_html: bool) -> str:
    """Decode a body; undecodable bytes become U+FFFD rather than failing."""
    return raw.decode(choose_charset(raw, declared, is_html), errors="replace")


def looks_like_html(text: str) -> bool:
    """True when a file or body is HTML rather than a plain-text story."""
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(html|head|body|p|div|article)[\s>]", head)
    )
