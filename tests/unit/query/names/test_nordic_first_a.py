"""A Swedish or Norwegian å typed as a in a name of Nordic shape (Åkesson, Håkansson,
Åberg), said o, as Russian, Greek and Arabic write it (Окессон = Όκεσον = أوكيسون)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.spoken import nordic_first_a


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Akesson", "ru", "Шведские демократы Окессона набирают голоса.", "Окессона"),
        ("Akesson", "el", "Ο Όκεσον επέκρινε την κυβέρνηση της Στοκχόλμης.", "Όκεσον"),
        ("Akesson", "ar", "انتقد أوكيسون الحكومة السويدية.", "أوكيسون"),
        ("Hakansson", "ru", "Защитник Хоканссон забил в Мальмё.", "Хоканссон"),
        ("Aberg", "ru", "Нападающий Понтус Оберг подписал контракт.", "Оберг"),
        ("Aslund", "ru", "Экономист Андерс Ослунд предупредил о кризисе.", "Ослунд"),
        ("Akesson", "sv", "Åkesson talade i Sölvesborg.", "Åkesson"),
    ],
)
def test_a_nordic_names_first_a_is_found_as_o(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Hakansson", "ru", "Защитник Хоконссон забил в Мальмё."),  # only the first a
        ("Akers", "ru", "Окерс выступил в Лондоне."),  # no Nordic shape
        ("Anderson", "ru", "Ондерсон выступил в Лондоне."),  # -son is English too
        ("Akesson", "en", "Okesson spoke in Stockholm."),  # Latin writes the a or å
    ],
)
def test_other_a_stay_a(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "spelled"),
    [
        ("Akesson", ("okesson",)),
        ("Hakansson", ("hokansson",)),
        ("Aberg", ("oberg",)),
        ("Johansson", ()),  # its first vowel is an o
        ("Anderson", ()),
    ],
)
def test_only_the_first_syllables_a_is_read_so(term: str, spelled: tuple[str, ...]) -> None:
    assert nordic_first_a(term) == spelled
