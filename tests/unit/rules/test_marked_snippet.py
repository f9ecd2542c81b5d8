"""The alert snippet: the sentence (or two) holding the hits, hits marked «so», ≤ 300 chars."""

from __future__ import annotations

import re

import pytest

from workers.snippet import MAX_SNIPPET_CHARS, marked_snippet, sentences


def body_hits(body: str, *words: str) -> list[tuple[str, int, int]]:
    """Spans of every whole-word occurrence of ``words`` in the body."""
    return [
        ("body", m.start(), m.end())
        for w in words
        for m in re.finditer(rf"\b{re.escape(w)}\b", body)
    ]


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        (
            "Lavrov arrived. Lavrov spoke on terrorism today! Weather was fine.",
            ("Lavrov", "terrorism"),
            "«Lavrov» spoke on «terrorism» today!",
        ),
        ("Lavrov arrived. Later Lavrov left.", ("Lavrov",), "«Lavrov» arrived."),
        (
            "Headline line\nLavrov said something without a full stop\nOther",
            ("Lavrov",),
            "«Lavrov» said something without a full stop",
        ),
        (
            'He said: "Lavrov left." Then terrorism was discussed. Rain.',
            ("Lavrov", "terrorism"),
            'He said: "«Lavrov» left." Then «terrorism» was discussed.',
        ),
        (
            "Terrorists struck. Terrorist groups and Lavrov met.",
            ("Terrorists", "Terrorist", "Lavrov"),
            "«Terrorist» groups and «Lavrov» met.",
        ),
        ("Sergey  Lavrov\tspoke.", ("Sergey  Lavrov",), "«Sergey Lavrov» spoke."),
    ],
    ids=["most-hits", "first-of-equals", "line-break", "two-sentences", "by-stem", "spaces"],
)
def test_snippet_is_the_sentence_holding_the_hits(
    body: str, words: tuple[str, ...], expected: str
) -> None:
    assert marked_snippet("Title", body, body_hits(body, *words)) == expected


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([("title", 0, 6)], "«Lavrov» in Cairo"),
        ([], "Lavrov in Cairo"),
        ([("url", 0, 3)], "Lavrov in Cairo"),
    ],
)
def test_without_body_hits_the_title_is_shown(
    spans: list[tuple[str, int, int]], expected: str
) -> None:
    assert marked_snippet("Lavrov in Cairo", "Nothing here.", spans) == expected


def test_long_sentence_is_cut_at_words_around_the_first_hit() -> None:
    before = " ".join(f"w{i}" for i in range(150))
    body = f"{before} Lavrov spoke on terrorism {before}."
    snippet = marked_snippet("T", body, body_hits(body, "Lavrov", "terrorism"))
    assert len(snippet) <= MAX_SNIPPET_CHARS
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "«Lavrov» spoke on «terrorism»" in snippet
    words = snippet.strip("…").replace("«", "").replace("»", "").split()
    assert " ".join(words) in body


def test_sentence_at_the_limit_is_not_cut() -> None:
    sentence = "Lavrov " + "x" * (MAX_SNIPPET_CHARS - len("Lavrov ") - 4)
    assert (
        marked_snippet("T", sentence, body_hits(sentence, "Lavrov")) == f"«Lavrov» {sentence[7:]}"
    )


def test_long_title_fallback_is_cut_too() -> None:
    title = " ".join(["headline"] * 60)
    snippet = marked_snippet(title, "", [])
    assert len(snippet) <= MAX_SNIPPET_CHARS and snippet.endswith("…")


def test_overlapping_hits_are_marked_once() -> None:
    body = "The Sergey Lavrov visit."
    spans = [("body", 4, 17), ("body", 11, 17)]
    assert marked_snippet("T", body, spans) == "The «Sergey Lavrov» visit."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two!  Three?", ["One.", "Two!", "Three?"]),
        ("Line one\nLine two", ["Line one", "Line two"]),
        ("Pi is 3.14 exactly.", ["Pi is 3.14 exactly."]),
        ('"Quoted." Next', ['"Quoted."', "Next"]),
        ("  \n", []),
    ],
)
def test_sentences_split_after_end_marks_and_at_line_breaks(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentences(text)] == expected
