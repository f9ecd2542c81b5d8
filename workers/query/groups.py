"""Name groups of the rule index: which ``g`` keys (see :func:`keys.group_key`) an article holds.

A rule's name word is filed as one group key, its word and name keys together; an article
holds the group when it holds the word or one of the name keys. The index registers each
group once (thousands of rules share a name) and, per article, finds the groups reached
from its words and its name keys with one dictionary look-up each.

Name keys are held by their hashes: at 225,000 rules there are about 1.4 million, and their
strings (every one also inside its group's value) cost about 80 MB where the integers cost
about 45. Two keys of one hash only make a group a candidate for an article holding the
other key: the index's candidates stay a superset of the matches (evaluation decides).
"""

from __future__ import annotations

from collections.abc import Iterable

from .keys import group_parts
from .names import universe


class NameGroups:
    """Group values by their word and by each of their name keys.

    Only ever added to: an index update shares it with the index it replaces (an extra
    group there is never filed, so it changes no result).
    """

    def __init__(self) -> None:
        self.known: set[str] = set()
        self.by_word: dict[str, list[str]] = {}
        # By the hash of each name key (see above). Most keys belong to one group: that
        # group's value itself, a list only when shared (at 225,000 rules, 1.06 of 1.11
        # million keys; a list each cost ~90 MB).
        self.by_name_key: dict[int, str | list[str]] = {}

    def __len__(self) -> int:
        return len(self.known)

    def add(self, value: str) -> None:
        """Register the group ``value`` (a ``g`` key's value); again: nothing to do."""
        if value in self.known:
            return
        self.known.add(value)
        word, name_keys = group_parts(value)
        self.by_word.setdefault(word, []).append(value)
        by_name_key = self.by_name_key
        hashes = set(map(hash, name_keys))
        shared = by_name_key.keys() & hashes  # one C-level pass: most keys are new
        by_name_key.update(
            dict.fromkeys(hashes, value)
            if not shared
            else {key: value for key in hashes if key not in shared}
        )
        for key in shared:
            held = by_name_key[key]
            if isinstance(held, str):
                by_name_key[key] = [held, value]
            else:
                held.append(value)
        universe.note_group_keys(name_keys)  # articles offer only keys some rule asks for

    def held(self, words: Iterable[str], name_keys: Iterable[str]) -> set[str]:
        """The groups an article with ``words`` (folded) and ``name_keys`` holds."""
        found: set[str] = set()
        # One C-level intersection each: an article's words and name keys are mostly unknown.
        by_word = self.by_word
        for word in by_word.keys() & words:
            found.update(by_word[word])
        by_name_key = self.by_name_key
        for key in by_name_key.keys() & set(map(hash, name_keys)):
            held = by_name_key[key]
            if isinstance(held, str):
                found.add(held)
            else:
                found.update(held)
        return found
