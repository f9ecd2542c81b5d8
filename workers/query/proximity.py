"""Position arithmetic for phrases, sloppy phrases and NEAR/ONEAR."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence

Occ = tuple[str, int, int]  # field, first token position, position after the last token
# Above this many spans (never on an article of normal size), chained NEARs keep two per
# start position (see near_spans).
MAX_EXACT_SPANS = 100_000
NEAREST_SCAN = 64
CHECK_EVERY = 4096  # occurrences between two looks at the article's time budget


def _no_check() -> None:
    return None


def exact_phrase(lists: Sequence[Sequence[int]]) -> list[int]:
    """Start positions where word i of the phrase sits at start + i for every i."""
    if any(not positions for positions in lists):
        return []
    sets: dict[int, set[int]] = {}  # a word repeated in the phrase shares one set
    later = [sets.setdefault(id(positions), set(positions)) for positions in lists[1:]]
    return [p for p in lists[0] if all(p + i in s for i, s in enumerate(later, 1))]


def windows(groups: Sequence[tuple[Sequence[int], int]], width: int) -> list[tuple[int, int]]:
    """Minimal windows (start, end exclusive), no wider than ``width`` positions, holding
    ``count`` positions of each (positions, count) group in any order (a group is one
    distinct word; ``count`` is how often the phrase repeats it)."""
    if any(not positions for positions, _ in groups):
        return []
    need = {wid: count for wid, (_, count) in enumerate(groups)}
    events = sorted((p, wid) for wid, (positions, _) in enumerate(groups) for p in positions)
    return _scan(events, need, width)


def _scan(events: list[tuple[int, int]], need: dict[int, int], width: int) -> list[tuple[int, int]]:
    """Sliding window over (position, word id) events; records each minimal window."""
    have = dict.fromkeys(need, 0)
    missing = sum(need.values())
    found: list[tuple[int, int]] = []
    left = 0
    for pos, wid in events:
        have[wid] += 1
        if have[wid] <= need[wid]:
            missing -= 1
        while missing == 0:
            lpos, lwid = events[left]
            have[lwid] -= 1
            left += 1
            if have[lwid] < need[lwid]:
                missing += 1
                if pos - lpos + 1 <= width:
                    found.append((lpos, pos + 1))
    return found


class FieldIndex:
    """One field's occurrences of one side of a NEAR, sorted by start and by end."""

    def __init__(self, occs: list[Occ]) -> None:
        self.by_start = sorted(occs, key=lambda o: o[1])
        self.starts = [o[1] for o in self.by_start]
        self.by_end = sorted(occs, key=lambda o: o[2])
        self.ends = [o[2] for o in self.by_end]
        self.max_ends = list(itertools.accumulate((o[2] for o in self.by_start), max))


Indexer = Callable[[Sequence[Occ]], dict[str, "FieldIndex"]]


def index_by_field(occs: Sequence[Occ]) -> dict[str, FieldIndex]:
    groups: dict[str, list[Occ]] = {}
    for occ in occs:
        groups.setdefault(occ[0], []).append(occ)
    return {name: FieldIndex(group) for name, group in groups.items()}


def near_hits(
    left: Sequence[Occ],
    right: Sequence[Occ],
    distance: int,
    ordered: bool,
    check: Callable[[], None] = _no_check,
    indexer: Indexer = index_by_field,
) -> list[Occ]:
    """The occurrences of either side that have a partner on the other side with at most
    ``distance`` words between them (with ``ordered``, left ending before right starts).

    Time O((L + R) log) and memory O(L + R), whatever the distance: pairs are never listed
    (a NEAR/1000 of two frequent words has hundreds of millions of them). ``check`` is
    called now and then (the article's time budget); ``indexer`` indexes a side by field
    (the matcher passes one that remembers a shared side's index for the article).
    """
    rights, lefts = indexer(right), indexer(left)
    found: list[Occ] = []
    for occs, others, after in ((left, rights, True), (right, lefts, False)):
        for i, a in enumerate(occs):
            if not i % CHECK_EVERY:
                check()
            if _has_partner(a, others, distance, ordered, after=after):
                found.append(a)
    return found


def near_spans(
    left: Sequence[Occ],
    right: Sequence[Occ],
    distance: int,
    ordered: bool,
    check: Callable[[], None] = _no_check,
    indexer: Indexer = index_by_field,
) -> list[Occ]:
    """Spans covering close pairs, for an enclosing NEAR to measure from: each occurrence
    with its nearest and its farthest partner on each side (at most four per occurrence),
    which are the pairs whose spans reach furthest or stay shortest.

    When that could exceed MAX_EXACT_SPANS (never on an article of normal size), only the
    shortest and the longest span per start position are kept, so chained NEARs on a huge
    article stay linear in memory (rarely, an ordered chain whose only close pair is a
    mid-length span is then missed).
    """
    rights, lefts = indexer(right), indexer(left)
    exact = 4 * (len(left) + len(right)) <= MAX_EXACT_SPANS
    spans: dict[Occ, None] = {}
    ends: dict[str, dict[int, tuple[int, int]]] = {}  # field -> start -> (shortest, longest)
    for occs, others, after in ((left, rights, True), (right, lefts, False)):
        for i, a in enumerate(occs):
            if not i % CHECK_EVERY:
                check()
            for b in _partners(a, others, distance, ordered, after=after):
                start, end = min(a[1], b[1]), max(a[2], b[2])
                if exact:
                    spans[(a[0], start, end)] = None
                    continue
                by_start = ends.setdefault(a[0], {})
                low, high = by_start.get(start, (end, end))
                by_start[start] = (min(low, end), max(high, end))
    if exact:
        return list(spans)
    return [
        (name, start, end)
        for name, by_start in ends.items()
        for start, (low, high) in by_start.items()
        for end in dict.fromkeys((low, high))
    ]


def _partners(
    occ: Occ, index: dict[str, FieldIndex], distance: int, ordered: bool, *, after: bool
) -> list[Occ]:
    """Up to four partners of ``occ`` in ``index``: the nearest and farthest on each side.
    ``after``: ``occ`` is on the NEAR's left (ordered partners start after it ends)."""
    field = index.get(occ[0])
    if field is None:
        return []
    if ordered:
        return (
            _starting_after(occ, field, distance) if after else _ending_before(occ, field, distance)
        )
    return _starting_after(occ, field, distance) + _overlapping_or_before(occ, field, distance)


def _has_partner(
    occ: Occ, index: dict[str, FieldIndex], distance: int, ordered: bool, *, after: bool
) -> bool:
    """Whether :func:`_partners` finds any: the same bisections, without listing partners
    or scanning for the nearest (NEAR hits need only the yes or no, per occurrence)."""
    field = index.get(occ[0])
    if field is None:
        return False
    if ordered and not after:  # _ending_before
        ends = field.ends
        return bisect.bisect_left(ends, occ[1] - distance) < bisect.bisect_right(ends, occ[1])
    starts, end = field.starts, occ[2]
    stop = bisect.bisect_left(starts, end)
    if stop < bisect.bisect_right(starts, end + distance):  # _starting_after
        return True
    # _overlapping_or_before: some occurrence starting before ``end`` reaches back far
    # enough exactly when the running maximum of their ends does.
    return not ordered and stop > 0 and field.max_ends[stop - 1] >= occ[1] - distance


def _starting_after(occ: Occ, field: FieldIndex, distance: int) -> list[Occ]:
    """Occurrences starting at or after ``occ`` ends, at most ``distance`` words later."""
    lo = bisect.bisect_left(field.starts, occ[2])
    hi = bisect.bisect_right(field.starts, occ[2] + distance)
    return [field.by_start[lo], field.by_start[hi - 1]] if lo < hi else []


def _ending_before(occ: Occ, field: FieldIndex, distance: int) -> list[Occ]:
    """Occurrences ending at or before ``occ`` starts, at most ``distance`` words earlier."""
    lo = bisect.bisect_left(field.ends, occ[1] - distance)
    hi = bisect.bisect_right(field.ends, occ[1])
    return [field.by_end[lo], field.by_end[hi - 1]] if lo < hi else []


def _overlapping_or_before(occ: Occ, field: FieldIndex, distance: int) -> list[Occ]:
    """Occurrences starting before ``occ`` ends that overlap it or end at most ``distance``
    words before it starts (unordered NEAR: overlapping counts as 0 words apart): the one
    starting first (found by bisecting the running maximum of ends) and the one starting
    last (looked for among the last ``NEAREST_SCAN`` starts; else the first stands in)."""
    reach = occ[1] - distance
    stop = bisect.bisect_left(field.starts, occ[2])
    first = bisect.bisect_left(field.max_ends, reach, 0, stop)
    if first >= stop:
        return []
    by_start = field.by_start
    low = max(first, stop - NEAREST_SCAN)
    last = next((i for i in range(stop - 1, low - 1, -1) if by_start[i][2] >= reach), first)
    return [by_start[first], by_start[last]]
