"""A Danish or Norwegian ø (a Swedish ö) typed o in the first syllable of a -gaard farm name
or a Nordic compound surname is also read e, as Russian (э, ё), Ukrainian (е) and Greek (ε)
write it: Odegaard = Эдегор = Едегор = Έντεγκααρντ, Ostergaard = Эстергор, Ostberg =
Эстберг; the o stays o too (Одегор), and a name of another ending keeps its o."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Ostergaard", "ru", "Датский депутат Эстергор выступил в фолькетинге.", "Эстергор"),
        ("Ostergaard", "uk", "Данський депутат Естергор виступив у фолькетингу.", "Естергор"),
        ("Norgaard", "uk", "Півзахисник Крістіан Нергор підписав контракт.", "Нергор"),
        ("Ostberg", "ru", "Лыжница Ингвилл Флугстад Эстберг выиграла спринт.", "Эстберг"),
        ("Ostergaard", "el", "Ο Δανός βουλευτής Έστεργκααρντ μίλησε στη Βουλή.", "Έστεργκααρντ"),
        ("Ostergaard", "ru", "Депутат Остергор выступил в фолькетинге.", "Остергор"),
    ],
)
def test_a_nordic_first_o_is_also_read_e(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Morales", "ru", "Президент Мэралес выступил в парламенте."),  # no Nordic ending
        ("Ostergaard", "ru", "Депутат Эстергардт выступил в бундестаге."),  # no o-less ø
    ],
)
def test_other_names_keep_their_o(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
