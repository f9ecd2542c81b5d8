"""The hit sentence that explains an alert."""

from __future__ import annotations

import pytest

from workers.snippet import MAX_SNIPPET_CHARS, hit_sentence


def test_snippet_is_the_sentence_with_the_most_matched_words() -> None:
    body = "Lavrov arrived. Lavrov spoke on terrorism today! Weather was fine."
    assert hit_sentence(["lavrov", "terrorism"], "T", body) == "Lavrov spoke on terrorism today!"


def test_snippet_prefers_the_first_of_equally_good_sentences() -> None:
    body = "Lavrov arrived. Later Lavrov left."
    assert hit_sentence(["lavrov"], "T", body) == "Lavrov arrived."


def test_snippet_matches_whole_words_case_insensitively() -> None:
    body = "Lavrova spoke. The LAVROV visit ended."
    assert hit_sentence(["lavrov"], "T", body) == "The LAVROV visit ended."


def test_snippet_splits_on_line_breaks() -> None:
    body = "Headline line\nLavrov said something without a full stop\nOther"
    assert hit_sentence(["lavrov"], "T", body) == "Lavrov said something without a full stop"


@pytest.mark.parametrize(
    ("terms", "body"),
    [(["lavrov"], "Nothing relevant here. Or here."), (["lavrov"], ""), ([], "Lavrov here.")],
)
def test_snippet_falls_back_to_the_title(terms: list[str], body: str) -> None:
    assert hit_sentence(terms, "Title line", body) == "Title line"


def test_long_sentence_is_cut_at_a_word_with_ellipsis() -> None:
    sentence = "Lavrov " + " ".join(f"word{i}" for i in range(100)) + "."
    snippet = hit_sentence(["lavrov"], "T", sentence)
    assert len(snippet) <= MAX_SNIPPET_CHARS
    assert snippet.endswith("…")
    assert sentence.startswith(snippet[:-1])
    assert snippet[:-1].split(" ")[-1] in sentence.split(" ")


def test_sentence_at_the_limit_is_not_cut() -> None:
    sentence = "Lavrov " + "x" * (MAX_SNIPPET_CHARS - len("Lavrov "))
    assert hit_sentence(["lavrov"], "T", sentence) == sentence


def test_long_title_fallback_is_cut_too() -> None:
    title = " ".join(["headline"] * 60)
    snippet = hit_sentence(["absent"], title, "no match")
    assert len(snippet) <= MAX_SNIPPET_CHARS
    assert snippet.endswith("…")
