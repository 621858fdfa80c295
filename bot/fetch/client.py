"""Fetch one page from a link a stranger sent: public addresses only, pinned IPs, capped size/time.

Each hop is resolved and checked here, then requested at the checked IP with the original Host
header and TLS server name, so a DNS answer cannot change between the check and the connection.
When a name has several (all allowed) addresses, each is tried in turn until one connects.
Compressed bodies are decoded here too, a bounded step at a time, so the size cap holds on the
decoded page and a small "decompression bomb" never expands in memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import ssl
from collections.abc import Iterator
from http import HTTPStatus

import httpx

from bot.config import FetchLimits
from bot.errors import FetchError
from bot.fetch.addresses import AddressPolicy, policy_for, resolve_all_with_policy
from bot.fetch.decode import choose_charset
from bot.fetch.decompress import (
    ACCEPT_ENCODING,
    DECODE_STEP,
    BodyDecoder,
    UndecodableBody,
    parse_codings,
)
from bot.models import FetchedPage

__all__ = ["FetchError", "fetch"]

ACCEPTED_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
DEFAULT_PORTS = {"http": 80, "https": 443}
MAX_PORT = 65535
ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
STATUS_HINTS = {
    401: "the page needs a login",
    403: "the site refuses automated readers",
    429: "the site is rate-limiting us",
    451: "unavailable for legal reasons",
}
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|title|meta)\b", re.IGNORECASE)
# Content codings we undo ourselves (no brotli or zstd module is installed, so neither is offered).


async def fetch(
    url: str,
    limits: FetchLimits,
    allow_private: bool = False,
    client: httpx.AsyncClient | None = None,
    *,
    address_policy: AddressPolicy | None = None,
) -> FetchedPage:
    """Fetch `url` following up to `limits.max_redirects` redirects; FetchError on any refusal.

    `address_policy` overrides `allow_private` (tests use it to allow only their own server).
    """
    policy = address_policy or policy_for(allow_private)
    deadline = asyncio.get_running_loop().time() + limits.timeout_s
    try:
        async with asyncio.timeout_at(deadline):
            if client is not None:
                return await _follow(url, limits, policy, client, deadline)
            async with _new_client(limits) as own_client:
                return await _follow(url, limits, policy, own_client, deadline)
    except TimeoutError:
        raise _timed_out(limits) from None


def _new_client(limits: FetchLimits) -> httpx.AsyncClient:
    # trust_env=False: no proxies from the environment between us and the checked address.
    return httpx.AsyncClient(
        follow_redirects=False,
        trust_env=False,
        timeout=limits.timeout_s,
        limits=httpx.Limits(max_keepalive_connections=0),
    )


def _timed_out(limits: FetchLimits) -> FetchError:
    return FetchError(f"timed out after {limits.timeout_s:g} s")


async def _follow(
    raw_url: str,
    limits: FetchLimits,
    policy: AddressPolicy,
    client: httpx.AsyncClient,
    deadline: float,
) -> FetchedPage:
    url = _parse_url(raw_url)
    cookies = httpx.Cookies()
    for _ in range(limits.max_redirects + 1):
        response = await _send(client, url, limits, policy, cookies, deadline)
        try:
            target = _redirect_target(response, url)
            if target is None:
                return await _read_page(response, url, limits)
        finally:
            await response.aclose()
        url = target
    raise FetchError(f"too many redirects (more than {limits.max_redirects})")


def _parse_url(raw: str, redirected: bool = False) -> httpx.URL:
    try:
        url = httpx.URL(raw.strip())
    except (httpx.InvalidURL, TypeError):
        message = "redirected to an invalid link" if redirected else "not a valid link"
        raise FetchError(message) from None
    if url.scheme not in DEFAULT_PORTS:
        where = f" (redirected to a {url.scheme or 'relative'}: link)" if redirected else ""
        raise FetchError(f"only http and https links are supported{where}")
    if not url.raw_host:
        raise FetchError("not a valid link: it has no host")
    if url.port is not None and not 0 < url.port <= MAX_PORT:
        raise FetchError(f"not a valid link: port {url.port} does not exist")
    return url


def _redirect_target(response: httpx.Response, url: httpx.URL) -> httpx.URL | None:
    location = response.headers.get("location")
    if response.status_code not in REDIRECT_CODES or not location:
        return None
    try:
        joined = str(url.join(location))
    except (httpx.InvalidURL, UnicodeError):
        raise FetchError("redirected to an invalid link") from None
    return _parse_url(joined, redirected=True)


async def _send(
    client: httpx.AsyncClient,
    url: httpx.URL,
    limits: FetchLimits,
    policy: AddressPolicy,
    cookies: httpx.Cookies,
    deadline: float,
) -> httpx.Response:
    """Resolve and check the host, then send the request to those very IPs, one at a time."""
    host = url.raw_host.decode("ascii")
    ips = await resolve_all_with_policy(host, url.port or DEFAULT_PORTS[url.scheme], policy)
    headers = _request_headers(url, limits, cookies)
    with _transport_errors(url, limits):
        response = await _send_to_any(client, url, ips, headers, deadline)
    _remember_cookies(cookies, response, url)
    return response


async def _send_to_any(
    client: httpx.AsyncClient,
    url: httpx.URL,
    ips: list[str],
    headers: dict[str, str],
    deadline: float,
) -> httpx.Response:
    """Send to each checked IP in order until one connects; the last one's failure is raised.

    Each attempt may spend on connecting its share of the time left, so a silent address
    cannot use up the whole deadline before the others are tried.
    """
    loop = asyncio.get_running_loop()
    for index, ip in enumerate(ips[:-1]):
        left = max(deadline - loop.time(), 0.001)
        request = _pinned_request(url, ip, headers, left, connect_s=left / (len(ips) - index))
        try:
            return await client.send(request, stream=True, follow_redirects=False)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            if _tls_problem(exc):  # a bad certificate is no reason to try another address
                raise
    left = max(deadline - loop.time(), 0.001)
    request = _pinned_request(url, ips[-1], headers, left, connect_s=left)
    return await client.send(request, stream=True, follow_redirects=False)


def _pinned_request(
    url: httpx.URL, ip: str, headers: dict[str, str], total_s: float, connect_s: float
) -> httpx.Request:
    """A GET for `url` sent to `ip`, with the real hostname as Host header and TLS SNI."""
    pinned = httpx.URL(scheme=url.scheme, host=ip, port=url.port, raw_path=url.raw_path)
    timeout = httpx.Timeout(total_s, connect=connect_s)
    return httpx.Request(
        "GET",
        pinned,
        headers=headers,
        extensions={"sni_hostname": url.raw_host.decode("ascii"), "timeout": timeout.as_dict()},
    )


def _request_headers(url: httpx.URL, limits: FetchLimits, cookies: httpx.Cookies) -> dict[str, str]:
    headers = {
        "Host": url.netloc.decode("ascii"),
        "User-Agent": limits.user_agent,
        "Accept": ACCEPT,
        "Accept-Encoding": ACCEPT_ENCODING,
        # No connection reuse: a pooled TLS connection is keyed by IP, not by verified hostname.
        "Connection": "close",
    }
    probe = httpx.Request("GET", url)
    cookies.set_cookie_header(probe)
    if "cookie" in probe.headers:
        headers["Cookie"] = probe.headers["cookie"]
    return headers


def _remember_cookies(cookies: httpx.Cookies, response: httpx.Response, url: httpx.URL) -> None:
    """Keep cookies across redirects, filed under the real hostname rather than the IP."""
    if "set-cookie" in response.headers:
        as_sent = httpx.Response(
            response.status_code, headers=response.headers, request=httpx.Request("GET", url)
        )
        cookies.extract_cookies(as_sent)


@contextlib.contextmanager
def _transport_errors(url: httpx.URL, limits: FetchLimits) -> Iterator[None]:
    """Turn httpx's exceptions into one-line FetchErrors."""
    try:
        yield
    except httpx.TimeoutException:
        raise _timed_out(limits) from None
    except httpx.ConnectError as exc:
        raise FetchError(f"cannot reach {url.host}: {_connect_problem(exc)}") from exc
    except UndecodableBody as exc:
        raise FetchError(f"cannot read {url.host}: {exc}") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot read {url.host}: the connection broke") from exc


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: BaseException | None = exc
    while seen is not None:
        yield seen
        seen = seen.__cause__ or seen.__context__


def _tls_problem(exc: BaseException) -> str | None:
    causes = list(_causes(exc))
    if any(isinstance(c, ssl.SSLCertVerificationError) for c in causes):
        return "its TLS certificate is not valid"
    if any(isinstance(c, ssl.SSLError) for c in causes):
        return "the TLS handshake failed"
    return None


def _connect_problem(exc: httpx.ConnectError) -> str:
    if tls := _tls_problem(exc):
        return tls
    causes = list(_causes(exc))
    if any(isinstance(c, ConnectionRefusedError) for c in causes):
        return "connection refused"
    return "connection failed"


async def _read_page(response: httpx.Response, url: httpx.URL, limits: FetchLimits) -> FetchedPage:
    _check_status(response)
    media_type, declared = _parse_content_type(response.headers.get("content-type"))
    if media_type and media_type not in ACCEPTED_TYPES:
        raise FetchError(f"not an article: {media_type}")
    codings = _content_codings(response)
    _check_content_length(response, limits)
    with _transport_errors(url, limits):
        body = await _read_capped(response, limits, codings)
    if not body.strip():
        raise FetchError("empty page")
    if not media_type:
        if not _HTML_START.search(body[:1024]):
            raise FetchError("not an article: unknown content type")
        media_type = "text/html"
    encoding = choose_charset(body, declared, is_html=media_type in HTML_TYPES)
    text = body.decode(encoding, errors="replace")
    if not text.strip():
        raise FetchError("empty page")
    return FetchedPage(str(url), response.status_code, media_type, text, encoding)


def _check_status(response: httpx.Response) -> None:
    code = response.status_code
    if code < 300:
        return
    try:
        phrase = HTTPStatus(code).phrase
    except ValueError:
        phrase = response.reason_phrase
    message = f"HTTP {code} {phrase}".rstrip()
    hint = STATUS_HINTS.get(code)
    raise FetchError(f"{message} ({hint})" if hint else message)


def _parse_content_type(value: str | None) -> tuple[str, str | None]:
    """Bare media type (lower case, "" when missing) and the charset parameter, if any."""
    if not value:
        return "", None
    media_type, *params = value.split(";")
    charset = None
    for param in params:
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return media_type.strip().lower(), charset


def _size(n: int) -> str:
    mb = 1024 * 1024
    if n >= mb and n % mb == 0:
        return f"{n // mb} MB"
    if n >= mb:
        return f"{n / mb:.1f} MB"
    return f"{n // 1024} KB" if n >= 1024 and n % 1024 == 0 else f"{n} bytes"


def _too_large(limits: FetchLimits) -> FetchError:
    return FetchError(f"page larger than {_size(limits.max_bytes)}")


def _check_content_length(response: httpx.Response, limits: FetchLimits) -> None:
    declared = response.headers.get("content-length", "")
    if declared.strip().isdigit() and int(declared) > limits.max_bytes:
        raise _too_large(limits)


async def _read_capped(response: httpx.Response, limits: FetchLimits, codings: list[str]) -> bytes:
    """The decoded body, refused as soon as the bytes received or decoded grow past the cap.

    No decoding step may produce more than one byte beyond what is left under the cap.
    """
    decoder = BodyDecoder(codings)
    chunks: list[bytes] = []
    received = decoded = 0
    async for raw in response.aiter_raw():
        received += len(raw)
        if received > limits.max_bytes:
            raise _too_large(limits)
        decoder.feed(raw)
        while piece := decoder.read(min(DECODE_STEP, limits.max_bytes - decoded + 1)):
            decoded += len(piece)
            if decoded > limits.max_bytes:
                raise _too_large(limits)
            chunks.append(piece)
    decoder.finish()
    return b"".join(chunks)


def _content_codings(response: httpx.Response) -> list[str]:
    """The codings applied to the body, in the order applied; FetchError for any we lack."""
    try:
        return parse_codings(response.headers.get_list("content-encoding", split_commas=True))
    except UndecodableBody as exc:
        raise FetchError(str(exc)) from None
