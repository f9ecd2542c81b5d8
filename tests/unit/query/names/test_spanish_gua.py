"""Spanish and Catalan say a gu before a gw, and Cyrillic writes it гв (Guardiola =
Гвардиола, Guardado = Гвардадо), as well as letter by letter (Гуардиола); a shorter term
stays apart from the common word it would read as (Guardia, Гвардия: the guard)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Guardiola", "ru", "Тренер Гвардиола продлил контракт с клубом.", "Гвардиола"),
        ("Guardiola", "ru", "Контракт Гвардиолы истекает летом.", "Гвардиолы"),
        ("Guardiola", "uk", "Тренер Гвардіола похвалив захисників.", "Гвардіола"),
        ("Guardado", "ru", "Полузащитник Андрес Гвардадо завершил карьеру.", "Гвардадо"),
        ("Gualtieri", "ru", "Мэр Рима Роберто Гвальтьери открыл выставку.", "Гвальтьери"),
        ("Gualtieri", "ru", "Мэр Рима Роберто Гуальтьери открыл выставку.", "Гуальтьери"),
    ],
)
def test_a_spanish_gua_is_found_as_gva(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Guardia", "ru", "Гвардия отступила к реке."),  # the guard
        ("Guardia", "uk", "Гвардія вийшла на парад."),
        ("Guardiola", "ru", "Гвардию отвели в тыл."),
    ],
)
def test_common_words_are_not_found(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
