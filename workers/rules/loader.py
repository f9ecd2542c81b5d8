"""Load the rules file and keep it current: edits apply within seconds, bad edits never do.

An invalid edit is logged once; the last good rules stay active and `stale` says so.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from services.core.errors import ConfigError
from services.core.yaml_files import load_yaml_text, validation_message
from workers.rules.matcher import RuleSet
from workers.rules.model import RulesFile

log = logging.getLogger(__name__)


def load_rules(path: Path) -> RuleSet:
    """Read, validate and compile a rules file; ConfigError on any problem."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    return parse_rules(data, str(path))


def parse_rules(data: bytes, source: str) -> RuleSet:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{source}: not UTF-8 text") from None
    raw = load_yaml_text(text, source)
    try:
        file = RulesFile.model_validate(raw if raw is not None else {})
    except ValidationError as exc:
        raise ConfigError(validation_message(source, exc)) from None
    version = hashlib.sha256(data).hexdigest()[:12]
    return RuleSet.build(file, version)


@dataclass
class RulesHolder:
    """The active rule set, re-read when the file changes (checked every `period` seconds)."""

    path: Path
    period: float = 2.0
    rules: RuleSet | None = None
    stale: bool = False
    _signature: tuple[int, int] | None = None
    _checked_at: float = 0.0
    _bad_signature: tuple[int, int] | None = field(default=None, repr=False)

    def current(self) -> RuleSet:
        """The rules to match with now; raises ConfigError only if no good version exists."""
        now = time.monotonic()
        if self.rules is None or now - self._checked_at >= self.period:
            self._checked_at = now
            self._reload_if_changed()
        if self.rules is None:
            raise ConfigError(f"{self.path}: no valid rules loaded")
        return self.rules

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
        if self.rules is not None and rules.version != self.rules.version:
            log.info("rules reloaded: version %s, %d rule(s)", rules.version, len(rules.rules))
        self.rules, self._signature, self.stale = rules, signature, False

    def _reject(self, signature: tuple[int, int], message: str) -> None:
        if signature != self._bad_signature:
            kept = f"; keeping version {self.rules.version}" if self.rules else ""
            log.error("invalid rules edit%s: %s", kept, message.replace("\n", "; "))
        self._bad_signature = signature
        self.stale = self.rules is not None
