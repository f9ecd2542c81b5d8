"""fetch_url against a real HTTP(S) server on 127.0.0.1: limits, redirects, errors.

Every test talks to loopback only. Servers answer from a route table of small handler
functions that write raw HTTP, so framing (Content-Length, chunked, close-delimited),
timing (hangs, trickles) and broken responses are all under the test's control.
"""

from __future__ import annotations

import contextlib
import dataclasses
import email.utils
import gzip
import re
import shutil
import socket
import ssl
import subprocess
import threading
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from services.core.errors import ConfigError, FetchRefused, FetchTimeout, FetchUnavailable
from services.poller.fetch import FetchPolicy, FetchResult, fetch_url

LOOPBACK = ("127.0.0.0/8", "::1/128")
FAST = FetchPolicy(connect_timeout=1.0, read_timeout=1.0, deadline=5.0, allowed_networks=LOOPBACK)
FEED = b"<?xml version='1.0'?><rss><channel><title>t</title>" + b"<item>news</item>" * 8000
FEED += b"</channel></rss>"  # about 136 KB: several reads, several zlib steps

Handler = Callable[["_RequestHandler"], object]


class _RequestHandler(BaseHTTPRequestHandler):
    """Record the request, then let the route write whatever raw bytes it likes."""

    server: _Server

    def do_GET(self) -> None:
        app = self.server.app
        app.requests.append((self.path, dict(self.headers.items())))
        route = app.routes.get(self.path.split("?")[0], reply(404, b"no such route"))
        self.close_connection = True
        with contextlib.suppress(OSError):  # the client hung up on purpose (cap, timeout)
            route(self)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""


class _Server(ThreadingHTTPServer):
    app: LocalServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """TLS handshakes the client aborts on purpose are not errors here."""


class LocalServer:
    """A ThreadingHTTPServer on 127.0.0.1:<free port> in a background thread."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Handler] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.stop = threading.Event()
        self.httpd = _Server(("127.0.0.1", 0), _RequestHandler)
        self.httpd.app = self
        self.scheme = "https" if tls else "http"
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(
                self.httpd.socket, server_side=True, do_handshake_on_connect=False
            )
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,))

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()  # releases hanging and trickling handlers
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


# --- route builders -------------------------------------------------------------------------


def raw_head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join([*lines, "Connection: close", "", ""])).encode()


def reply(status: int = 200, body: bytes = b"", headers: dict[str, str] | None = None) -> Handler:
    """A complete response with Content-Length."""
    all_headers = {"Content-Length": str(len(body)), **(headers or {})}
    return lambda h: h.wfile.write(raw_head(status, all_headers) + body)


def until_close(body: bytes, headers: dict[str, str] | None = None) -> Handler:
    """A body delimited by closing the connection (no Content-Length, not chunked)."""
    return lambda h: h.wfile.write(raw_head(200, headers or {}) + body)


def chunked(body: bytes, headers: dict[str, str] | None = None, size: int = 4096) -> Handler:
    """A chunked body in pieces of `size` bytes."""

    def handler(h: _RequestHandler) -> None:
        h.wfile.write(raw_head(200, {"Transfer-Encoding": "chunked", **(headers or {})}))
        for start in range(0, len(body), size):
            piece = body[start : start + size]
            h.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
        h.wfile.write(b"0\r\n\r\n")

    return handler


def then_hang(prefix: bytes) -> Handler:
    """Send `prefix`, then say nothing more until the test ends."""

    def handler(h: _RequestHandler) -> None:
        h.wfile.write(prefix)
        h.server.app.stop.wait(30)

    return handler


def trickle(prefix: bytes, data: bytes, interval: float = 0.2) -> Handler:
    """Send `prefix`, then `data` one byte every `interval` seconds."""

    def handler(h: _RequestHandler) -> None:
        h.wfile.write(prefix)
        for byte in data:
            if h.server.app.stop.wait(interval):
                return
            h.wfile.write(bytes([byte]))

    return handler


def redirect(location: str, status: int = 302) -> Handler:
    return reply(status, b"moved", {"Location": location})


def raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


def zeros_compressed(megabytes: int, wbits: int) -> bytes:
    """`megabytes` MB of zeros compressed chunk by chunk, never held uncompressed."""
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    block = bytes(1024 * 1024)
    return b"".join(packer.compress(block) for _ in range(megabytes)) + packer.flush()


def policy(**changes: Any) -> FetchPolicy:
    return dataclasses.replace(FAST, **changes)


# --- success paths --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "route",
    [reply(200, FEED), until_close(FEED), chunked(FEED), chunked(FEED, size=1)],
    ids=["content-length", "until-close", "chunked", "chunked-1-byte"],
)
def test_200_returns_the_body_whatever_the_framing(server: LocalServer, route: Handler) -> None:
    server.routes["/feed"] = route
    result = fetch_url(server.url("/feed"), FAST)
    assert (result.status, result.body, result.url) == (200, FEED, server.url("/feed"))
    assert not result.not_modified


def test_request_carries_host_agent_and_encodings(server: LocalServer) -> None:
    server.routes["/feed"] = reply(200, b"ok", {"X-Custom": "yes", "ETag": '"e1"'})
    result = fetch_url(server.url("/feed?x=1"), policy(user_agent="test-agent/1"))
    _, sent = server.requests[-1]
    assert sent["Host"] == f"127.0.0.1:{server.port}"
    assert sent["User-Agent"] == "test-agent/1"
    assert sent["Accept-Encoding"] == "gzip, deflate"
    assert "If-None-Match" not in sent
    assert server.requests[-1][0] == "/feed?x=1"
    assert result.headers["x-custom"] == "yes"
    assert result.etag == '"e1"'


ETAG = '"v42"'
MODIFIED = "Wed, 21 Oct 2015 07:28:00 GMT"


def conditional(h: _RequestHandler) -> None:
    fresh = h.headers.get("If-None-Match") == ETAG or h.headers.get("If-Modified-Since") == MODIFIED
    validators = {"ETag": ETAG, "Last-Modified": MODIFIED}
    if fresh:
        reply(304, b"", validators)(h)
    else:
        reply(200, FEED, validators)(h)


@pytest.mark.parametrize(
    ("kwargs", "header"),
    [({"etag": ETAG}, "If-None-Match"), ({"last_modified": MODIFIED}, "If-Modified-Since")],
)
def test_conditional_get_returns_304_with_empty_body(
    server: LocalServer, kwargs: dict[str, str], header: str
) -> None:
    server.routes["/feed"] = conditional
    first = fetch_url(server.url("/feed"), FAST)
    assert (first.status, first.etag, first.last_modified) == (200, ETAG, MODIFIED)
    again = fetch_url(server.url("/feed"), FAST, **kwargs)
    assert server.requests[-1][1][header] == next(iter(kwargs.values()))
    assert (again.status, again.body, again.not_modified) == (304, b"", True)
    assert (again.etag, again.last_modified) == (ETAG, MODIFIED)


def test_304_without_validators_keeps_the_ones_we_sent(server: LocalServer) -> None:
    server.routes["/feed"] = reply(304)
    result = fetch_url(server.url("/feed"), FAST, etag=ETAG, last_modified=MODIFIED)
    assert (result.not_modified, result.etag, result.last_modified) == (True, ETAG, MODIFIED)


@pytest.mark.parametrize(
    ("encoding", "payload"),
    [
        ("gzip", gzip.compress(FEED)),
        ("x-gzip", gzip.compress(FEED)),
        ("GZIP", gzip.compress(FEED)),
        ("gzip", gzip.compress(FEED[:1000]) + gzip.compress(FEED[1000:])),  # two members
        ("deflate", zlib.compress(FEED)),
        ("deflate", raw_deflate(FEED)),
        ("identity", FEED),
    ],
    ids=["gzip", "x-gzip", "upper", "gzip-2-members", "deflate-zlib", "deflate-raw", "identity"],
)
@pytest.mark.parametrize("framing", [reply, chunked], ids=["length", "chunked"])
def test_compressed_bodies_are_decoded(
    server: LocalServer, encoding: str, payload: bytes, framing: Callable[..., Handler]
) -> None:
    headers = {"Content-Encoding": encoding}
    server.routes["/feed"] = (
        reply(200, payload, headers) if framing is reply else chunked(payload, headers, size=1000)
    )
    assert fetch_url(server.url("/feed"), FAST).body == FEED


# --- size caps ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wbits", "encoding"),
    [(zlib.MAX_WBITS | 16, "gzip"), (zlib.MAX_WBITS, "deflate"), (-zlib.MAX_WBITS, "deflate")],
    ids=["gzip", "deflate-zlib", "deflate-raw"],
)
def test_compression_bomb_is_refused_without_inflating_it(
    server: LocalServer, wbits: int, encoding: str
) -> None:
    bomb = zeros_compressed(50, wbits)  # 50 MB of zeros in ~50 KB
    server.routes["/bomb"] = reply(200, bomb, {"Content-Encoding": encoding})
    tracemalloc.start()
    try:
        with pytest.raises(FetchRefused, match="decompressed body over 1048576 bytes"):
            fetch_url(server.url("/bomb"), policy(max_decompressed_bytes=1024 * 1024))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


def test_decompressed_size_exactly_at_the_cap_is_fine(server: LocalServer) -> None:
    server.routes["/feed"] = reply(200, gzip.compress(FEED), {"Content-Encoding": "gzip"})
    assert fetch_url(server.url("/feed"), policy(max_decompressed_bytes=len(FEED))).body == FEED
    with pytest.raises(FetchRefused, match="decompressed body over"):
        fetch_url(server.url("/feed"), policy(max_decompressed_bytes=len(FEED) - 1))


@pytest.mark.parametrize(
    "route",
    [reply(200, FEED), until_close(FEED), chunked(FEED)],
    ids=["content-length", "until-close", "chunked"],
)
def test_body_over_the_wire_cap_is_refused(server: LocalServer, route: Handler) -> None:
    server.routes["/feed"] = route
    with pytest.raises(FetchRefused, match=r"over 1000"):
        fetch_url(server.url("/feed"), policy(max_body_bytes=1000))
    assert fetch_url(server.url("/feed"), policy(max_body_bytes=len(FEED))).body == FEED


def test_oversized_content_length_is_refused_before_reading(server: LocalServer) -> None:
    # The server promises 50 MB but then stalls: reading even one byte would time out.
    server.routes["/big"] = then_hang(raw_head(200, {"Content-Length": str(50 * 2**20)}) + b"x")
    with pytest.raises(FetchRefused, match="Content-Length 52428800 over 1000"):
        fetch_url(server.url("/big"), policy(max_body_bytes=1000))


@pytest.mark.parametrize(
    ("headers", "body", "message"),
    [
        ({"Content-Encoding": "br"}, b"xxxx", "unsupported Content-Encoding br"),
        ({"Content-Encoding": "gzip, gzip"}, b"xxxx", "unsupported Content-Encoding"),
        ({"Content-Encoding": "gzip"}, b"this is not gzip", "corrupt gzip body"),
        ({"Content-Encoding": "deflate"}, b"\x78\x9c not deflate", "corrupt deflate body"),
        ({"Content-Encoding": "deflate"}, b"x", "corrupt deflate body"),
    ],
)
def test_unusable_encodings_are_refused(
    server: LocalServer, headers: dict[str, str], body: bytes, message: str
) -> None:
    server.routes["/feed"] = reply(200, body, headers)
    with pytest.raises(FetchRefused, match=message):
        fetch_url(server.url("/feed"), FAST)


# --- time limits ----------------------------------------------------------------------------

HEAD_OK = raw_head(200, {"Content-Length": "30"})
HEAD_CHUNKED = raw_head(200, {"Transfer-Encoding": "chunked"})


@pytest.mark.parametrize(
    "route",
    [then_hang(b""), then_hang(b"HTTP/1.1 200 OK\r\n"), then_hang(HEAD_OK + b"partial")],
    ids=["no-answer", "mid-headers", "mid-body"],
)
def test_silent_server_times_out(server: LocalServer, route: Handler) -> None:
    server.routes["/hang"] = route
    with pytest.raises(FetchTimeout, match="timed out"):
        fetch_url(server.url("/hang"), policy(read_timeout=0.5, deadline=10.0))


@pytest.mark.parametrize(
    ("prefix", "data"),
    [
        (b"", HEAD_OK + b"x" * 30),
        (HEAD_OK, b"x" * 30),
        (HEAD_CHUNKED, b"1e\r\n" + b"x" * 30 + b"\r\n0\r\n\r\n"),
    ],
    ids=["headers", "body", "chunked-body"],
)
def test_trickling_server_is_cut_at_the_deadline(
    server: LocalServer, prefix: bytes, data: bytes
) -> None:
    # Each byte arrives well within read_timeout; only the overall deadline can stop this,
    # and without it the fetch would succeed after many seconds.
    server.routes["/slow"] = trickle(prefix, data)
    with pytest.raises(FetchTimeout, match="deadline"):
        fetch_url(server.url("/slow"), policy(read_timeout=1.0, deadline=1.5))


def test_deadline_spans_redirects(server: LocalServer) -> None:
    head = raw_head(302, {"Location": "/slow"})
    server.routes["/slow-redirect"] = trickle(b"", head, 1.2 / len(head))
    server.routes["/slow"] = trickle(HEAD_OK, b"x" * 30, 0.04)
    slow = policy(read_timeout=1.0, deadline=2.0)
    # Each hop takes about 1.2 s and fits the 2 s deadline alone; both together do not.
    assert fetch_url(server.url("/slow"), slow).body == b"x" * 30
    with pytest.raises(FetchTimeout, match="deadline"):
        fetch_url(server.url("/slow-redirect"), slow)
    assert [path for path, _ in server.requests] == ["/slow", "/slow-redirect", "/slow"]


# --- statuses -------------------------------------------------------------------------------


def http_date(offset: timedelta) -> str:
    return email.utils.format_datetime(datetime.now(UTC) + offset, usegmt=True)


@pytest.mark.parametrize(
    ("status", "retry_after", "low", "high"),
    [
        (500, None, None, None),
        (502, None, None, None),
        (503, None, None, None),
        (503, "120", 120.0, 120.0),
        (429, "7", 7.0, 7.0),
        # An HTTP date is built when the test runs, not when the module is collected.
        (503, timedelta(minutes=10), 500.0, 600.0),
        (429, timedelta(minutes=10), 500.0, 600.0),
        (429, timedelta(minutes=-10), 0.0, 0.0),
        (429, "soon", None, None),
        (500, "120", None, None),  # Retry-After only counts on 429 and 503
    ],
)
def test_retryable_statuses_are_unavailable_with_retry_after(
    server: LocalServer,
    status: int,
    retry_after: str | timedelta | None,
    low: float,
    high: float,
) -> None:
    if isinstance(retry_after, timedelta):
        retry_after = http_date(retry_after)
    headers = {"Retry-After": retry_after} if retry_after else {}
    server.routes["/feed"] = reply(status, b"busy", headers)
    with pytest.raises(FetchUnavailable, match=f"unavailable: HTTP {status}") as caught:
        fetch_url(server.url("/feed"), FAST)
    if low is None:
        assert caught.value.retry_after is None
    else:
        assert caught.value.retry_after is not None
        assert low <= caught.value.retry_after <= high


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 451, 300, 305])
def test_client_errors_are_refused(server: LocalServer, status: int) -> None:
    server.routes["/feed"] = reply(status, b"no")
    with pytest.raises(FetchRefused, match=f"/feed: refused: HTTP {status}"):
        fetch_url(server.url("/feed"), FAST)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def hang_up(h: _RequestHandler) -> None:
    h.connection.shutdown(socket.SHUT_RDWR)


@pytest.mark.parametrize(
    ("route", "message"),
    [
        (hang_up, "Remote end closed connection"),
        (lambda h: h.wfile.write(b"SPDY/9 200 OK\r\n\r\n"), "SPDY/9"),
        (lambda h: h.wfile.write(HEAD_OK + b"short"), "IncompleteRead"),
        (lambda h: h.wfile.write(HEAD_CHUNKED + b"ff\r\nshort"), "IncompleteRead"),
    ],
    ids=["hang-up", "not-http", "truncated", "truncated-chunked"],
)
def test_broken_responses_are_unavailable(
    server: LocalServer, route: Handler, message: str
) -> None:
    server.routes["/feed"] = route
    with pytest.raises(FetchUnavailable, match=message):
        fetch_url(server.url("/feed"), FAST)


def test_connection_refused_is_unavailable() -> None:
    with pytest.raises(FetchUnavailable, match="Connection refused"):
        fetch_url(f"http://127.0.0.1:{free_port()}/feed", FAST)


# --- redirects ------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirect_chain_is_followed(server: LocalServer, status: int) -> None:
    server.routes["/a"] = redirect(server.url("/b"), status)  # absolute
    server.routes["/b"] = redirect("/dir/c", status)  # absolute path
    server.routes["/dir/c"] = redirect("d?x=1", status)  # relative
    server.routes["/dir/d"] = reply(200, FEED)
    result = fetch_url(server.url("/a"), FAST, etag=ETAG)
    assert (result.url, result.body) == (server.url("/dir/d?x=1"), FEED)
    assert [path for path, _ in server.requests] == ["/a", "/b", "/dir/c", "/dir/d?x=1"]
    assert all(sent["If-None-Match"] == ETAG for _, sent in server.requests)


def test_exactly_max_redirects_is_allowed_one_more_is_refused(server: LocalServer) -> None:
    for hop in range(4):
        server.routes[f"/hop/{hop}"] = redirect(f"/hop/{hop + 1}")
    server.routes["/hop/4"] = reply(200, b"end")
    assert fetch_url(server.url("/hop/0"), policy(max_redirects=4)).body == b"end"
    with pytest.raises(FetchRefused, match="more than 3 redirects"):
        fetch_url(server.url("/hop/0"), policy(max_redirects=3))
    assert server.requests[-1][0] == "/hop/3"


@pytest.mark.parametrize(
    "routes",
    [{"/loop": "/loop"}, {"/loop": "/b", "/b": "/loop"}, {"/loop": "/b", "/b": "/c", "/c": "/b"}],
    ids=["self", "two", "tail"],
)
def test_redirect_loop_is_refused(server: LocalServer, routes: dict[str, str]) -> None:
    for path, location in routes.items():
        server.routes[path] = redirect(location)
    with pytest.raises(FetchRefused, match="redirect loop"):
        fetch_url(server.url("/loop"), policy(max_redirects=50))
    assert len(server.requests) == len(routes)


@pytest.mark.parametrize(
    ("location", "reason"),
    [
        ("http://10.0.0.5/feed", "private address 10.0.0.5"),
        ("http://169.254.169.254/latest/meta-data/", "cloud metadata address 169.254.169.254"),
        ("http://[::ffff:10.0.0.1]/", "private address ::ffff:a00:1"),
        ("http://0.0.0.0:{port}/feed", "unspecified address 0.0.0.0"),
        ("http://127.0.0.2:{port}/feed", "loopback address 127.0.0.2"),
        ("http://[::1]:{port}/feed", "loopback address ::1"),
        ("file:///etc/passwd", "unsupported scheme 'file'"),
        ("ftp://127.0.0.1/feed", "unsupported scheme 'ftp'"),
    ],
)
def test_redirect_to_disallowed_address_is_refused(
    server: LocalServer, location: str, reason: str
) -> None:
    server.routes["/feed"] = redirect(location.format(port=server.port))
    only_this_server = policy(allowed_networks=("127.0.0.1/32",))
    with pytest.raises(FetchRefused, match=re.escape(reason)):
        fetch_url(server.url("/feed"), only_this_server)
    assert len(server.requests) == 1


def test_redirect_without_location_is_refused(server: LocalServer) -> None:
    server.routes["/feed"] = reply(302, b"")
    with pytest.raises(FetchRefused, match="HTTP 302 redirect without Location"):
        fetch_url(server.url("/feed"), FAST)


# --- address policy at connect time ---------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "allowed"), [("127.0.0.1", ("127.0.0.0/8",)), ("localhost", LOOPBACK)]
)
def test_loopback_is_refused_unless_allowed(
    server: LocalServer, host: str, allowed: tuple[str, ...]
) -> None:
    server.routes["/feed"] = reply(200, b"ok")
    with pytest.raises(FetchRefused, match=r"refused: resolves to loopback address"):
        fetch_url(server.url("/feed", host), FetchPolicy())
    assert server.requests == []
    assert fetch_url(server.url("/feed", host), policy(allowed_networks=allowed)).body == b"ok"


def test_malformed_allowed_network_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="allowed_networks"):
        fetch_url("http://127.0.0.1/", policy(allowed_networks=("127.0.0.0/33",)))


def fake_dns(monkeypatch: pytest.MonkeyPatch, answers: list[list[str]] | Exception) -> list[str]:
    """Make socket.getaddrinfo answer for "feeds.example.test"; return the names looked up."""
    real = socket.getaddrinfo
    asked: list[str] = []

    def getaddrinfo(host: str, port: int, *args: Any, **kwargs: Any) -> Any:
        if host != "feeds.example.test":
            return real(host, port, *args, **kwargs)
        asked.append(host)
        if isinstance(answers, Exception):
            raise answers
        ips = answers[min(len(asked), len(answers)) - 1]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port)) for ip in ips]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return asked


def test_connects_to_the_checked_ip_and_never_resolves_twice(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A rebinding resolver: first a permitted address, then a private one.
    asked = fake_dns(monkeypatch, [["127.0.0.1"], ["10.0.0.5"]])
    server.routes["/feed"] = reply(200, b"ok")
    result = fetch_url(server.url("/feed", "feeds.example.test"), FAST)
    assert result.body == b"ok"
    assert asked == ["feeds.example.test"]
    assert server.requests[-1][1]["Host"] == f"feeds.example.test:{server.port}"


def test_every_resolved_address_is_checked(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_dns(monkeypatch, [["127.0.0.1", "10.0.0.5"]])
    server.routes["/feed"] = reply(200, b"ok")
    with pytest.raises(FetchRefused, match=r"resolves to private address 10\.0\.0\.5"):
        fetch_url(server.url("/feed", "feeds.example.test"), FAST)
    assert server.requests == []


def test_dns_failure_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_dns(monkeypatch, socket.gaierror(socket.EAI_NONAME, "Name or service not known"))
    with pytest.raises(FetchUnavailable, match="DNS lookup failed"):
        fetch_url("https://feeds.example.test/feed", FAST)


@pytest.mark.parametrize(
    "url",
    ["ftp://example.org/feed", "file:///etc/passwd", "gopher://example.org/", "example.org/x"],
)
def test_non_http_urls_are_refused(url: str) -> None:
    with pytest.raises(FetchRefused, match="refused: "):
        fetch_url(url, FAST)


# --- messages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("route", "fetch_policy", "error"),
    [
        (reply(404), FAST, FetchRefused),
        (reply(503), FAST, FetchUnavailable),
        (then_hang(b""), policy(read_timeout=0.3), FetchTimeout),
        (reply(200), FetchPolicy(), FetchRefused),
        (redirect("http://alice:s3cret@10.0.0.1/"), FAST, FetchRefused),
    ],
    ids=["404", "503", "timeout", "loopback", "redirect-private"],
)
def test_messages_name_the_url_without_password(
    server: LocalServer, route: Handler, fetch_policy: FetchPolicy, error: type[Exception]
) -> None:
    server.routes["/feed"] = route
    url = f"http://alice:s3cret@127.0.0.1:{server.port}/feed"
    with pytest.raises(error) as caught:
        fetch_url(url, fetch_policy)
    message = str(caught.value)
    assert "s3cret" not in message
    assert "\n" not in message
    assert message.startswith(("http://alice@127.0.0.1:", "http://alice@10.0.0.1/"))


def test_failures_are_only_fetch_errors(server: LocalServer) -> None:
    server.routes["/feed"] = reply(200, b"ok")
    results: list[FetchResult | Exception] = []
    for url in [server.url("/feed"), "http://[::1", "http://exa mple.org/", "http://\x00/"]:
        try:
            results.append(fetch_url(url, FAST))
        except (FetchRefused, FetchUnavailable, FetchTimeout) as exc:
            results.append(exc)
    assert isinstance(results[0], FetchResult)
    assert all(isinstance(item, FetchRefused | FetchUnavailable) for item in results[1:])


# --- TLS ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A self-signed certificate for "localhost" (key and certificate in one PEM file)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl command not available")
    folder = tmp_path_factory.mktemp("tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    both = folder / "both.pem"
    both.write_bytes(key.read_bytes() + cert.read_bytes())
    return both


@pytest.fixture
def tls_server(certificate: Path) -> Iterator[LocalServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificate)
    with LocalServer(context) as running:
        yield running


@pytest.fixture
def trust_certificate(certificate: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ssl.create_default_context() trust only the test certificate."""
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


@pytest.mark.usefixtures("trust_certificate")
def test_https_verifies_the_host_name_it_was_given(tls_server: LocalServer) -> None:
    tls_server.routes["/feed"] = chunked(gzip.compress(FEED), {"Content-Encoding": "gzip"})
    result = fetch_url(tls_server.url("/feed", "localhost"), FAST)
    assert (result.status, result.body) == (200, FEED)
    assert tls_server.requests[-1][1]["Host"] == f"localhost:{tls_server.port}"
    # Same server, same certificate, but the name we asked for is not on it.
    with pytest.raises(FetchRefused, match="TLS certificate not valid"):
        fetch_url(tls_server.url("/feed", "127.0.0.1"), FAST)


def test_https_refuses_an_untrusted_certificate(tls_server: LocalServer) -> None:
    tls_server.routes["/feed"] = reply(200, b"ok")
    with pytest.raises(FetchRefused, match="TLS certificate not valid"):
        fetch_url(tls_server.url("/feed", "localhost"), FAST)
    assert tls_server.requests == []


@pytest.mark.usefixtures("trust_certificate")
def test_https_trickle_is_cut_at_the_deadline(tls_server: LocalServer) -> None:
    tls_server.routes["/slow"] = trickle(HEAD_OK, b"x" * 30)
    with pytest.raises(FetchTimeout, match="deadline"):
        fetch_url(tls_server.url("/slow", "localhost"), policy(read_timeout=1.0, deadline=1.5))
