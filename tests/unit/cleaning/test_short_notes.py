"""A short note dropped as text is kept as written: nothing in it can be told apart as clutter."""

from __future__ import annotations

import pytest

from workers.cleaning import clean_text_drop


@pytest.mark.parametrize(
    ("text", "title", "paragraphs"),
    [
        (
            "Minister speaks\n\nThe weather was fine. Lavrov condemned terrorism in Cairo.\n",
            "Minister speaks",
            ("The weather was fine. Lavrov condemned terrorism in Cairo.",),
        ),
        ("Just one line of text.", "", ("Just one line of text.",)),
        (
            "Two sentences. Both are body.\nAnd a second line.",
            "",
            ("Two sentences. Both are body.", "And a second line."),
        ),
    ],
    ids=["headline-and-sentence", "single-sentence", "no-headline"],
)
def test_short_note_is_kept_as_written(text, title, paragraphs):
    article = clean_text_drop(text)
    assert (article.title, article.paragraphs) == (title, paragraphs)


def test_long_page_without_a_clear_block_is_still_cleaned():
    menu = "\n".join(f"Section {i}" for i in range(30))
    article = clean_text_drop(f"Headline here\n{menu}\nOne short line of news.\n{menu}\n")
    assert len(article.paragraphs) < 10
