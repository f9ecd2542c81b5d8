"""French eu is said ö, which Cyrillic and Greek write е, ε (Jabeur = Жабер = Ζαμπέρ,
Pasteur = Пастер = Παστέρ): a term spelled the French way, a final -eur among those ways, is
also read with its eu before a consonant as e."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Pasteur", "ru", "Институт Пастер открыл новую лабораторию.", "Пастер"),
        ("Pasteur", "el", "Το Ινστιτούτο Παστέρ ανακοίνωσε νέα μελέτη.", "Παστέρ"),
        ("Prieur", "ru", "Французский депутат Приер выступил в парламенте.", "Приер"),
        ("Prieur", "el", "Ο Γάλλος βουλευτής Πριέρ μίλησε στη Βουλή.", "Πριέρ"),
        ("Mayeur", "ru", "Бельгийский политик Майер подал в отставку.", "Майер"),
        ("Lefeuvre", "ru", "Французский историк Лефевр написал новую книгу.", "Лефевр"),
    ],
)
def test_french_eu_as_e(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Pasteur", "ru", "Пастор прочитал проповедь в воскресенье."),
        ("Prieur", "ru", "Приор монастыря встретил гостей."),
        ("Jabeur", "ru", "Жадер выиграл турнир по шахматам."),
    ],
)
def test_other_vowels_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
