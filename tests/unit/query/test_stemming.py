"""Optional per-rule stemming in the article's language."""

from __future__ import annotations

import pytest

from workers.query.stemming import algorithm, stem

from .helpers import matches


@pytest.mark.parametrize(
    ("query", "body", "language", "stemming", "expected"),
    [
        ("terrorist", "the terrorists fled", "en", True, True),
        ("terrorist", "the terrorists fled", "en", False, False),
        ("terrorists", "a terrorist fled", None, True, True),
        ('"terrorist attack"', "terrorists attacked", "en", True, True),
        ('"terrorist attack"', "attacked terrorists", "en", True, False),
        ("terrorist NEAR/1 attack", "attacked by terrorists", "en", True, True),
        ("санкции", "новые санкций", "ru", True, True),
        ("санкции", "новые санкций", "ru", False, False),
        ("=Terrorist", "Terrorists", "en", True, False),
        ("terror*", "terrorists", "en", True, True),
        ("source:reuters", "x", "en", True, False),
    ],
)
def test_stemmed_rules_match_other_forms_of_a_word(
    query: str, body: str, language: str | None, stemming: bool, expected: bool
) -> None:
    assert matches(query, body=body, language=language, stemming=stemming) is expected


def test_stemming_does_not_apply_to_source_lang_or_url() -> None:
    assert not matches("source:reuter", body="x", source="Reuters", stemming=True)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "english"), ("en-GB", "english"), ("RU", "russian"), (None, "english"), ("xx", "xx")],
)
def test_language_codes_map_to_snowball_algorithms(language: str | None, expected: str) -> None:
    assert algorithm(language) == expected


def test_an_unknown_language_leaves_words_unstemmed() -> None:
    assert stem("xx", "terrorists") == "terrorists"
