"""An Irish final -hoe, -hue, -ghue said -hyoo, as Russian, Greek and Arabic write it
(Donohoe = Донохью = Ντόναχιου = دونوهو), and the Irish O' that makes another surname."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.spoken import greek_irish_schwa, irish_final_hue


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Donohoe", "ru", "Министр финансов Ирландии Донохью представил бюджет.", "Донохью"),
        ("Donohoe", "uk", "Міністр Донохью представив бюджет Ірландії.", "Донохью"),
        ("Donohoe", "el", "Ο υπουργός Ντόναχιου παρουσίασε τον προϋπολογισμό.", "Ντόναχιου"),
        ("Donohoe", "ar", "قدم الوزير الإيرلندي دونوهو الميزانية.", "دونوهو"),
        ("Donoghue", "ru", "Писательница Эмма Донохью получила премию.", "Донохью"),
        ("Donohue", "ru", "Судья Донохью отклонил иск.", "Донохью"),
    ],
)
def test_an_irish_final_hue_is_found_as_said(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Donohoe", "ru", "Телеведущий Фил Донахью вёл ток-шоу."),  # Donahue: Russian writes the o
        ("Donohoe", "ru", "Певец Дэнни О'Донохью выступил в Дублине."),  # O'Donoghue
        ("Neill", "ru", "Драматург Юджин О'Нил получил премию."),  # O'Neill is not Neill
        ("Hughes", "ru", "Хью выступил в Лондоне."),
    ],
)
def test_no_other_surname_is_found(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "said", "greek"),
    [
        ("Donohoe", ("donohyu",), "donahyu"),
        ("Donoghue", ("donohyu",), "donahyu"),
        ("Donahue", ("donahyu",), ""),
        ("Monroe", (), ""),  # no h before the -oe
    ],
)
def test_only_a_final_hue_after_a_vowel_is_read_so(
    term: str, said: tuple[str, ...], greek: str
) -> None:
    assert irish_final_hue(term) == said
    assert greek_irish_schwa(term) == greek
