"""A language that writes a Latin-script name as the name writes itself keeps its double
consonant at the end and before a final vowel (Motta, Duffy): a word written as the term but
with a single one is another name, and so is a word ending in a double consonant the term
does not write (Rudd is not Ruud). A romanisation's double letter inside a word (Hassan =
Hasan), a case ending after a double letter (Finnish Sipilälle), Finnish consonant gradation
(Jukka, Jukalle), French ss (Issa = Isa) and the languages spelling by sound keep both."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Gatti", "en", "The sculptor Gati exhibited in Leeds."),
        ("Rossi", "es", "El pintor Rosi expuso en Bilbao."),
        ("Kenny", "en", "The singer Keny performed in Dublin."),
        ("Veen", "de", "Der Maler Venn stellte in Köln aus."),
        ("Haas", "en", "The grower Hass planted the first tree."),
    ],
)
def test_a_double_consonant_apart_is_another_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Hassan", "en", "The minister Hasan spoke in Cairo.", "Hasan"),
        ("Mohammed", "de", "Der Kronprinz Mohamed sprach in Riad.", "Mohamed"),
        ("Gatti", "en", "The designer Gatti's show opened in Milan.", "Gatti"),
        ("Kenny", "ru", "Певец Кенни выступил в Дублине.", "Кенни"),
        ("Jukka", "fi", "Valmentaja antoi Jukalle kiitosta.", "Jukalle"),
        ("Sipila", "fi", "Pääministeri vastasi Sipilälle kyselytunnilla.", "Sipilälle"),
        ("Isa", "fr", "Le ministre Issa a reçu la délégation.", "Issa"),
    ],
)
def test_a_double_consonant_as_written_or_by_sound_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]
