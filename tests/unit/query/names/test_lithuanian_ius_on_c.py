"""A foreign name in a soft -č (Slavic -vić, -vič, -vich) takes the Lithuanian -ius
declension (Abramovič = Abramovičius, Abramovičiaus): its cases count on the name as
written, in a Lithuanian article only (see names.cases)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Abramovich", "lt", "Romanas Abramovičius pardavė klubą.", "Abramovičius"),
        ("Vucic", "lt", "Aleksandro Vučičiaus partija laimėjo rinkimus.", "Vučičiaus"),
        ("Vucic", "lt", "Premjeras susitiko su Aleksandru Vučičiumi.", "Vučičiumi"),
        ("Djokovic", "lt", "Teisėjas skyrė baudą Novakui Džokovičiui.", "Džokovičiui"),
        ("Djokovic", "lt", "Jie nugalėjo Novaką Džokovičių finale.", "Džokovičių"),
        ("Milosevic", "lt", "Slobodano Miloševičiaus režimas žlugo.", "Miloševičiaus"),
        ("Plenkovic", "lt", "Andrejus Plenkovičius atvyko į Vilnių.", "Plenkovičius"),
    ],
)
def test_a_soft_c_name_in_the_lithuanian_ius_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Vucic", "pl", "Aleksandro Vučičiaus partija laimėjo rinkimus."),  # not Polish
        ("Vucic", "en", "The Vučičius brand launched a new kettle."),  # no case in English
        ("Milos", "lt", "Slobodano Miloševičiaus režimas žlugo."),  # the ending only
    ],
)
def test_the_ius_counts_in_lithuanian_only_and_on_the_whole_name(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []
