"""An article matched with names on is freed as soon as it is dropped: nothing it holds
refers back to it (a cycle would keep every article alive until the cyclic collector runs,
which made English wire 5-14% slower to match when a field's names referred to the field)."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator

import pytest

from workers.query import Document, RuleIndex, RuleSpec, analyze, parse_query


@pytest.fixture
def no_collector() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    yield
    if enabled:
        gc.enable()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Путина на Амуре ловят. Визит Лаврова и Путина."),  # openers, cases
        ("en", "Lavrov's visit. Lavrov met Shoukry."),  # a possessive: no split
        ("ar", "قال لافروف"),
    ],
)
def test_a_matched_article_is_freed_without_the_cyclic_collector(
    no_collector: None, language: str, text: str
) -> None:
    index = RuleIndex.build(
        [
            RuleSpec(name, parse_query(name), names="variants")
            for name in ("Lavrov", "Putin", "Shoukry")
        ]
    )
    doc = analyze(Document("Визит Лаврова", text, language=language))
    assert index.match(doc)
    # Counted among the objects the collector tracks, not by weak references: the compiled
    # build's classes (workers/query/native.py) take none. With the collector off, an
    # article kept by a cycle stays among them.
    held = Counter(type(held) for held in (doc, *doc.fields.values()))
    before = _alive(held)
    del doc
    assert before - _alive(held) == held


def _alive(kinds: Counter[type]) -> Counter[type]:
    """How many objects of each of ``kinds`` the collector tracks."""
    return Counter(kind for kind in map(type, gc.get_objects()) if kind in kinds)
