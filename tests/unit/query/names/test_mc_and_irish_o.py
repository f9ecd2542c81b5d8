"""The Scottish and Irish prefixes of surnames in other scripts: Mc is said and written Mac
(McCain = Маккейн = ماكين), and the Irish O' stays a letter of its own in Cyrillic (О'Брайен);
other Mac-like words and a Greek article before a name are not the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("McCain", "ru", "Сенатор Джон Маккейн выступил против законопроекта.", "Маккейн"),
        ("McConnell", "uk", "Лідер меншості Мітч Макконнелл відкинув пропозицію.", "Макконнелл"),
        ("McCarthy", "ru", "Отставка Маккарти потрясла палату представителей.", "Маккарти"),
        ("McCain", "el", "Ο γερουσιαστής Τζον Μακέιν επισκέφθηκε το Κίεβο.", "Μακέιν"),
        ("McConnell", "ar", "قال ميتش ماكونيل إن المجلس سيصوت الأسبوع المقبل.", "ماكونيل"),
        ("O'Brien", "ru", "Ирландский писатель Фланн О'Брайен родился в Страбане.", "О'Брайен"),
        ("O'Connor", "uk", "Суддя Сандра Дей О'Коннор пішла у відставку.", "О'Коннор"),
        ("O'Connor", "ru", "Книги Фланнери О'Коннор переведены на русский.", "О'Коннор"),
    ],
)
def test_a_prefixed_surname_is_found_in_other_scripts(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("McCain", "ru", "Маккиннон выступил с докладом."),  # another Mac name
        ("McCarthy", "ru", "Маккартни дал концерт в Москве."),
        ("O'Connor", "el", "Ο Κόνορ ΜακΓκρέγκορ επέστρεψε στο ρινγκ."),  # the Greek article
        ("O'Brien", "ru", "Брайен Ино выпустил новый альбом."),  # no O before it
        ("O'Connor", "uk", "Коннор приїхав до Києва."),
    ],
)
def test_other_words_are_not_the_prefixed_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
