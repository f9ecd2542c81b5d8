"""A compact word filter stored with each archived article, so a backtest skips most
articles without decompressing them.

The filter is a Bloom filter over the article's index keys (its folded words, stems, word
prefixes and ``field:word`` values; see workers.archiving). A Bloom filter never says "absent"
for a word that is there, so an article it excludes cannot match; a false "present" only
costs one decompression. About 8 bits per word keeps false positives near 2.5% while the
filter stays a fraction of the compressed article.

Why not a library: the filter must be read by a plain ``int`` test over tens of thousands of
stored byte strings per backtest; the Bloom packages on PyPI keep their own in-memory
objects, which would cost more to rebuild per article than the test itself.

Layout: ``b"\\x01"``, one byte n, n bytes of a tag (UTF-8; the stemming language of the
article, which the reader needs to turn a rule's stemmed word into a key), then the bits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np

FORMAT = 1
BITS_PER_ITEM = 8
HASHES = 4
MIN_BITS = 64
MAX_BITS = 1 << 16  # 8 KB: a huge article's filter saturates (more decompressions), never grows
TAG_MAX_BYTES = 32
ITEM_BYTES = 32  # of an item's UTF-8 that is hashed (a multiple of 8)
_SEED = np.uint64(0x9E3779B97F4A7C15)
_MULTIPLIER = np.uint64(0xFF51AFD7ED558CCD)
_FINAL_1 = np.uint64(0xFF51AFD7ED558CCD)
_FINAL_2 = np.uint64(0xC4CEB9FE1A85EC53)


def _positions_of(items: Sequence[str], bits: int) -> Any:
    """HASHES bit positions per item (rows), by Kirsch-Mitzenmacher double hashing of one
    64-bit hash: all items at once with numpy (a per-item hashlib call cost the worker a
    millisecond per article). Items are hashed on their first ITEM_BYTES bytes of UTF-8:
    two items sharing those only ever cost a false "may match"."""
    data = np.array([i.encode("utf-8", "surrogatepass") for i in items], dtype=f"S{ITEM_BYTES}")
    words = data.view(np.uint64).reshape(len(items), ITEM_BYTES // 8)
    h = np.full(len(items), _SEED, dtype=np.uint64)
    for column in range(words.shape[1]):
        h = (h ^ words[:, column]) * _MULTIPLIER
        h ^= h >> np.uint64(29)
    h ^= h >> np.uint64(33)  # final mix (the MurmurHash3 finaliser)
    h *= _FINAL_1
    h ^= h >> np.uint64(33)
    h *= _FINAL_2
    h ^= h >> np.uint64(33)
    h1 = h & np.uint64(0xFFFFFFFF)
    h2 = (h >> np.uint64(32)) | np.uint64(1)
    steps = np.arange(HASHES, dtype=np.uint64)
    return (h1[:, None] + steps[None, :] * h2[:, None]) % np.uint64(bits)


def filter_bits(count: int) -> int:
    """Bits of the filter for ``count`` distinct items: whole 64-bit words, bounded."""
    wanted = max(MIN_BITS, count * BITS_PER_ITEM)
    return min(MAX_BITS, (wanted + 63) // 64 * 64)


def build_filter(tag: str, items: Iterable[str]) -> bytes:
    """The stored filter of one article: ``tag`` and every item in ``items``."""
    distinct = sorted(set(items))
    bits = filter_bits(len(distinct))
    table = np.zeros(bits, dtype=bool)
    if distinct:
        table[_positions_of(distinct, bits).ravel()] = True
    tag_bytes = tag.encode("utf-8")[:TAG_MAX_BYTES]
    packed: bytes = np.packbits(table, bitorder="little").tobytes()
    return bytes([FORMAT, len(tag_bytes)]) + tag_bytes + packed


def split_filter(blob: bytes) -> tuple[str, bytes]:
    """(tag, bits) of a stored filter; ValueError when it is not one."""
    if len(blob) < 2 or blob[0] != FORMAT or len(blob) < 2 + blob[1]:
        raise ValueError("not an archive word filter")
    end = 2 + blob[1]
    return blob[2:end].decode("utf-8", "replace"), blob[end:]


# A requirement: the items of which an article must hold one. A conjunction: requirements
# that must all hold (one rule). For a tag, the probe passes an article when any conjunction
# holds; None means every article passes (some rule cannot be pre-filtered).
Conjunction = tuple[tuple[str, ...], ...]
RequirementsFor = Callable[[str], Sequence[Conjunction] | None]
_Masks = list[list[list[int]]]
_UNSET: _Masks = []  # marks "not built yet" in the mask cache


class FilterProbe:
    """Tests stored filters against requirements; masks are built once per (tag, size)."""

    def __init__(self, requirements_for: RequirementsFor) -> None:
        self._requirements_for = requirements_for
        self._by_tag: dict[str, Sequence[Conjunction] | None] = {}
        self._masks: dict[tuple[bytes, int], _Masks | None] = {}

    def may_match(self, blob: bytes | None) -> bool:
        """False only when the article cannot hold what every conjunction needs. An entry
        without a readable filter passes (the full match then decides)."""
        if not blob or len(blob) < 2 or blob[0] != FORMAT:
            return True
        start = 2 + blob[1]
        key = (blob[:start], len(blob) - start)  # header (format, tag) and table size
        masks = self._masks.get(key, _UNSET)
        if masks is _UNSET:
            masks = self._masks[key] = self._masks_of(blob)
        if masks is None:
            return True
        if len(blob) == start:
            return False  # no words at all (a rejected article)
        value = int.from_bytes(memoryview(blob)[start:], "little")
        for conjunction in masks:
            for clause in conjunction:
                for mask in clause:
                    if value & mask == mask:
                        break
                else:
                    break  # a requirement with none of its items: this rule cannot match
            else:
                return True
        return False

    def _masks_of(self, blob: bytes) -> _Masks | None:
        try:
            tag, table = split_filter(blob)
        except ValueError:
            return None
        return self._build(tag, len(table) * 8)

    def _build(self, tag: str, bits: int) -> _Masks | None:
        if tag not in self._by_tag:
            self._by_tag[tag] = self._requirements_for(tag)
        conjunctions = self._by_tag[tag]
        if conjunctions is None:
            return None
        if bits == 0:
            return []
        return [[[_mask(i, bits) for i in clause] for clause in c] for c in conjunctions]


def _mask(item: str, bits: int) -> int:
    mask = 0
    for pos in _positions_of([item], bits)[0]:
        mask |= 1 << int(pos)
    return mask
