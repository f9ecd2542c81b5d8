"""Articles analysed once for all rules: per-field tokens, positions and lazy views.

``analyze`` tokenises every field once; case-sensitive forms, stems (per language) and the
sorted vocabulary for wildcards are built only the first time some rule asks for them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from .budget import NO_DEADLINE, Deadline
from .glob import Glob
from .names.document import FieldNames
from .names.universe import RULE_KEYS
from .nodes import DEFAULT_FIELDS
from .stemming import stemmer
from .text import fold, offsets_of_split, scan_offsets, scan_split, surface

Positions = list[int]
_EMPTY: Positions = []


@dataclass(frozen=True)
class Document:
    """An article as the matcher sees it (already decoded and cleaned)."""

    title: str
    body: str
    source: str = ""
    language: str | None = None
    url: str = ""


# See AnalyzedDocument.position_bits.
NARROW_POSITION_BITS = 29


class FieldText:
    """One field's tokens: folded words by position, postings, and lazily built views."""

    def __init__(self, text: str, deadline: Deadline = NO_DEADLINE) -> None:
        raw, self._split = scan_split(text)  # the split: offsets when explaining
        self.text = text
        self.raw = raw
        self._offsets: tuple[list[int], list[int]] | None = None
        postings: dict[str, Positions] = {}  # a plain dict: a miss is not an insert
        for pos, word in enumerate(raw):  # the hot loop: compiled, two look-ups a word
            folded = fold(word)
            found = postings.get(folded)
            if found is None:
                postings[folded] = [pos]
            else:
                found.append(pos)
        self.postings = postings
        self._surfaces: dict[str, Positions] | None = None
        self._stems: dict[str, dict[str, Positions]] = {}
        self._vocabulary: list[str] | None = None
        self._wild: dict[tuple[str, str], Positions] = {}
        self._names: FieldNames | None = None
        self._deadline = deadline  # checked while its words' name keys are worked out

    def __len__(self) -> int:
        return len(self.raw)

    @property
    def starts(self) -> list[int]:
        """Character offset where each word starts (computed on first use: explanations)."""
        return self._word_offsets()[0]

    @property
    def ends(self) -> list[int]:
        """Character offset just past each word."""
        return self._word_offsets()[1]

    def _word_offsets(self) -> tuple[list[int], list[int]]:
        if self._offsets is None:
            names = self._names  # the names' check of sentence openers may have built them
            if names is not None:
                self._offsets = names.offsets()
            else:
                split = self._split
                self._offsets = (
                    scan_offsets(self.text) if split is None else offsets_of_split(split)
                )
        return self._offsets

    def positions(self, word: str) -> Positions:
        """Positions of the folded ``word``."""
        return self.postings.get(word, _EMPTY)

    def surface_positions(self, form: str) -> Positions:
        """Positions of a case-sensitive form (``=US``)."""
        if self._surfaces is None:
            self._surfaces = {}
            for pos, word in enumerate(self.raw):
                self._surfaces.setdefault(surface(word), []).append(pos)
        return self._surfaces.get(form, _EMPTY)

    def stem_positions(self, language: str | None, stem: str) -> Positions:
        """Positions of words whose stem in ``language`` is ``stem``."""
        return self._stem_table(language).get(stem, _EMPTY)

    def stems(self, language: str | None) -> set[str]:
        """Distinct stems of this field in ``language`` (for the rule index)."""
        return set(self._stem_table(language))

    def _stem_table(self, language: str | None) -> dict[str, Positions]:
        table = self._stems.get(language or "")
        if table is None:
            table = self._stems[language or ""] = _stem_table(self.postings, language)
        return table

    def names(self) -> FieldNames:
        """The words of this field that read as names, and their keys (see names)."""
        if self._names is None:
            self._names = FieldNames(
                self.text, self.raw, self.postings, self._split, self._offsets, self._deadline.check
            )
        return self._names

    def wildcard_positions(self, prefix: str, pattern: Glob | None) -> Positions:
        """Positions of words starting with ``prefix`` (and fully matching ``pattern``)."""
        key = (prefix, pattern.pattern if pattern else "")
        found = self._wild.get(key)
        if found is None:
            found = self._wild[key] = self._expand(prefix, pattern)
        return found

    def _expand(self, prefix: str, pattern: Glob | None) -> Positions:
        if self._vocabulary is None:
            self._vocabulary = sorted(self.postings)
        vocab, out = self._vocabulary, []
        for i in range(bisect.bisect_left(vocab, prefix), len(vocab)):
            word = vocab[i]
            if not word.startswith(prefix):
                break
            if pattern is None or pattern.fullmatch(word):
                out.extend(self.postings[word])
        out.sort()
        return out


def _stem_table(postings: dict[str, Positions], language: str | None) -> dict[str, Positions]:
    stem = stemmer(language)
    table: dict[str, Positions] = {}
    for word, positions in postings.items():
        table.setdefault(stem(word), []).extend(positions)
    for positions in table.values():
        positions.sort()
    return table


class AnalyzedDocument:
    """A document tokenised once; reused for every rule that is evaluated on it."""

    def __init__(self, doc: Document, deadline: Deadline = NO_DEADLINE) -> None:
        self.document = doc
        self.deadline = deadline
        self.language = doc.language
        self.fields = {
            "title": FieldText(doc.title, deadline),
            "body": FieldText(doc.body, deadline),
            "source": FieldText(doc.source),
            "lang": FieldText(doc.language or ""),
            "url": FieldText(doc.url),
        }
        self._vocabulary: set[str] | None = None
        self._name_keys: set[str] | None = None
        self._name_keys_at = -1
        self._caseless: bool | None = None
        # Hits of shared term matchers (see compiler: one matcher per distinct term), found
        # once per article however many rules hold the term. Keyed by the matcher itself.
        self.memo: dict[object, list[tuple[str, int, int]] | None] = {}
        # Per hit (as one int, see rules.explain_parts): its character span, and its text.
        self.explained: tuple[dict[int, tuple[str, int, int]], dict[int, str | None]] = ({}, {})
        # Bits of a word position in such an int: 29 (the int fits a machine word, which
        # compiled code holds unboxed) unless a field has more words (over a gigabyte).
        most = max(len(field.raw) for field in self.fields.values())
        self.position_bits = NARROW_POSITION_BITS if most < 1 << NARROW_POSITION_BITS else 32
        # Per hit list (by id, held): its hits as sorted keys (see rules.explain_parts).
        self.explained_parts: dict[int, tuple[Any, list[int]]] = {}
        # NEAR sides indexed by field (proximity.FieldIndex), by the id of the hits list held.
        self.near_indexes: dict[int, tuple[Any, Any]] = {}

    def name_keys(self) -> set[str]:
        """Name keys of the title and body words that some rule may ask for (for the rule
        index and name terms: the same matches as :meth:`all_name_keys`; see names.universe)."""
        if self._name_keys is None or self._name_keys_at != RULE_KEYS.generation:
            self._name_keys_at = RULE_KEYS.generation  # rules that came since ask for more
            keys: set[str] = set()
            for name in DEFAULT_FIELDS:
                if self.fields[name].raw:
                    self.fields[name].names().add_rule_keys(keys, self.language)
            self._name_keys = keys
        return self._name_keys

    def all_name_keys(self) -> set[str]:
        """Every name key of the title and body words (for the archive's word filter, which
        must meet rules written later; see names)."""
        keys: set[str] = set()
        for name in DEFAULT_FIELDS:
            if self.fields[name].raw:
                self.fields[name].names().add_keys(keys, self.language)
        return keys

    def caseless(self) -> bool:
        """Whether the title and body have no capital letter, or no lower-case one: then
        case says nothing about names (see names.capitals)."""
        if self._caseless is None:
            text = "\n".join(self.fields[name].text for name in DEFAULT_FIELDS)
            self._caseless = text == text.lower() or text == text.upper()
        return self._caseless

    def vocabulary(self) -> set[str]:
        """Distinct folded words of the title and body (the default search fields)."""
        if self._vocabulary is None:
            vocab: set[str] = set()
            for name in DEFAULT_FIELDS:
                vocab.update(self.fields[name].postings)
            self._vocabulary = vocab
        return self._vocabulary


def analyze(doc: Document, deadline: Deadline = NO_DEADLINE) -> AnalyzedDocument:
    """Tokenise ``doc`` once for matching against any number of rules; matching it raises
    BudgetExceeded once ``deadline`` has passed."""
    return AnalyzedDocument(doc, deadline)
