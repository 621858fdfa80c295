"""A news site on 127.0.0.1 for crash tests: numbered story pages that can be slow, or held
until the test lets them go, so that a bot can be caught in the middle of a fetch."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_STORY = re.compile(r"^/story/(\d+)\.html$")


def story_page(n: int) -> bytes:
    """Story `n`: a title, a claim, a quoted statement and a denial, all about bridge `n`."""
    return f"""<html><head><title>Bridge {n} will open in spring, ministry says</title></head>
<body><article><h1>Bridge {n} will open in spring, ministry says</h1>
<p>The transport ministry said on Monday that bridge number {n} over the river would open to
traffic next spring, two years later than planned.</p>
<p>"The work on bridge {n} is going well and we expect no more delays," said Anna Berg, a
spokeswoman for the ministry.</p>
<p>The builders denied a report that bridge {n} had cracks, saying the report was not true.</p>
</article></body></html>""".encode()


@dataclass
class SlowSite:
    """`/story/N.html` for any N, after `delay` seconds and only while `open` is set;
    `received` counts requests that arrived, `served` those answered."""

    base: str = ""
    delay: float = 0.0
    open: threading.Event = field(default_factory=threading.Event)
    received: int = 0
    served: int = 0
    hits: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, n: int) -> str:
        return f"{self.base}/story/{n}.html"

    def count(self, path: str) -> None:
        with self._lock:
            self.received += 1
            self.hits[path] = self.hits.get(path, 0) + 1


def _handler(site: SlowSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            site.count(self.path)
            site.open.wait()
            if site.delay:
                time.sleep(site.delay)
            match = _STORY.match(self.path)
            body = story_page(int(match.group(1))) if match else b"not found"
            self.send_response(200 if match else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            with site._lock:
                site.served += 1

        def log_message(self, *args: object) -> None:
            pass

    return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client killed mid-request leaves a broken pipe; that is the point


@contextmanager
def slow_site(*, delay: float = 0.0, opened: bool = True) -> Iterator[SlowSite]:
    site = SlowSite(delay=delay)
    if opened:
        site.open.set()
    httpd = _QuietServer(("127.0.0.1", 0), _handler(site))
    site.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.open.set()
        httpd.shutdown()
        httpd.server_close()
