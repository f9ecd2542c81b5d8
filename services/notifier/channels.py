"""Alert channels from config/apprise.yaml (apprise's own YAML format, with tags).

Each target is kept separately so delivery has a status per target; targets are shown only
with apprise's privacy masking, never with their secrets. A target's id is derived from its
masked URL and tags, so it survives reordering the file and never encodes a secret.

apprise throttles each plugin object (`request_rate_per_sec`, 5.5 s between emails): with
one long-lived object per target that would stall every other delivery behind it, so the
throttle is switched off; a service that wants us to slow down answers 429 and the delivery
is retried with backoff.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import apprise

from services.core import settled
from services.core.errors import ConfigError
from services.core.failures import describe
from services.core.logs import escape
from services.core.yaml_files import load_yaml_file
from services.history.records import TargetRef
from services.notifier import transport
from services.notifier.render import Rendered

log = logging.getLogger(__name__)

APPRISE_FILE = "apprise.yaml"


@dataclass(frozen=True)
class Target:
    """One delivery target: an apprise plugin with its tags, body format and limits."""

    id: str
    label: str
    tags: frozenset[str]
    format: str = "text"
    body_maxlen: int = 32768
    title_maxlen: int = 250
    plugin: Any = field(default=None, compare=False, repr=False)
    secrets: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def redact(self, text: str) -> str:
        """`text` with this target's secrets (passwords, tokens) masked."""
        for secret in self.secrets:
            text = text.replace(secret, "****")
        return text

    def ref(self) -> TargetRef:
        """How history names this target: its id and a display name without any secret."""
        return TargetRef(id=self.id, name=self.redact(target_name(self.label)))

    def send(self, rendered: Rendered, stamp: transport.Stamp | None = None) -> None:
        """Deliver or raise DeliveryUnavailable / DeliveryRejected (message redacted);
        `stamp` carries the message's id to the receiver (headers, JSON field, Message-ID)."""
        error = transport.send(self.plugin, rendered, stamp)
        if error is not None:
            error.args = (self.redact(str(error)),)
            raise error


def load_targets(path: Path) -> list[Target]:
    """Targets configured in the file; a missing file means no channels (alerts go to the log)."""
    if not path.exists():
        return []
    raw = load_yaml_file(path)
    listed = _count_urls(raw, path)
    config = apprise.AppriseConfig()
    if not config.add_config(path.read_text(encoding="utf-8"), format="yaml"):
        raise ConfigError(f"{path}: apprise could not read this configuration")
    plugins = config.services()
    if len(plugins) != listed:
        raise ConfigError(
            f"{path}: {listed - len(plugins)} of {listed} URL(s) were not understood by apprise "
            "(check the scheme and required parts)"
        )
    return _targets(plugins)


def _count_urls(raw: Any, path: Path) -> int:
    if raw is None:
        return 0
    if not isinstance(raw, dict) or not isinstance(raw.get("urls", []), list):
        raise ConfigError(f"{path}: expected a mapping with a `urls:` list (apprise YAML format)")
    return len(raw.get("urls") or [])


def _targets(plugins: Sequence[Any]) -> list[Target]:
    targets: list[Target] = []
    seen: set[str] = set()
    for plugin in plugins:
        target = _target(plugin)
        n = 1
        while target.id in seen:  # the same masked URL and tags twice (differing secrets)
            n += 1
            target = replace(target, id=f"{target.id.split('.')[0]}.{n}")
        seen.add(target.id)
        targets.append(target)
    return targets


def _target(plugin: Any) -> Target:
    label = display_label(str(plugin.url(privacy=True)))
    tags = frozenset(str(t) for t in plugin.tags)
    digest = hashlib.sha256(f"{label}\x00{','.join(sorted(tags))}".encode()).hexdigest()[:12]
    plugin.request_rate_per_sec = 0
    return Target(
        id=f"t-{digest}",
        label=label,
        tags=tags,
        format=str(plugin.resolve_format(None).value),
        body_maxlen=int(plugin.body_maxlen),
        title_maxlen=int(plugin.title_maxlen),
        plugin=plugin,
        secrets=secret_parts(plugin),
    )


_URL_PARTS = re.compile(r"[/:@?&=#,;+\s]+")
# apprise's masking keeps a webhook's path and every query parameter, where header
# (`+Name=`), payload (`:name=`) and URL (`-name=`) overrides may carry tokens.
TOKEN_LENGTH = 16
OVERRIDE_PREFIXES = ("+", "-", ":")


def display_label(masked_url: str) -> str:
    """apprise's privacy-masked URL without its query, long path segments shortened."""
    parts = urlsplit(masked_url)
    path = "/".join(_short(segment) for segment in parts.path.split("/"))
    return f"{parts.scheme}://{parts.netloc}{path}"


_HOST = re.compile(r"^(?=.*[a-z])[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$")
_IP = re.compile(r"^[0-9.]+$|^\[[0-9a-f:.]+\]$")


def target_name(label: str) -> str:
    """A target's display name (alert history, the console): the service scheme and, when it
    is a plain host name or address, the host and port: `json 127.0.0.1:8099`, `mailto
    smtp.example.org`, `tgram`. Never a user, password, path or query, so never a token."""
    parts = urlsplit(label)
    netloc = parts.netloc.rpartition("@")[2].lower()
    host, _, port = netloc.rpartition(":") if netloc.count(":") == 1 else (netloc, "", "")
    shown = host if (_HOST.match(host) and "." in host) or host == "localhost" else ""
    shown = shown or (host if _IP.match(host) else "")
    if shown and port.isdigit():
        shown = f"{shown}:{port}"
    return f"{parts.scheme} {shown}".strip() or "target"


def _short(segment: str) -> str:
    return f"{segment[0]}...{segment[-1]}" if len(segment) >= TOKEN_LENGTH else segment


def secret_parts(plugin: Any) -> tuple[str, ...]:
    """What the label hides of a target's URL (longest first), for redacting error texts:
    what apprise masks, long path segments, and header/payload override values."""
    full = str(plugin.url(privacy=False))
    shown = str(plugin.url(privacy=True))
    visible = set(_URL_PARTS.split(shown)) | set(_URL_PARTS.split(unquote(shown)))
    parts = {p for text in (full, unquote(full)) for p in _URL_PARTS.split(text)}
    secrets = {p for p in parts if p not in visible}
    split = urlsplit(full)
    secrets |= {s for s in unquote(split.path).split("/") if len(s) >= TOKEN_LENGTH}
    secrets |= {v for k, v in parse_qsl(split.query) if k.startswith(OVERRIDE_PREFIXES)}
    for name in ("password", "token", "apikey", "secret"):
        value = getattr(plugin, name, None)
        if isinstance(value, str):
            secrets.add(value)
    return tuple(sorted((s for s in secrets if len(s) >= 4), key=len, reverse=True))


def select(targets: Sequence[Target], tags: Sequence[str]) -> list[Target]:
    """Targets carrying any of the tags; every target when no tag is named."""
    if not tags:
        return list(targets)
    wanted = set(tags)
    return [t for t in targets if t.tags & wanted]


@dataclass
class ChannelsHolder:
    """The channel list, re-read when apprise.yaml changes; a bad edit keeps the last good one.

    The notifier's config loop calls `reload()` every few seconds, so an edit is live (or its
    problem reported, once per edit) without waiting for an alert; `current()` reloads too.
    """

    path: Path
    targets: list[Target] = field(default_factory=list)
    report: Callable[[str, str], None] | None = None
    _signature: tuple[int, int] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def current(self) -> list[Target]:
        self.reload()
        return self.targets

    def reload(self) -> bool:
        """Re-read the file if it changed; False when this edit could not be used."""
        with self._lock:
            signature = self._stat()
            if signature == self._signature:
                return True
            if self._signature is not None and settled.settle_wait(signature):
                return True  # an edit not settled yet: the last list stays until it has
            try:
                targets = load_targets(self.path)
            # Item edge: one bad edit (whatever apprise or YAML raise) keeps the last good list.
            except Exception as exc:  # noqa: BLE001
                if settled.unchanged(self.path, signature):
                    self._signature = signature
                    self._invalid(describe(exc))
                return False
            if settled.unchanged(self.path, signature):  # else written while read: again
                self._signature, self.targets = signature, targets
            return True

    def _stat(self) -> settled.Signature:
        try:
            return settled.signature(self.path)
        except FileNotFoundError:
            return (0, 0)

    def _invalid(self, reason: str) -> None:
        reason = f"{reason}; keeping {len(self.targets)} target(s)"
        if self.report is not None:
            self.report(str(self.path), reason)
        else:
            log.error("invalid channels edit in %s: %s", escape(str(self.path)), reason)
