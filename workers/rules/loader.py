"""Load the rules file and keep it current: edits apply within seconds, bad edits never do.

An invalid edit is logged once; the last good rules stay active and `stale` says so.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from services.core.errors import ConfigError
from services.core.failures import describe
from services.core.logs import escape
from services.core.yaml_files import load_yaml_nodes
from workers.rules.checks import check_file
from workers.rules.diagnostics import WARNING, Diagnostic, errors
from workers.rules.matcher import RuleSet
from workers.rules.positions import Locator

log = logging.getLogger(__name__)
MESSAGE_MAX_CHARS = 1000  # per line of an invalid edit's messages, in the log


def load_rules(path: Path, *, known_tags: Collection[str] | None = None) -> RuleSet:
    """Read, validate and compile a rules file; ConfigError listing every problem."""
    return parse_rules(read_rules(path), str(path), known_tags=known_tags)


def read_rules(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None


def parse_rules(data: bytes, source: str, *, known_tags: Collection[str] | None = None) -> RuleSet:
    """Validate and compile rules file content; ConfigError with one problem per line."""
    rules, diagnostics = check_rules(data, source, known_tags=known_tags)
    if rules is None:
        raise ConfigError("\n".join(str(d) for d in errors(diagnostics)))
    return rules


def check_rules(
    data: bytes, source: str, *, known_tags: Collection[str] | None = None
) -> tuple[RuleSet | None, list[Diagnostic]]:
    """Every problem of the content (errors and warnings), and the rule set if none is an error.

    ``known_tags``: the channel tags configured, to check ``notify`` (None: not checked).
    Raises ConfigError only when the content is not UTF-8 YAML at all.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{source}: not UTF-8 text") from None
    raw, root = load_yaml_nodes(text, source)
    rules, diagnostics = check_file(raw, source, Locator(text, root), known_tags)
    if errors(diagnostics):
        return None, diagnostics
    version = hashlib.sha256(data).hexdigest()[:12]
    warnings = tuple(d for d in diagnostics if d.severity == WARNING)
    return RuleSet(version, tuple(rules), warnings), diagnostics


@dataclass
class RulesHolder:
    """The active rule set, re-read by :meth:`reload` when the file changed.

    A worker calls ``reload`` on its own clock (every ``period`` seconds, from the rules loop
    in workers.process), never from a job: jobs only take :meth:`current`, so a slow or
    hostile rules file never stalls one. The compiled rule set is swapped in by one
    reference assignment, so a job sees either the old rules or the new ones, whole.

    ``stale`` is True while the file holds an invalid edit and older rules are in use;
    ``error`` is that edit's problems; ``changed_at`` is when the state last changed.
    """

    path: Path
    period: float = 2.0
    rules: RuleSet | None = None
    stale: bool = False
    error: str = ""
    changed_at: float = 0.0
    published_state: tuple[str, bool, str] | None = None  # last written to Redis (state.py)
    _signature: tuple[int, int] | None = None
    _bad_signature: tuple[int, int] | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def current(self) -> RuleSet:
        """The rules to match with now; ConfigError if no good version was ever loaded."""
        rules = self.rules
        if rules is None:
            raise ConfigError(f"{self.path}: no valid rules loaded\n{self.error}".rstrip())
        return rules

    def reload(self) -> None:
        """Re-read the file if it changed since the last look; a bad edit keeps the rules."""
        with self._lock:
            self._reload_if_changed()

    def _reload_if_changed(self) -> None:
        try:
            st = self.path.stat()
        except OSError as exc:
            self._reject((0, 0), f"{self.path}: cannot read: {exc.strerror}")
            return
        signature = (st.st_mtime_ns, st.st_size)
        if signature in (self._signature, self._bad_signature):
            return
        try:
            rules = load_rules(self.path)
        except ConfigError as exc:
            self._reject(signature, str(exc))
            return
        # Item guard of one reload: whatever a hostile file makes the checker or compiler
        # raise is that edit's failure; the last good rules stay and the loop goes on.
        except Exception as exc:  # noqa: BLE001
            self._reject(signature, f"{self.path}: cannot load: {describe(exc)}")
            return
        if self.rules is not None and rules.version != self.rules.version:
            log.info("rules reloaded: version %s, %d rule(s)", rules.version, len(rules.rules))
        self.rules, self._signature, self._bad_signature = rules, signature, None
        self.stale, self.error, self.changed_at = False, "", time.time()

    def _reject(self, signature: tuple[int, int], message: str) -> None:
        """Log an invalid edit once (per file version) and mark the rules stale."""
        if signature != self._bad_signature:
            kept = f"; keeping version {self.rules.version}" if self.rules else ""
            lines = "; ".join(escape(line, MESSAGE_MAX_CHARS) for line in message.splitlines())
            log.error("invalid rules edit%s: %s", kept, lines)
            self.error, self.changed_at = message, time.time()
        self._bad_signature = signature
        self.stale = self.rules is not None
