"""A South Slavic, Czech or Polish c typed without its mark reads ts or tsh before the
English k: before v or w, which English never writes after a c (Cvijanovic = Цвиянович =
Τσβιγιάνοβιτς = تسفيانوفيتش, Cvetkovic = Цветкович), and in a final -ic (Jankovic =
Јанковић). A long name's readings are capped, so the likelier ones come first; a word
with other consonants there stays apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Cvetkovic", "sr", "Бивши премијер Мирко Цветковић говорио је на скупу.", "Цветковић"),
        ("Cvetkovic", "ru", "Бывший премьер Мирко Цветкович выступил на форуме.", "Цветкович"),
        ("Cvetkovic", "el", "Ο Μίρκο Τσβέτκοβιτς μίλησε στο φόρουμ.", "Τσβέτκοβιτς"),
        ("Cvetkovic", "ar", "قال ميركو تسفيتكوفيتش إن الحوار مهم.", "تسفيتكوفيتش"),
        ("Cvijetinovic", "sr", "Глумац Цвијетиновић добио је награду.", "Цвијетиновић"),
        ("Cvijetinovic", "ru", "Актёр Цвиетинович получил премию.", "Цвиетинович"),
        ("Cvitanovic", "ru", "Тренер Цвитанович покинул клуб.", "Цвитанович"),
        ("Cvitanovic", "el", "Ο προπονητής Τσβιτάνοβιτς αποχώρησε.", "Τσβιτάνοβιτς"),
    ],
)
def test_slavic_c_is_heard_as_ts(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Cvetkovic", "ru", "Цветков выступил на форуме."),
        ("Cvitanovic", "ru", "Квитанция лежала на столе."),
        ("Cvijetinovic", "sr", "Цвијет је процвјетао у башти."),
        ("Cvijanovic", "ru", "Цвиянова выступила на форуме."),
    ],
)
def test_other_words_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
