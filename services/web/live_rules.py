"""The live rules file as the console reads it: compiled once per change of the file.

The workers load config/rules.yaml and config/rules.d/*.yaml on their own clock; the console
reads the same files to list rules and to test edits against them. They are compiled again
only when one's size or modification time changes (or one comes or goes), so a page costs a
few `stat`s, not a parse. A tested edit of a rule may use the aliases of the rule's own file;
a new rule, those of rules.yaml.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from services.core.errors import ConfigError
from services.core.yaml_files import load_yaml_file
from workers.query import RuleSource
from workers.query.parser import Aliases
from workers.rules.checks import valid_aliases
from workers.rules.folder import rule_files
from workers.rules.loader import load_rules
from workers.rules.matcher import RuleSet

RULES_FILE = "rules.yaml"


@dataclass(frozen=True)
class LiveRules:
    """The compiled rules (None when the file is missing or invalid, `error` says why) and
    rules.yaml's aliases (what a new tested rule may use)."""

    rules: RuleSet | None
    aliases: dict[str, list[str]] = field(default_factory=dict)
    error: str = ""

    def aliases_for(self, rule: str | None) -> Aliases:
        """The aliases an edit of ``rule`` may use: those of the live rule's own file (each
        loaded rule carries them), else rules.yaml's (a new rule)."""
        found = self.rules.by_name.get(rule) if self.rules is not None and rule else None
        spec = found.spec if found is not None else None
        return spec.aliases if isinstance(spec, RuleSource) else self.aliases


class LiveRulesCache:
    """The config folder's rules compiled, reused until a rules file changes (thread-safe)."""

    def __init__(self, config_dir: Path) -> None:
        self.config_dir = config_dir
        self._lock = threading.Lock()
        self._stamp: tuple[tuple[str, int, int], ...] | None = None
        self._value = LiveRules(None, error="not read yet")

    def get(self) -> LiveRules:
        try:
            stamp = tuple(
                (str(p), st.st_mtime_ns, st.st_size)
                for p in rule_files(self.config_dir)
                for st in (p.stat(),)
            )
        except OSError as exc:
            return LiveRules(None, error=f"rules: {exc.strerror or 'unreadable'}")
        if not stamp:
            return LiveRules(None, error=f"{RULES_FILE}: not found")
        with self._lock:
            if stamp != self._stamp:
                self._value, self._stamp = _read(self.config_dir), stamp
            return self._value


def _read(config_dir: Path) -> LiveRules:
    try:
        rules = load_rules(config_dir)
        single = config_dir / RULES_FILE
        raw: Any = load_yaml_file(single) if single.is_file() else {}
    except ConfigError as exc:
        return LiveRules(None, error=str(exc))
    return LiveRules(rules, valid_aliases(raw))


_CACHES: dict[Path, LiveRulesCache] = {}
_CACHES_LOCK = threading.Lock()


def live_rules(config_dir: Path) -> LiveRules:
    """The live rules of `config_dir` (one cache per folder)."""
    with _CACHES_LOCK:
        cache = _CACHES.setdefault(config_dir, LiveRulesCache(config_dir))
    return cache.get()
