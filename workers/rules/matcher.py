"""A plain AND-of-words matcher: whole words, case-insensitive, `word*` for prefixes.

This is the foundation's rule language; the full query language (phrases, OR/NOT, NEAR,
fields, aliases) replaces it behind the same `RuleSet.match` interface.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from services.core.errors import ConfigError
from workers.query import Document
from workers.rules.model import RuleConfig, RulesFile
from workers.snippet import hit_sentence

WORD = re.compile(r"\w+", re.UNICODE)
TERM = re.compile(r"^\w+\*?$", re.UNICODE)
UNSUPPORTED_OPERATORS = frozenset({"OR", "NOT", "NEAR"})


@dataclass(frozen=True)
class Term:
    """One required word, or a prefix when written `word*`."""

    text: str
    prefix: bool


@dataclass(frozen=True)
class CompiledRule:
    name: str
    notify: tuple[str, ...]
    terms: tuple[Term, ...]


@dataclass(frozen=True)
class RuleMatch:
    """A rule that matched: the words that satisfied it, where, and the sentence to show."""

    rule: str
    notify: tuple[str, ...]
    terms: tuple[str, ...]
    fields: tuple[str, ...]
    snippet: str


class Tokens:
    """An article's words, case-folded, ready for exact and prefix look-ups."""

    def __init__(self, *texts: str) -> None:
        # Split first, then casefold all words in one call: casefolding can add characters
        # that are not word characters (İ -> i + U+0307), which must not split a word.
        words = WORD.findall("\n".join(texts))
        self.words = frozenset(" ".join(words).casefold().split(" "))
        self._sorted: list[str] | None = None

    def find(self, term: Term) -> str | None:
        """The word satisfying the term, or None."""
        if not term.prefix:
            return term.text if term.text in self.words else None
        if self._sorted is None:  # only articles checked against a prefix term pay for this
            self._sorted = sorted(self.words)
        i = bisect.bisect_left(self._sorted, term.text)
        if i < len(self._sorted) and self._sorted[i].startswith(term.text):
            return self._sorted[i]
        return None


def compile_query(rule: RuleConfig) -> CompiledRule:
    """Split `A AND b*` into terms; anything else is a clear error, not a silent mismatch."""
    terms = []
    for raw in rule.query.split():
        if raw == "AND":
            continue
        if raw in UNSUPPORTED_OPERATORS or not TERM.match(raw):
            raise ConfigError(
                f"rule {rule.name!r}: {raw!r} is not supported: write words joined by AND, "
                "with `word*` for a prefix"
            )
        terms.append(Term(raw.rstrip("*").casefold(), raw.endswith("*")))
    if not terms:
        raise ConfigError(f"rule {rule.name!r}: the query has no words")
    return CompiledRule(rule.name, tuple(rule.notify), tuple(terms))


@dataclass(frozen=True)
class RuleSet:
    """All enabled rules of one version of the rules file, compiled once."""

    version: str
    rules: tuple[CompiledRule, ...]

    @classmethod
    def build(cls, file: RulesFile, version: str) -> RuleSet:
        return cls(version, tuple(compile_query(r) for r in file.rules if r.enabled))

    def match(self, doc: Document) -> list[RuleMatch]:
        tokens = Tokens(doc.title, doc.body)
        matches = []
        for rule in self.rules:
            found = [tokens.find(t) for t in rule.terms]
            if all(found):
                terms = tuple(f for f in found if f)
                snippet = hit_sentence(terms, doc.title, doc.body)
                matches.append(RuleMatch(rule.name, rule.notify, terms, ("title", "body"), snippet))
        return matches
