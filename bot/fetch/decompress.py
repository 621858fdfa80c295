"""Undoing a page's Content-Encoding (gzip, deflate) a bounded step at a time.

No step produces more than the caller asks for, so a size cap holds on the decoded body and a
small "decompression bomb" never expands in memory. Pure: bytes in, bytes out.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

CODINGS = ("gzip", "deflate")
ACCEPT_ENCODING = ", ".join(CODINGS)
CODING_ALIASES = {"x-gzip": "gzip"}  # RFC 9110 8.4.1.3
MAX_CODINGS = 3  # layers of compression on one body; more is abuse, not a real site
DECODE_STEP = 64 * 1024  # the most bytes one decompression step may produce
_GZIP_MAGIC = b"\x1f\x8b"


def parse_codings(tokens: Iterable[str]) -> list[str]:
    """The codings named in Content-Encoding, in the order applied ("identity" dropped);
    UndecodableBody naming any we cannot undo, or too many layers."""
    codings: list[str] = []
    for token in tokens:
        coding = token.strip().lower()
        coding = CODING_ALIASES.get(coding, coding)
        if coding in ("", "identity"):
            continue
        if coding not in CODINGS:
            raise UndecodableBody(f"the page uses an unsupported compression ({coding})")
        codings.append(coding)
    if len(codings) > MAX_CODINGS:
        raise UndecodableBody(f"the page is compressed too many times ({len(codings)} layers)")
    return codings


class UndecodableBody(Exception):
    """A compressed body that cannot be decoded; str() says why."""


class Passthrough:
    """The identity coding, with the same feed/read/finish interface as `Inflater`."""

    def __init__(self) -> None:
        self._pending = b""

    def feed(self, data: bytes) -> None:
        self._pending += data

    def read(self, limit: int) -> bytes:
        out, self._pending = self._pending[:limit], self._pending[limit:]
        return out

    def finish(self) -> None:
        pass


def _is_zlib_header(head: bytes) -> bool:
    """True for a zlib (RFC 1950) header; "deflate" bodies are often raw deflate without one."""
    return head[0] & 0x0F == zlib.DEFLATED and (head[0] << 8 | head[1]) % 31 == 0


class Inflater:
    """One gzip or deflate layer, undone at most `limit` output bytes per `read`."""

    def __init__(self, coding: str) -> None:
        self._coding = coding
        self._pending = b""  # input not yet given to zlib
        self._zlib: zlib._Decompress | None = None  # None until the stream's header is seen
        self._members = 0  # complete gzip members (or deflate streams) so far
        self._ended = False  # the stream is over: anything after it is ignored, like browsers do
        self._fed = False

    def feed(self, data: bytes) -> None:
        self._fed = self._fed or bool(data)
        if not self._ended:
            self._pending += data

    def read(self, limit: int) -> bytes:
        """Up to `limit` decoded bytes from the input so far; b"" when more input is needed."""
        stream = self._zlib if self._zlib is not None else self._start()
        if stream is None:
            return b""
        try:
            out = stream.decompress(self._pending, limit)
        except zlib.error:
            raise UndecodableBody("the compressed body is corrupt") from None
        self._pending = stream.unconsumed_tail
        if stream.eof:  # gzip may go on with another member; deflate is over
            self._members += 1
            self._zlib = None
            self._ended = self._coding == "deflate"
            self._pending = b"" if self._ended else stream.unused_data
        return out

    def finish(self) -> None:
        """Refuse a stream cut off before its end (an empty body is left to the caller)."""
        complete = self._ended or (self._zlib is None and self._members > 0)
        if self._fed and not complete:
            raise UndecodableBody("the compressed body is cut short")

    def _start(self) -> zlib._Decompress | None:
        """The decompressor for the next stream, once two bytes show which kind it is."""
        if self._ended or len(self._pending) < 2:
            return None
        head = self._pending[:2]
        if self._coding == "gzip":
            if self._members and head != _GZIP_MAGIC:  # trailing bytes after the last member
                self._ended, self._pending = True, b""
                return None
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16)
        else:
            wbits = zlib.MAX_WBITS if _is_zlib_header(head) else -zlib.MAX_WBITS  # raw deflate
            self._zlib = zlib.decompressobj(wbits)
        return self._zlib


class BodyDecoder:
    """All the codings of one body, undone last-applied first and pulled through on demand,
    so no layer ever holds more than `DECODE_STEP` bytes of output it has not passed on."""

    def __init__(self, codings: list[str]) -> None:
        inflaters = [Inflater(coding) for coding in reversed(codings)]
        self._layers: list[Inflater | Passthrough] = [*inflaters] or [Passthrough()]

    def feed(self, raw: bytes) -> None:
        self._layers[0].feed(raw)

    def read(self, limit: int) -> bytes:
        """Up to `limit` bytes of the decoded body; b"" when more raw input is needed."""
        return self._pull(len(self._layers) - 1, limit)

    def finish(self) -> None:
        for layer in self._layers:
            layer.finish()

    def _pull(self, index: int, limit: int) -> bytes:
        layer = self._layers[index]
        while not (out := layer.read(limit)) and index:
            more = self._pull(index - 1, DECODE_STEP)
            if not more:
                break
            layer.feed(more)
        return out
