"""An Arabic name's final ḍ (ض) or ḏ (ذ), written dh by English and German news, d by the
other scripts and said z in Persian, Turkish and Urdu (Fayyadh = Файяд = الفياض = Feyyaz);
not in Latin letters as written (an English Fayyad is as often another's name)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.spoken import arabic_final_dh


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Mahfoudh", "tr", "Bakan Mahfuz bütçeyi sundu.", "Mahfuz"),
        ("Mahfoudh", "ru", "Министр Махфуд представил бюджет.", "Махфуд"),
        ("Mahfoudh", "ru", "Сторонники Махфуда вышли на улицы.", "Махфуда"),
        ("Mahfoudh", "ar", "قال محفوظ إن الميزانية جاهزة.", "محفوظ"),
        ("Abdulridh", "tr", "Bakan Abdulriz açıklama yaptı.", "Abdulriz"),
        ("Iyadh", "el", "Ο Ιγιάντ μίλησε στους δημοσιογράφους.", "Ιγιάντ"),
    ],
)
def test_a_final_dh_is_found_as_d_and_z(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Mahfoudh", "tr", "Bakan Mahfuk bütçeyi sundu."),  # a k is no ض
        # Latin letters keep the dh: an English Fayyad is as often another's فياض
        ("Fayyadh", "en", "Hezbollah lawmaker Ali Fayyad spoke."),
        ("Mahfoudh", "ru", "Министр Махфуг представил бюджет."),
        ("Mahfoudh", "ar", "قال محفوف إن الميزانية جاهزة."),  # محفوف, "surrounded"
    ],
)
def test_a_final_dh_adds_no_look_alike(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "spelled"),
    [
        ("Fayyadh", ("fayyad", "fayyaz")),
        ("Mahfoudh", ("mahfoud", "mahfouz")),
        ("Adhikari", ()),  # an Indian aspirate dh inside the name
        ("Sidh", ("sid", "siz")),
        ("Fayyad", ()),
    ],
)
def test_only_a_final_dh_after_a_vowel_is_read_so(term: str, spelled: tuple[str, ...]) -> None:
    assert arabic_final_dh(term) == spelled
