"""A word that is a known place, or stands inside one of several words, is the place's, not a
person's, when a name term finds it only as another spelling or script; the term's own
spelling always counts."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.cases import declines
from workers.query.names.forms import ALL_CASES, NO_CASES, word_keys
from workers.query.names.places import in_place
from workers.query.text import scan


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Costa", "ru", "Коста-Рика провела выборы."),
        ("Costa", "ru", "Президент Коста-Рики посетил Мадрид."),
        ("Costa", "uk", "Вибори в Коста-Риці завершилися."),
        ("Costa", "el", "Η Κόστα Ρίκα ψήφισε χθες."),
        ("Paulo", "ru", "В Сан-Паулу прошёл карнавал."),
        ("Lucia", "ru", "Остров Сент-Люсия пострадал от урагана."),
    ],
)
def test_another_spelling_inside_a_known_place_is_the_place(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Costa", "ru", "Антониу Кошта прибыл в Брюссель.", "Кошта"),
        ("Costa", "ru", "Коста заявил, что саммит состоится.", "Коста"),
        ("Costa", "en", "Costa Rica voted while Costa met leaders.", "Costa"),
        ("Costa", "pt", "António Costa visitou a Costa Rica.", "Costa"),
        ("Costa", "ru", "Глава Евросовета Коста посетил Коста-Рику.", "Коста"),
    ],
)
def test_the_person_still_counts_beside_or_outside_a_place(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("text", "language", "inside"),
    [
        ("в Коста-Рику", "ru", [False, True, True]),
        ("в Южной Африке", "ru", [False, True, True]),
        ("in Costa Rica today", "en", [False, True, True, False]),
        ("Costa in Rica", "en", [False, False, False]),
        ("Коста Рикардо", "ru", [False, False]),
        ("w Kostaryce", "pl", [False, False]),
        ("Kosta Rica", "xx-unknown", [False, False]),
    ],
)
def test_which_words_stand_inside_a_place(text: str, language: str, inside: list[bool]) -> None:
    words = scan(text)[0]
    assert [in_place(words, i, language) for i in range(len(words))] == inside


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Parisi", "el", "Η σύνοδος έγινε στο Παρίσι."),
        ("Healey", "el", "Η Χιλή ψήφισε χθες."),
        ("Chilly", "ru", "Чили подписала соглашение."),
        ("Kuba", "ru", "Куба подписала соглашение."),
    ],
)
def test_another_spelling_that_is_a_one_word_place_is_the_place(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Parisi", "el", "Ο Τζόρτζιο Πάριζι πήρε το Νόμπελ.", "Πάριζι"),
        ("Jordan", "en", "Jordan said it would vote.", "Jordan"),
        ("Kuba", "pl", "Kuba wygrał wyścig.", "Kuba"),
    ],
)
def test_a_one_word_place_takes_only_its_own_spelling_away(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


def test_a_name_before_a_capital_no_time_zone_names_is_a_surname() -> None:
    text = "Rus yetkili Sergey Şoygu Ankara'da temaslarda bulundu."
    assert matched("Shoigu", "tr", text) == ["Şoygu"]


@pytest.mark.parametrize(
    ("text", "language", "position", "inside"),
    [
        ("Президент поручил Новаку подготовить предложения.", "ru", 2, False),
        ("Лидер партии ПАСОК Никос Андрулакис выступил.", "ru", 2, False),
        ("Протесты прошли в Порто-Ново.", "ru", 4, True),
        ("Премьер Новой Зеландии прибыл в Москву.", "ru", 2, True),
        ("Выборы в Боснии и Герцеговине прошли спокойно.", "ru", 4, True),
        ("Wybory w Bośni i Hercegowinie odbyły się spokojnie.", "pl", 4, True),
    ],
)
def test_a_lower_case_word_is_a_places_part_only_with_its_last_letter_changed(
    text: str, language: str, position: int, inside: bool
) -> None:
    """A lower-case word stands for a place's capitalised part as a common noun's case
    changes it, at the last letter; two letters change only in a capitalised word (Новой
    for Новая): ``поручил`` is not ``Порто`` (Порто-Ново), so ``Новаку`` is no place."""
    assert in_place(scan(text)[0], position, language) is inside


def test_a_name_after_a_verb_like_a_places_first_word_is_found() -> None:
    assert matched("Novak", "ru", "Президент поручил Новаку подготовить предложения.") == ["Новаку"]


@pytest.mark.parametrize(
    ("word", "language", "offers"),
    [
        ("Μόσχα", "el", False),  # Moscow: a name term never finds it through its keys
        ("Москва", "ru", False),
        ("Paris", "fr", False),
        ("Москве", "ru", True),  # one-word places count only as written, uninflected
        ("Лаврова", "ru", True),
        ("Λαβρόφ", "el", True),
    ],
)
def test_a_known_one_word_place_offers_no_name_keys(word: str, language: str, offers: bool) -> None:
    """The article offers the rule index (and the archive) no keys for a word every name
    term's check would drop there: no rule is a candidate for it in vain."""
    cases = ALL_CASES if declines(language) else NO_CASES
    assert bool(word_keys([word], language, cases)[0]) is offers


def test_a_name_spelled_as_a_place_is_still_not_found_there() -> None:
    """The same matches as before the place's keys were left out: none."""
    assert matched("Mosha", "el", "Ο υπουργός έφτασε στη Μόσχα χθες.") == []
    assert matched("Mosha", "el", "Ο Μόσα έφτασε χθες στην Αθήνα.") == ["Μόσα"]
