"""The address policy and URL parsing behind fetch_url: pure checks, no network."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from services.core.errors import ConfigError
from services.poller.addresses import (
    Resolved,
    address_kind,
    display_url,
    first_refusal,
    parse_networks,
    parse_target,
    refusal,
    resolve,
)


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("10.0.0.5", "private"),
        ("10.255.255.255", "private"),
        ("172.16.0.1", "private"),
        ("172.31.255.254", "private"),
        ("192.168.1.1", "private"),
        ("127.0.0.1", "loopback"),
        ("127.255.255.254", "loopback"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("169.254.1.1", "link-local"),
        ("169.254.169.254", "cloud metadata"),
        ("::ffff:10.0.0.1", "private"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:169.254.169.254", "cloud metadata"),
        ("2002:a00:1::1", "private"),  # 6to4 tunnel to 10.0.0.1
        ("64:ff9b::a9fe:a9fe", "cloud metadata"),  # NAT64 to 169.254.169.254
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("fec0::1", "site-local"),
        ("fc00::1", "private"),
        ("fd00:ec2::254", "private"),  # the IPv6 cloud metadata endpoint
        ("100.64.0.1", "non-global"),  # carrier-grade NAT
    ],
)
def test_non_public_addresses_are_refused_and_named(address: str, kind: str) -> None:
    reason = refusal(address)
    assert reason is not None
    assert reason.startswith(f"{kind} address ")
    assert str(ipaddress.ip_address(address)) in reason


@pytest.mark.parametrize(
    "address",
    [
        "93.184.216.34",
        "8.8.8.8",
        "172.15.255.255",  # just below 172.16/12
        "172.32.0.1",  # just above 172.16/12
        "11.0.0.1",
        "2606:2800:220:1:248:1893:25c8:1946",
        "::ffff:93.184.216.34",
        "2002:5db8:d822::1",  # 6to4 tunnel to 93.184.216.34
    ],
)
def test_public_addresses_pass(address: str) -> None:
    assert address_kind(ipaddress.ip_address(address)) is None
    assert refusal(address) is None


@pytest.mark.parametrize(
    ("address", "allowed", "refused"),
    [
        ("127.0.0.1", ["127.0.0.0/8"], False),
        ("127.0.0.2", ["127.0.0.1/32"], True),
        ("::1", ["::1/128"], False),
        ("::1", ["127.0.0.0/8"], True),
        ("127.0.0.1", ["::1/128"], True),
        ("::ffff:127.0.0.1", ["127.0.0.0/8"], False),
        ("10.0.0.5", ["127.0.0.0/8", "::1/128"], True),
        ("10.0.0.5", ["10.0.0.0/24"], False),
    ],
)
def test_allowed_networks_exempt_exactly_their_addresses(
    address: str, allowed: list[str], refused: bool
) -> None:
    assert (refusal(address, parse_networks(allowed)) is not None) is refused


def test_malformed_network_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="not-a-cidr"):
        parse_networks(["127.0.0.0/8", "not-a-cidr"])


def _resolved(address: str) -> Resolved:
    ip = ipaddress.ip_address(address)
    family = socket.AF_INET6 if ip.version == 6 else socket.AF_INET
    return Resolved(family, (address, 80), ip)


def test_one_bad_address_refuses_the_whole_host() -> None:
    addresses = [_resolved("93.184.216.34"), _resolved("10.0.0.5")]
    assert first_refusal(addresses, ()) == "private address 10.0.0.5"
    assert first_refusal(addresses[:1], ()) is None


def test_localhost_resolves_to_loopback_only() -> None:
    addresses = resolve("localhost", 80)
    assert addresses
    assert all(item.address.is_loopback for item in addresses)
    assert first_refusal(addresses, ()) is not None
    assert first_refusal(addresses, parse_networks(["127.0.0.0/8", "::1/128"])) is None


@pytest.mark.parametrize(
    ("url", "tls", "host", "port", "host_header", "path"),
    [
        ("http://example.org", False, "example.org", 80, "example.org", "/"),
        ("https://Example.ORG/feed.xml", True, "example.org", 443, "example.org", "/feed.xml"),
        ("https://example.org:8443/a?b=1", True, "example.org", 8443, "example.org:8443", "/a?b=1"),
        ("http://example.org:80/x#frag", False, "example.org", 80, "example.org", "/x"),
        ("http://[::1]:8080/", False, "::1", 8080, "[::1]:8080", "/"),
        ("http://127.0.0.1/", False, "127.0.0.1", 80, "127.0.0.1", "/"),
        ("http://bücher.example/", False, "xn--bcher-kva.example", 80, "xn--bcher-kva.example",
         "/"),
        ("http://example.org/a b/ü?q=é", False, "example.org", 80, "example.org",
         "/a%20b/%C3%BC?q=%C3%A9"),
        ("http://example.org/%41?x=%20", False, "example.org", 80, "example.org", "/%41?x=%20"),
    ],
)  # fmt: skip
def test_parse_target_splits_what_a_connection_needs(
    url: str, tls: bool, host: str, port: int, host_header: str, path: str
) -> None:
    target = parse_target(url)
    assert (target.tls, target.host, target.port) == (tls, host, port)
    assert (target.host_header, target.path) == (host_header, path)
    assert "#" not in target.url


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.org/feed", "unsupported scheme 'ftp'"),
        ("file:///etc/passwd", "unsupported scheme 'file'"),
        ("javascript:alert(1)", "unsupported scheme 'javascript'"),
        ("example.org/feed", "not an absolute URL"),
        ("//example.org/feed", "not an absolute URL"),
        ("http:///feed", "no host name"),
        ("http://example.org:99999/", "invalid port"),
        ("http://example.org:port/", "invalid port"),
    ],
)
def test_parse_target_rejects_unusable_urls(url: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_target(url)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://alice:s3cret@example.org/feed", "https://alice@example.org/feed"),
        ("https://alice:@example.org/feed", "https://alice@example.org/feed"),
        ("https://:s3cret@example.org/feed", "https://@example.org/feed"),
        ("https://alice@example.org/feed", "https://alice@example.org/feed"),
        ("https://a:b@c:s3cret@example.org/", "https://a@example.org/"),
        ("https://example.org/feed?a=1", "https://example.org/feed?a=1"),
        ("https://example.org/\x00bad\x7f", "https://example.org/%00bad%7F"),
    ],
)
def test_display_url_drops_passwords_and_control_characters(url: str, shown: str) -> None:
    assert display_url(url) == shown
    assert parse_target(url).display == shown
