"""The live rules file as the console reads it: compiled once per change of the file.

The workers load config/rules.yaml on their own clock; the console reads the same file to
list rules and to test edits against them. It is compiled again only when its size or
modification time changes, so a page costs a `stat`, not a parse.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from services.core.errors import ConfigError
from services.core.yaml_files import load_yaml_file
from workers.rules.checks import valid_aliases
from workers.rules.loader import load_rules
from workers.rules.matcher import RuleSet

RULES_FILE = "rules.yaml"


@dataclass(frozen=True)
class LiveRules:
    """The compiled rules (None when the file is missing or invalid, `error` says why) and
    the file's aliases (what a tested query may use)."""

    rules: RuleSet | None
    aliases: dict[str, list[str]] = field(default_factory=dict)
    error: str = ""


class LiveRulesCache:
    """The rules file compiled, reused until the file changes (thread-safe)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._value = LiveRules(None, error="not read yet")

    def get(self) -> LiveRules:
        try:
            stat = self.path.stat()
        except OSError:
            return LiveRules(None, error=f"{self.path.name}: not found")
        stamp = (stat.st_mtime_ns, stat.st_size)
        with self._lock:
            if stamp != self._stamp:
                self._value, self._stamp = _read(self.path), stamp
            return self._value


def _read(path: Path) -> LiveRules:
    try:
        rules = load_rules(path)
        raw: Any = load_yaml_file(path)
    except ConfigError as exc:
        return LiveRules(None, error=str(exc))
    return LiveRules(rules, valid_aliases(raw))


_CACHES: dict[Path, LiveRulesCache] = {}
_CACHES_LOCK = threading.Lock()


def live_rules(config_dir: Path) -> LiveRules:
    """The live rules of `config_dir` (one cache per folder)."""
    path = config_dir / RULES_FILE
    with _CACHES_LOCK:
        cache = _CACHES.setdefault(path, LiveRulesCache(path))
    return cache.get()
