"""The name keys some rule of this process may ask for, and article words' keys cut to them.

An article offers the rule index the keys of all its name words (a Russian word in every
case: dozens per article), yet a rule set asks for a few thousand keys, and most article
words share none. The index notes every name key it files (:func:`note_rule_keys`); an
article word's keys are cut to those once (remembered across articles), so each article
hands the index only the keys some rule may ask for: a smaller set to build and to look up.

A term and a word meet exactly when their keys intersect; a term's keys are all noted (the
compiler's :func:`.forms.term_keys` notes them, the index notes what it files), so cutting
a word's keys to the noted ones changes no match. The archive's word filter, which must meet
rules written later, takes the full keys (``AnalyzedDocument.all_name_keys``). Bounded: past
MAX_RULE_KEYS noted keys the cut is switched off (every key is offered, as before).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .word_tables import WordKeyTables

# About 42 MB of noted hashes at most: a rule set of about 8,000 rules with names (5,000
# generated rules with two names each note about 320,000 keys). A worker of 225,000 rules
# notes about 1.4 million (over 100 MB): there the cut is off; measured there, holding the
# set costs a worker about 10 MB before it is dropped, and the cut saved no matching time.
MAX_RULE_KEYS = 500_000


class RuleKeys:
    """Noted rule keys, and per (language, cases) article words' keys cut to them."""

    def __init__(self) -> None:
        # Hashes of the noted keys, not the keys: a worker of 225,000 rules notes about 800,000
        # keys, and copies of their strings were about 50 MB. A hash shared by a key no rule
        # asks for only offers that key too, which changes no match.
        self.keys: set[int] | None = set()
        self.generation = 0  # counts the changes of ``keys``: cut keys of another are stale
        self.cuts = WordKeyTables()  # article words' keys cut to the noted ones

    def note(self, keys: Iterable[str]) -> None:
        """Note name keys a rule may ask for (cut word keys made before are dropped)."""
        held = self.keys
        if held is None:
            return
        new = set(map(hash, keys)).difference(held)
        if not new:
            return
        if len(held) + len(new) > MAX_RULE_KEYS:
            self.keys = None  # too many to be worth it: offer every key
        else:
            held.update(new)
        self.cuts = self.cuts.emptied()  # a fresh cache: a lookup under way fills the old
        self.generation += 1

    def asked(
        self,
        words: set[str],
        language: str | None,
        cases: str,
        full: Callable[[str], frozenset[str]],
    ) -> list[tuple[str, frozenset[str]]] | None:
        """The words of ``words`` whose keys cut to the noted ones are not empty, with those
        keys (``full``: a word's keys before the cut, asked for the words not cut since the
        rules last changed); None: the cut is off."""
        if self.keys is None:
            return None
        return self.cuts.keyed(words, language, cases, lambda word: self._cut(full(word)))

    def _cut(self, keys: frozenset[str]) -> frozenset[str]:
        held = self.keys
        return keys if held is None else (frozenset(k for k in keys if hash(k) in held) or _NONE)


_NONE: frozenset[str] = frozenset()
RULE_KEYS = RuleKeys()


def note_rule_keys(conjunction: Iterable[tuple[str, str]]) -> None:
    """Note the name keys (``n``) of one of the index's key conjunctions (called for every
    conjunction the index files: most hold none; a name group's keys are noted when the
    index first registers the group, see :func:`note_group_keys`)."""
    if RULE_KEYS.keys is None:
        return  # the cut is off
    for kind, value in conjunction:
        if kind == "n":
            RULE_KEYS.note((value,))


def note_group_keys(name_keys: Iterable[str]) -> None:
    """Note the name keys of a name group, once, when the index first registers it
    (thousands of rules may share the group)."""
    RULE_KEYS.note(name_keys)
