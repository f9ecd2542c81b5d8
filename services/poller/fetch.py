"""Fetch a news feed over HTTP(S) with hard limits, so feedparser only ever parses bytes.

This is the HTTP layer: conditional GET, redirects, status codes, size caps and gzip/deflate.
Every hop connects through services.poller.addresses, which resolves the host itself, refuses
it if any address is non-public and connects to the checked IP (no DNS rebinding). Foreign
errors leave this module only as FetchTimeout, FetchUnavailable or FetchRefused.
"""

from __future__ import annotations

import email.utils
import http.client
import socket
import ssl
import zlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from types import MappingProxyType
from urllib.parse import urljoin

from services.core.errors import FetchRefused, FetchTimeout, FetchUnavailable, NewswatchError
from services.poller.addresses import (
    Deadline,
    IPNetwork,
    Target,
    connect,
    display_url,
    parse_networks,
    parse_target,
)

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_READ_SIZE = 64 * 1024
_GZIP_WBITS = zlib.MAX_WBITS | 16


@dataclass(frozen=True)
class FetchPolicy:
    """Limits for one fetch; the defaults suit public news feeds."""

    connect_timeout: float = 5.0
    read_timeout: float = 10.0  # per socket read
    deadline: float = 30.0  # overall, whole fetch including redirects
    max_body_bytes: int = 10 * 1024 * 1024  # on the wire
    max_decompressed_bytes: int = 20 * 1024 * 1024  # after gzip/deflate
    max_redirects: int = 5
    allowed_networks: tuple[str, ...] = ()  # CIDRs exempt from the private-address refusal
    user_agent: str = "newswatch/0.1 (+https://github.com/newswatch/newswatch)"


@dataclass(frozen=True)
class FetchResult:
    """What a successful fetch returns: the final URL, status, headers and decoded body."""

    url: str  # final URL after redirects
    status: int  # 2xx, or 304 when not modified
    headers: Mapping[str, str]  # lower-cased names
    body: bytes  # decompressed; b"" for 304
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        """True when the server answered 304: the copy we have is still current."""
        return self.status == 304


def fetch_url(
    url: str, policy: FetchPolicy, *, etag: str | None = None, last_modified: str | None = None
) -> FetchResult:
    """GET a URL under the policy, following redirects; raise a Fetch* error on any failure."""
    deadline = Deadline(policy.deadline)
    allowed = parse_networks(policy.allowed_networks)
    first = display_url(url)
    seen: set[str] = set()
    for _ in range(policy.max_redirects + 1):
        target = _target(url)
        if target.url in seen:
            raise _refused(first, f"redirect loop back to {target.display}")
        seen.add(target.url)
        with _foreign_errors(target.display, deadline):
            outcome = _fetch_once(target, policy, allowed, deadline, (etag, last_modified))
        if isinstance(outcome, FetchResult):
            return outcome
        url = outcome
    raise _refused(first, f"more than {policy.max_redirects} redirects")


class _PinnedConnection(http.client.HTTPConnection):
    """An HTTPConnection over a socket already connected to a checked IP; never reconnects."""

    def __init__(self, sock: socket.socket, target: Target) -> None:
        super().__init__(target.host, target.port)
        self.sock = sock

    def connect(self) -> None:
        """Refuse to open a new connection by name, which would bypass the address check."""
        raise http.client.NotConnected("pinned connection is closed")


def _fetch_once(
    target: Target,
    policy: FetchPolicy,
    allowed: Sequence[IPNetwork],
    deadline: Deadline,
    validators: tuple[str | None, str | None],
) -> FetchResult | str:
    """Make one request; return the result, or the absolute URL a redirect points to."""
    sock = connect(target, allowed, deadline, policy.connect_timeout, policy.read_timeout)
    conn = _PinnedConnection(sock, target)
    try:
        conn.request("GET", target.path, headers=_request_headers(target, policy, *validators))
        response = conn.getresponse()
        return _handle_response(response, target, policy, validators)
    finally:
        conn.close()


def _request_headers(
    target: Target, policy: FetchPolicy, etag: str | None, last_modified: str | None
) -> dict[str, str]:
    """Headers for a GET: explicit Host (we connect by IP), compression, conditional GET."""
    headers = {
        "Host": target.host_header,
        "User-Agent": policy.user_agent,
        "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8",
        "Accept-Encoding": "gzip, deflate",
        "Connection": "close",
    }
    if etag and etag.isprintable():
        headers["If-None-Match"] = etag
    if last_modified and last_modified.isprintable():
        headers["If-Modified-Since"] = last_modified
    return headers


def _handle_response(
    response: http.client.HTTPResponse,
    target: Target,
    policy: FetchPolicy,
    validators: tuple[str | None, str | None],
) -> FetchResult | str:
    """Turn a status into a result, a redirect URL, or the matching Fetch* error."""
    status = response.status
    if status in _REDIRECTS:
        location = response.getheader("Location")
        if not location:
            raise _refused(target.display, f"HTTP {status} redirect without Location")
        return urljoin(target.url, location.strip())
    if status == 304 or 200 <= status < 300:
        body = b"" if status == 304 else _read_body(response, target, policy)
        return _result(response, target, body, validators)
    what = _clean(f"HTTP {status} {response.reason}")
    if status == 429 or 500 <= status < 600:
        retry = _retry_after(response.getheader("Retry-After")) if status in (429, 503) else None
        raise FetchUnavailable(f"{target.display}: unavailable: {what}", retry_after=retry)
    raise _refused(target.display, what)


def _result(
    response: http.client.HTTPResponse,
    target: Target,
    body: bytes,
    validators: tuple[str | None, str | None],
) -> FetchResult:
    """Build the FetchResult; a 304 without validators keeps the ones we sent."""
    headers: dict[str, str] = {}
    for name, value in response.getheaders():
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    sent_etag, sent_modified = validators if response.status == 304 else (None, None)
    return FetchResult(
        url=target.url,
        status=response.status,
        headers=MappingProxyType(headers),
        body=body,
        etag=headers.get("etag", sent_etag),
        last_modified=headers.get("last-modified", sent_modified),
    )


def _read_body(response: http.client.HTTPResponse, target: Target, policy: FetchPolicy) -> bytes:
    """Read and decode the body, refusing as soon as the wire or decoded size passes its cap."""
    declared = response.getheader("Content-Length", "").strip()
    if declared.isdigit() and int(declared) > policy.max_body_bytes:
        raise _refused(target.display, f"Content-Length {declared} over {policy.max_body_bytes}")
    decoder = _Decoder(response.getheader("Content-Encoding"), policy, target.display)
    received = 0
    while chunk := response.read1(_READ_SIZE):
        received += len(chunk)
        if received > policy.max_body_bytes:
            raise _refused(target.display, f"body over {policy.max_body_bytes} bytes")
        decoder.feed(chunk)
    if response.length:
        raise http.client.IncompleteRead(b"", response.length)
    return decoder.finish()


class _Decoder:
    """Undo gzip/deflate incrementally; each zlib call may emit at most the room left."""

    def __init__(self, encoding: str | None, policy: FetchPolicy, display: str) -> None:
        codings = [c.strip().lower() for c in (encoding or "").split(",")]
        codings = [c for c in codings if c not in ("", "identity")]
        if len(codings) > 1 or not set(codings) <= {"gzip", "x-gzip", "deflate"}:
            raise _refused(display, _clean(f"unsupported Content-Encoding {encoding}"))
        self._coding = {"x-gzip": "gzip"}.get(codings[0], codings[0]) if codings else "identity"
        self._cap, self._display = policy.max_decompressed_bytes, display
        self._out = bytearray()
        self._head = b""  # deflate: bytes held until the zlib header can be recognised
        self._zlib = zlib.decompressobj(_GZIP_WBITS) if self._coding == "gzip" else None

    def feed(self, data: bytes) -> None:
        """Decode one chunk from the wire."""
        if self._coding == "identity":
            self._append(data)
        elif self._zlib is None:  # deflate: zlib-wrapped or raw? Decide on two bytes.
            self._head += data
            if len(self._head) >= 2:
                self._zlib = zlib.decompressobj(_deflate_wbits(self._head))
                self._inflate(self._head)
        else:
            self._inflate(data)

    def finish(self) -> bytes:
        """Flush what zlib still holds and return the whole decoded body."""
        if self._zlib is None and self._head:
            raise _refused(self._display, "corrupt deflate body")
        if self._zlib is not None:
            self._append(self._zlib.flush())
        return bytes(self._out)

    def _inflate(self, data: bytes) -> None:
        """Feed zlib in bounded steps; a new gzip member may follow the end of one."""
        assert self._zlib is not None
        while data:
            try:
                self._append(self._zlib.decompress(data, self._cap - len(self._out) + 1))
            except zlib.error as exc:
                raise _refused(self._display, f"corrupt {self._coding} body") from exc
            if not self._zlib.eof:
                data = self._zlib.unconsumed_tail
                continue
            data = self._zlib.unused_data
            if self._coding != "gzip" or not data.startswith(b"\x1f\x8b"):
                return  # trailing bytes after the stream are ignored
            self._zlib = zlib.decompressobj(_GZIP_WBITS)

    def _append(self, data: bytes) -> None:
        """Keep decoded bytes, refusing once they pass the decompressed cap."""
        if len(self._out) + len(data) > self._cap:
            raise _refused(self._display, f"decompressed body over {self._cap} bytes")
        self._out += data


def _deflate_wbits(head: bytes) -> int:
    """Tell zlib-wrapped "deflate" (as RFC 9110 means it) from the raw deflate some send."""
    cmf, flg = head[0], head[1]
    wrapped = (cmf & 0x0F) == 8 and (cmf >> 4) <= 7 and ((cmf << 8) | flg) % 31 == 0
    return zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), or None."""
    value = (value or "").strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _target(url: str) -> Target:
    """Parse a URL into a Target, refusing anything that is not a usable http(s) URL."""
    try:
        return parse_target(url)
    except ValueError as exc:
        raise _refused(display_url(url), str(exc)) from exc


def _refused(display: str, reason: str) -> FetchRefused:
    """A FetchRefused with the standard one-line message."""
    return FetchRefused(f"{display}: refused: {reason}")


@contextmanager
def _foreign_errors(display: str, deadline: Deadline) -> Iterator[None]:
    """Translate socket, TLS and http.client errors into the Fetch* family, naming the URL."""
    try:
        yield
    except NewswatchError:
        raise
    except TimeoutError as exc:
        expired = f"overall deadline of {deadline.seconds:g}s reached"
        why = expired if deadline.expired else "connect or read timeout"
        raise FetchTimeout(f"{display}: timed out: {why}") from exc
    except ssl.SSLCertVerificationError as exc:
        why = _clean(exc.verify_message or exc.reason)
        raise _refused(display, f"TLS certificate not valid: {why}") from exc
    except socket.gaierror as exc:
        why = f"DNS lookup failed: {_clean(exc.strerror)}"
        raise FetchUnavailable(f"{display}: unavailable: {why}") from exc
    except (OSError, http.client.HTTPException) as exc:
        why = _clean(getattr(exc, "strerror", None) or str(exc) or type(exc).__name__)
        raise FetchUnavailable(f"{display}: unavailable: {why}") from exc


def _clean(text: object) -> str:
    """Server- or OS-supplied text as one short line, fit for an error message."""
    return " ".join(str(text).split())[:200]
