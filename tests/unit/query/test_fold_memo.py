"""fold remembers the words it folded, within a bound: hostile text of endless distinct
words empties the memo instead of growing it, and a word folds the same either way."""

from __future__ import annotations

import pytest

from workers.query import text
from workers.query.text import fold


@pytest.mark.parametrize(
    ("word", "folded"),
    [("Lavrov", "lavrov"), ("Sa'ar", "saar"), ("ЛАВРОВ", "лавров"), ("Ławrow", "lawrow")],
)
def test_a_remembered_word_folds_as_a_new_one(word: str, folded: str) -> None:
    text._FOLDED.clear()
    assert fold(word) == folded  # worked out
    assert fold(word) == folded  # remembered
    assert text._FOLDED[word] == folded


def test_the_memo_is_emptied_at_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "MAX_FOLDED", 50)
    text._FOLDED.clear()
    for i in range(500):
        assert fold(f"Word{i}") == f"word{i}"
        assert len(text._FOLDED) <= 50
