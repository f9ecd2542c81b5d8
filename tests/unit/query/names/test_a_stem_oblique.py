"""A name in -a (Ressa, Srettha: Ресса, Сретта) in an oblique case that no nominative takes
(Рессы, Рессой; Polish Ressy) is the name's own case beside a woman's given name or before
a surname, not a woman's name spelled as a man's case (``Марии Рессы``, ``Сретты
Тхависина``). Endings a woman's own name may have (Лулу, Лаврова) stay hers."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Ressa", "ru", "Книгу Марии Рессы перевели на русский язык.", "Рессы"),
        ("Ressa", "ru", "Интервью с Марией Рессой вышло вчера.", "Рессой"),
        ("Ressa", "uk", "Інтерв'ю з Марією Рессою вийшло вчора.", "Рессою"),
        ("Ressa", "pl", "Książka Marii Ressy ukazała się w Polsce.", "Ressy"),
        ("Srettha", "ru", "Правительство Сретты Тхависина ушло в отставку.", "Сретты"),
        # the Polish dative and locative soften the consonant before their -e, which no
        # nominative ends in: Sikora: Sikorze, Zawada: Zawadzie, Noga: Nodze, Rota: Rocie
        ("Sikora", "pl", "Trener pogratulował Annie Sikorze zwycięstwa.", "Sikorze"),
        ("Zawada", "pl", "Medal wręczono Marcie Zawadzie w Krakowie.", "Zawadzie"),
        ("Noga", "pl", "Nagrodę przyznano Ewie Nodze za reportaż.", "Nodze"),
        ("Rota", "pl", "Trener pogratulował Annie Rocie zwycięstwa.", "Rocie"),
    ],
)
def test_an_a_stem_case_beside_a_name_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Lula", "ru", "Певица Лулу выступила в Москве."),  # her own name, undeclined
        ("Lavrov", "ru", "Встреча с Марией Лавровой прошла в Москве."),
        ("Zamir", "ru", "Журналистка Замира Исмаилова выступила на форуме."),
        ("Lavrov", "uk", "Зустріч з Марією Лавровою відбулася в Києві."),
        ("Sikor", "pl", "Trener pogratulował Annie Sikorze zwycięstwa."),  # not his case
    ],
)
def test_a_womans_own_name_stays_hers(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
