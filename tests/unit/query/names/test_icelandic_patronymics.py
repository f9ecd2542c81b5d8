"""Icelandic patronymics in their other cases: -dóttir is -dóttur, -son is -sonar in the
genitive and -syni in the dative (``á fund Höllu Tómasdóttur``, ``ríkisstjórn Bjarna
Benediktssonar``), read so only in Icelandic; a daughter's name is not a son's."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Jakobsdottir", "is", "Ráðuneyti Katrínar Jakobsdóttur tók við völdum.", "Jakobsdóttur"),
        ("Tomasdottir", "is", "Ráðherrann heimsótti Tómasdóttur á Bessastöðum.", "Tómasdóttur"),
        ("Benediktsson", "is", "Ríkisstjórn Bjarna Benediktssonar féll í haust.", "Benediktssonar"),
        ("Gudnason", "is", "Forsetinn þakkaði Guðnasyni fyrir störf hans.", "Guðnasyni"),
        (
            "Frostadottir",
            "is",
            "Þingflokkur Kristrúnar Frostadóttur fundaði í dag.",
            "Frostadóttur",
        ),
    ],
)
def test_a_patronymic_in_its_case_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Benediktsson", "is", "Ríkisstjórn Bjarna Benediktsdóttur féll í haust."),  # a daughter
        ("Jakobsdottir", "is", "Ráðuneyti Jakobs Jakobssonar tók við völdum."),  # a son
        ("Tomasdottir", "en", "The Tómasdóttur family met the press."),  # read so in Icelandic only
        ("Benediktsson", "is", "Hann fór til sonar síns í gær."),  # the ordinary word
    ],
)
def test_other_names_are_not_the_patronymic(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
