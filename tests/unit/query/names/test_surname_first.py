"""Chinese, Korean and Vietnamese names put the family name first: a one-word rule for the
surname finds it in another script before the given name, where a Western given name would
stand (which stays no surname: ``Sissy Spacek`` is not ``Sisi``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Xi", "ru", "Си Цзиньпин прибыл в Москву с визитом.", ["Си"]),
        ("Xi Jinping", "ru", "Си Цзиньпин прибыл в Москву с визитом.", ["Си", "Цзиньпин"]),
        ("Xi", "el", "Ο Σι Τζινπίνγκ συναντήθηκε με τον Πούτιν.", ["Σι"]),
        ("Xi Jinping", "sr", "Predsednik Si Đinping je doputovao u Beograd.", ["Si", "Đinping"]),
        ("Li", "uk", "Лі Цян відвідав виставку.", ["Лі"]),
        ("Kim", "ru", "Ким Чен Ын осмотрел новый завод.", ["Ким"]),
        ("Lee", "ru", "Президент Ли Чжэ Мён выступил в парламенте.", ["Ли"]),
        ("Sisi", "en", "Sissy Spacek won the award.", []),
    ],
)
def test_a_surname_first_name_is_found_before_the_given_name(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found
