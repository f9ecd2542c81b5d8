"""An old Hungarian spelling's cz is a c, said ts (Rákóczi = Ракоци = راكوتسي), where Polish
cz is ch: read so before an i, which Polish cz never is (it writes czy), or in a name ending
-ai, -ei, a Hungarian surname from a place (Toroczkai = توروتسكاي = Тороцкаи); a Polish
name's cz stays ch (Czarnek = Чарнек, not Царнек)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Rakoczi", "ru", "Восстание Ференца Ракоци началось в 1703 году.", "Ракоци"),
        ("Rakoczi", "ar", "قاد فيرينتس راكوتسي ثورة ضد آل هابسبورغ.", "راكوتسي"),
        ("Toroczkai", "ru", "Ласло Тороцкаи возглавил партию «Наша родина».", "Тороцкаи"),
        ("Toroczkai", "ru", "Ласло Торочкаи возглавил партию «Наша родина».", "Торочкаи"),
        ("Toroczkai", "ar", "انتقد لاسلو توروتسكاي سياسة الهجرة الأوروبية.", "توروتسكاي"),
        ("Toroczkai", "ar", "ونقلت الصحيفة عن توروتسكاي قوله إن الحزب سيشارك.", "توروتسكاي"),
    ],
)
def test_an_old_hungarian_cz_is_found_as_ts(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Czarnek", "ru", "Министр Царнек выступил в Сейме."),  # Polish cz: Чарнек
        ("Kaczmarek", "ru", "Вратарь Кацмарек пропустит матч."),
    ],
)
def test_a_polish_cz_stays_ch(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
