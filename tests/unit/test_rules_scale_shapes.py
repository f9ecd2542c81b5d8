"""The scale benchmark's rule shapes: each generates a folder that loads, and on its own
articles the index finds exactly what evaluating every rule finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.rules_scale import SCALE_SHAPE, Shape
from benchmarks.rules_scale_heavy import HEAVY_SHAPE
from workers.query import analyze
from workers.rules.loader import load_rules


@pytest.mark.parametrize("shape", [SCALE_SHAPE, HEAVY_SHAPE], ids=["scale", "heavy"])
def test_a_shapes_folder_loads_and_its_index_equals_every_rule(
    shape: Shape, tmp_path: Path
) -> None:
    shape.generate(tmp_path, 600)
    index = load_rules(tmp_path).index
    matched = 0
    for doc in shape.articles(5):
        analyzed = analyze(doc)
        found = index.match(analyzed)
        assert found == index.match_naive(analyzed)
        matched += len(found)
    assert len(index.specs) >= 590  # the heavy shape disables about 1 %
    assert matched > 0


@pytest.mark.parametrize("shape", [SCALE_SHAPE, HEAVY_SHAPE], ids=["scale", "heavy"])
def test_a_shapes_long_run_articles_are_made_one_at_a_time_deterministically(
    shape: Shape,
) -> None:
    first, second = shape.article_maker(7), shape.article_maker(7)
    assert [first() for _ in range(3)] == [second() for _ in range(3)]
