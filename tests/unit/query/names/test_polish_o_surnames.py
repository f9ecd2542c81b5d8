"""Polish declines a man's surname in -o as a noun in -a (Fredro: Fredry, Fredrze, Fredrę,
Fredrą), its consonant softened before the dative and locative -e (r/rz, k/c, ł/l); only in
Polish articles."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Fredro", "Komedie Aleksandra Fredry wciąż grają teatry.", "Fredry"),
        ("Fredro", "Pomnik poświęcony Fredrze stoi we Wrocławiu.", "Fredrze"),
        ("Fredro", "Uczniowie czytali Fredrę na lekcjach.", "Fredrę"),
        ("Kosciuszko", "Kopiec Tadeusza Kościuszki góruje nad Krakowem.", "Kościuszki"),
        ("Kosciuszko", "Amerykanie wystawili Kościuszce pomnik w Waszyngtonie.", "Kościuszce"),
        ("Kosciuszko", "Chłopi poszli za Kościuszką pod Racławice.", "Kościuszką"),
        ("Moniuszko", "Opery Stanisława Moniuszki wystawiono w Wilnie.", "Moniuszki"),
        ("Jagiello", "Wojska Władysława Jagiełły wygrały pod Grunwaldem.", "Jagiełły"),
        ("Jagiello", "Zakon przysłał Jagielle dwa miecze.", "Jagielle"),
    ],
)
def test_a_polish_o_surname_is_found_in_its_a_noun_cases(term: str, text: str, form: str) -> None:
    assert matched(term, "pl", text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Fredro", "en", "The Fredry family archive was sold in London."),  # not Polish
        ("Fredro", "de", "Das Fredrze-Archiv wurde verkauft."),
    ],
)
def test_only_polish_declines_the_o_surname_so(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
