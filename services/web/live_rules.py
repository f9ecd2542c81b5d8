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
from workers.rules.checks import valid_aliases
from workers.rules.folder import rule_files
from workers.rules.loader import load_rules
from workers.rules.matcher import RuleSet

RULES_FILE = "rules.yaml"


@dataclass(frozen=True)
class LiveRules:
    """The compiled rules (None when the file is missing or invalid, `error` says why),
    rules.yaml's aliases (what a new tested rule may use) and, per rule of another file that
    has aliases, that file's aliases (what an edit of the rule may use)."""

    rules: RuleSet | None
    aliases: dict[str, list[str]] = field(default_factory=dict)
    error: str = ""
    rule_aliases: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def aliases_for(self, rule: str | None) -> dict[str, list[str]]:
        """The aliases an edit of ``rule`` may use (None: a new rule of rules.yaml)."""
        return self.rule_aliases.get(rule, self.aliases) if rule else self.aliases


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
        per_rule = {
            name: aliases
            for path in rule_files(config_dir)
            if path != single
            for name, aliases in _file_aliases(path).items()
        }
    except ConfigError as exc:
        return LiveRules(None, error=str(exc))
    return LiveRules(rules, valid_aliases(raw), rule_aliases=per_rule)


def _file_aliases(path: Path) -> dict[str, dict[str, list[str]]]:
    """Rule name -> the aliases of ``path`` (one shared dict), when the file has any."""
    raw: Any = load_yaml_file(path)
    aliases = valid_aliases(raw)
    entries = raw.get("rules") if aliases and isinstance(raw, dict) else None
    names = (
        [e.get("name") for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []
    )
    return {name: aliases for name in names if isinstance(name, str)}


_CACHES: dict[Path, LiveRulesCache] = {}
_CACHES_LOCK = threading.Lock()


def live_rules(config_dir: Path) -> LiveRules:
    """The live rules of `config_dir` (one cache per folder)."""
    with _CACHES_LOCK:
        cache = _CACHES.setdefault(config_dir, LiveRulesCache(config_dir))
    return cache.get()
