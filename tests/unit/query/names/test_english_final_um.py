"""An English surname's final unstressed -um is said with a schwa, which Russian and
Ukrainian write а and Greek α: Burgum = Бергам = Μπέργκαμ (with its ur as е, ε), Bynum =
Байнам, Slocum = Слокам; found in every case. Not after an h (Nahum = Наум) nor in a
word of one syllable (Blum = Блюм, not Блам); the written -ум stays found."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Burgum", "uk", "Міністр Даг Бергам заявив про нові ліцензії.", "Бергам"),
        ("Burgum", "ru", "Губернатор встретился с Бергамом в Джуно.", "Бергамом"),
        ("Bynum", "el", "Ο σέντερ Άντριου Μπάιναμ αποσύρθηκε.", "Μπάιναμ"),
        ("Slocum", "ru", "Капитан Джошуа Слокам обошёл вокруг света.", "Слокам"),
        ("Mangum", "ru", "Рэпер Мангам выпустил альбом.", "Мангам"),
        ("Odum", "ru", "Эколог Юджин Одум написал учебник.", "Одум"),
    ],
)
def test_a_final_um_is_found_as_a_schwa(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Burgum", "ru", "Аталанта из Бергамо обыграла Рому."),
        ("Burgum", "el", "Η Αταλάντα του Μπέργκαμο κέρδισε."),
        ("Blum", "ru", "Политик Блам стал премьером."),
        ("Nahum", "ru", "Министр Нахам выступил."),
    ],
)
def test_another_um_or_a_look_alike_is_not_read_so(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
