"""The compiled-rules cache: a checked file's rules and index plans, on local disk.

Checking and planning 225,000 rules takes about a minute; reading them back takes seconds.
Each rules file has one cache entry (named by a hash of its path, so the cache never holds
more entries than there are rules files), written atomically by the process that checked
the file and used only when the file's bytes, the known channel tags and this code are the
same (the key hashes all three). ``marshal`` holds only plain values (no code runs when one
is read); a missing, stale or damaged entry is simply a miss.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
from collections.abc import Collection
from functools import lru_cache
from pathlib import Path
from typing import Any

from services.core.models import DeliveryPolicy
from services.core.settings import Settings
from workers.query import RuleSource
from workers.query.keys import Plan
from workers.rules.checks import DEFAULT_DELIVERY, Rule
from workers.rules.diagnostics import Diagnostic
from workers.rules.positions import Position

log = logging.getLogger(__name__)
FORMAT = 2  # 2: plans may be None (a file only checked)
_CODE_DIRS = ("workers/query", "workers/rules")
_ROOT = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the code that checks and plans rules: a change to it is a cache miss."""
    digest = hashlib.sha256(str(FORMAT).encode())
    for folder in _CODE_DIRS:
        for path in sorted((_ROOT / folder).rglob("*.py")):
            digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(data: bytes, known_tags: Collection[str] | None) -> str:
    """What a cached result depends on: the file's bytes, the tags it was checked against,
    and the code."""
    digest = hashlib.sha256(code_fingerprint().encode())
    tags = "\0".join(sorted(known_tags)) if known_tags is not None else "\1unchecked"
    digest.update(tags.encode() + b"\2")
    digest.update(data)
    return digest.hexdigest()


def rules_cache_dir(settings: Settings) -> Path:
    """The cache folder of an installation: under its state folder (local disk)."""
    return settings.state_dir / "rules-cache"


class RulesCache:
    """One folder of cache entries (created on first write)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _entry(self, source: str) -> Path:
        name = hashlib.sha256(str(Path(source).resolve()).encode()).hexdigest()[:24]
        return self.folder / f"{name}.rules"

    def get(
        self, source: str, key: str
    ) -> tuple[str, list[Rule], list[Plan | None] | None, list[Diagnostic]] | None:
        """(version, rules, plans, warnings) cached for ``source`` under ``key``, or None
        (plans None: the file was only checked, see folder.check_file_rules)."""
        try:
            # Our own entry on local disk, written by put(); plain values only; key checked.
            stored = marshal.loads(self._entry(source).read_bytes())  # noqa: S302
            if not isinstance(stored, tuple) or stored[:2] != (FORMAT, key):
                return None
            return _decode(source, stored[2:])
        except (OSError, ValueError, EOFError, TypeError, IndexError, KeyError):
            return None

    def put(
        self,
        source: str,
        key: str,
        version: str,
        rules: list[Rule],
        plans: list[Plan | None] | None,
        warnings: list[Diagnostic],
    ) -> None:
        """Write the entry atomically; a cache that cannot be written is only slower."""
        entry = self._entry(source)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temp = entry.with_suffix(f".{os.getpid()}.tmp")
            temp.write_bytes(
                marshal.dumps((FORMAT, key, *_encode(version, rules, plans, warnings)))
            )
            os.replace(temp, entry)
        except OSError as exc:
            log.warning("rules cache not written (%s): %s", entry, exc.strerror)


def _encode(
    version: str, rules: list[Rule], plans: list[Plan | None] | None, warnings: list[Diagnostic]
) -> tuple[Any, ...]:
    aliases = rules[0].spec.aliases if rules and isinstance(rules[0].spec, RuleSource) else {}
    rows = []
    for rule in rules:
        spec = rule.spec
        assert isinstance(spec, RuleSource)
        delivery = None if rule.delivery is DEFAULT_DELIVERY else rule.delivery.model_dump_json()
        rows.append(
            (rule.name, rule.notify, rule.description, rule.query, spec.stemming, spec.sources,
             spec.languages, spec.names, delivery, rule.realert_on_update, rule.line,
             rule.column)
        )  # fmt: skip
    notes = [(d.severity, d.position.line, d.position.column, d.message, d.hint) for d in warnings]
    plain_aliases = {name: list(items) for name, items in aliases.items()}
    return version, plain_aliases, rows, None if plans is None else list(plans), notes


def _decode(
    source: str, stored: tuple[Any, ...]
) -> tuple[str, list[Rule], list[Plan | None] | None, list[Diagnostic]]:
    version, aliases, rows, plans, notes = stored
    deliveries: dict[str, DeliveryPolicy] = {}
    rules = []
    for row in rows:
        name, notify, description, text, stemming, sources, languages, names = row[:8]
        delivery, realert, line, column = row[8:]
        policy = DEFAULT_DELIVERY
        if delivery is not None:
            policy = deliveries.get(delivery) or deliveries.setdefault(
                delivery, DeliveryPolicy.model_validate_json(delivery)
            )
        spec = RuleSource(name, text, aliases, stemming, sources, languages, names)
        rules.append(Rule(name, notify, description, text, spec, policy, realert, line, column))
    warnings = [
        Diagnostic(severity, source, Position(line, column), message, hint)
        for severity, line, column, message, hint in notes
    ]
    return version, rules, plans, warnings  # marshal shares the keys a file repeats
