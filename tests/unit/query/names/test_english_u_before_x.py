"""An English short u before an x (two consonants, ks, in one letter) is said as Russian а
and Greek α, as before any two consonants (Luxon = Лаксон = Λάξον, like Truss = Трасс); its
u reading stays (Ruxandra = Руксандра), and other words are not the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Luxon", "ru", "Кристофер Лаксон встретился с фермерами в Окленде.", "Лаксон"),
        ("Luxon", "ru", "Кабинет Лаксона утвердил новый бюджет.", "Лаксона"),
        ("Luxon", "uk", "Опозиція розкритикувала заяву Лаксона про податки.", "Лаксона"),
        ("Luxon", "el", "Ο Λάξον συναντήθηκε με αγρότες στο Ώκλαντ.", "Λάξον"),
        ("Ruxandra", "ru", "Турнир в Бухаресте выиграла Руксандра.", "Руксандра"),  # its u
        ("Tuxen", "ru", "Картины Туксена выставлены в Копенгагене.", "Туксена"),
        ("Huxley", "ru", "Роман Хаксли вышел в новом переводе.", "Хаксли"),
    ],
)
def test_an_english_u_before_x_is_heard_a(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Luxon", "ru", "Лакснесс получил Нобелевскую премию."),  # another name
        ("Luxon", "ru", "Новый лак сохнет за час."),  # an ordinary word
        ("Luxon", "el", "Ο Λάκης έφτασε νωρίς."),  # another Greek name
        ("Ruxandra", "ru", "Александра приехала в Бухарест."),  # another given name
    ],
)
def test_other_words_are_not_the_u_before_x_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
