"""Rules in many files: config/rules.yaml plus config/rules.d/*.yaml, each checked on its own.

A file is the unit of loading: one team or client per file, with its own aliases, default
``notify`` tags and ``enabled`` switch. Each file is checked and compiled once into a
:class:`FileRules` (its rules and their index plans); a rule set is assembled from the files'
last good versions, so an edit recompiles only the edited file and an invalid file keeps its
previous version live while the others load. Rule names are unique across the files.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from services.core.errors import ConfigError
from services.core.yaml_files import load_yaml_nodes
from workers.query import RuleSource
from workers.query.index import plan_of
from workers.query.keys import Plan
from workers.rules.cache import RulesCache, cache_key
from workers.rules.checks import Checked, KnownPlans, Rule, check_file
from workers.rules.diagnostics import ERROR, WARNING, Diagnostic, errors, sort_key
from workers.rules.positions import Locator, Position

RULES_FILE = "rules.yaml"
RULES_DIR = "rules.d"
DEFAULT_MAX_BYTES = 256 * 1024 * 1024  # per rules file (NEWSWATCH_RULES_MAX_BYTES)


def rule_files(path: Path) -> list[Path]:
    """The rules files ``path`` stands for, in load order.

    A file is itself. A folder holding ``rules.yaml`` or ``rules.d/`` (the config folder) is
    its ``rules.yaml`` then ``rules.d/*.yaml``; any other folder (a ``rules.d``) is its
    ``*.yaml`` files. Names sort byte-wise, so the order is the same everywhere.
    """
    if not path.is_dir():
        return [path]
    single, folder = path / RULES_FILE, path / RULES_DIR
    if single.is_file() or folder.is_dir():
        found = [single] if single.is_file() else []
        return found + (_yaml_files(folder) if folder.is_dir() else [])
    return _yaml_files(path)


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.is_file())


@dataclass(frozen=True)
class FileRules:
    """One rules file's enabled rules, checked and planned for the index, and its warnings.
    ``plans`` is None for a file only checked (``rules check``: see check_file_rules), and
    once its index is built for a file whose plans are in ``cache`` under ``cache_key``
    (see :meth:`drop_plans`)."""

    source: str
    version: str
    rules: tuple[Rule, ...]
    plans: tuple[Plan | None, ...] | None = field(repr=False)
    warnings: tuple[Diagnostic, ...] = ()
    cache: RulesCache | None = field(default=None, repr=False, compare=False)
    cache_key: str = field(default="", repr=False, compare=False)

    def index_plans(self) -> tuple[Plan | None, ...]:
        """The rules' index plans (read back from the cache once dropped; planned now, for a
        file only checked)."""
        found = self.kept_plans()
        return found if found is not None else tuple(planned_rules(self.rules))

    def kept_plans(self) -> tuple[Plan | None, ...] | None:
        """The rules' plans, held or read back from the cache (None: neither)."""
        if self.plans is not None or self.cache is None:
            return self.plans
        hit = self.cache.get(self.source, self.cache_key)
        if hit is None or hit[0] != self.version or hit[2] is None:
            return None  # the entry was replaced (another version, or a check only)
        return tuple(hit[2])

    def drop_plans(self) -> None:
        """Let go of the plans once the index holds them, if the cache can give them back
        (an edit's known plans, a rebuilt index): at 225,000 rules they held about 60 MB of
        each worker process."""
        if self.cache is not None and self.plans is not None:
            object.__setattr__(self, "plans", None)  # frozen for sharing; nothing reads it now

    @cached_property
    def places(self) -> dict[str, str]:
        """Rule name -> ``file:line`` (what a duplicate in another file is told)."""
        return {r.name: f"{self.source}:{r.line}" for r in self.rules}


# Names taken by the other files of a folder: name -> "file:line" of the rule holding it.
Taken = Mapping[str, str]


def read_rules(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of one rules file; ConfigError if unreadable or over ``max_bytes``."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ConfigError(f"{path}: larger than {max_bytes} bytes (NEWSWATCH_RULES_MAX_BYTES)")
        return path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None


def check_file_rules(
    data: bytes,
    source: str,
    *,
    known_tags: Collection[str] | None = None,
    taken: Taken | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cache: RulesCache | None = None,
    known: KnownPlans | None = None,
    planned: bool = True,
) -> tuple[FileRules | None, list[Diagnostic]]:
    """Every problem of one file (errors and warnings), and its rules if none is an error.

    ``taken``: names used by the folder's other files (a duplicate is an error naming both
    places). ``cache``: where a checked file is kept, keyed by its bytes (see cache.py).
    ``known``: the plans of the file's previous version (see :func:`known_plans`).
    ``planned=False``: checked only, no index plans (``rules check``: the same problems in
    about half the time); a file a check cached that way is planned, not checked again,
    when its plans are wanted. Raises ConfigError only when the content is not UTF-8 YAML.
    """
    key = cache_key(data, known_tags) if cache is not None else ""
    hit = cache.get(source, key) if cache is not None else None
    if hit is not None:
        version, rules, plans, diagnostics = hit
        if plans is None and planned and cache is not None:
            plans = planned_rules(rules, known)
            cache.put(source, key, version, rules, plans, diagnostics)
    else:
        checked = _check(data, source, known_tags, max_bytes, known, planned)
        diagnostics = checked.diagnostics
        if errors(diagnostics):
            return None, diagnostics
        version, rules, plans = hashlib.sha256(data).hexdigest()[:12], checked.rules, checked.plans
        if cache is not None:
            warned = [d for d in diagnostics if d.severity == WARNING]
            cache.put(source, key, version, rules, plans, warned)
    kept = None if plans is None else tuple(plans)
    found = FileRules(source, version, tuple(rules), kept, tuple(diagnostics), cache, key)
    clashes = duplicates(found, taken or {})
    if clashes:
        return None, sorted(diagnostics + clashes, key=sort_key)
    return found, diagnostics


def _check(
    data: bytes,
    source: str,
    known_tags: Collection[str] | None,
    max_bytes: int,
    known: KnownPlans | None = None,
    planned: bool = True,
) -> Checked:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{source}: not UTF-8 text") from None
    raw, root = load_yaml_nodes(text, source, max_bytes=max_bytes)
    return check_file(raw, source, Locator(text, root), known_tags, known, planned=planned)


def planned_rules(rules: Sequence[Rule], known: KnownPlans | None = None) -> list[Plan | None]:
    """The index plans of checked ``rules``; ``known``: plans to reuse (see KnownPlans)."""
    plans = []
    for rule in rules:
        spec = rule.spec
        if known is not None and isinstance(spec, RuleSource) and known.aliases == spec.aliases:
            key = (spec.text, spec.stemming, spec.names)
            if key in known.plans:
                plans.append(known.plans[key])
                continue
        plans.append(plan_of(spec))
    return plans


def known_plans(file: FileRules) -> KnownPlans | None:
    """The plans of ``file``'s rules, to reuse for the rules an edit of it leaves as they
    were (None: it has no rules kept as text, or was only checked)."""
    kept = file.kept_plans()
    if kept is None:
        return None
    plans: dict[tuple[str, bool, str], Plan | None] = {}
    aliases = None
    for rule, plan in zip(file.rules, kept, strict=True):
        spec = rule.spec
        if not isinstance(spec, RuleSource):
            return None
        aliases = spec.aliases if aliases is None else aliases
        plans[(spec.text, spec.stemming, spec.names)] = plan
    return None if aliases is None else KnownPlans(aliases, plans)


def duplicates(file: FileRules, taken: Taken) -> list[Diagnostic]:
    """A rule named as a rule of another file is: an error at this name, naming the other."""
    found = []
    for rule in file.rules:
        first = taken.get(rule.name)
        if first is not None:
            hint = f"the first is at {first}; rule names must be unique across the rules files"
            message = f"rule {rule.name!r}: duplicate rule name"
            where = Position(rule.line, rule.column)
            found.append(Diagnostic(ERROR, file.source, where, message, hint))
    return found


def load_file_rules(
    path: Path,
    *,
    known_tags: Collection[str] | None = None,
    taken: Taken | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cache: RulesCache | None = None,
    known: KnownPlans | None = None,
    planned: bool = True,
) -> FileRules:
    """Read, check and plan one file (``planned=False``: check only); ConfigError listing
    every problem."""
    data = read_rules(path, max_bytes)
    found, diagnostics = check_file_rules(
        data,
        str(path),
        known_tags=known_tags,
        taken=taken,
        max_bytes=max_bytes,
        cache=cache,
        known=known,
        planned=planned,
    )
    if found is None:
        raise ConfigError("\n".join(str(d) for d in errors(diagnostics)))
    return found


def taken_by(files: Sequence[FileRules]) -> Mapping[str, str]:
    """Every rule name of ``files`` and where it is."""
    taken: dict[str, str] = {}
    for file in files:
        taken.update(file.places)
    return taken


def combined_version(files: Sequence[FileRules]) -> str:
    """One file: its content hash. Several: a hash of their names and content hashes."""
    if len(files) == 1:
        return files[0].version
    digest = hashlib.sha256()
    for file in files:
        digest.update(f"{file.source}\0{file.version}\n".encode())
    return digest.hexdigest()[:12]
