"""Case endings an apostrophe parts from a word of a name, inside the name.

Polish writes the case ending of a foreign name whose last letter is silent after an
apostrophe, and declines each word of the name (``George'a Clooneya``, ``Tarique'a
Rahmana``, ``Jean-Claude'a Junckera``): the tokenizer parts the ending off as a word of its
own (see text._JOINING_APOSTROPHE), which would stand between the name's words. Between two
words of a name term, such an ending does not part them.
"""

from __future__ import annotations

from bisect import bisect_left

from ..analysis import FieldText, Positions
from ..proximity import exact_phrase
from ..text import APOSTROPHES

MAX_ENDING = 3  # letters of a case ending (Polish 'a, 'em, 'owi), as text reads them


def phrase_spans(text: FieldText, lists: list[Positions]) -> list[tuple[int, int]]:
    """The spans of the phrase of ``lists`` (word i's positions in ``text``), its words side
    by side or with a case ending an apostrophe parts from a word between them."""
    size = len(lists)
    endings = _endings(text, lists)
    if not endings:
        return [(p, p + size) for p in exact_phrase(lists)]
    skipped = sorted(endings)

    def shift(p: int) -> int:  # the position with the endings before it taken out
        return p - bisect_left(skipped, p)

    kept = [[p for p in positions if p not in endings] for positions in lists]
    mapped = [[shift(p) for p in positions] for positions in kept]
    first = {shift(p): p for p in kept[0]}
    last = {shift(p): p for p in kept[-1]}
    return [(first[s], last[s + size - 1] + 1) for s in exact_phrase(mapped)]


def _endings(text: FieldText, lists: list[Positions]) -> set[int]:
    """Positions of the case endings glued by an apostrophe to a word of ``lists`` and
    followed by the name's next word (few: a test of the word first, then of the text)."""
    raw = text.raw
    found: set[int] = set()
    for i in range(len(lists) - 1):
        candidates = [p + 1 for p in lists[i] if p + 2 < len(raw) and _short_ending(raw[p + 1])]
        if not candidates:
            continue
        after = set(lists[i + 1])
        found.update(q for q in candidates if q + 1 in after and _after_apostrophe(text, q))
    return found


def _short_ending(word: str) -> bool:
    return len(word) <= MAX_ENDING and word.isalpha() and word.islower()


def _after_apostrophe(text: FieldText, q: int) -> bool:
    """Whether an apostrophe alone parts the word at ``q`` from the word before it."""
    return text.text[text.ends[q - 1] : text.starts[q]] in APOSTROPHES
