"""Italian and French say a gn between vowels ny, which Russian and Ukrainian write нь and
Greek νι: ``Magnani`` = ``Маньяни`` = ``Μανιάνι``, ``Agnelli`` = ``Аньелли``, in their cases;
a short term is not read so (``Magna`` is not ``Маня``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Magnani", "ru", "Актриса Анна Маньяни получила премию.", "Маньяни"),
        ("Magnani", "el", "Η ηθοποιός Άννα Μανιάνι κέρδισε το βραβείο.", "Μανιάνι"),
        ("Bignami", "ru", "Министр Галеаццо Биньями выступил в Риме.", "Биньями"),
        ("Agnelli", "ru", "Бизнесмен Андреа Аньелли покинул клуб.", "Аньелли"),
        ("Castagna", "ru", "Тренер поговорил с Кастаньей после матча.", "Кастаньей"),
        ("Castagna", "uk", "Тренер поговорив з Кастаньєю після матчу.", "Кастаньєю"),
    ],
)
def test_a_gn_between_vowels_is_found_as_ny(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Magna", "ru", "Вчера Маня пришла домой поздно."),  # a short term: not read so
        ("Magnani", "ru", "Актриса Анна Мани получила премию."),  # the ny is still there
    ],
)
def test_a_gn_read_as_ny_keeps_its_letters(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
