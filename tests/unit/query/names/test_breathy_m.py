"""The breathy m of Edo, Esan and Marathi names, written mh, which other scripts and
spellings often write as a plain m (Osimhen = Όσιμεν = أوسيمين)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.spoken import breathy_m


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Oshiomhole", "el", "Ο Οσιομόλε μίλησε στο Λάγκος.", "Οσιομόλε"),
        ("Oshiomhole", "ar", "قال أوشيومولي إن الحزب موحد.", "أوشيومولي"),
        ("Oshiomhole", "ru", "Ошиомоле выступил в Лагосе.", "Ошиомоле"),
        ("Oshiomhole", "ru", "Ошиомхоле выступил в Лагосе.", "Ошиомхоле"),
        ("Imhonde", "ar", "سجل إيموندي هدفا في الدقيقة الأخيرة.", "إيموندي"),
        ("Imhonde", "el", "Ο Ιμόντε σκόραρε στο τελευταίο λεπτό.", "Ιμόντε"),
        ("Tamhane", "ru", "Режиссёр Тамане представил новый фильм.", "Тамане"),
    ],
)
def test_an_mh_is_found_as_a_plain_m(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Osimhen", "ar", "قال عثمان إن الحكومة ستستقيل."),  # Othman: Arabic writes all vowels
        ("Osimhen", "ru", "Осман прибыл в Анкару."),
        ("Oshiomhole", "ru", "Ошимоле выступил в Лагосе."),
        ("Burhan", "ru", "Буран накрыл город."),  # an h after r is said
    ],
)
def test_the_plain_m_adds_no_look_alike(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "spelled"),
    [("Osimhen", ("osimen",)), ("Tamhane", ("tamane",)), ("Mohammed", ()), ("Brahms", ())],
)
def test_only_an_mh_between_vowels_is_read_so(term: str, spelled: tuple[str, ...]) -> None:
    assert breathy_m(term) == spelled
