"""Which addresses the fetcher may connect to, and resolution that checks every answer."""

from __future__ import annotations

import asyncio
import ipaddress
import socket

import pytest

from bot.fetch.addresses import (
    FetchError,
    address_problem,
    is_public_address,
    resolve_all_with_policy,
    resolve_checked,
)

PUBLIC = [
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "100.63.255.255",  # just below the shared range
    "100.128.0.0",  # just above it
    "172.32.0.1",  # just outside 172.16/12
    "2606:4700:4700::1111",
    "2a00:1450:4001:80b::200e",
    "::ffff:8.8.8.8",  # IPv4-mapped public
    "64:ff9b::808:808",  # NAT64 of 8.8.8.8 (what DNS64 networks hand out)
    "2002:808:808::1",  # 6to4 wrapping 8.8.8.8
]

REFUSED = [
    ("127.0.0.1", "loopback"),
    ("127.255.255.254", "loopback"),
    ("10.0.0.1", "private"),
    ("172.16.5.4", "private"),
    ("192.168.1.1", "private"),
    ("169.254.169.254", "cloud metadata"),
    ("169.254.1.1", "link-local"),
    ("100.64.0.1", "shared"),
    ("100.127.255.254", "shared"),
    ("0.0.0.0", "unspecified"),
    ("0.1.2.3", "private"),  # "this network"
    ("224.0.0.1", "multicast"),
    ("239.255.255.250", "multicast"),
    ("240.0.0.1", "reserved"),
    ("255.255.255.255", "reserved"),
    ("192.0.2.1", "private"),  # documentation
    ("198.18.0.1", "private"),  # benchmarking
    ("::1", "loopback"),
    ("::", "unspecified"),
    ("fe80::1", "link-local"),
    ("fc00::1", "private"),
    ("fd12:3456:789a::1", "private"),
    ("fec0::1", "site-local"),
    ("ff02::1", "multicast"),
    ("2001:db8::1", "private"),  # documentation
    ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:10.0.0.1", "private"),
    ("::ffff:169.254.169.254", "cloud metadata"),
    ("::127.0.0.1", "reserved"),  # deprecated IPv4-compatible form
    ("64:ff9b::7f00:1", "loopback"),  # NAT64 of 127.0.0.1
    ("64:ff9b::10.0.0.1", "private"),
    ("64:ff9b::a9fe:a9fe", "cloud metadata"),  # NAT64 of 169.254.169.254
    ("64:ff9b:1::a00:1", "local-use NAT64"),
    ("2002:7f00:1::1", "loopback"),  # 6to4 wrapping 127.0.0.1
    ("2002:a00:1::1", "private"),  # 6to4 wrapping 10.0.0.1
    ("2001:0:4136:e378:8000:63bf:f5ff:fffe", "private"),  # Teredo, client 10.0.0.1
]


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_allowed(address: str) -> None:
    ip = ipaddress.ip_address(address)
    assert is_public_address(ip), address_problem(ip)


@pytest.mark.parametrize("address, kind", REFUSED)
def test_non_public_addresses_refused(address: str, kind: str) -> None:
    ip = ipaddress.ip_address(address)
    assert not is_public_address(ip)
    assert kind in (address_problem(ip) or "")


def fake_dns(monkeypatch: pytest.MonkeyPatch, table: dict[str, list[str]]) -> list[str]:
    """Answer getaddrinfo on the running loop from `table`; returns the names looked up."""
    looked_up: list[str] = []

    async def getaddrinfo(host: str, port: int, **_: object) -> list[tuple]:
        looked_up.append(host)
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [
            (
                socket.AF_INET6 if ":" in ip else socket.AF_INET,
                socket.SOCK_STREAM,
                6,
                "",
                (ip, port),
            )
            for ip in table[host]
        ]

    monkeypatch.setattr(asyncio.get_running_loop(), "getaddrinfo", getaddrinfo)
    return looked_up


async def test_public_name_resolves_to_first_address(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_dns(monkeypatch, {"news.example": ["93.184.216.34", "2606:2800:220:1::1"]})
    assert await resolve_checked("news.example", 443, allow_private=False) == "93.184.216.34"


async def test_one_private_answer_refuses_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_dns(monkeypatch, {"mixed.example": ["93.184.216.34", "10.0.0.5"]})
    with pytest.raises(FetchError) as caught:
        await resolve_checked("mixed.example", 80, allow_private=False)
    assert str(caught.value) == "refused: mixed.example is 10.0.0.5, a private address"


async def test_every_address_returned_in_resolver_order(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = ["2606:2800:220:1::1", "93.184.216.34", "2606:2800:220:1::1", "93.184.216.35"]
    fake_dns(monkeypatch, {"news.example": answers})
    assert await resolve_all_with_policy("news.example", 443, address_problem) == [
        "2606:2800:220:1::1",
        "93.184.216.34",
        "93.184.216.35",
    ]


@pytest.mark.parametrize(
    "answers",
    [
        ["93.184.216.34", "93.184.216.35", "127.0.0.1"],
        ["::ffff:10.0.0.5", "93.184.216.34"],
    ],
)
async def test_no_address_list_when_any_answer_is_refused(
    monkeypatch: pytest.MonkeyPatch, answers: list[str]
) -> None:
    fake_dns(monkeypatch, {"mixed.example": answers})
    with pytest.raises(FetchError, match=r"^refused: mixed\.example is "):
        await resolve_all_with_policy("mixed.example", 80, address_problem)


async def test_literal_is_its_only_address(monkeypatch: pytest.MonkeyPatch) -> None:
    looked_up = fake_dns(monkeypatch, {})
    assert await resolve_all_with_policy("[2606:4700::1111]", 443, address_problem) == [
        "2606:4700::1111"
    ]
    assert looked_up == []


async def test_allow_private_still_resolves(monkeypatch: pytest.MonkeyPatch) -> None:
    looked_up = fake_dns(monkeypatch, {"intranet.example": ["10.0.0.5"]})
    assert await resolve_checked("intranet.example", 80, allow_private=True) == "10.0.0.5"
    assert looked_up == ["intranet.example"]


@pytest.mark.parametrize(
    "host, message",
    [
        ("127.0.0.1", "refused: 127.0.0.1 is a loopback address"),
        ("::1", "refused: ::1 is a loopback address"),
        ("[::1]", "refused: ::1 is a loopback address"),
        ("169.254.169.254", "refused: 169.254.169.254 is a cloud metadata address"),
        (
            "::ffff:127.0.0.1",
            "refused: ::ffff:127.0.0.1 is a loopback address (127.0.0.1 in IPv6 form)",
        ),
    ],
)
async def test_ip_literals_checked_without_dns(
    monkeypatch: pytest.MonkeyPatch, host: str, message: str
) -> None:
    looked_up = fake_dns(monkeypatch, {})
    with pytest.raises(FetchError) as caught:
        await resolve_checked(host, 80, allow_private=False)
    assert str(caught.value) == message
    assert looked_up == []


async def test_public_literal_returned_as_is(monkeypatch: pytest.MonkeyPatch) -> None:
    looked_up = fake_dns(monkeypatch, {})
    assert await resolve_checked("2606:4700:4700::1111", 443, allow_private=False) == (
        "2606:4700:4700::1111"
    )
    assert looked_up == []


async def test_localhost_refused_by_real_resolver() -> None:
    with pytest.raises(FetchError, match=r"^refused: localhost is .*, a loopback address$"):
        await resolve_checked("localhost", 80, allow_private=False)


async def test_localhost_allowed_when_private_allowed() -> None:
    ip = await resolve_checked("localhost", 80, allow_private=True)
    assert ipaddress.ip_address(ip).is_loopback


async def test_unresolvable_name() -> None:
    with pytest.raises(FetchError, match=r"^cannot reach nowhere\.invalid: name not resolved$"):
        await resolve_checked("nowhere.invalid", 80, allow_private=False)
