"""Check a whole rules file and compile its rules, collecting every problem, not the first.

Problems: the file's shape (pydantic), query syntax errors, unknown aliases, duplicate rule
names, queries that can never match or match everything (``check_query``), and, when the
caller knows the configured channels, ``notify`` tags no channel carries. Problems of a
disabled rule are reported as warnings: disabling a rule is how a user parks it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter, ValidationError

from services.core.models import DeliveryPolicy
from workers.query import (
    Problem,
    Query,
    QuerySyntaxError,
    RuleSource,
    RuleSpec,
    check_query,
    parse_query,
    structured_query,
)
from workers.query.keys import Plan
from workers.query.planning import keyable, tree_plan
from workers.rules.diagnostics import ERROR, WARNING, Diagnostic, from_validation, sort_key
from workers.rules.model import AliasItem, AliasName, RuleConfig, RulesFile
from workers.rules.positions import Locator, Path, Position

Aliases = Mapping[str, Sequence[str]]
_ALIAS_ENTRY: TypeAdapter[dict[AliasName, list[AliasItem]]] = TypeAdapter(
    dict[AliasName, list[AliasItem]]
)
_PART = re.compile(r"(all|any|none)\[(\d+)\]")


@dataclass(frozen=True, slots=True)  # 225,000 of them: no __dict__ each (~30 MB)
class Rule:
    """An enabled, valid rule, compiled input for the index plus what alerts need."""

    name: str
    notify: tuple[str, ...]
    description: str
    query: str
    spec: RuleSource | RuleSpec
    delivery: DeliveryPolicy = field(default_factory=DeliveryPolicy)
    realert_on_update: bool = False
    line: int = 0  # of the rule's name in its file (to name both places of a duplicate)
    column: int = 0


# Most rules keep the default delivery: one shared instance instead of one per rule.
DEFAULT_DELIVERY = DeliveryPolicy()


@dataclass(frozen=True)
class KnownPlans:
    """The index plans of a file's previous version, by (query text, stemming, names), and
    the aliases they were planned with: an edit plans again only the rules it changed."""

    aliases: Aliases
    plans: Mapping[tuple[str, bool, str], Plan | None]


@dataclass(frozen=True)
class Checked:
    """A file's valid enabled rules, their index plans (None: checked only, not planned),
    and every problem found."""

    rules: list[Rule]
    plans: list[Plan | None] | None
    diagnostics: list[Diagnostic]


def check_file(
    raw: Any,
    source: str,
    locator: Locator,
    known_tags: Collection[str] | None = None,
    known: KnownPlans | None = None,
    *,
    planned: bool = True,
) -> Checked:
    """The file's valid enabled rules (kept as text: see RuleSource) with their index plans,
    and every problem found, in file order. ``known``: plans to reuse (see KnownPlans);
    ``planned=False``: the same problems, no plans (a name's keys, most of a rule's cost,
    are worked out only for the index)."""
    diagnostics: list[Diagnostic] = []
    defaults = _FileDefaults(True, ())
    try:
        file = RulesFile.model_validate(raw if raw is not None else {})
        aliases: Aliases = file.aliases
        configs = list(enumerate(file.rules))
        defaults = _FileDefaults(file.enabled, tuple(file.notify))
    except ValidationError as exc:
        diagnostics.extend(from_validation(exc, source, locator))
        aliases, configs = _salvage(raw)
    checker = _RuleChecker(source, locator, aliases, known_tags, defaults)
    checker.planned = planned
    if known is not None and known.aliases == aliases:
        checker.known = known.plans
    checker.check_file_tags()
    for i, config in configs:
        checker.check(i, config)
    found = sorted(diagnostics + checker.diagnostics, key=sort_key)
    return Checked(checker.rules, checker.plans if planned else None, found)


@dataclass(frozen=True)
class _FileDefaults:
    """What the file's top level says for all its rules."""

    enabled: bool
    notify: tuple[str, ...]


def _salvage(raw: Any) -> tuple[Aliases, list[tuple[int, RuleConfig]]]:
    """The aliases and rules that are valid on their own, to check queries of a broken file."""
    if not isinstance(raw, dict):
        return {}, []
    configs = []
    listed = raw.get("rules")
    for i, item in enumerate(listed if isinstance(listed, list) else []):
        try:
            configs.append((i, RuleConfig.model_validate(item)))
        except ValidationError:
            continue
    return valid_aliases(raw), configs


def valid_aliases(raw: Any) -> dict[str, list[str]]:
    """The well-formed aliases of a parsed rules file (invalid entries are left out)."""
    aliases: dict[str, list[str]] = {}
    entries = raw.get("aliases") if isinstance(raw, dict) else None
    for name, items in (entries if isinstance(entries, dict) else {}).items():
        try:
            aliases.update(_ALIAS_ENTRY.validate_python({name: items}))
        except ValidationError:
            continue
    return aliases


class _RuleChecker:
    """Checks rules one by one, remembering names seen and collecting diagnostics."""

    def __init__(
        self,
        source: str,
        locator: Locator,
        aliases: Aliases,
        tags: Collection[str] | None,
        defaults: _FileDefaults,
    ) -> None:
        self.source, self.locator, self.aliases, self.tags = source, locator, aliases, tags
        self.defaults = defaults
        self.rules: list[Rule] = []
        self.plans: list[Plan | None] = []
        self.names: dict[str, Position] = {}
        self.diagnostics: list[Diagnostic] = []
        self._found: list[Diagnostic] = []
        self._notify: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.known: Mapping[tuple[str, bool, str], Plan | None] = {}
        self.planned = True  # False: whether each rule is keyed, not its plan

    def check_file_tags(self) -> None:
        """The file's default ``notify`` tags must be configured channel tags too."""
        self._found = []
        for j, tag in enumerate(self.defaults.notify):
            self._unknown_tag(("notify", j), "file", tag)
        if not self.defaults.enabled:
            self._found = [_demote(d, "the file is disabled") for d in self._found]
        self.diagnostics.extend(self._found)

    def check(self, i: int, config: RuleConfig) -> None:
        """Check one rule; keep it (and its plan) if it is enabled and has no error."""
        self._found = []
        where = self._check_name(i, config)
        self._check_tags(i, config)
        scopes = (config.stemming, tuple(config.sources), tuple(config.languages), config.names)
        parsed = self._parse(i, config, scopes)
        enabled = config.enabled and self.defaults.enabled
        if not enabled:
            why = "the rule is disabled" if not config.enabled else "the file is disabled"
            self._found = [_demote(d, why) for d in self._found]
        self.diagnostics.extend(self._found)
        if parsed is None or not enabled or any(d.severity == ERROR for d in self._found):
            return
        query, plan = parsed
        self.plans.append(plan)
        notify = tuple(config.notify) or self.defaults.notify
        rule = Rule(
            config.name,
            self._notify.setdefault(notify, notify),
            config.description,
            query.text,
            RuleSource(config.name, query.text, self.aliases, *scopes),
            config.delivery if "delivery" in config.model_fields_set else DEFAULT_DELIVERY,
            config.realert_on_update,
            where.line,
            where.column,
        )
        self.rules.append(rule)

    def _add(self, severity: str, where: Position, rule: str, message: str, hint: str) -> None:
        text = f"rule {rule!r}: {message}"
        self._found.append(Diagnostic(severity, self.source, where, text, hint))

    def _check_name(self, i: int, config: RuleConfig) -> Position:
        where = self.locator.at(("rules", i, "name"))
        first = self.names.get(config.name)
        if first is None:
            self.names[config.name] = where
            return where
        hint = f"the first is at line {first.line}; rule names must be unique"
        self._add(ERROR, where, config.name, "duplicate rule name", hint)
        return where

    def _check_tags(self, i: int, config: RuleConfig) -> None:
        for j, tag in enumerate(config.notify):
            self._unknown_tag(("rules", i, "notify", j), f"rule {config.name!r}", tag)

    def _unknown_tag(self, path: Path, owner: str, tag: str) -> None:
        if self.tags is None or tag in self.tags:
            return
        known = ", ".join(sorted(self.tags)) or "none"
        message = f"{owner}: no channel in apprise.yaml has the tag {tag!r}"
        where = self.locator.at(path)
        self._found.append(
            Diagnostic(ERROR, self.source, where, message, f"tags configured: {known}")
        )

    def _parse(
        self, i: int, config: RuleConfig, scopes: tuple[bool, tuple[str, ...], tuple[str, ...], str]
    ) -> tuple[Query, Plan | None] | None:
        """The parsed query and its index plan (planned once: its checks use it too)."""
        try:
            if config.query is not None:
                query = parse_query(config.query, aliases=self.aliases)
            else:
                query = structured_query(config.all, config.any, config.none, aliases=self.aliases)
        except QuerySyntaxError as exc:
            where = self._where(i, config, exc.part, exc.offset)
            self._add(ERROR, where, config.name, exc.message, exc.hint)
            return None
        key = (query.text, config.stemming, config.names)
        if not self.planned:
            plan, keyed = None, keyable(query.root, stemming=config.stemming)
        elif key in self.known:
            plan = self.known[key]
            keyed = plan is not None
        else:
            plan = tree_plan(query.root, stemming=config.stemming, names=config.names)
            keyed = plan is not None
        for problem in check_query(query, keyed=keyed):
            self._problem(i, config, query, problem)
        return query, plan

    def _problem(self, i: int, config: RuleConfig, query: Query, problem: Problem) -> None:
        part, offset = query.locate(problem.offset) if query.parts else ("", problem.offset)
        where = self._where(i, config, part, offset)
        self._add(problem.severity, where, config.name, problem.message, problem.hint)

    def _where(self, i: int, config: RuleConfig, part: str, offset: int) -> Position:
        """Position of ``offset`` in the query text, or in the structured item ``part``."""
        if config.query is not None:
            return self.locator.in_scalar(("rules", i, "query"), offset)
        m = _PART.fullmatch(part)
        if m is not None:
            path: Path = ("rules", i, m.group(1), int(m.group(2)))
            return self.locator.in_scalar(path, offset)
        first = next(k for k in ("all", "any", "none") if getattr(config, k))
        return self.locator.at(("rules", i, first))


def _demote(diagnostic: Diagnostic, why: str) -> Diagnostic:
    """A disabled rule's (or file's) error, reported as a warning."""
    if diagnostic.severity != ERROR:
        return diagnostic
    message = f"{diagnostic.message} ({why})"
    return Diagnostic(WARNING, diagnostic.source, diagnostic.position, message, diagnostic.hint)
