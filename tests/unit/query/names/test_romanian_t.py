"""A Romanian name typed without its marks (ending -iu, -ul, -escu, -eanu, -anu) may
have a ț where it has a t after a vowel before u, o or i, which Cyrillic, Greek and Arabic
write ts (Gutul = Guțul = Гуцул = Γκουτσούλ = غوتسول); not a first t (Цою is also Цой's
dative), a t after a consonant (Antonescu) or a name of another shape."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Gutul", "ru", "Башкан Гагаузии Гуцул выступила в Комрате.", "Гуцул"),
        ("Gutul", "el", "Η Γκουτσούλ συναντήθηκε με τον Ρώσο πρόεδρο.", "Γκουτσούλ"),
        ("Gutul", "ar", "التقت الزعيمة الغاغاوزية غوتسول بالرئيس الروسي.", "غوتسول"),
        ("Ratiu", "ru", "Политик Рациу выступил в Бухаресте.", "Рациу"),
        ("Gutul", "tr", "Komrat'ta Gutsul halka seslendi.", "Gutsul"),
    ],
)
def test_a_romanian_t_is_found_as_ts(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Toiu", "ru", "Музыкант Виктор Цой написал песню."),
        ("Antonescu", "ru", "Анцонеску выступил."),  # a t after a consonant
        ("Paul", "ru", "Пацул выступил в парламенте."),  # no t: another shape
        ("Gutul", "en", "The Hutsul region is known for its wood carving."),
        ("Gutul", "ru", "Гуцулы живут в Карпатах."),
    ],
)
def test_other_words_are_not_the_romanian_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
