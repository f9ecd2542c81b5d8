"""A Latin-script article writes an Arabic, Persian or Russian kh as kh or its own ch, x, j,
h, never kh for an h: a word with a kh is another name than a term written with a bare h
(Khatib is not Hatib). A name spelled from Russian (Хасанов = Khasanov), whose х stands
for an Arabic h too, and other scripts keep both."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Hatib", "en", "Imam Ahmed Khatib led the prayers."),
        ("Halil", "en", "Lebanese MP Ali Hassan Khalil was charged."),
        ("Harrazi", "fr", "L'ancien ministre Kamal Kharrazi est arrivé à Paris."),
    ],
)
def test_a_latin_kh_is_not_a_terms_h(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Hasanov", "en", "Uzbek boxer Khasanov won gold.", "Khasanov"),  # from Russian
        ("Ahmedov", "en", "Coach Akhmedov praised the team.", "Akhmedov"),
        ("Khalil", "en", "Lebanese MP Ali Hassan Khalil was charged.", "Khalil"),
        ("Khamenei", "de", "Ajatollah Ali Chamenei sprach.", "Chamenei"),
        ("Hatib", "ru", "Имам Ахмед Хатиб прочитал молитву.", "Хатиб"),
    ],
)
def test_a_kh_is_kept_where_it_may_be_the_name(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]
