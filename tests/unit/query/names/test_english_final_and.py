"""An English name's final -band, -land is said -bend, -lend, which Russian and Ukrainian
write -бэнд, -ленд: Miliband = Милибэнд = Мілібенд, Garland = Гарленд, Kirkland =
Киркленд; the a stays a too (Гарланд), and a Nordic -aland keeps its a."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Garland", "ru", "Генпрокурор США Меррик Гарленд выступил в Сенате.", "Гарленд"),
        ("Garland", "uk", "Генпрокурор США Меррік Гарленд виступив у Сенаті.", "Гарленд"),
        ("Garland", "ru", "Сенаторы допросили Гарленда о расследовании.", "Гарленда"),
        ("Kirkland", "uk", "Письменник Кіркленд представив нову книгу.", "Кіркленд"),
        ("Rowland", "ru", "Певица Келли Роуленд выпустила новый альбом.", "Роуленд"),
        ("Husband", "ru", "Лётчик Рик Хазбэнд погиб на «Колумбии».", "Хазбэнд"),
        ("Garland", "ru", "Судья Меррик Гарланд выступил в Сенате.", "Гарланд"),
    ],
)
def test_an_english_final_and_is_also_read_end(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Haaland", "ru", "Нападающий Эрлинг Хоуленд забил гол."),  # a Nordic -aland
        ("Garland", "el", "Ο Μέρικ Γκάρλεντ μίλησε στη Γερουσία."),  # Greek writes the a
    ],
)
def test_other_names_keep_their_a(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
