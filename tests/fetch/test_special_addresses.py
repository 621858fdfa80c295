"""Every block of IANA's IPv4 and IPv6 special-purpose address registries, and the cloud
metadata addresses of the common providers, against the fetcher's address check.

The expectations are written out by hand, so a block dropped from (or changed in)
bot/data/special_addresses.tsv fails here instead of quietly opening a hole."""

from __future__ import annotations

import ipaddress

import pytest

from bot.errors import FetchError
from bot.fetch.addresses import (
    address_problem,
    is_public_address,
    resolve_checked,
    special_block,
    special_blocks,
)
from tests.fetch.test_addresses import fake_dns

EMBEDDED = "judged as the IPv4 address inside"
# Every block, as the registries' "Globally Reachable" column says: True is allowed, False refused.
EXPECTED: dict[str, bool | str] = {
    # IPv4 Special-Purpose Address Registry
    "0.0.0.0/8": False,
    "0.0.0.0/32": False,
    "10.0.0.0/8": False,
    "100.64.0.0/10": False,
    "127.0.0.0/8": False,
    "169.254.0.0/16": False,
    "172.16.0.0/12": False,
    "192.0.0.0/24": False,
    "192.0.0.0/29": False,
    "192.0.0.8/32": False,
    "192.0.0.9/32": True,  # PCP anycast
    "192.0.0.10/32": True,  # TURN anycast
    "192.0.0.170/32": False,
    "192.0.0.171/32": False,
    "192.0.2.0/24": False,
    "192.31.196.0/24": True,  # AS112-v4
    "192.52.193.0/24": True,  # AMT
    "192.88.99.0/24": False,  # deprecated 6to4 relay anycast ("N/A")
    "192.88.99.2/32": False,
    "192.168.0.0/16": False,
    "192.175.48.0/24": True,  # AS112 direct delegation
    "198.18.0.0/15": False,
    "198.51.100.0/24": False,
    "203.0.113.0/24": False,
    "240.0.0.0/4": False,
    "255.255.255.255/32": False,
    # IPv6 Special-Purpose Address Registry
    "::1/128": False,
    "::/128": False,
    "::ffff:0:0/96": EMBEDDED,
    "64:ff9b::/96": EMBEDDED,
    "64:ff9b:1::/48": False,
    "100::/64": False,
    "100:0:0:1::/64": False,
    "2001::/23": False,
    "2001::/32": False,  # Teredo ("N/A")
    "2001:1::1/128": True,  # PCP anycast
    "2001:1::2/128": True,  # TURN anycast
    "2001:1::3/128": True,  # DNS-SD SRP anycast
    "2001:2::/48": False,
    "2001:3::/32": True,  # AMT
    "2001:4:112::/48": True,  # AS112-v6
    "2001:10::/28": False,  # deprecated ORCHID ("N/A")
    "2001:20::/28": True,  # ORCHIDv2
    "2001:30::/28": True,  # drone remote ID
    "2001:db8::/32": False,
    "2002::/16": EMBEDDED,  # 6to4
    "2620:4f:8000::/48": True,  # AS112 direct delegation
    "3fff::/20": False,
    "5f00::/16": False,
    "fc00::/7": False,
    "fe80::/10": False,
    # outside the special-purpose registries
    "224.0.0.0/4": False,  # multicast
    "ff00::/8": False,  # multicast
    "fec0::/10": False,  # deprecated site-local
}

# What the embedded IPv4 forms stand for: a public and a private address in each.
EMBEDDED_SAMPLES = {
    "::ffff:0:0/96": [("::ffff:8.8.8.8", True), ("::ffff:10.1.2.3", False)],
    "64:ff9b::/96": [("64:ff9b::8.8.8.8", True), ("64:ff9b::192.168.0.1", False)],
    "2002::/16": [("2002:808:808::1", True), ("2002:c0a8:1::1", False), ("2002::1", False)],
}


def samples(network: ipaddress.IPv4Network | ipaddress.IPv6Network) -> list[str]:
    """The first, a middle and the last address of a block that the block itself governs
    (not a more specific block inside it)."""
    picks = {network[0], network[network.num_addresses // 2], network[-1]}
    own = [ip for ip in sorted(picks) if special_block(ip).network == network]
    return [str(ip) for ip in own]


def test_the_data_file_holds_every_block_expected() -> None:
    in_file = {str(block.network) for block in special_blocks()}
    normalized = {str(ipaddress.ip_network(block)) for block in EXPECTED}
    assert in_file == normalized
    assert len(in_file) == len(list(special_blocks()))  # no block listed twice


@pytest.mark.parametrize("block", [str(b.network) for b in special_blocks()])
def test_every_special_purpose_block(block: str) -> None:
    """Parametrised from the data file; each block must have its hand-written expectation."""
    network = ipaddress.ip_network(block)
    expected = {str(ipaddress.ip_network(k)): v for k, v in EXPECTED.items()}[block]
    if expected == EMBEDDED:
        cases = {str(ipaddress.ip_network(k)): v for k, v in EMBEDDED_SAMPLES.items()}[block]
    else:
        cases = [(address, expected) for address in samples(network)]
    assert cases, f"no address of {block} is governed by it"
    for address, allowed in cases:
        ip = ipaddress.ip_address(address)
        assert is_public_address(ip) is allowed, (address, address_problem(ip))


def test_python_flags_are_not_the_only_check() -> None:
    """Blocks this Python's ipaddress calls global are refused all the same (by the registry)."""
    for address in ("5f00::1", "3fff::1", "100:0:0:1::1", "192.88.99.1", "2001:10::1"):
        problem = address_problem(ipaddress.ip_address(address))
        assert problem, address


METADATA = {
    "169.254.169.254": "AWS, GCP, Azure, Oracle Cloud, DigitalOcean, OpenStack, IBM Cloud",
    "fd00:ec2::254": "AWS instance metadata over IPv6",
    "169.254.170.2": "AWS ECS task credentials",
    "169.254.170.23": "AWS EKS Pod Identity",
    "fd00:ec2::23": "AWS EKS Pod Identity over IPv6",
    "169.254.169.253": "AWS VPC DNS",
    "169.254.169.123": "AWS Time Sync",
    "fd20:ce::254": "Google Cloud metadata over IPv6",
    "168.63.129.16": "Azure WireServer (a public address)",
    "100.100.100.200": "Alibaba Cloud",
    "192.0.0.192": "Oracle Cloud legacy metadata",
    "169.254.0.23": "Tencent Cloud",
}


@pytest.mark.parametrize("address", list(METADATA), ids=list(METADATA.values()))
async def test_cloud_metadata_addresses_are_refused_by_name(
    monkeypatch: pytest.MonkeyPatch, address: str
) -> None:
    assert address_problem(ipaddress.ip_address(address)) == "a cloud metadata address"
    fake_dns(monkeypatch, {"metadata.example": [address]})
    with pytest.raises(FetchError) as caught:
        await resolve_checked("metadata.example", 80, allow_private=False)
    assert str(caught.value) == f"refused: metadata.example is {address}, a cloud metadata address"


@pytest.mark.parametrize(
    "address", ["::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::1"]
)
def test_metadata_in_ipv6_forms(address: str) -> None:
    problem = address_problem(ipaddress.ip_address(address)) or ""
    assert problem.startswith("a cloud metadata address (169.254.169.254 ")
