"""The rule index (the Luwak / Lucene Monitor idea): evaluate only rules an article can match.

Every rule is compiled once and filed under its required keys (see :mod:`keys`). For an
article, the candidates are the rules filed under one of its words, prefix buckets, stems or
source/lang/url words, plus the few rules that cannot be keyed. Matching cost therefore grows
with the article's vocabulary and the number of candidates, not with the number of rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from .analysis import AnalyzedDocument
from .keys import Keys, required_keys
from .rules import CompiledRule, RuleMatch, RuleSpec
from .stemming import algorithm, stemmer

_OTHER_FIELDS = ("source", "lang", "url")


class RuleIndex:
    """Compiled rules filed by required keys; ``match`` returns the same as ``match_naive``."""

    def __init__(self, rules: list[CompiledRule]) -> None:
        self.rules = rules
        self.always: list[int] = []
        self.tables: dict[str, dict[str, list[int]]] = {k: {} for k in "wpfsn"}
        self._stem_tables: dict[str, dict[str, list[int]]] = {}
        for rule_id, rule in enumerate(rules):
            self._file(rule_id, required_keys(rule.matcher))
        self.bucket_lengths = sorted({len(p) for p in self.tables["p"]})

    @classmethod
    def build(cls, rules: Sequence[RuleSpec]) -> RuleIndex:
        """Compile and index ``rules`` (their order is the order of ``match`` results)."""
        return cls([CompiledRule(spec) for spec in rules])

    def __len__(self) -> int:
        return len(self.rules)

    def _file(self, rule_id: int, keys: Keys | None) -> None:
        if keys is None:
            self.always.append(rule_id)
            return
        for kind, value in keys:
            self.tables[kind].setdefault(value, []).append(rule_id)

    def candidates(self, doc: AnalyzedDocument) -> list[int]:
        """Ids of the rules that could match ``doc``, in rule order."""
        found: set[int] = set(self.always)
        vocab = doc.vocabulary()
        _collect(found, self.tables["w"], vocab)
        for n in self.bucket_lengths:
            _collect(found, self.tables["p"], {w[:n] for w in vocab})
        if self.tables["f"]:
            for name in _OTHER_FIELDS:
                _collect(
                    found, self.tables["f"], {f"{name}:{w}" for w in doc.fields[name].postings}
                )
        if self.tables["n"]:  # names: rules filed under a name key of their terms
            _collect(found, self.tables["n"], doc.name_keys() & self.tables["n"].keys())
        if self.tables["s"]:
            stems = doc.fields["title"].stems(doc.language) | doc.fields["body"].stems(doc.language)
            _collect(found, self._stem_table(doc.language), stems)
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
        return self._evaluate(doc, range(len(self.rules)))

    def _evaluate(self, doc: AnalyzedDocument, ids: Sequence[int]) -> list[RuleMatch]:
        found: list[RuleMatch] = []
        for rule_id in ids:
            doc.deadline.check()
            result = self.rules[rule_id].match(doc)
            if result is not None:
                found.append(result)
        return found


def _collect(found: set[int], table: dict[str, list[int]], keys: set[str]) -> None:
    for key in keys:
        ids = table.get(key)
        if ids is not None:
            found.update(ids)
