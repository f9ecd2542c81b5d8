"""The rule index (the Luwak / Lucene Monitor idea): evaluate only rules an article can match.

Every rule's *plan* (see :mod:`keys`) is a set of conjunctions of keys. Each conjunction is
filed once, under its key the fewest rules share (weighted by how common the key looks); its
other keys are checked against the article before the rule becomes a candidate. For an
article, the candidates are the rules of the entries filed under its words, prefix buckets,
stems or source/lang/url words whose conjunction the article holds whole, plus the few rules
that cannot be keyed. Matching cost grows with the article's vocabulary and the number of
entries under its words (rules sharing a word), and the number of candidates.

Compact at scale: entries are arrays of ints, keys are shared tuples of interned strings,
and a rule's matcher is compiled the first time the rule is a candidate (``lazy``), so a
worker holds only the parsed queries of rules it never evaluated.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

from .analysis import AnalyzedDocument
from .compiler import compile_node
from .keys import Conjunction, Key, Plan, key_plan
from .rules import CompiledRule, RuleMatch, RuleSpec
from .stemming import algorithm, stemmer

KINDS = ("w", "p", "f", "s")  # one table per key kind (see keys.py)
_OTHER_FIELDS = ("source", "lang", "url")
_RANK_WEIGHT = 8  # a key later in a conjunction looks this many times more common


def plan_of(spec: RuleSpec) -> Plan | None:
    """The index plan of one rule (compiles its matcher once, then drops it)."""
    return key_plan(compile_node(spec.query.root, stemming=spec.stemming))


class ArticleKeys:
    """The keys one article holds, per kind, each set built on first use."""

    def __init__(self, doc: AnalyzedDocument, bucket_lengths: Sequence[int]) -> None:
        self.doc = doc
        self.bucket_lengths = bucket_lengths
        self._sets: dict[str, set[str]] = {}
        self._stem: Callable[[str], str] | None = None

    def of(self, kind: str) -> set[str]:
        """The article's keys of ``kind`` (``s``: stems in the article's language)."""
        found = self._sets.get(kind)
        if found is None:
            found = self._sets[kind] = _ARTICLE_KEYS[kind](self)
        return found

    def holds(self, keys: Conjunction) -> bool:
        """Whether the article holds every key."""
        for kind, value in keys:
            if kind == "s":
                if self._stem is None:
                    self._stem = stemmer(self.doc.language)
                value = self._stem(value)
            if value not in self.of(kind):
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


_ARTICLE_KEYS: dict[str, Callable[[ArticleKeys], set[str]]] = {
    "w": _words,
    "p": _prefixes,
    "f": _field_words,
    "s": _stems,
}


class RuleIndex:
    """Rules filed by the conjunctions of keys they need; ``match`` equals ``match_naive``."""

    def __init__(
        self,
        specs: Sequence[RuleSpec],
        plans: Sequence[Plan | None],
        compiled: Sequence[CompiledRule | None] | None = None,
    ) -> None:
        self.specs = specs
        self._compiled: list[CompiledRule | None] = (
            list(compiled) if compiled is not None else [None] * len(specs)
        )
        self.always = array("i")
        self.tables: dict[str, dict[str, array[int]]] = {k: {} for k in KINDS}
        self.entry_rule = array("i")
        self.entry_rest: list[Conjunction] = []
        self._stem_tables: dict[str, dict[str, list[int]]] = {}
        counts = Counter(k for plan in plans if plan for conj in plan for k in conj)
        for rule_id, plan in enumerate(plans):
            self._file(rule_id, plan, counts)
        self.bucket_lengths = sorted({len(k[1]) for k in counts if k[0] == "p"})

    @classmethod
    def build(cls, rules: Sequence[RuleSpec], *, lazy: bool = False) -> RuleIndex:
        """Compile and index ``rules`` (their order is the order of ``match`` results);
        ``lazy``: keep only the plans and compile a rule again when first a candidate."""
        compiled = [CompiledRule(spec) for spec in rules]
        plans = [key_plan(c.matcher) for c in compiled]
        return cls(rules, plans, None if lazy else compiled)

    def __len__(self) -> int:
        return len(self.specs)

    def _file(self, rule_id: int, plan: Plan | None, counts: Counter[Key]) -> None:
        if plan is None:
            self.always.append(rule_id)
            return
        for conj in plan:
            if not conj:  # cannot match anything (an empty alias)
                continue
            ranked = [(counts[k] * _RANK_WEIGHT**i, i) for i, k in enumerate(conj)]
            _, at = min(ranked)
            kind, value = conj[at]
            entries = self.tables[kind].get(value)
            if entries is None:
                entries = self.tables[kind][value] = array("i")
            entries.append(len(self.entry_rule))
            self.entry_rule.append(rule_id)
            self.entry_rest.append(conj[:at] + conj[at + 1 :])

    def filed(self, kind: str) -> dict[str, list[int]]:
        """Rule ids filed under each key of ``kind`` (for tests and reports)."""
        return {v: [self.entry_rule[e] for e in ids] for v, ids in self.tables[kind].items()}

    def rule(self, rule_id: int) -> CompiledRule:
        """The compiled rule, compiled now if it never was (a race compiles it twice: same)."""
        found = self._compiled[rule_id]
        if found is None:
            found = self._compiled[rule_id] = CompiledRule(self.specs[rule_id])
        return found

    def compiled_slice(self, start: int, stop: int) -> list[CompiledRule | None]:
        """The compiled rules of ids ``start`` to ``stop``, to carry into a rebuilt index."""
        return self._compiled[start:stop]

    def candidates(self, doc: AnalyzedDocument) -> list[int]:
        """Ids of the rules that could match ``doc``, in rule order."""
        keys = ArticleKeys(doc, self.bucket_lengths)
        found: set[int] = set(self.always)
        rules, rests = self.entry_rule, self.entry_rest
        for kind in KINDS:
            if not self.tables[kind]:
                continue
            table: Mapping[str, Sequence[int]] = (
                self._stem_table(doc.language) if kind == "s" else self.tables[kind]
            )
            for value in keys.of(kind):
                entries = table.get(value)
                if entries is None:
                    continue
                for entry in entries:
                    rest = rests[entry]
                    if not rest or keys.holds(rest):
                        found.add(rules[entry])
        return sorted(found)

    def _stem_table(self, language: str | None) -> dict[str, list[int]]:
        """Stemmed-rule keys re-filed by their stem in ``language`` (built once per language)."""
        name = algorithm(language)
        table = self._stem_tables.get(name)
        if table is None:
            stem = stemmer(language)
            table = {}
            for word, ids in self.tables["s"].items():
                table.setdefault(stem(word), []).extend(ids)
            self._stem_tables[name] = table
        return table

    def match(self, doc: AnalyzedDocument) -> list[RuleMatch]:
        """Explained matches of every rule on ``doc``, evaluating only candidate rules."""
        return self._evaluate(doc, self.candidates(doc))

    def match_naive(self, doc: AnalyzedDocument) -> list[RuleMatch]:
        """The reference result: evaluate every rule, one after another."""
        return self._evaluate(doc, range(len(self.specs)))

    def _evaluate(self, doc: AnalyzedDocument, ids: Iterable[int]) -> list[RuleMatch]:
        found: list[RuleMatch] = []
        for rule_id in ids:
            doc.deadline.check()
            result = self.rule(rule_id).match(doc)
            if result is not None:
                found.append(result)
        return found
