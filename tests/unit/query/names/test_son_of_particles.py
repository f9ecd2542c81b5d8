"""A capitalised "son of" (Ben, Bin, Ibn) hyphenated to a surname is part of the name: an
article writes it too (Бен-Гурион, بن غوريون), so it is required and shown, where the
article's ``Al-`` stays left out (see test_name_particles)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Ben-Gurion", "en", "David Ben-Gurion read the declaration.", ["Ben-Gurion"]),
        ("Ben-Gurion", "en", "Ben Gurion read the declaration.", ["Ben Gurion"]),
        ("Ben-Gurion", "ru", "Речь Давида Бен-Гуриона транслировали.", ["Бен-Гуриона"]),
        ("Ben-Gurion", "el", "Ο Νταβίντ Μπεν Γκουριόν μίλησε.", ["Μπεν Γκουριόν"]),
        ("Ben-Gurion", "ar", "ألقى دافيد بن غوريون الخطاب.", ["بن غوريون"]),
        ("Ibn-Saud", "ar", "أسس عبد العزيز بن سعود المملكة.", ["بن سعود"]),
        ("Al-Sharaa", "ar", "وصل الرئيس أحمد الشرع إلى الرياض.", ["الشرع"]),
    ],
)
def test_a_hyphenated_son_of_is_found_with_the_name(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Ben-Gurion", "en", "Gurion said the talks went well."),
        ("Ben-Gurion", "ar", "قال غوريون إن المحادثات جيدة."),
        ("Ben-Gvir", "ar", "احتشد جمهور غفير في الساحة."),
        ("Ibn-Saud", "ar", "زار الوفد مدينة سعود الجديدة."),
    ],
)
def test_the_surname_alone_is_not_the_name(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []
