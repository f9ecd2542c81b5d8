"""Where a fetch may go and how it gets there: URLs, the IP address policy, checked sockets.

A feed URL is only as safe as the addresses its host name resolves to, so the policy works on
IP addresses: anything that is not a public unicast address is refused unless an allowed
network (for example loopback in tests) explicitly exempts it. connect() resolves once,
checks every address, and connects to a checked IP, so a second DNS answer cannot differ;
its sockets re-arm their timeout before every read so a trickling server meets the deadline.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import ssl
import string
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, cast
from urllib.parse import SplitResult, quote, urlsplit

from services.core.errors import ConfigError, FetchRefused

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

SCHEMES = {"http": 80, "https": 443}
METADATA_ADDRESS = ipaddress.IPv4Address("169.254.169.254")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_HOST_NAME = re.compile(r"[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?")
_USERINFO = re.compile(r"//[^/?#]*@")


@dataclass(frozen=True)
class Target:
    """One request destination, split into the parts a connection needs."""

    url: str  # the URL as requested, fragment removed
    display: str  # the URL for messages: password removed, control characters escaped
    tls: bool
    host: str  # ASCII host name or IP literal, without brackets
    port: int
    host_header: str  # value of the Host header, e.g. "example.org" or "[::1]:8080"
    path: str  # request target: path and query, ASCII only


@dataclass(frozen=True)
class Resolved:
    """One address a host name resolved to, ready for checking and socket.connect()."""

    family: socket.AddressFamily
    sockaddr: tuple[str, int] | tuple[str, int, int, int]
    address: IPAddress


def display_url(url: str) -> str:
    """Return the URL fit for a log line: no userinfo password, no raw control characters."""
    try:
        parts = urlsplit(url)
    except ValueError:  # unparsable (e.g. "http://[::1"): drop any userinfo wholesale
        return _ascii(_USERINFO.sub("//", url))
    userinfo, at, hostport = parts.netloc.rpartition("@")
    netloc = f"{userinfo.partition(':')[0]}@{hostport}" if at else hostport
    return _ascii(parts._replace(netloc=netloc).geturl())


def parse_target(url: str) -> Target:
    """Split an http(s) URL into a Target; raise ValueError with a short reason otherwise."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise ValueError(f"unsupported scheme {scheme!r}" if scheme else "not an absolute URL")
    host = _ascii_host(parts)
    try:
        port = parts.port or SCHEMES[scheme]
    except ValueError as exc:
        raise ValueError("invalid port") from exc
    shown = f"[{host}]" if ":" in host else host
    host_header = shown if port == SCHEMES[scheme] else f"{shown}:{port}"
    path = _ascii(parts.path or "/") + (f"?{_ascii(parts.query)}" if parts.query else "")
    return Target(
        url=parts._replace(fragment="").geturl(),
        display=display_url(url),
        tls=scheme == "https",
        host=host,
        port=port,
        host_header=host_header,
        path=path,
    )


def parse_networks(cidrs: Iterable[str]) -> tuple[IPNetwork, ...]:
    """Parse CIDR strings such as "127.0.0.0/8"; a malformed one is a configuration error."""
    try:
        return tuple(ipaddress.ip_network(cidr, strict=False) for cidr in cidrs)
    except ValueError as exc:
        raise ConfigError(f"invalid network in allowed_networks: {exc}") from exc


def address_kind(address: IPAddress) -> str | None:
    """Name the kind of non-public address ("private", "loopback", ...), or None if public."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        # Decide on the IPv4 address alone: some Python versions call all of ::ffff:0:0/96
        # private, others none of it.
        return address_kind(address.ipv4_mapped)
    embedded = _embedded_ipv4(address)
    if embedded is not None and (kind := address_kind(embedded)) is not None:
        return kind
    if address == METADATA_ADDRESS:
        return "cloud metadata"
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("site-local", isinstance(address, ipaddress.IPv6Address) and address.is_site_local),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
        ("non-global", not address.is_global),
    )
    return next((name for name, hit in checks if hit), None)


def refusal(address: str | IPAddress, allowed: Sequence[IPNetwork] = ()) -> str | None:
    """Say why we must not connect to this address, e.g. "private address 10.0.0.5", or None."""
    ip = ipaddress.ip_address(address)
    if _is_allowed(ip, allowed):
        return None
    kind = address_kind(ip)
    return None if kind is None else f"{kind} address {ip}"


def resolve(host: str, port: int) -> list[Resolved]:
    """Resolve a host name to TCP addresses (socket errors propagate to the caller)."""
    found: list[Resolved] = []
    for family, _, _, _, sockaddr in socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
    ):
        if family in (socket.AF_INET, socket.AF_INET6) and isinstance(sockaddr[0], str):
            # sockaddr[0] may carry an IPv6 zone ("fe80::1%eth0"); ipaddress keeps it.
            found.append(Resolved(family, sockaddr, ipaddress.ip_address(sockaddr[0])))
    return found


def first_refusal(addresses: Iterable[Resolved], allowed: Sequence[IPNetwork]) -> str | None:
    """Check every resolved address; one bad address refuses the host (no partial trust)."""
    reasons = (refusal(item.address, allowed) for item in addresses)
    return next((reason for reason in reasons if reason is not None), None)


class Deadline:
    """The overall time budget shared by every socket operation of one fetch."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    @property
    def expired(self) -> bool:
        """True once the budget is spent."""
        return time.monotonic() >= self._end

    def timeout(self, cap: float) -> float:
        """Timeout for the next socket operation: at most cap, never past the deadline."""
        left = self._end - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"overall deadline of {self.seconds:g}s reached")
        return min(cap, left)


def connect(
    target: Target,
    allowed: Sequence[IPNetwork],
    deadline: Deadline,
    connect_timeout: float,
    read_timeout: float,
) -> socket.socket:
    """Resolve, check every address, connect to the first checked one that answers (+TLS).

    Raises FetchRefused for a disallowed address, and socket errors (TimeoutError, gaierror,
    ConnectionRefusedError, ssl errors, ...) for the caller to translate.
    """
    addresses = resolve(target.host, target.port)
    reason = first_refusal(addresses, allowed)
    if reason is not None or not addresses:
        why = f"resolves to {reason}" if reason else "host has no IP address"
        raise FetchRefused(f"{target.display}: refused: {why}")
    error: OSError | None = None
    for address in addresses:
        sock = _BudgetSocket(address.family, socket.SOCK_STREAM)
        try:
            sock.settimeout(deadline.timeout(connect_timeout))
            sock.connect(address.sockaddr)
            return _finish_connect(sock, target, partial(deadline.timeout, read_timeout))
        except OSError as exc:
            sock.close()
            error = exc
    raise cast(OSError, error)


class _BudgetSocket(socket.socket):
    """A TCP socket that re-arms its timeout before every read, so trickling cannot stall us."""

    budget: Callable[[], float] | None = None

    def recv_into(self, buffer: WriteableBuffer, nbytes: int = 0, flags: int = 0) -> int:
        """Read with timeout min(read timeout, time left before the deadline)."""
        if self.budget is not None:
            self.settimeout(self.budget())
        return super().recv_into(buffer, nbytes, flags)


class _BudgetSSLSocket(ssl.SSLSocket):
    """The TLS counterpart of _BudgetSocket (installed as the context's sslsocket_class)."""

    budget: Callable[[], float] | None = None

    def recv_into(self, buffer: WriteableBuffer, nbytes: int | None = None, flags: int = 0) -> int:
        """Read with timeout min(read timeout, time left before the deadline)."""
        if self.budget is not None:
            self.settimeout(self.budget())
        return super().recv_into(buffer, nbytes, flags)


def _finish_connect(
    sock: _BudgetSocket, target: Target, budget: Callable[[], float]
) -> socket.socket:
    """Do the TLS handshake (SNI, certificate checked against the host name) if https."""
    if not target.tls:
        sock.budget = budget
        return sock
    context = ssl.create_default_context()
    context.sslsocket_class = _BudgetSSLSocket
    tls = cast(_BudgetSSLSocket, context.wrap_socket(sock, server_hostname=target.host))
    tls.budget = budget
    return tls


def _is_allowed(ip: IPAddress, allowed: Sequence[IPNetwork]) -> bool:
    """True if the address, or the IPv4 address it maps to, lies in an allowed network."""
    candidates: list[IPAddress] = [ip]
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        candidates.append(ip.ipv4_mapped)
    return any(c.version == n.version and c in n for c in candidates for n in allowed)


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address tunnels to (6to4, NAT64), if any."""
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def _ascii_host(parts: SplitResult) -> str:
    """The URL's host as ASCII (IDNA for international names); ValueError if unusable."""
    host = parts.hostname
    if not host:
        raise ValueError("no host name")
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise ValueError("invalid host name") from exc
    if ":" in ascii_host:  # only an IPv6 literal may contain a colon
        try:
            ipaddress.IPv6Address(ascii_host)
        except ValueError as exc:
            raise ValueError("invalid host name") from exc
    elif not _HOST_NAME.fullmatch(ascii_host):
        raise ValueError("invalid host name")
    return ascii_host


def _ascii(text: str) -> str:
    """Percent-encode spaces, control and non-ASCII characters; leave existing escapes alone."""
    return quote(text, safe=string.punctuation)
