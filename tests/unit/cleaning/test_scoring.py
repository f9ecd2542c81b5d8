"""best_segment: the maximum-scoring contiguous run of lines."""

from __future__ import annotations

import pytest

from workers.cleaning.scoring import best_segment


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ([-1.0, 2.0, 3.0, -1.0], (1, 2)),
        ([-5.0, 4.0, -1.0, 4.0, -5.0], (1, 3)),  # a weak line does not split the article
        ([-5.0, 4.0, -9.0, 3.0], (1, 1)),  # a strong break does
        ([5.0], (0, 0)),
        ([-2.0, -1.0, -3.0], (1, 1)),
    ],
)
def test_best_segment(scores: list[float], expected: tuple[int, int]) -> None:
    assert best_segment(scores) == expected
