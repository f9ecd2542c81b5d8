"""Polish case endings of two kinds of foreign names: a Bulgarian or Russian woman's -eva,
which Polish writes -ewa and declines as an adjective (Georgiewej), and a name in -ua,
whose genitive, dative and locative end -ui (Gachagui, as Nikaragui)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Georgieva", "Wizyta Kristaliny Georgiewej w Warszawie potrwa dwa dni.", "Georgiewej"),
        ("Koleva", "Sąd uniewinnił Marię Kolewę, a zarzuty wobec Kolewej umorzono.", "Kolewej"),
        ("Mutua", "Rzecznik Mutui zaprzeczył doniesieniom.", "Mutui"),
        ("Gachagua", "Prawnicy Gachagui złożyli apelację.", "Gachagui"),
    ],
)
def test_the_case_form_is_found(term: str, text: str, form: str) -> None:
    assert form in matched(term, "pl", text)


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Georgieva", "Georgiew przyjechał do Sofii."),  # a man's name
        ("Mutua", "Mutu zagrał w Chelsea."),
        ("Koleva", "Kolejowej sieci brakuje pieniędzy."),
    ],
)
def test_other_words_are_not_the_name(term: str, text: str) -> None:
    assert matched(term, "pl", text) == []
