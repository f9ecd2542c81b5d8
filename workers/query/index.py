"""The rule index (the Luwak / Lucene Monitor idea): evaluate only rules an article can match.

Every rule's *plan* (see :mod:`keys`) is a set of conjunctions of keys. Each conjunction is
filed once, under its key the fewest rules share (weighted by how common the key looks); its
other keys are checked against the article before the rule becomes a candidate. For an
article, the candidates are the rules of the entries filed under its words, prefix buckets,
stems, source/lang/url words or name groups (a rule's name word, held in any form of the
name: see :mod:`groups`) whose conjunction the article holds whole, plus the few rules that
cannot be keyed. Matching cost grows with the article's vocabulary and the number of
entries under its words (rules sharing a word), and the number of candidates.

Compact at scale: entries are arrays of ints, keys are shared tuples of interned strings,
and a rule's matcher is compiled the first time the rule is a candidate (``lazy``), so a
worker holds only the query text of rules it never evaluated, and at most a bounded number of
compiled rules (see :mod:`compiled`).
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from .analysis import AnalyzedDocument
from .compiled import CompiledRules
from .groups import LARGE_AT, NameGroups
from .keys import Conjunction, Key, Plan, index_plan
from .names.universe import note_rule_keys
from .planning import tree_plan
from .rules import (
    UNSEEN,
    CompiledRule,
    Explanations,
    RuleMatch,
    RuleSource,
    RuleSpec,
    as_spec,
    renamed,
)
from .stemming import algorithm, stemmer

KINDS = ("w", "p", "f", "s", "n", "g", "h")  # one table per key kind (see keys.py)
_OTHER_FIELDS = ("title", "source", "lang", "url")  # title: for title: terms (keys.py)
_RANK_WEIGHT = 8  # a key later in a conjunction looks this many times more common
# Kinds a pair's second key may be of: the article's keys of these are compared as filed
# (stems are compared after stemming, so they stay in the conjunction's rest).
_PARTNERS = frozenset("wpfgh")
# Entries with keys left to check, from this many on, are grouped by their key (see _take).
_GROUP_AT = 8


def plan_of(rule: RuleSpec | RuleSource) -> Plan | None:
    """The index plan of one rule, from its syntax tree (see :mod:`planning`)."""
    spec = as_spec(rule)
    return tree_plan(spec.query.root, stemming=spec.stemming, names=spec.names)


Rules = Sequence[RuleSpec | RuleSource]


class ArticleKeys:
    """The keys one article holds, per kind, each set built on first use."""

    def __init__(
        self,
        doc: AnalyzedDocument,
        bucket_lengths: Sequence[int],
        groups: NameGroups | None = None,
    ) -> None:
        self.doc = doc
        self.bucket_lengths = bucket_lengths
        self.groups = groups or NameGroups()
        self.sets: dict[str, set[str]] = {}  # built so far, by kind
        self._stem: Callable[[str], str] | None = None

    def of(self, kind: str) -> set[str]:
        """The article's keys of ``kind`` (``s``: stems in the article's language)."""
        found = self.sets.get(kind)
        if found is None:
            found = self.sets[kind] = _ARTICLE_KEYS[kind](self)
        return found

    def holds(self, keys: Conjunction) -> bool:
        """Whether the article holds every key."""
        sets = self.sets
        for kind, value in keys:
            if kind == "s":
                if self._stem is None:
                    self._stem = stemmer(self.doc.language)
                value = self._stem(value)
            held = sets.get(kind)
            if value not in (self.of(kind) if held is None else held):
                return False
        return True


def _words(keys: ArticleKeys) -> set[str]:
    return keys.doc.vocabulary()


def _prefixes(keys: ArticleKeys) -> set[str]:
    vocab = keys.doc.vocabulary()
    return {w[:n] for n in keys.bucket_lengths for w in vocab}


def _field_words(keys: ArticleKeys) -> set[str]:
    fields = keys.doc.fields
    return {f"{name}:{w}" for name in _OTHER_FIELDS for w in fields[name].postings}


def _stems(keys: ArticleKeys) -> set[str]:
    doc = keys.doc
    return doc.fields["title"].stems(doc.language) | doc.fields["body"].stems(doc.language)


def _name_keys(keys: ArticleKeys) -> set[str]:
    return keys.doc.name_keys()


def _name_groups(keys: ArticleKeys) -> set[str]:
    return keys.groups.held(keys.of("w"), keys.of("n"))


def _title_groups(keys: ArticleKeys) -> set[str]:
    """The name groups the title holds (its words and its own name keys)."""
    title = keys.doc.fields["title"]
    name_keys: set[str] = set()
    if title.raw:
        title.names().add_rule_keys(name_keys, keys.doc.language)
    return keys.groups.held(title.postings, name_keys)


_ARTICLE_KEYS: dict[str, Callable[[ArticleKeys], set[str]]] = {
    "w": _words,
    "p": _prefixes,
    "f": _field_words,
    "s": _stems,
    "n": _name_keys,
    "g": _name_groups,
    "h": _title_groups,
}


_NO_KEYS: Conjunction = ()


def _split(conj: Conjunction, counts: Counter[Key]) -> tuple[Key, Key | None, Conjunction]:
    """The key to file ``conj`` under (fewest rules, weighted by rank), its partner key (the
    next best of a partner kind) and the keys left to check."""
    if len(conj) == 1:
        return conj[0], None, _NO_KEYS
    if len(conj) == 2:  # most conjunctions: the sort below, worked out by hand
        a, b = conj
        first, other = (a, b) if counts[a] <= counts[b] * _RANK_WEIGHT else (b, a)
        if other[0] in _PARTNERS:
            return first, other, _NO_KEYS
        return first, None, (other,)
    weights = [counts[key] * _RANK_WEIGHT**i for i, key in enumerate(conj)]
    ranked = sorted(range(len(conj)), key=weights.__getitem__)
    first = conj[ranked[0]]
    partner = next((conj[i] for i in ranked[1:] if conj[i][0] in _PARTNERS), None)
    rest = tuple(k for k in conj if k is not first and k is not partner)
    return first, partner, rest or _NO_KEYS


Buckets = dict[str, dict[str, "array[int]"]]  # partner kind -> partner value -> ids
_Grouped = tuple[Buckets, "array[int]"]  # rule ids by the one key left; other entries


class _Node:
    """What is filed under one key: rules needing only it, and entries (rule and ``rest``)
    needing it and other keys checked per article; each also per partner key's kind and
    value (a pair index: rules sharing a popular name are looked at only when the article
    has their partner). Rules needing nothing more are added to the candidates in one C-level
    call; only entries with a ``rest`` are looked at one by one."""

    __slots__ = ("checked", "checked_pairs", "pairs", "rules")

    def __init__(self) -> None:
        self.rules: array[int] | None = None  # rule ids
        self.checked: array[int] | None = None  # entry ids (see RuleIndex.entry_rule)
        self.pairs: Buckets | None = None  # rule ids
        self.checked_pairs: Buckets | None = None  # entry ids

    def add(self, item: int, partner: Key | None, *, checked: bool) -> None:
        """File ``item``: a rule id, or with ``checked`` an entry id."""
        if partner is None:
            if checked:
                if self.checked is None:
                    self.checked = array("i")
                self.checked.append(item)
            else:
                if self.rules is None:
                    self.rules = array("i")
                self.rules.append(item)
            return
        pairs = self.checked_pairs if checked else self.pairs
        if pairs is None:
            pairs = {}
            if checked:
                self.checked_pairs = pairs
            else:
                self.pairs = pairs
        table = pairs.setdefault(partner[0], {})
        items = table.get(partner[1])
        if items is None:
            items = table[partner[1]] = array("i")
        items.append(item)

    def copy(self) -> _Node:
        """A node to add to without changing this one (an index in use shares it)."""
        node = _Node()
        node.rules = None if self.rules is None else array("i", self.rules)
        node.checked = None if self.checked is None else array("i", self.checked)
        node.pairs = _copied(self.pairs)
        node.checked_pairs = _copied(self.checked_pairs)
        return node

    def rule_ids(self, entry_rule: array[int]) -> list[int]:
        found = [*(self.rules or ()), *(entry_rule[e] for e in self.checked or ())]
        for table in (self.pairs or {}).values():
            for ids in table.values():
                found.extend(ids)
        for table in (self.checked_pairs or {}).values():
            for ids in table.values():
                found.extend(entry_rule[e] for e in ids)
        return sorted(found)


def _copied(pairs: Buckets | None) -> Buckets | None:
    if pairs is None:
        return None
    return {kind: {value: array("i", ids) for value, ids in t.items()} for kind, t in pairs.items()}


class RuleIndex:
    """Rules filed by the conjunctions of keys they need; ``match`` equals ``match_naive``."""

    def __init__(
        self,
        specs: Rules,
        plans: Sequence[Plan | None],
        compiled: Sequence[CompiledRule | None] | None = None,
    ) -> None:
        self.specs = specs
        self.compiled = CompiledRules(specs, compiled)
        self.always = array("i")
        self.tables: dict[str, dict[str, _Node]] = {k: {} for k in KINDS}
        self.entry_rule = array("i")
        self.entry_rest: list[Conjunction] = []
        self._stem_tables: dict[str, dict[str, list[_Node]]] = {}
        self._grouped: dict[int, tuple[array[int], _Grouped]] = {}  # see _take
        self.dead = bytearray(len(specs))  # rule ids replaced by an update (see updated)
        self.n_dead = 0
        self.rank: array[int] | None = None  # match order by rule id; None: id order
        self._counts = Counter(k for plan in plans if plan for conj in plan for k in conj)
        self._copied: set[int] | None = None
        self.groups = NameGroups(large=sum(k[0] in "gh" for k in self._counts) >= LARGE_AT)
        for rule_id, plan in enumerate(plans):
            self._file(rule_id, plan)
        self.groups.settle()
        self.bucket_lengths = sorted({len(k[1]) for k in self._counts if k[0] == "p"})

    @classmethod
    def build(cls, rules: Sequence[RuleSpec], *, lazy: bool = False) -> RuleIndex:
        """Compile and index ``rules`` (their order is the order of ``match`` results);
        ``lazy``: keep only the plans and compile a rule again when first a candidate."""
        compiled = [CompiledRule(spec) for spec in rules]
        plans = [index_plan(c.matcher) for c in compiled]
        return cls(rules, plans, None if lazy else compiled)

    def __len__(self) -> int:
        return len(self.specs)

    def updated(
        self, dead: Iterable[int], specs: Rules, plans: Sequence[Plan | None], rank: array[int]
    ) -> RuleIndex:
        """A new index: this one without the rules ``dead``, plus ``specs`` (ids from
        len(self) on), matched in ``rank`` order. This index is left as it is (jobs may be
        using it); the new one shares every node the new rules are not filed under, so
        replacing one file of a large set costs about what indexing that file does."""
        new = RuleIndex((), ())  # every field set below (mypyc: no bare __new__)
        new.specs = [*self.specs, *specs]
        new.compiled = CompiledRules(
            new.specs, [*self.compiled.held, *([None] * len(specs))], self.compiled.limit
        )
        new.always = array("i", self.always)
        new.tables = {kind: dict(table) for kind, table in self.tables.items()}
        new.entry_rule = array("i", self.entry_rule)
        new.entry_rest = list(self.entry_rest)
        new._stem_tables = {}
        new._grouped = {}
        new.dead = self.dead + bytearray(len(specs))
        new.n_dead = self.n_dead
        for rule_id in dead:
            if not new.dead[rule_id]:
                new.dead[rule_id], new.n_dead = 1, new.n_dead + 1
        new.rank = rank
        new._counts = self._counts  # a filing heuristic only: shared, updated in place
        new._counts.update(k for plan in plans if plan for conj in plan for k in conj)
        new._copied = set()
        new.groups = self.groups  # shared, added to in place (see NameGroups)
        for rule_id, plan in enumerate(plans, start=len(self.specs)):
            new._file(rule_id, plan)
        new.groups.settle()  # before the new index is used; the old one finds every group
        new._copied = None
        new.bucket_lengths = sorted({len(k[1]) for k in new._counts if k[0] == "p"})
        return new

    def live(self, ids: Iterable[int]) -> list[int]:
        """``ids`` without replaced rules, in match order."""
        dead = self.dead
        alive = [i for i in ids if not dead[i]] if self.n_dead else list(ids)
        return sorted(alive, key=self.rank.__getitem__) if self.rank is not None else sorted(alive)

    def _file(self, rule_id: int, plan: Plan | None) -> None:
        if plan is None:
            self.always.append(rule_id)
            return
        known_groups = self.groups.known
        for conj in plan:
            if not conj:  # cannot match anything (an empty alias)
                continue
            for kind, value in conj:
                if kind in "gh" and value not in known_groups:  # most are known: inline
                    self.groups.add(value)
            note_rule_keys(conj)  # articles offer only name keys some rule asks for
            first, partner, rest = _split(conj, self._counts)
            table = self.tables[first[0]]
            node = table.get(first[1])
            if node is None:
                node = table[first[1]] = _Node()
                if self._copied is not None:
                    self._copied.add(id(node))
            elif self._copied is not None and id(node) not in self._copied:
                node = table[first[1]] = node.copy()  # copy on write: shared with the old
                self._copied.add(id(node))
            if not rest:
                node.add(rule_id, partner, checked=False)
                continue
            node.add(len(self.entry_rule), partner, checked=True)
            self.entry_rule.append(rule_id)
            self.entry_rest.append(rest)

    def filed(self, kind: str) -> dict[str, list[int]]:
        """Rule ids filed under each key of ``kind`` (for tests and reports)."""
        return {v: node.rule_ids(self.entry_rule) for v, node in self.tables[kind].items()}

    def rule(self, rule_id: int) -> CompiledRule:
        """The compiled rule, compiled now if it is not held (see CompiledRules)."""
        return self.compiled.get(rule_id)

    def compiled_slice(self, start: int, stop: int) -> list[CompiledRule | None]:
        """The compiled rules of ids ``start`` to ``stop``, to carry into a rebuilt index."""
        return self.compiled.held[start:stop]

    def candidates(self, doc: AnalyzedDocument) -> list[int]:
        """Ids of the rules that could match ``doc``, in rule order."""
        keys = ArticleKeys(doc, self.bucket_lengths, self.groups)
        found: set[int] = set(self.always)
        for kind in KINDS:
            if not self.tables[kind]:
                continue
            if kind == "s":
                stem_table = self._stem_table(doc.language)
                for value in keys.of(kind):
                    for node in stem_table.get(value, ()):
                        self._scan(node, keys, found)
                continue
            table = self.tables[kind]
            for value in keys.of(kind):
                filed = table.get(value)
                if filed is not None:
                    self._scan(filed, keys, found)
        return self.live(found)

    def _scan(self, node: _Node, keys: ArticleKeys, found: set[int]) -> None:
        """Add the rules of ``node`` whose other keys the article holds."""
        if node.rules is not None:
            found.update(node.rules)
        if node.checked is not None:
            self._take(node.checked, keys, found)
        if node.pairs is not None:
            for kind, partners in node.pairs.items():
                # One C-level intersection (over the smaller side): a popular name has
                # thousands of partners, an article hundreds of words, and few of them meet.
                for value in partners.keys() & keys.of(kind):
                    found.update(partners[value])
        if node.checked_pairs is not None:
            for kind, partners in node.checked_pairs.items():
                for value in partners.keys() & keys.of(kind):
                    self._take(partners[value], keys, found)

    def _take(self, entries: array[int], keys: ArticleKeys, found: set[int]) -> None:
        """Add the rules of ``entries`` whose ``rest`` keys the article holds."""
        if len(entries) >= _GROUP_AT:
            self._take_grouped(entries, keys, found)
        else:
            self._check_each(entries, keys, found)

    def _check_each(self, entries: array[int], keys: ArticleKeys, found: set[int]) -> None:
        rules, rests, add = self.entry_rule, self.entry_rest, found.add
        sets, holds = keys.sets, keys.holds
        for entry in entries:
            rest = rests[entry]
            if len(rest) == 1 and rest[0][0] != "s":  # the usual rest: one key, inline
                kind, value = rest[0]
                held = sets.get(kind)
                if value in (keys.of(kind) if held is None else held):
                    add(rules[entry])
            elif holds(rest):
                add(rules[entry])

    def _take_grouped(self, entries: array[int], keys: ArticleKeys, found: set[int]) -> None:
        """``_take`` for many entries (most of which an article fails): those needing one
        more key are grouped by it once, then matched with one C-level intersection per
        key kind, like partners (a popular name and topic share hundreds of rules)."""
        held = self._grouped.get(id(entries))
        if held is None or held[0] is not entries:  # held with it: its id is not reused
            held = self._grouped[id(entries)] = (entries, self._group(entries))
        by_key, others = held[1]
        for kind, table in by_key.items():
            for value in table.keys() & keys.of(kind):
                found.update(table[value])
        if others:
            self._check_each(others, keys, found)

    def _group(self, entries: array[int]) -> _Grouped:
        by_key: dict[str, dict[str, array[int]]] = {}
        others = array("i")
        for entry in entries:
            rest = self.entry_rest[entry]
            if len(rest) == 1 and rest[0][0] != "s":
                kind, value = rest[0]
                table = by_key.setdefault(kind, {})
                if value not in table:
                    table[value] = array("i")
                table[value].append(self.entry_rule[entry])
            else:
                others.append(entry)
        return by_key, others

    def _stem_table(self, language: str | None) -> dict[str, list[_Node]]:
        """Stemmed-rule keys re-filed by their stem in ``language`` (built once per language)."""
        name = algorithm(language)
        table = self._stem_tables.get(name)
        if table is None:
            stem = stemmer(language)
            table = {}
            for word, node in self.tables["s"].items():
                table.setdefault(stem(word), []).append(node)
            self._stem_tables[name] = table
        return table

    def match(self, doc: AnalyzedDocument) -> list[RuleMatch]:
        """Explained matches of every rule on ``doc``, evaluating only candidate rules."""
        return self._evaluate(doc, self.candidates(doc))

    def match_naive(self, doc: AnalyzedDocument) -> list[RuleMatch]:
        """The reference result: evaluate every rule, one after another."""
        return self._evaluate(doc, self.live(range(len(self.specs))))

    def _evaluate(self, doc: AnalyzedDocument, ids: Iterable[int]) -> list[RuleMatch]:
        found: list[RuleMatch] = []
        compiled = self.compiled
        held, used, check = compiled.held, compiled.used, doc.deadline.check
        shared = Explanations()  # rules written alike, or matching alike, explained once
        by_matcher = shared.by_matcher
        for rule_id in ids:
            check()
            rule = held[rule_id]
            if rule is None:
                rule = compiled.get(rule_id)
            else:
                used[rule_id] = 1  # what CompiledRules.get marks, inline: the hot loop
            if rule.sources or rule.languages:
                result = rule.match(doc, shared)
            else:  # what CompiledRule.match does for an unscoped rule, inline: the hot loop
                result = by_matcher.get(rule.matcher, UNSEEN)
                if result is UNSEEN:
                    result = by_matcher[rule.matcher] = rule.evaluate(doc, shared)
                elif result is not None:
                    result = renamed(result, rule.name)
            if result is not None:
                found.append(result)
        return found
