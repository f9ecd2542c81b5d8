"""Egyptian English writes the article el and an Arabic name's opening a after it as e, as
Egyptian Arabic says them (El-Enany = al-Anani = эль-Анани): a name word after an el
particle, opening with e and a consonant, is also read with a there. Not a word without the
article (Enany alone is no Анани), nor another name (Ανάν, Annan)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("El-Erian", "ru", "Лидер «Братьев-мусульман» Эссам аль-Арьян умер в тюрьме.", "Арьян"),
        ("El-Erian", "en", "Brotherhood leader Essam al-Aryan died in prison.", "Aryan"),
        ("Essam El-Erian", "en", "Brotherhood leader Essam al-Aryan died in prison.", "Aryan"),
        ("El-Erian", "el", "Ο ηγέτης της Αδελφότητας Εσάμ αλ-Αριάν πέθανε στη φυλακή.", "Αριάν"),
    ],
)
def test_egyptian_e_as_a(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Enany", "ru", "Министр Анани посетил Луксор."),
        ("El-Enany", "el", "Ο Κόφι Ανάν ήταν γενικός γραμματέας του ΟΗΕ."),
        ("El-Erian", "ru", "Певица Арина выпустила альбом."),
    ],
)
def test_others_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
