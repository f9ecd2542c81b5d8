"""A Scots surname's final -och after another syllable is said -ok (Badenoch = Баденок =
Μπέιντενοκ = بادينوك, Murdoch = Мердок): other scripts write it with a k; a one-syllable
German -och, -ach (Koch, Bloch, Bach) keeps its kh (Кох, Блох), not another word's k."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Badenoch", "ru", "Депутаты обсудили предложение Баденок о налогах.", "Баденок"),
        ("Badenoch", "el", "Η Κέμι Μπάντενοκ μίλησε στη Βουλή των Κοινοτήτων.", "Μπάντενοκ"),
        ("Murdoch", "ru", "Медиамагнат Руперт Мердок продал свою долю.", "Мердок"),
        ("Murdoch", "el", "Ο μεγιστάνας Ρούπερτ Μέρντοκ πούλησε την εφημερίδα.", "Μέρντοκ"),
        ("Murdoch", "ar", "باع قطب الإعلام روبرت ميردوك حصته في الصحيفة.", "ميردوك"),
    ],
)
def test_a_scots_och_is_found_with_its_k(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Koch", "ru", "Кок сказал, что завод закроется."),  # one syllable: Кох
        ("Bloch", "ru", "Поэт Александр Блок написал поэму."),
        ("Bach", "ru", "Бак был полон воды."),
        ("Badenoch", "ru", "Баден принял гостей фестиваля."),  # the name without its -och
    ],
)
def test_other_words_are_not_the_scots_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
