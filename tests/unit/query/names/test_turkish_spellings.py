"""Turkish spells an Arabic or Persian name with its own letters, the j as c and a short a
as e (Laricani = Larijani, Emini = Amini): a Turkish article's word is also read so. A
frequent Turkish word is read as written only: heykel (a statue) is an Arabic loan, not
Haykal."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Amini", "Mahsa Emini'nin ölümü protestolara yol açtı.", ["Emini'nin"]),
        ("Larijani", "İranlı yetkili Ali Laricani Moskova'ya gitti.", ["Laricani"]),
        ("Hajizadeh", "Komutan Emir Ali Hacızade saldırıda öldü.", ["Hacızade"]),
        ("Ahmadinejad", "Eski Cumhurbaşkanı Mahmud Ahmedinejad aday oldu.", ["Ahmedinejad"]),
        ("Erdogan", "Cumhurbaşkanı Erdoğan Ankara'da konuştu.", ["Erdoğan"]),
    ],
)
def test_a_turkish_spelling_of_an_arabic_or_persian_name_is_found(
    term: str, text: str, form: list[str]
) -> None:
    assert matched(term, "tr", text) == form


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Haykal", "tr", "Heykel sergisi Ankara'da açıldı."),
        ("Kallas", "tr", "Keleş ilçesinde kar yağışı etkili oldu."),  # a place, not kalas
        ("Amini", "de", "Der Stürmer Emini traf zweimal."),  # German reads its e as e
    ],
)
def test_a_common_turkish_word_or_another_language_is_read_as_written(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []
