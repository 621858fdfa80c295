"""The fetcher against real HTTP servers on 127.0.0.1: redirects, refusals, limits, charsets,
compressed bodies (bombs included) and names with several addresses."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import ipaddress
import shutil
import socket
import ssl
import struct
import subprocess
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.config import FetchLimits
from bot.errors import FetchError
from bot.fetch.addresses import AddressPolicy, IPAddress, address_problem
from bot.fetch.client import fetch
from bot.models import FetchedPage

LIMITS = FetchLimits()
HTML = "<!doctype html><html><head><title>Hi</title></head><body><p>Hello, world.</p></body></html>"
RUSSIAN = (
    "Министр финансов заявил журналистам, что бюджет будет исполнен полностью. "
    "Оппозиция опровергла эти слова и потребовала опубликовать отчёт о расходах. "
    "Представитель правительства отказался комментировать заявление депутатов. "
)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
MIB = 1024 * 1024
GZIP, ZLIB, RAW_DEFLATE = 31, 15, -15  # zlib wbits for the three deflate wrappers
LONG_PAGE = (
    "<!doctype html><html><head><title>Long</title></head><body>"
    + "".join(f"<p>{n}: {RUSSIAN}</p>" for n in range(600))
    + "</body></html>"
)


def loopback_only(ip: IPAddress) -> str | None:
    """Allow the tests' own server on 127.0.0.1, refuse every other non-public address."""
    return None if ip == ipaddress.ip_address("127.0.0.1") else address_problem(ip)


@dataclass
class Site:
    """A test server on 127.0.0.1 and the requests it received."""

    server: TestServer
    seen: list[web.Request] = field(default_factory=list)

    @property
    def port(self) -> int:
        assert self.server.port is not None
        return self.server.port

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    async def get(
        self,
        path: str,
        limits: FetchLimits = LIMITS,
        allow_private: bool = True,
        address_policy: AddressPolicy | None = None,
    ) -> FetchedPage:
        return await fetch(self.url(path), limits, allow_private, address_policy=address_policy)


def html(text: str = HTML, **headers: str) -> web.Response:
    return web.Response(text=text, content_type="text/html", headers=headers)


def raw(body: bytes, content_type: str, **headers: str) -> web.Response:
    return web.Response(body=body, headers={"Content-Type": content_type, **headers})


@contextlib.asynccontextmanager
async def serve_bytes(response: bytes) -> AsyncIterator[str]:
    """A bare server that answers every request with `response` verbatim (aiohttp always adds
    a Content-Type); yields its base URL."""

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(response)
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        yield f"http://127.0.0.1:{port}"


def untyped(body: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s" % (
        len(body),
        body,
    )


def compress(data: bytes, wbits: int) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return packer.compress(data) + packer.flush()


def zeros_compressed(mib: int, wbits: int) -> Iterator[bytes]:
    """`mib` MiB of zeros as a valid gzip, zlib or raw deflate stream, made lazily: one MiB is
    compressed once after a full flush and that block repeated, so even 1 GiB costs nothing."""
    block = bytes(MIB)
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    yield packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    repeated = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    for _ in range(mib - 1):
        yield repeated
    yield b"\x03\x00"  # an empty final block
    if wbits == GZIP:
        crc = 0
        for _ in range(mib):
            crc = zlib.crc32(block, crc)
        yield struct.pack("<II", crc, mib * MIB & 0xFFFFFFFF)
    elif wbits == ZLIB:
        adler = 1
        for _ in range(mib):
            adler = zlib.adler32(block, adler)
        yield struct.pack(">I", adler)


def recompress(chunks: Iterable[bytes], wbits: int) -> Iterator[bytes]:
    """One more layer of compression over a stream, a chunk at a time."""
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    for chunk in chunks:
        if out := packer.compress(chunk):
            yield out
    yield packer.flush()


async def stream(
    request: web.Request, encoding: str, chunks: Iterable[bytes]
) -> web.StreamResponse:
    """Send `chunks` as a chunked body, the first on its own (so the fetcher sees it alone)."""
    headers = {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": encoding}
    response = web.StreamResponse(headers=headers)
    await response.prepare(request)
    try:
        for n, chunk in enumerate(chunks):
            await response.write(chunk)
            if n == 0:
                await asyncio.sleep(0.02)
    except ConnectionResetError:
        pass  # the fetcher hung up, as it should on a bomb
    return response


def pieces(body: bytes, first: int = 1, size: int = 4000) -> Iterator[bytes]:
    yield body[:first]
    for start in range(first, len(body), size):
        yield body[start : start + size]


BOMBS: dict[str, tuple[str, Callable[[], Iterable[bytes]]]] = {
    "gzip-1GiB": ("gzip", lambda: zeros_compressed(1024, GZIP)),
    "zlib-deflate-1GiB": ("deflate", lambda: zeros_compressed(1024, ZLIB)),
    "raw-deflate-1GiB": ("deflate", lambda: zeros_compressed(1024, RAW_DEFLATE)),
    "gzip-of-gzip-1GiB": ("gzip, gzip", lambda: recompress(zeros_compressed(1024, GZIP), GZIP)),
}


# Content-Encoding header and how to encode a page for it (stacked codings listed in order applied).
ENCODED: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
    "gzip": ("gzip", lambda b: compress(b, GZIP)),
    "x-gzip": ("x-gzip", lambda b: compress(b, GZIP)),
    "upper-case": ("GZip", lambda b: compress(b, GZIP)),
    "zlib-deflate": ("deflate", lambda b: compress(b, ZLIB)),
    "raw-deflate": ("deflate", lambda b: compress(b, RAW_DEFLATE)),
    "identity-then-gzip": ("identity, gzip", lambda b: compress(b, GZIP)),
    "deflate-then-gzip": ("deflate, gzip", lambda b: compress(compress(b, ZLIB), GZIP)),
    "gzip-then-raw-deflate": ("gzip,deflate", lambda b: compress(compress(b, GZIP), RAW_DEFLATE)),
    "two-gzip-members": ("gzip", lambda b: compress(b[:999], GZIP) + compress(b[999:], GZIP)),
    "junk-after-gzip": ("gzip", lambda b: compress(b, GZIP) + b"\0\0 junk"),
}

_VALID_GZIP = compress(HTML.encode(), GZIP)
CORRUPT = {
    "not-gzip": b"<html>this is not gzip at all</html>",
    "flipped-byte": _VALID_GZIP[:30] + bytes([_VALID_GZIP[30] ^ 0xFF]) + _VALID_GZIP[31:],
    "bad-checksum": _VALID_GZIP[:-8] + b"\0\0\0\0" + _VALID_GZIP[-4:],
}


async def bomb(request: web.Request) -> web.StreamResponse:
    encoding, make = BOMBS[request.match_info["case"]]
    return await stream(request, encoding, make())


async def encoded(request: web.Request) -> web.StreamResponse:
    encoding, encode = ENCODED[request.match_info["case"]]
    return await stream(request, encoding, pieces(encode(LONG_PAGE.encode())))


async def corrupt(request: web.Request) -> web.StreamResponse:
    return await stream(request, "gzip", pieces(CORRUPT[request.match_info["case"]]))


async def cut_short(request: web.Request) -> web.StreamResponse:
    whole = compress(LONG_PAGE.encode(), GZIP)
    return await stream(request, "gzip", pieces(whole[: len(whole) // 2]))


async def coded_as(request: web.Request) -> web.StreamResponse:
    return await stream(request, request.query["coding"], [HTML.encode()])


async def gzip_of_size(request: web.Request) -> web.StreamResponse:
    size = int(request.match_info["size"])
    body = (b"<html><body>" + b"x" * size)[:size]
    return await stream(request, "gzip", pieces(compress(body, GZIP)))


async def redirect_chain(request: web.Request) -> web.Response:
    left = int(request.match_info["n"])
    target = f"/chain/{left - 1}" if left else "/page"
    raise web.HTTPFound(target)


async def slow_headers(request: web.Request) -> web.Response:
    await asyncio.sleep(5)
    return html()


async def slow_body(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/html"})
    await response.prepare(request)
    for _ in range(20):  # each read is quick; the whole body takes 4 s
        await response.write(b"<p>still here</p>")
        await asyncio.sleep(0.2)
    return response


async def chunked_big(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/html"})
    await response.prepare(request)
    for _ in range(50):
        await response.write(b"<p>" + b"x" * 1000 + b"</p>")
    return response


async def set_cookie_then_redirect(request: web.Request) -> web.Response:
    response = web.Response(status=302, headers={"Location": "/needs-cookie"})
    response.set_cookie("consent", "yes")
    return response


async def needs_cookie(request: web.Request) -> web.Response:
    if request.cookies.get("consent") != "yes":
        raise web.HTTPFound("/set-cookie")
    return html()


def routes() -> dict[str, Handler]:
    def const(factory: Callable[[], web.StreamResponse]) -> Handler:
        async def handler(request: web.Request) -> web.StreamResponse:
            return factory()

        return handler

    def redirect(target: str) -> Handler:
        async def handler(request: web.Request) -> web.StreamResponse:
            raise web.HTTPFound(target)

        return handler

    gz = gzip.compress(b"<html><body>" + b"a" * 200_000 + b"</body></html>")
    cp1251_meta = f'<html><head><meta charset="windows-1251"></head><body>{RUSSIAN}</body></html>'
    equiv = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
        f"</head><body>{RUSSIAN}</body></html>"
    )
    return {
        "/page": const(html),
        "/chain/{n}": redirect_chain,
        "/relative": redirect("page"),
        "/to-ftp": redirect("ftp://127.0.0.1/file.html"),
        "/to-file": redirect("file:///etc/passwd"),
        "/to-metadata": redirect("http://169.254.169.254/latest/meta-data/"),
        "/to-ten": redirect("http://10.0.0.1/"),
        "/to-mapped": redirect("http://[::ffff:10.0.0.1]/"),
        "/missing": const(lambda: web.Response(status=404, text="no")),
        "/forbidden": const(lambda: web.Response(status=403, text="no")),
        "/pdf": const(lambda: raw(b"%PDF-1.4 ...", "application/pdf")),
        "/big": const(lambda: html("<p>" + "x" * 5000 + "</p>")),
        "/big-chunked": chunked_big,
        "/gzip-bomb": const(lambda: raw(gz, "text/html", **{"Content-Encoding": "gzip"})),
        "/gzip-small": const(
            lambda: raw(gzip.compress(HTML.encode()), "text/html", **{"Content-Encoding": "gzip"})
        ),
        "/cp1251-header": const(
            lambda: raw(f"<p>{RUSSIAN}</p>".encode("cp1251"), "text/html; charset=windows-1251")
        ),
        "/latin1-header": const(
            lambda: raw("<p>Café crème</p>".encode("latin-1"), 'text/html; charset="ISO-8859-1"')
        ),
        "/cp1251-meta": const(lambda: raw(cp1251_meta.encode("cp1251"), "text/html")),
        "/koi8-equiv": const(lambda: raw(equiv.encode("koi8-r"), "text/html")),
        "/cp1251-detect": const(lambda: raw(f"<p>{RUSSIAN * 3}</p>".encode("cp1251"), "text/html")),
        "/plain": const(lambda: raw(b"Just text.", "text/plain")),
        "/empty": const(lambda: raw(b"", "text/html")),
        "/slow-headers": slow_headers,
        "/slow-body": slow_body,
        "/set-cookie": set_cookie_then_redirect,
        "/needs-cookie": needs_cookie,
        "/bomb/{case}": bomb,
        "/encoded/{case}": encoded,
        "/corrupt/{case}": corrupt,
        "/cut-short": cut_short,
        "/coded-as": coded_as,
        "/gzip-of-size/{size}": gzip_of_size,
    }


@pytest.fixture
async def site() -> AsyncIterator[Site]:
    app = web.Application()
    server = TestServer(app, host="127.0.0.1")
    result = Site(server)

    @web.middleware
    async def record(request: web.Request, handler: Handler) -> web.StreamResponse:
        result.seen.append(request)
        return await handler(request)

    app.middlewares.append(record)
    for path, handler in routes().items():
        app.router.add_get(path, handler)
    await server.start_server()
    yield result
    await server.close()


# --- ordinary pages and redirects -------------------------------------------------------------


async def test_plain_html_page(site: Site) -> None:
    page = await site.get("/page")
    assert page.url == site.url("/page")
    assert page.status == 200
    assert page.content_type == "text/html"
    assert page.encoding == "utf-8"
    assert "Hello, world." in page.text
    request = site.seen[0]
    assert request.headers["User-Agent"] == LIMITS.user_agent
    assert request.headers["Host"] == f"127.0.0.1:{site.port}"


async def test_redirect_chain_of_three(site: Site) -> None:
    page = await site.get("/chain/2")
    assert page.url == site.url("/page")
    assert [r.path for r in site.seen] == ["/chain/2", "/chain/1", "/chain/0", "/page"]


async def test_relative_redirect(site: Site) -> None:
    page = await site.get("/relative")
    assert page.url == site.url("/page")


async def test_exactly_max_redirects_is_fine(site: Site) -> None:
    page = await site.get("/chain/4")  # 5 redirects
    assert page.url == site.url("/page")


async def test_six_redirects_refused(site: Site) -> None:
    with pytest.raises(FetchError, match=r"^too many redirects \(more than 5\)$"):
        await site.get("/chain/5")
    assert len(site.seen) == 6
    assert "/page" not in [r.path for r in site.seen]


@pytest.mark.parametrize("path, scheme", [("/to-ftp", "ftp"), ("/to-file", "file")])
async def test_redirect_to_other_scheme_refused(site: Site, path: str, scheme: str) -> None:
    with pytest.raises(FetchError, match="only http and https links are supported") as caught:
        await site.get(path)
    assert f"{scheme}:" in str(caught.value)


@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd", "example.com/news"])
async def test_other_schemes_refused(url: str) -> None:
    with pytest.raises(FetchError, match="^only http and https links are supported$"):
        await fetch(url, LIMITS)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://example.com:99999/news", "^not a valid link: port 99999 does not exist$"),
        ("http://example.com:0/news", "^not a valid link: port 0 does not exist$"),
        ("http://example.com:abc/news", "^not a valid link$"),
        ("http://[::1/news", "^not a valid link$"),
    ],
)
async def test_malformed_links_are_named_in_one_line(url: str, message: str) -> None:
    with pytest.raises(FetchError, match=message):
        await fetch(url, LIMITS)


async def test_cookies_kept_across_redirects(site: Site) -> None:
    page = await site.get("/needs-cookie")
    assert page.url == site.url("/needs-cookie")
    assert [r.path for r in site.seen] == ["/needs-cookie", "/set-cookie", "/needs-cookie"]


# --- address refusals: no connection at all ---------------------------------------------------


class RecordingTransport(httpx.AsyncBaseTransport):
    """A transport that records every request it is asked to send."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, html=HTML)


@pytest.mark.parametrize(
    "host, kind",
    [
        ("127.0.0.1", "loopback"),
        ("localhost", "loopback"),
        ("[::1]", "loopback"),
        ("0.0.0.0", "unspecified"),
        ("2130706433", "loopback"),  # 127.0.0.1 as one decimal number
        ("127.1", "loopback"),
        ("[::ffff:127.0.0.1]", "loopback"),
    ],
)
async def test_local_addresses_refused_without_connecting(site: Site, host: str, kind: str) -> None:
    with pytest.raises(FetchError, match=rf"^refused: .* an? {kind} address") as caught:
        await fetch(site.url("/page", host=host), LIMITS)
    assert host.strip("[]") in str(caught.value)
    assert site.seen == []


@pytest.mark.parametrize(
    "url, kind",
    [
        ("http://10.1.2.3/", "private"),
        ("http://192.168.0.1:8080/admin", "private"),
        ("http://169.254.169.254/latest/meta-data/", "cloud metadata"),
        ("http://100.64.0.1/", "shared"),
        ("https://[fd00::1]/", "private"),
        ("http://[64:ff9b::a00:1]/", "private"),
        ("http://0.0.0.0/", "unspecified"),
    ],
)
async def test_private_addresses_refused_without_sending(url: str, kind: str) -> None:
    transport = RecordingTransport()
    async with httpx.AsyncClient(transport=transport) as client:
        with pytest.raises(FetchError, match=rf"^refused: .* an? {kind}"):
            await fetch(url, LIMITS, client=client)
    assert transport.requests == []


async def test_redirect_to_private_address_refused(site: Site) -> None:
    for path, message in [
        ("/to-metadata", "refused: 169.254.169.254 is a cloud metadata address"),
        ("/to-ten", "refused: 10.0.0.1 is a private address"),
        ("/to-mapped", "refused: ::ffff:a00:1 is a private address (10.0.0.1 in IPv6 form)"),
    ]:
        with pytest.raises(FetchError) as caught:
            await site.get(path, allow_private=False, address_policy=loopback_only)
        assert str(caught.value) == message


async def test_allow_private_reaches_local_server(site: Site) -> None:
    page = await fetch(site.url("/page", host="localhost"), LIMITS, allow_private=True)
    assert "Hello" in page.text


async def test_unknown_host_gives_clean_error() -> None:
    with pytest.raises(FetchError, match=r"^cannot reach nowhere\.invalid: name not resolved$"):
        await fetch("http://nowhere.invalid/article", LIMITS, allow_private=True)


async def test_connection_refused_is_clean() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError, match=r"^cannot reach 127\.0\.0\.1: connection refused$"):
        await fetch(f"http://127.0.0.1:{port}/", LIMITS, allow_private=True)


# --- the connection goes to the checked address ------------------------------------------------


def fake_dns(monkeypatch: pytest.MonkeyPatch, table: dict[str, str | list[str]]) -> list[str]:
    """Make the running loop resolve names from `table` (one address or several, in order);
    returns the list of names looked up."""
    loop = asyncio.get_running_loop()
    looked_up: list[str] = []

    async def getaddrinfo(host: str, port: int, **_: object) -> list[tuple]:
        looked_up.append(host)
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "not found")
        answer = table[host]
        return [
            (
                socket.AF_INET6 if ":" in ip else socket.AF_INET,
                socket.SOCK_STREAM,
                6,
                "",
                (ip, port),
            )
            for ip in ([answer] if isinstance(answer, str) else answer)
        ]

    monkeypatch.setattr(loop, "getaddrinfo", getaddrinfo)
    return looked_up


async def test_connects_to_checked_ip_with_original_host_header(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    looked_up = fake_dns(monkeypatch, {"news.test": "127.0.0.1"})
    page = await fetch(f"http://news.test:{site.port}/chain/1", LIMITS, allow_private=True)
    assert page.url == f"http://news.test:{site.port}/page"
    assert [r.headers["Host"] for r in site.seen] == [f"news.test:{site.port}"] * 3
    assert looked_up == ["news.test"] * 3  # once per hop, by us; httpx resolves nothing


async def test_any_refused_dns_answer_refuses_the_host(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_dns(monkeypatch, {"rebind.test": "10.0.0.7"})
    with pytest.raises(
        FetchError, match=r"^refused: rebind\.test is 10\.0\.0\.7, a private address$"
    ):
        await fetch(f"http://rebind.test:{site.port}/page", LIMITS)
    assert site.seen == []


# --- HTTPS: SNI and certificate checked for the hostname, not the IP ----------------------------


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_certs(directory: Path, hostname: str) -> None:
    """A throwaway CA and a server certificate for `hostname` signed by it."""
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    _openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
             "-subj", "/CN=Counterclaim Test CA",
             "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=directory)  # fmt: skip
    _openssl("req", *ec, "-keyout", "leaf.key", "-out", "leaf.csr", "-subj", f"/CN={hostname}",
             cwd=directory)  # fmt: skip
    (directory / "ext.cnf").write_text(
        f"subjectAltName=DNS:{hostname}\nbasicConstraints=CA:FALSE\n"
        "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
    )
    _openssl("x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
             "-CAcreateserial", "-out", "leaf.pem", "-days", "2", "-extfile", "ext.cnf",
             cwd=directory)  # fmt: skip


@pytest.fixture
async def tls_site(tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[tuple]:
    """An HTTPS server whose certificate names `request.param`; yields (port, ca_path, snis)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl command not available")
    make_certs(tmp_path, request.param)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(tmp_path / "leaf.pem", tmp_path / "leaf.key")
    snis: list[str | None] = []
    context.sni_callback = lambda sock, name, ctx: snis.append(name)
    app = web.Application()
    for path in ("/page", "/chain/{n}"):
        app.router.add_get(path, routes()[path])
    server = TestServer(app, host="127.0.0.1")
    await server.start_server(ssl=context)
    yield server.port, tmp_path / "ca.pem", snis
    await server.close()


@pytest.mark.parametrize("tls_site", ["news.test"], indirect=True)
async def test_https_uses_hostname_for_sni_and_certificate(
    tls_site: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    port, ca, snis = tls_site
    fake_dns(monkeypatch, {"news.test": "127.0.0.1"})
    async with httpx.AsyncClient(verify=ssl.create_default_context(cafile=ca)) as client:
        page = await fetch(f"https://news.test:{port}/chain/1", LIMITS, True, client)
        assert not client.is_closed  # a caller's client is left open
    assert page.url == f"https://news.test:{port}/page"
    assert "Hello" in page.text
    assert snis == ["news.test"] * 3  # one TLS connection per hop, none reused


@pytest.mark.parametrize("tls_site", ["other.test"], indirect=True)
async def test_https_certificate_for_another_name_refused(
    tls_site: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    port, ca, _ = tls_site
    fake_dns(monkeypatch, {"news.test": "127.0.0.1"})
    async with httpx.AsyncClient(verify=ssl.create_default_context(cafile=ca)) as client:
        with pytest.raises(FetchError, match="^cannot reach news.test: its TLS certificate"):
            await fetch(f"https://news.test:{port}/page", LIMITS, True, client)


# --- status codes and content types -----------------------------------------------------------


async def test_404(site: Site) -> None:
    with pytest.raises(FetchError, match=r"^HTTP 404 Not Found$"):
        await site.get("/missing")


async def test_403_explains(site: Site) -> None:
    with pytest.raises(FetchError, match=r"^HTTP 403 Forbidden \(the site refuses automated"):
        await site.get("/forbidden")


async def test_pdf_refused_naming_type(site: Site) -> None:
    with pytest.raises(FetchError, match=r"^not an article: application/pdf$"):
        await site.get("/pdf")


async def test_plain_text_accepted(site: Site) -> None:
    page = await site.get("/plain")
    assert (page.content_type, page.text) == ("text/plain", "Just text.")


async def test_untyped_html_is_sniffed() -> None:
    async with serve_bytes(untyped(HTML.encode())) as base:
        page = await fetch(base + "/", LIMITS, allow_private=True)
    assert page.content_type == "text/html"
    assert "Hello" in page.text


async def test_untyped_binary_refused() -> None:
    async with serve_bytes(untyped(b"\x00\x01\x02binary")) as base:
        with pytest.raises(FetchError, match="^not an article: unknown content type$"):
            await fetch(base + "/", LIMITS, allow_private=True)


async def test_empty_page(site: Site) -> None:
    with pytest.raises(FetchError, match="^empty page$"):
        await site.get("/empty")


# --- size and time limits ---------------------------------------------------------------------

SMALL = FetchLimits(max_bytes=1000)


async def test_oversized_body_refused(site: Site) -> None:
    with pytest.raises(FetchError, match=r"^page larger than 1000 bytes$"):
        await site.get("/big", limits=SMALL)


async def test_oversized_chunked_body_refused(site: Site) -> None:
    with pytest.raises(FetchError, match=r"^page larger than 1000 bytes$"):
        await site.get("/big-chunked", limits=SMALL)


async def test_default_limit_message() -> None:
    transport = httpx.MockTransport(
        lambda r: httpx.Response(200, headers={"Content-Length": str(6 * 1024 * 1024)})
    )
    with pytest.raises(FetchError, match=r"^page larger than 5 MB$"):
        async with httpx.AsyncClient(transport=transport) as client:
            await fetch("http://127.0.0.1/", LIMITS, allow_private=True, client=client)


async def test_gzip_bomb_refused_by_decompressed_size(site: Site) -> None:
    limits = FetchLimits(max_bytes=10_000)  # the compressed body is well under this
    with pytest.raises(FetchError, match=r"^page larger than 10000 bytes$"):
        await site.get("/gzip-bomb", limits=limits)


async def test_small_gzip_page_is_decoded(site: Site) -> None:
    page = await site.get("/gzip-small", limits=SMALL)
    assert "Hello, world." in page.text


async def test_slow_server_times_out(site: Site) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"^timed out after 1 s$"):
        await site.get("/slow-headers", limits=FetchLimits(timeout_s=1))
    assert time.monotonic() - started < 3


async def test_trickling_body_hits_the_total_deadline(site: Site) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"^timed out after 1 s$"):
        await site.get("/slow-body", limits=FetchLimits(timeout_s=1))
    assert time.monotonic() - started < 3


# --- character sets ---------------------------------------------------------------------------


async def test_charset_from_header_windows_1251(site: Site) -> None:
    page = await site.get("/cp1251-header")
    assert page.encoding == "cp1251"
    assert RUSSIAN.strip() in page.text


async def test_charset_from_header_latin1(site: Site) -> None:
    page = await site.get("/latin1-header")
    assert page.encoding == "iso8859-1"
    assert "Café crème" in page.text


async def test_charset_from_meta(site: Site) -> None:
    page = await site.get("/cp1251-meta")
    assert page.encoding == "cp1251"
    assert RUSSIAN.strip() in page.text


async def test_charset_from_http_equiv(site: Site) -> None:
    page = await site.get("/koi8-equiv")
    assert page.encoding == "koi8-r"
    assert RUSSIAN.strip() in page.text


async def test_charset_detected(site: Site) -> None:
    page = await site.get("/cp1251-detect")
    assert RUSSIAN.strip() in page.text


async def test_ipv6_address_is_bracketed_in_the_pinned_url(monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        server = await asyncio.start_server(lambda r, w: None, "::1", 0)
    except OSError:
        pytest.skip("no IPv6 loopback here")
    server.close()
    await server.wait_closed()
    seen: list[bytes] = []

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        seen.append(await reader.readuntil(b"\r\n\r\n"))
        writer.write(untyped(HTML.encode()))
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "::1", 0)
    port = server.sockets[0].getsockname()[1]
    fake_dns(monkeypatch, {"v6.test": "::1"})
    async with server:
        page = await fetch(f"http://v6.test:{port}/x?y=1", LIMITS, allow_private=True)
    assert page.url == f"http://v6.test:{port}/x?y=1"
    assert seen[0].startswith(b"GET /x?y=1 HTTP/1.1\r\n")
    assert f"host: v6.test:{port}\r\n".encode() in seen[0].lower()


# --- compressed bodies: decoded here, a bounded step at a time ---------------------------------


def test_zeros_compressed_is_a_valid_stream() -> None:
    for wbits in (GZIP, ZLIB, RAW_DEFLATE):
        assert zlib.decompress(b"".join(zeros_compressed(3, wbits)), wbits) == bytes(3 * MIB)


@pytest.mark.parametrize("case", BOMBS)
async def test_decompression_bomb_refused_at_the_cap(site: Site, case: str) -> None:
    with pytest.raises(FetchError, match=r"^page larger than 5 MB$"):
        await site.get(f"/bomb/{case}")


@pytest.mark.parametrize("case", ENCODED)
async def test_compressed_page_decodes_exactly(site: Site, case: str) -> None:
    page = await site.get(f"/encoded/{case}")
    assert page.text == LONG_PAGE
    assert page.encoding == "utf-8"


async def test_accept_encoding_offers_only_what_is_decoded(site: Site) -> None:
    await site.get("/page")
    assert site.seen[0].headers["Accept-Encoding"] == "gzip, deflate"


async def test_decoded_size_exactly_at_the_cap_is_fine(site: Site) -> None:
    page = await site.get("/gzip-of-size/1000", limits=SMALL)
    assert len(page.text) == 1000
    with pytest.raises(FetchError, match=r"^page larger than 1000 bytes$"):
        await site.get("/gzip-of-size/1001", limits=SMALL)


@pytest.mark.parametrize("case", CORRUPT)
async def test_corrupt_gzip_refused(site: Site, case: str) -> None:
    with pytest.raises(
        FetchError, match=r"^cannot read 127\.0\.0\.1: the compressed body is corrupt$"
    ):
        await site.get(f"/corrupt/{case}")


async def test_gzip_cut_short_refused(site: Site) -> None:
    with pytest.raises(
        FetchError, match=r"^cannot read 127\.0\.0\.1: the compressed body is cut short$"
    ):
        await site.get("/cut-short")


@pytest.mark.parametrize("coding", ["br", "zstd", "compress", "gzip, br"])
async def test_unsupported_compression_refused(site: Site, coding: str) -> None:
    name = coding.split()[-1]
    with pytest.raises(FetchError, match=rf"^the page uses an unsupported compression \({name}\)$"):
        await site.get(f"/coded-as?coding={coding}")


async def test_too_many_layers_of_compression_refused(site: Site) -> None:
    with pytest.raises(FetchError, match=r"^the page is compressed too many times \(4 layers\)$"):
        await site.get("/coded-as?coding=gzip, gzip, deflate, gzip")


# --- names with several addresses ---------------------------------------------------------------


def closed_port_on(host: str, port: int) -> None:
    """Nothing listens at host:port (127.0.0.2 and up are loopback too on Linux)."""
    with socket.socket() as probe, contextlib.suppress(OSError):
        probe.settimeout(1)
        probe.connect((host, port))
        pytest.skip(f"something listens on {host}:{port}")


@contextlib.contextmanager
def silent_listener(host: str, port: int) -> Iterator[None]:
    """A socket at host:port whose accept queue is full, so new connections hang unanswered."""
    with contextlib.ExitStack() as stack:
        listener = stack.enter_context(socket.socket())
        listener.bind((host, port))
        listener.listen(0)
        stack.enter_context(socket.create_connection((host, port), timeout=1))  # fills the queue
        probe = stack.enter_context(socket.socket())
        probe.settimeout(0.2)
        with contextlib.suppress(TimeoutError):
            probe.connect((host, port))
            pytest.skip("this kernel answers connections past a full accept queue")
        yield


async def test_falls_over_to_the_next_address(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    closed_port_on("127.0.0.2", site.port)
    fake_dns(monkeypatch, {"multi.test": ["127.0.0.2", "127.0.0.1"]})
    page = await fetch(f"http://multi.test:{site.port}/chain/1", LIMITS, allow_private=True)
    assert "Hello" in page.text
    assert [r.headers["Host"] for r in site.seen] == [f"multi.test:{site.port}"] * 3


async def test_falls_over_when_an_address_is_silent(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_dns(monkeypatch, {"multi.test": ["127.0.0.2", "127.0.0.1"]})
    with silent_listener("127.0.0.2", site.port):
        page = await fetch(f"http://multi.test:{site.port}/page", FetchLimits(timeout_s=2), True)
    assert "Hello" in page.text  # the silent address had half the time, not all of it


async def test_every_address_silent_hits_the_total_deadline(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_dns(monkeypatch, {"multi.test": ["127.0.0.2", "127.0.0.3"]})
    started = time.monotonic()
    with (
        silent_listener("127.0.0.2", site.port),
        silent_listener("127.0.0.3", site.port),
        pytest.raises(FetchError, match=r"^timed out after 1 s$"),
    ):
        await fetch(f"http://multi.test:{site.port}/page", FetchLimits(timeout_s=1), True)
    assert time.monotonic() - started < 3


async def test_every_address_refusing_gives_one_clean_error(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    for host in ("127.0.0.2", "127.0.0.3"):
        closed_port_on(host, site.port)
    fake_dns(monkeypatch, {"multi.test": ["127.0.0.2", "127.0.0.3"]})
    with pytest.raises(FetchError, match=r"^cannot reach multi\.test: connection refused$"):
        await fetch(f"http://multi.test:{site.port}/page", LIMITS, allow_private=True)


@pytest.mark.parametrize(
    "answers, message",
    [
        (["127.0.0.1", "10.0.0.7"], "refused: mixed.test is 10.0.0.7, a private address"),
        (["10.0.0.7", "127.0.0.1"], "refused: mixed.test is 10.0.0.7, a private address"),
        (["127.0.0.2", "127.0.0.1"], "refused: mixed.test is 127.0.0.2, a loopback address"),
    ],
)
async def test_a_name_mixing_allowed_and_refused_addresses_is_refused_whole(
    site: Site, monkeypatch: pytest.MonkeyPatch, answers: list[str], message: str
) -> None:
    fake_dns(monkeypatch, {"mixed.test": answers})
    with pytest.raises(FetchError) as caught:
        url = f"http://mixed.test:{site.port}/page"
        await fetch(url, LIMITS, address_policy=loopback_only)  # only 127.0.0.1 is allowed
    assert str(caught.value) == message
    assert site.seen == []


@pytest.mark.parametrize("tls_site", ["other.test"], indirect=True)
async def test_bad_certificate_is_not_a_reason_to_try_another_address(
    tls_site: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    port, ca, _ = tls_site
    closed_port_on("127.0.0.2", port)
    fake_dns(monkeypatch, {"news.test": ["127.0.0.1", "127.0.0.2"]})
    async with httpx.AsyncClient(verify=ssl.create_default_context(cafile=ca)) as client:
        with pytest.raises(FetchError, match="^cannot reach news.test: its TLS certificate"):
            await fetch(f"https://news.test:{port}/page", LIMITS, True, client)
