"""Position arithmetic for phrases, sloppy phrases and NEAR/ONEAR."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

Occ = tuple[str, int, int]  # field, first token position, position after the last token


def exact_phrase(lists: Sequence[Sequence[int]]) -> list[int]:
    """Start positions where word i of the phrase sits at start + i for every i."""
    if any(not positions for positions in lists):
        return []
    later = [set(positions) for positions in lists[1:]]
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


def near_pairs(
    left: Sequence[Occ], right: Sequence[Occ], distance: int, ordered: bool
) -> list[tuple[Occ, Occ]]:
    """Pairs of occurrences in one field with at most ``distance`` words between them; with
    ``ordered`` the left occurrence must end before the right one starts."""
    pairs: list[tuple[Occ, Occ]] = []
    by_field = _by_field(right)
    for a in left:
        found = by_field.get(a[0])
        if found is None:
            continue
        occs, starts, width = found
        lo = bisect.bisect_left(starts, a[1] - distance - width)
        hi = bisect.bisect_right(starts, a[2] + distance)
        pairs.extend((a, b) for b in occs[lo:hi] if _gap_ok(a, b, distance, ordered))
    return pairs


def _by_field(occs: Sequence[Occ]) -> dict[str, tuple[list[Occ], list[int], int]]:
    """Occurrences per field sorted by start, their starts, and the widest one's width."""
    groups: dict[str, list[Occ]] = {}
    for occ in occs:
        groups.setdefault(occ[0], []).append(occ)
    out: dict[str, tuple[list[Occ], list[int], int]] = {}
    for name, group in groups.items():
        group.sort(key=lambda o: o[1])
        out[name] = (group, [o[1] for o in group], max(o[2] - o[1] for o in group))
    return out


def _gap_ok(a: Occ, b: Occ, distance: int, ordered: bool) -> bool:
    """Words between a and b at most ``distance``; unordered, overlapping counts as 0 (as in
    SQLite FTS5 and Lucene's unordered spans), ordered needs a to end before b starts."""
    if b[1] >= a[2]:
        return b[1] - a[2] <= distance
    if ordered:
        return False
    return b[2] > a[1] or a[1] - b[2] <= distance
