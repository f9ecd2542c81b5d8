"""An Arabic name's -ayi- (a kasra after the glide: Tayyib, Nayif, Fayiz) is written -aye-
in English and French (Tayeb, Nayef, Fayez) and -ayi- or -ai- in Russian, Turkish, Polish
and Greek (Тайиб, Наиф, Фаиз, Tajjib, Ταγίμπ): a term ending in a vowel, y, e and a
consonant also reads the e as i. A German -ayer (Bayer) and other names stay apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Nayef", "ru", "Министр внутренних дел принц Наиф принял делегацию.", "Наиф"),
        ("Fayez", "ru", "Глава правительства Ливии Фаиз ас-Саррадж прибыл в Рим.", "Фаиз"),
        ("Fayez", "tr", "Libya Başbakanı Fayiz es-Serrac Ankara'ya geldi.", "Fayiz"),
        ("Tayeb", "ru", "Суданский писатель ат-Тайиб написал роман.", "Тайиб"),
        ("Tayeb", "pl", "Książkę napisał sudański pisarz at-Tajjib.", "Tajjib"),
        ("Tayeb", "el", "Ο συγγραφέας αλ-Ταγίμπ έγραψε το μυθιστόρημα.", "Ταγίμπ"),
    ],
)
def test_aye_reads_ayi(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Tayeb", "ru", "Президент Турции Тайип прибыл в Каир."),
        ("Nayef", "ru", "Министр Наим принял делегацию."),
        ("Bayer", "ru", "Певец Баир выступил в Улан-Удэ."),
    ],
)
def test_other_words_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
