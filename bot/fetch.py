"""Fetch one page from a link a stranger sent: public addresses only, pinned IPs, capped size/time.

Each hop is resolved and checked here, then requested at the checked IP with the original Host
header and TLS server name, so a DNS answer cannot change between the check and the connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import ssl
from collections.abc import Iterator
from http import HTTPStatus

import httpx

from bot.addresses import AddressPolicy, FetchError, policy_for, resolve_with_policy
from bot.config import FetchLimits
from bot.decode import choose_charset
from bot.models import FetchedPage

__all__ = ["FetchError", "fetch"]

ACCEPTED_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
DEFAULT_PORTS = {"http": 80, "https": 443}
ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
STATUS_HINTS = {
    401: "the page needs a login",
    403: "the site refuses automated readers",
    429: "the site is rate-limiting us",
    451: "unavailable for legal reasons",
}
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|title|meta)\b", re.IGNORECASE)


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
    try:
        async with asyncio.timeout(limits.timeout_s):
            if client is not None:
                return await _follow(url, limits, policy, client)
            async with _new_client(limits) as own_client:
                return await _follow(url, limits, policy, own_client)
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
    raw_url: str, limits: FetchLimits, policy: AddressPolicy, client: httpx.AsyncClient
) -> FetchedPage:
    url = _parse_url(raw_url)
    cookies = httpx.Cookies()
    for _ in range(limits.max_redirects + 1):
        response = await _send(client, url, limits, policy, cookies)
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
) -> httpx.Response:
    """Resolve and check the host, then send the request to that very IP."""
    host = url.raw_host.decode("ascii")
    ip = await resolve_with_policy(host, url.port or DEFAULT_PORTS[url.scheme], policy)
    pinned = httpx.URL(scheme=url.scheme, host=ip, port=url.port, raw_path=url.raw_path)
    request = httpx.Request(
        "GET",
        pinned,
        headers=_request_headers(url, limits, cookies),
        extensions={"sni_hostname": host, "timeout": httpx.Timeout(limits.timeout_s).as_dict()},
    )
    with _transport_errors(url, limits):
        response = await client.send(request, stream=True, follow_redirects=False)
    _remember_cookies(cookies, response, url)
    return response


def _request_headers(url: httpx.URL, limits: FetchLimits, cookies: httpx.Cookies) -> dict[str, str]:
    headers = {
        "Host": url.netloc.decode("ascii"),
        "User-Agent": limits.user_agent,
        "Accept": ACCEPT,
        "Accept-Encoding": "gzip, deflate",
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
    except httpx.DecodingError as exc:
        raise FetchError(f"cannot read {url.host}: the compressed body is corrupt") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot read {url.host}: the connection broke") from exc


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: BaseException | None = exc
    while seen is not None:
        yield seen
        seen = seen.__cause__ or seen.__context__


def _connect_problem(exc: httpx.ConnectError) -> str:
    causes = list(_causes(exc))
    if any(isinstance(c, ssl.SSLCertVerificationError) for c in causes):
        return "its TLS certificate is not valid"
    if any(isinstance(c, ssl.SSLError) for c in causes):
        return "the TLS handshake failed"
    if any(isinstance(c, ConnectionRefusedError) for c in causes):
        return "connection refused"
    return "connection failed"


async def _read_page(response: httpx.Response, url: httpx.URL, limits: FetchLimits) -> FetchedPage:
    _check_status(response)
    media_type, declared = _parse_content_type(response.headers.get("content-type"))
    if media_type and media_type not in ACCEPTED_TYPES:
        raise FetchError(f"not an article: {media_type}")
    _check_content_length(response, limits)
    with _transport_errors(url, limits):
        body = await _read_capped(response, limits)
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


async def _read_capped(response: httpx.Response, limits: FetchLimits) -> bytes:
    """The decoded (decompressed) body, refused as soon as it grows past the cap."""
    chunks: list[bytes] = []
    total = 0
    async for chunk in response.aiter_bytes():
        total += len(chunk)
        if total > limits.max_bytes:
            raise _too_large(limits)
        chunks.append(chunk)
    return b"".join(chunks)
