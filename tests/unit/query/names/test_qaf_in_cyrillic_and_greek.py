"""The Arabic or Persian qaf (ق) that English writes g or q: Russian writes the g of an
Arabic name of the shape CaCCaCi к and Greek κ (Gaddafi = Каддафи = Καντάφι), and Russian
and Greek write a Persian opening q г and γκ (Qalibaf = Галибаф = Γκαλιμπάφ). A g of
another name stays a g (Gates is not Кейтс, Gabbard not Каббард). A name after Russian
``имени``, Ukrainian ``імені`` names a stadium or school after the person (``стадион
имени Каддафи``), unless it follows "on behalf of" (``от имени Каддафи``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Gaddafi", "ru", "Ливийский лидер Муаммар Каддафи был убит в 2011 году.", "Каддафи"),
        ("Gaddafi", "ru", "Каддафи заявил о победе.", "Каддафи"),
        ("Gaddafi", "uk", "Заяву від імені Каддафі оприлюднив його адвокат.", "Каддафі"),
        ("Gaddafi", "el", "Ο Καντάφι κυβέρνησε τη Λιβύη για 42 χρόνια.", "Καντάφι"),
        ("Gaddafi", "el", "Ο γιος του Μουαμάρ Καντάφι δήλωσε υποψηφιότητα.", "Καντάφι"),
        ("Qalibaf", "ru", "Спикер парламента Ирана Мохаммад Багер Галибаф заявил.", "Галибаф"),
        ("Qalibaf", "el", "Ο πρόεδρος της Βουλής Μπαγκέρ Γκαλιμπάφ δήλωσε.", "Γκαλιμπάφ"),
    ],
)
def test_a_qaf_is_found_as_cyrillic_and_greek_write_it(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Gates", "ru", "Основатель Microsoft Билл Кейтс посетил Индию."),
        ("Gabbard", "ru", "Директор нацразведки Каббард выступила в Конгрессе."),
        ("Gallant", "ru", "Министр обороны Йоав Каллант прибыл в Вашингтон."),
        ("Gattuso", "el", "Ο προπονητής Τζενάρο Κατούζο δήλωσε."),
        ("Gaddafi", "el", "Οι κάτοικοι τραγούδησαν μια καντάδα κάτω από το μπαλκόνι."),
        ("Gaddafi", "ru", "Матч пройдёт на стадионе имени Каддафи в Лахоре."),
        ("Shevchenko", "uk", "Студенти університету імені Шевченка вийшли на акцію."),
    ],
)
def test_other_gs_and_places_named_after_are_not_found(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


def test_on_behalf_of_is_the_person() -> None:
    assert matched("Putin", "ru", "Заявление от имени Путина зачитал Песков.") == ["Путина"]
