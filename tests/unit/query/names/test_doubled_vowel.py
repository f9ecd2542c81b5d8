"""A language that writes a Latin-script name as the name writes itself writes its vowels as
the name does: a word written as the term but with one of its vowels doubled is another name
(German Isaak, Isaac's name, is not Isak; Jaakob is not Jakob). Dutch, Finnish and
Estonian, which double a long vowel spelling a name by sound, and other scripts keep both."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Jakob", "de", "Der Bauer Jaakob verkaufte sein Land."),
        ("Samuel", "en", "The painter Samuuel exhibited in Leeds."),
        ("Mikel", "es", "El escultor Mikeel expuso en Bilbao."),
    ],
)
def test_a_doubled_vowel_is_another_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Jakob", "fi", "Valmentaja Jaakob kehui joukkuetta.", "Jaakob"),
        ("Jakob", "de", "Der Trainer Jakob lobte die Mannschaft.", "Jakob"),
        ("Isak", "ru", "Нападающий Александр Исак забил дважды.", "Исак"),
    ],
)
def test_a_vowel_written_as_the_name_or_by_sound_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]
