"""Name groups of the rule index: which ``g`` keys (see :func:`keys.group_key`) an article holds.

A rule's name word is filed as one group key, its word and name keys together; an article
holds the group when it holds the word or one of the name keys. The index registers each
group once (thousands of rules share a name) and, per article, finds the groups reached
from its words and its name keys with one dictionary look-up each.

Name keys are held by their hashes: at 225,000 rules there are about 1.4 million, and their
strings (every one also inside its group's value) cost about 80 MB where the integers cost
about 45. Two keys of one hash only make a group a candidate for an article holding the
other key: the index's candidates stay a superset of the matches (evaluation decides).
A large set's hashes go into two arrays instead, sorted once the index is built (hash,
group number: 12 bytes a key, where a dictionary of integers costs about 60, and the
integers, freed, would leave their memory scattered), found for an article's keys by one
vectorised binary search; keys an update adds wait in a dictionary until the next settling.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from struct import pack
from typing import Any

from .keys import group_parts
from .names import universe
from .text import lazy_numpy

# Groups from which an index's name keys go into arrays (see NameGroups): about 460,000
# keys, a set of some 30,000 rules with names. A smaller set keeps its dictionary, whose
# look-ups cost an article less than numpy's fixed cost per call (a few microseconds).
LARGE_AT = 20_000
# Keys an update added to a settled set (an edited file's new names) that are settled again.
RESETTLE_AT = 100_000
# How a name key is held (see above): read at each call, so a test can make keys collide
# compiled too (compiled code calls a builtin directly, whatever the module's globals say).
key_hash = hash


class NameGroups:
    """Group values by their word and by each of their name keys.

    Only ever added to: an index update shares it with the index it replaces (an extra
    group there is never filed, so it changes no result). ``large``: the keys go into
    arrays, found once :meth:`settle` has sorted them (the index settles before use).
    """

    def __init__(self, large: bool = False) -> None:
        self.known: set[str] = set()
        self.by_word: dict[str, list[str]] = {}
        # By the hash of each name key (see above). Most keys belong to one group: that
        # group's value itself, a list only when shared (at 225,000 rules, 1.06 of 1.11
        # million keys; a list each cost ~90 MB).
        self.by_name_key: dict[int, str | list[str]] = {}
        self.settled: SettledKeys | None = None  # a large set's keys, sorted
        # A large set's keys not sorted yet, the group of each as its place in ``values``.
        self._hashes: array[int] | None = array("q") if large else None
        self._ids = array("i")
        self._values: list[str] = []

    def __len__(self) -> int:
        return len(self.known)

    def add(self, value: str) -> None:
        """Register the group ``value`` (a ``g`` key's value); again: nothing to do."""
        if value in self.known:
            return
        self.known.add(value)
        word, name_keys = group_parts(value)
        self.by_word.setdefault(word, []).append(value)
        hashes = set(map(key_hash, name_keys))
        if self._hashes is not None:  # a large set being built: no integer is kept
            # Packed in one C call and appended as bytes: extending an array with ints
            # converts each through PyArg_Parse, a quarter of building a 225k-rule index.
            count = len(hashes)
            self._hashes.frombytes(pack(f"{count}q", *hashes))
            self._ids.extend(array("i", (len(self._values),)) * count)
            self._values.append(value)
        else:
            self._add_to_dictionary(value, hashes)
        universe.note_group_keys(name_keys)  # articles offer only keys some rule asks for

    def _add_to_dictionary(self, value: str, hashes: set[int]) -> None:
        by_name_key = self.by_name_key
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

    def held(self, words: Iterable[str], name_keys: Iterable[str]) -> set[str]:
        """The groups an article with ``words`` (folded) and ``name_keys`` holds."""
        found: set[str] = set()
        # One C-level intersection each: an article's words and name keys are mostly unknown.
        by_word = self.by_word
        for word in by_word.keys() & words:
            found.update(by_word[word])
        hashes = set(map(key_hash, name_keys))
        by_name_key = self.by_name_key
        for key in by_name_key.keys() & hashes:
            held = by_name_key[key]
            if isinstance(held, str):
                found.add(held)
            else:
                found.update(held)
        settled = self.settled
        if settled is not None and hashes:
            found.update(settled.held(hashes))
        return found

    def settle(self) -> None:
        """Sort a large set's keys into :attr:`settled` (with any added since, once they
        are many: see RESETTLE_AT); later keys go to the dictionary. Called by the index
        when built or updated, before it is used; an index still in use with this object
        meanwhile finds every group in one or both."""
        if self._hashes is not None:
            self.settled = SettledKeys.of(self._hashes, self._ids, self._values)
            self._hashes, self._ids, self._values = None, array("i"), []
        elif self.settled is not None and len(self.by_name_key) >= RESETTLE_AT:
            self.settled = self.settled.merged(self.by_name_key)
            self.by_name_key = {}


class SettledKeys:
    """Name-key hashes, sorted, with the number of their group in ``values`` (read-only)."""

    __slots__ = ("hashes", "ids", "values")

    def __init__(self, hashes: Any, ids: Any, values: list[str]) -> None:
        self.hashes = hashes  # numpy int64, sorted
        self.ids = ids  # numpy int32: the group of each hash, as its place in ``values``
        self.values = values

    @classmethod
    def of(cls, hashes: array[int], ids: array[int], values: list[str]) -> SettledKeys:
        """The keys ``hashes`` (any order) of the groups ``ids`` (places in ``values``)."""
        np = lazy_numpy()
        found = np.frombuffer(hashes, np.int64)
        order = np.argsort(found, kind="stable")
        return cls(found[order], np.frombuffer(ids, np.int32)[order], values)

    def merged(self, pending: dict[int, str | list[str]]) -> SettledKeys:
        """These keys and those of ``pending`` (hash -> group or groups), in new arrays."""
        values = list(self.values)
        number = {value: i for i, value in enumerate(values)}
        hashes, ids = array("q", self.hashes.tobytes()), array("i", self.ids.tobytes())
        for key, held in pending.items():
            for value in [held] if isinstance(held, str) else held:
                place = number.get(value)
                if place is None:
                    place = number[value] = len(values)
                    values.append(value)
                hashes.append(key)
                ids.append(place)
        return SettledKeys.of(hashes, ids, values)

    def held(self, hashes: set[int]) -> list[str]:
        """The groups of ``hashes`` (an article's name keys' hashes). The probes sorted: each
        search starts where the one before ended (numpy does so for rising keys), so the
        searches walk the array once instead of jumping about it (about 3x faster); one
        search each, a hit's run of equal hashes (keys of several groups) walked here."""
        np = lazy_numpy()
        probe = np.fromiter(hashes, np.int64, len(hashes))
        probe.sort()
        sorted_hashes = self.hashes
        starts = sorted_hashes.searchsorted(probe, "left")
        size = len(sorted_hashes)
        inside = starts < size
        hit = np.zeros(len(probe), bool)
        hit[inside] = sorted_hashes[starts[inside]] == probe[inside]
        ids, values = self.ids, self.values
        found: list[str] = []
        for start, key in zip(starts[hit].tolist(), probe[hit].tolist(), strict=True):
            end = start + 1
            while end < size and int(sorted_hashes[end]) == key:
                end += 1
            found.extend([values[i] for i in ids[start:end].tolist()])
        return found
