"""Which network addresses the fetcher may connect to, and DNS resolution that enforces it."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from bot.errors import FetchError
from bot.text.lexicon import rows

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
# A policy names what is wrong with an address ("a loopback address"), or returns None to allow it.
AddressPolicy = Callable[[IPAddress], str | None]

_SHARED_V4 = ipaddress.IPv4Network("100.64.0.0/10")  # carrier-grade NAT, RFC 6598
_NAT64_WELL_KNOWN = ipaddress.IPv6Network("64:ff9b::/96")  # RFC 6052
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")  # RFC 8215, site-defined translation
_6TO4 = ipaddress.IPv6Network("2002::/16")  # RFC 3056


@dataclass(frozen=True)
class SpecialBlock:
    """One block of IANA's special-purpose address registries (bot/data/special_addresses.tsv)."""

    network: IPNetwork
    reachable: str  # "yes" | "no" | "n/a": the registry's "Globally Reachable"
    name: str


@cache
def special_blocks() -> tuple[SpecialBlock, ...]:
    """Every special-purpose block, most specific first (the first match decides)."""
    blocks = [
        SpecialBlock(ipaddress.ip_network(row[0]), row[1], row[2])
        for row in rows("special_addresses.tsv")
    ]
    return tuple(sorted(blocks, key=lambda b: -b.network.prefixlen))


@cache
def metadata_addresses() -> frozenset[IPAddress]:
    """Cloud instance metadata addresses (bot/data/metadata_addresses.txt)."""
    return frozenset(ipaddress.ip_address(row[0]) for row in rows("metadata_addresses.txt"))


def special_block(ip: IPAddress) -> SpecialBlock | None:
    """The most specific registry block holding `ip`, if any."""
    return next(
        (b for b in special_blocks() if b.network.version == ip.version and ip in b.network),
        None,
    )


def _general_problem(ip: IPAddress) -> str | None:
    """The kind of non-public address `ip` is, judged on its own (no embedded IPv4)."""
    checks: list[tuple[bool, str]] = [
        (ip.is_unspecified, "an unspecified address"),
        (ip.is_loopback, "a loopback address"),
        (ip.is_link_local, "a link-local address"),
        (ip.is_multicast, "a multicast address"),
        (ip in _SHARED_V4, "a shared (carrier-grade NAT) address"),
        (isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local, "a site-local address"),
        (ip.is_reserved, "a reserved address"),
        (ip.is_private, "a private address"),
        (not ip.is_global, "a non-public address"),
    ]
    return next((label for refused, label in checks if refused), None)


def _problem(ip: IPAddress) -> str | None:
    """The kind of non-public address `ip` is, judged on its own (no embedded IPv4): a cloud
    metadata address, then IANA's registries (a block not globally reachable is refused; one
    the registry calls globally reachable is allowed even where this Python's flags lag
    behind), then Python's flags for everything else."""
    if ip in metadata_addresses():
        return "a cloud metadata address"
    block = special_block(ip)
    if block is None:
        return _general_problem(ip)
    if block.reachable == "yes":
        return None
    return _general_problem(ip) or f"a special-purpose address ({block.name}, {block.network})"


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv4-mapped, well-known NAT64 or 6to4 address stands for."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _NAT64_WELL_KNOWN:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip in _6TO4:
        return ip.sixtofour
    return None


def address_problem(ip: IPAddress) -> str | None:
    """Why the bot may not connect to `ip` (e.g. "a loopback address"), or None if it is public."""
    if isinstance(ip, ipaddress.IPv4Address):
        return _problem(ip)
    if ip.scope_id:
        return "a scoped (interface-local) address"
    if ip in metadata_addresses():
        return "a cloud metadata address"
    embedded = _embedded_v4(ip)
    if embedded is not None:  # traffic really goes to the IPv4 address: judge that one
        problem = _problem(embedded)
        if problem is None:
            return None
        form = "inside 6to4" if ip in _6TO4 else "in IPv6 form"
        return f"{problem} ({embedded} {form})"
    if ip in _NAT64_LOCAL:
        return "a local-use NAT64 address"
    if ip.teredo is not None and (problem := _problem(ip.teredo[1])):
        return f"{problem} ({ip.teredo[1]} inside Teredo)"
    return _problem(ip)


def is_public_address(ip: IPAddress) -> bool:
    """True when `ip` is a public unicast address the bot may connect to."""
    return address_problem(ip) is None


def allow_any_address(ip: IPAddress) -> str | None:
    """The policy for tests and private deployments: every address is allowed."""
    return None


def policy_for(allow_private: bool) -> AddressPolicy:
    """The address policy matching the COUNTERCLAIM_ALLOW_PRIVATE_URLS setting."""
    return allow_any_address if allow_private else address_problem


def _ip_literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def _refusal(host: str, ip: IPAddress, problem: str, literal: bool) -> FetchError:
    if literal:
        return FetchError(f"refused: {host.strip('[]')} is {problem}")
    return FetchError(f"refused: {host} is {ip}, {problem}")


async def _lookup(host: str, port: int) -> list[IPAddress]:
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
        )
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"cannot reach {host}: name not resolved") from None
    found = [ipaddress.ip_address(info[4][0]) for info in infos]
    if not found:
        raise FetchError(f"cannot reach {host}: name not resolved")
    return list(dict.fromkeys(found))


async def resolve_all_with_policy(host: str, port: int, policy: AddressPolicy) -> list[str]:
    """Every IP `host` resolves to, in resolver order, to try in turn on connection failure.

    FetchError if ANY resolved IP is refused: a name that mixes public and private answers is
    refused whole, so no fall-over can ever reach an address the policy forbids.
    """
    literal = _ip_literal(host)
    candidates = [literal] if literal is not None else await _lookup(host, port)
    for ip in candidates:
        if problem := policy(ip):
            raise _refusal(host, ip, problem, literal is not None)
    return [str(ip) for ip in candidates]


async def resolve_with_policy(host: str, port: int, policy: AddressPolicy) -> str:
    """Resolve `host` and return one IP to connect to; FetchError if ANY resolved IP is refused."""
    return (await resolve_all_with_policy(host, port, policy))[0]


async def resolve_checked(host: str, port: int, allow_private: bool) -> str:
    """Resolve `host` (IP literals without DNS) and return one checked IP as a string."""
    return await resolve_with_policy(host, port, policy_for(allow_private))
