"""Sending one message to one target, and telling a transient failure from a permanent one.

apprise plugins answer only True or False. To classify a failure, each send runs under a
probe: a thread-local recorder fed by thin pass-through wrappers around the two transports
nearly all plugins use, `requests`' HTTPAdapter.send (status code and Retry-After, or the
exception's class) and smtplib.SMTP's connect / starttls / login / sendmail (SMTP reply
codes, or the exception's class). The wrappers change nothing and record only while a probe
is active on the current thread, so other code in the process is unaffected. Why not parse
apprise's log lines: their wording differs per plugin and changes between releases, and
at WARNING level they do not always carry the status. Plugins with their own sockets (IRC,
MQTT) leave no observation: a failure there counts as transient, so it is retried and then
parked, never dropped.

Identity for receivers (the apprise internals this module touches, checked by
tests/unit/test_apprise_adapter.py so an apprise upgrade that moves them fails a test):
each send goes through a shallow copy of the target's plugin carrying the message's id in
extra headers (`headers`, a dict on apprise's json/form/xml and email plugins: the same as
`+Header=value` in the URL), on JSON targets the documented object in `payload_extras` (the
same as `:key=value`), and on e-mail a stable Message-ID: apprise calls
`apprise.plugins.email.base.make_msgid` for each mail, which is wrapped to return the stamped
id while a send with one runs on this thread.

Classification (the last failing observation decides):

    HTTP 429, 5xx; SMTP 4xx; timeout, refused/reset connection, no details  -> transient
    HTTP 401/403 (authentication), other 4xx; SMTP 5xx (incl. 535 auth)      -> permanent
"""

from __future__ import annotations

import copy
import email.utils
import smtplib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import apprise.plugins.email.base as apprise_email
from requests.adapters import HTTPAdapter

from services.core.errors import DeliveryRejected, DeliveryUnavailable

ID_HEADER = "X-Newswatch-Alert-Id"
IDEMPOTENCY_HEADER = "Idempotency-Key"
PAYLOAD_FIELD = "newswatch"
TIMEOUT_ERRORS = ("timeout", "Timeout", "timed out")
SMTP_METHODS = ("connect", "starttls", "login", "sendmail")
MAX_DETAIL = 120


@dataclass(frozen=True)
class Observation:
    """What the transport saw: an HTTP status, an SMTP reply, or an exception class."""

    kind: str  # http | smtp | error
    code: int | None = None
    detail: str = ""
    retry_after: float | None = None

    @property
    def failed(self) -> bool:
        return self.kind == "error" or (self.code is not None and self.code >= 400)


@dataclass
class Probe:
    observations: list[Observation] = field(default_factory=list)


_local = threading.local()
_install_lock = threading.Lock()
_installed = False


@contextmanager
def probing() -> Iterator[Probe]:
    """Record what the transports see on this thread until the block ends."""
    install()
    probe = Probe()
    previous = getattr(_local, "probe", None)
    _local.probe = probe
    try:
        yield probe
    finally:
        _local.probe = previous


def _record(observation: Observation) -> None:
    probe: Probe | None = getattr(_local, "probe", None)
    if probe is not None:
        probe.observations.append(observation)


def install() -> None:
    """Wrap the transports once per process (idempotent, thread-safe)."""
    global _installed
    with _install_lock:
        if _installed:
            return
        _wrap_http()
        _wrap_message_id()
        for name in SMTP_METHODS:
            setattr(smtplib.SMTP, name, _smtp_wrapper(getattr(smtplib.SMTP, name), name))
        _installed = True


def _wrap_http() -> None:
    original = HTTPAdapter.send

    def send(self: HTTPAdapter, request: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            response = original(self, request, *args, **kwargs)
        except Exception as exc:
            _record(Observation("error", detail=_error_name(exc)))
            raise
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        _record(Observation("http", response.status_code, str(response.reason or ""), wait))
        return response

    HTTPAdapter.send = send  # type: ignore[method-assign]


def _wrap_message_id() -> None:
    original: Callable[..., Any] = getattr(apprise_email, "make_msgid")  # noqa: B009 - not exported

    def make_msgid(*args: Any, **kwargs: Any) -> str:
        stamped: str | None = getattr(_local, "message_id", None)
        return stamped if stamped is not None else str(original(*args, **kwargs))

    setattr(apprise_email, "make_msgid", make_msgid)  # noqa: B010 - not exported


def _smtp_wrapper(original: Callable[..., Any], name: str) -> Callable[..., Any]:
    def wrapper(self: smtplib.SMTP, *args: Any, **kwargs: Any) -> Any:
        try:
            result = original(self, *args, **kwargs)
        except smtplib.SMTPResponseException as exc:
            _record(Observation("smtp", exc.smtp_code, _text(exc.smtp_error)))
            raise
        except smtplib.SMTPRecipientsRefused as exc:
            for code, reply in exc.recipients.values():
                _record(Observation("smtp", code, _text(reply)))
            raise
        except (OSError, smtplib.SMTPException) as exc:
            _record(Observation("error", detail=_error_name(exc)))
            raise
        if name == "connect" and isinstance(result, tuple) and result[0] != 220:
            _record(Observation("smtp", result[0], _text(result[1])))
        elif name == "sendmail" and result:
            for code, reply in result.values():
                _record(Observation("smtp", code, _text(reply)))
        return result

    return wrapper


def _error_name(exc: BaseException) -> str:
    """The exception's class, and "timed out" when that is what it reports (smtplib turns a
    read timeout into SMTPServerDisconnected). Never its message: it may hold a URL."""
    name = type(exc).__name__
    return f"{name}: timed out" if "timed out" in str(exc).lower() else name


def _text(reply: object) -> str:
    raw = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return " ".join(raw.split())[:MAX_DETAIL]


def retry_after_seconds(value: str | None) -> float | None:
    """A Retry-After header (seconds or an HTTP date) as seconds from now."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


DeliveryError = DeliveryUnavailable | DeliveryRejected


def classify(observations: list[Observation], ok: bool) -> DeliveryError | None:
    """None when sent; else the error to raise, transient or permanent (see module doc)."""
    if ok:
        return None
    failures = [o for o in observations if o.failed]
    if not failures:
        return DeliveryUnavailable("not accepted (the service gave no details)")
    last = failures[-1]
    if last.kind == "error":
        return DeliveryUnavailable(_error_text(last.detail))
    if last.kind == "http":
        return _http_error(last)
    return _smtp_error(last)


def _error_text(name: str) -> str:
    if any(marker in name for marker in TIMEOUT_ERRORS):
        return f"timed out ({name})"
    if "Refused" in name or "ConnectionError" in name:
        return f"connection refused ({name})"
    return f"connection failed ({name})"


def _http_error(o: Observation) -> DeliveryUnavailable | DeliveryRejected:
    text = f"HTTP {o.code}" + (f" {o.detail}" if o.detail else "")
    if o.code == 429:
        return DeliveryUnavailable(f"rate limited ({text})", retry_after=o.retry_after)
    if o.code is not None and o.code >= 500:
        return DeliveryUnavailable(f"server error ({text})", retry_after=o.retry_after)
    if o.code in (401, 403, 407):
        return DeliveryRejected(f"authentication refused ({text})")
    return DeliveryRejected(f"refused ({text})")


def _smtp_error(o: Observation) -> DeliveryUnavailable | DeliveryRejected:
    text = f"SMTP {o.code}" + (f" {o.detail}" if o.detail else "")
    if o.code is not None and o.code < 500:
        return DeliveryUnavailable(f"temporarily refused ({text})")
    if o.code in (530, 534, 535):
        return DeliveryRejected(f"authentication failed ({text})")
    return DeliveryRejected(f"refused ({text})")


@dataclass(frozen=True)
class Stamp:
    """What identifies one message to one target's receiver."""

    message_id: str  # the idempotency key: the alert's (or digest's) id
    mail_id: str  # an RFC 5322 Message-ID, stable per (message, target)
    payload: dict[str, Any] | None = None  # the JSON object for json:// targets


def stamped(plugin: Any, stamp: Stamp) -> Any:
    """A shallow copy of `plugin` whose sends carry the stamp (the original is untouched,
    so the per-target plugin object is never mutated by a send)."""
    copied = copy.copy(plugin)
    headers = getattr(plugin, "headers", None)
    if isinstance(headers, dict):
        ids = {ID_HEADER: stamp.message_id}
        if not isinstance(plugin, apprise_email.NotifyEmail):
            ids[IDEMPOTENCY_HEADER] = stamp.message_id
        copied.headers = {**headers, **ids}
    extras = getattr(plugin, "payload_extras", None)
    if isinstance(extras, dict) and stamp.payload is not None:
        copied.payload_extras = {**extras, PAYLOAD_FIELD: stamp.payload}
    return copied


@contextmanager
def _mail_id(value: str | None) -> Iterator[None]:
    previous = getattr(_local, "message_id", None)
    _local.message_id = value
    try:
        yield
    finally:
        _local.message_id = previous


def send_bound_seconds(plugin: Any) -> float:
    """How long one send to this plugin may take as configured: its connect plus read
    timeout (apprise's `?cto=` / `?rto=`, 4 s each by default)."""
    connect = getattr(plugin, "socket_connect_timeout", None) or 4.0
    read = getattr(plugin, "socket_read_timeout", None) or 4.0
    return float(connect) + float(read)


def send(plugin: Any, rendered: Any, stamp: Stamp | None = None) -> DeliveryError | None:
    """Hand one rendered message to an apprise plugin; None when it was accepted."""
    if stamp is not None:
        plugin = stamped(plugin, stamp)
    with probing() as probe, _mail_id(stamp.mail_id if stamp else None):
        try:
            ok = bool(
                plugin.notify(body=rendered.body, title=rendered.title, body_format=rendered.format)
            )
        except Exception as exc:  # noqa: BLE001 - a plugin bug must fail one delivery, not the job
            probe.observations.append(Observation("error", detail=type(exc).__name__))
            ok = False
    return classify(probe.observations, ok)
