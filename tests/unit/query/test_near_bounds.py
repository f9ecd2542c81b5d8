"""NEAR without listing pairs: the same hits as every close pair gives, the same truth for
chained NEARs, and memory in occurrences whatever the distance."""

from __future__ import annotations

import random

import pytest

from tests.unit.query.helpers import matches
from workers.query.proximity import Occ, near_hits, near_spans


def gap_ok(a: Occ, b: Occ, distance: int, ordered: bool) -> bool:
    """The definition: at most ``distance`` words between; unordered overlap counts as 0."""
    if b[1] >= a[2]:
        return b[1] - a[2] <= distance
    return not ordered and (b[2] > a[1] or a[1] - b[2] <= distance)


def pairs(left: list[Occ], right: list[Occ], d: int, ordered: bool) -> list[tuple[Occ, Occ]]:
    return [(a, b) for a in left for b in right if a[0] == b[0] and gap_ok(a, b, d, ordered)]


def all_spans(left: list[Occ], right: list[Occ], d: int, ordered: bool) -> list[Occ]:
    return [(a[0], min(a[1], b[1]), max(a[2], b[2])) for a, b in pairs(left, right, d, ordered)]


def occurrences(rng: random.Random) -> list[Occ]:
    out = []
    for _ in range(rng.randint(0, 6)):
        start = rng.randint(0, 15)
        out.append((rng.choice("tb"), start, start + rng.randint(1, 3)))
    return out


def test_hits_are_the_occurrences_of_every_close_pair() -> None:
    rng = random.Random(7)
    for _ in range(5000):
        left, right = occurrences(rng), occurrences(rng)
        d, ordered = rng.randint(0, 4), rng.random() < 0.5
        expected = {o for pair in pairs(left, right, d, ordered) for o in pair}
        assert set(near_hits(left, right, d, ordered)) == expected


def test_hits_keep_the_order_of_each_side_left_first() -> None:
    rng = random.Random(5)
    for _ in range(2000):
        left = [(f, s, s + rng.randint(1, 4)) for f, s, _ in occurrences(rng) * 3]
        right = [(f, s, s + rng.randint(1, 4)) for f, s, _ in occurrences(rng) * 3]
        d, ordered = rng.randint(0, 8), rng.random() < 0.5
        close = pairs(left, right, d, ordered)
        expected = [a for a in left if any(p[0] == a for p in close)]
        expected += [b for b in right if any(p[1] == b for p in close)]
        assert near_hits(left, right, d, ordered) == expected


def test_chained_near_is_true_exactly_when_some_close_pair_is_near_the_third_term() -> None:
    rng = random.Random(11)
    for _ in range(5000):
        left, right, third = occurrences(rng), occurrences(rng), occurrences(rng)
        d, ordered = rng.randint(0, 4), rng.random() < 0.5
        d2, ordered2 = rng.randint(0, 4), rng.random() < 0.5
        mine = near_spans(left, right, d, ordered)
        every = all_spans(left, right, d, ordered)
        assert set(mine) <= set(every)
        assert bool(pairs(mine, third, d2, ordered2)) == bool(pairs(every, third, d2, ordered2))
        assert bool(pairs(third, mine, d2, ordered2)) == bool(pairs(third, every, d2, ordered2))


@pytest.mark.parametrize("ordered", [False, True])
def test_a_proximity_bomb_keeps_one_entry_per_occurrence(ordered: bool) -> None:
    """60,000 x 60,000 occurrences within 1,000 words: 120 million pairs, never listed."""
    left = [("body", p, p + 1) for p in range(0, 120_000, 2)]
    right = [("body", p, p + 1) for p in range(1, 120_000, 2)]
    assert len(near_hits(left, right, 1000, ordered)) == 120_000
    assert len(near_spans(left, right, 1000, ordered)) <= 4 * 120_000


def test_near_on_a_large_article_matches() -> None:
    body = "Lavrov condemned terrorists. " * 20_000
    assert matches("Lavrov NEAR/1000 terror*", body=body)
    assert matches("(Lavrov NEAR/1000 terror*) NEAR/1000 condemned", body=body)
