"""Bulgarian writes a Turkish name's dotless ı with its ъ (Кълъчдароглу = Kılıçdaroğlu,
Хатимогулларъ = Hatimoğulları), which a term typed without Turkish letters writes i: a
Bulgarian word ending in ъ (no Bulgarian word does) or with two also reads them as i.
Bulgarian words of one inner ъ (Към, Път, Съд) do not: they open sentences."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Kilicdaroglu", "Лидерът на опозицията Кълъчдароглу загуби изборите.", "Кълъчдароглу"),
        ("Yildirim", "Бившият премиер Йълдъръм посети Анкара.", "Йълдъръм"),
        ("Hatimogullari", "Според Хатимогулларъ законът трябва да бъде приет.", "Хатимогулларъ"),
    ],
)
def test_turkish_dotless_i_as_bulgarian_schwa(term: str, text: str, form: str) -> None:
    assert form in matched(term, "bg", text)


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Kim", "Към края на годината цените се повишиха."),
        ("Pitt", "Път към мира няма."),
        ("Sid", "Съд в София отхвърли иска."),
    ],
)
def test_other_words_stay_apart(term: str, text: str) -> None:
    assert matched(term, "bg", text) == []
