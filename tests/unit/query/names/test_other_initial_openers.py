"""A Latin-script word opening a sentence that a name term finds only through a foreign
reading of its first letter (``Jansa``'s J as French zh: Polish ``Szansa``, chance) is an
ordinary word there, unless the article names the person elsewhere; the same word inside
a sentence, and an opener of the term's own first sound (``Selenskyj`` for ``Zelensky``),
stay the name, and so does any opener in a language that respells Latin names by their
sound (Serbian ``Đorđesku`` for Georgescu)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Jansa", "pl", "Szansa na pokój maleje z każdym dniem."),
        ("Jansa", "sk", "Šanca na postup je stále reálna."),
        ("Jansa", "cs", "Šance na výhru je malá."),
        ("Jansa", "pl", "Szanse na porozumienie rosną."),
        # A silent h and a J read as y: two readings away from the name.
        ("Jansa", "de", "Hansa Rostock stieg in die zweite Liga auf."),
        ("Jansa", "de", "Hansa spielt am Samstag in Kiel."),
    ],
)
def test_an_opener_of_another_first_sound_is_no_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Zelensky", "de", "Selenskyj sagte am Montag, die Front halte.", "Selenskyj"),
        ("Zelensky", "pl", "Zełenski powiedział, że front się trzyma.", "Zełenski"),
        ("Shoigu", "pl", "Szojgu odwiedził Pjongjang.", "Szojgu"),
        ("Khamenei", "cs", "Chameneí vyzval k jednotě.", "Chameneí"),
        ("Yanukovych", "pl", "Janukowycz uciekł do Rosji.", "Janukowycz"),
        ("Xi", "cs", "Si Ťin-pching přiletěl do Moskvy.", "Si"),
        ("Djokovic", "sr", "Đoković je osvojio turnir.", "Đoković"),
        # Languages that respell Latin names by their sound.
        ("Georgescu", "sr", "Đorđesku je pobedio u prvom krugu.", "Đorđesku"),
        ("Jospin", "lv", "Žospēns atkāpās no amata.", "Žospēns"),
        # Named elsewhere in the article: the opener is the name too.
        ("Jansa", "sk", "Premiér Janša prišiel. Šanca na dohodu je stále reálna.", "Šanca"),
    ],
)
def test_the_name_stays_found(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)
