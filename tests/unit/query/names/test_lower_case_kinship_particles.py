"""A name term writing "son of" or "father of" in lower case (``"bin Salman"``, ``"ibn
Saud"``, ``"abu Ali"``) keeps it in the name: it is found as other languages write it
(``бен``, ``бін``, ``бин``, ``ибн``, ``μπιν``, ``بن``, ``وبن``, French ``ben``), shown with the
name, and never the name without it (``bin Salman`` is not King Salman)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        (
            '"bin Salman"',
            "ru",
            "Наследный принц Мухаммед бен Сальман встретился с госсекретарём США.",
            ["бен Сальман"],
        ),
        (
            '"bin Salman"',
            "ru",
            "Байден позвонил Мухаммеду бен Сальману во вторник.",
            ["бен Сальману"],
        ),
        (
            '"bin Salman"',
            "ar",
            "وأجرى الرئيس اتصالا هاتفيا بولي العهد وبن سلمان أمس.",
            ["وبن سلمان"],
        ),
        (
            '"bin Salman"',
            "fr",
            "Le prince héritier Mohammed ben Salmane a reçu le président français.",
            ["ben Salmane"],
        ),
        (
            '"bin Salman"',
            "uk",
            "Спадкоємний принц Мухаммед бін Салман прийняв делегацію в Джидді.",
            ["бін Салман"],
        ),
        (
            '"bin Laden"',
            "ru",
            "Сын Усамы бен Ладена Хамза был убит.",
            ["бен Ладена"],
        ),
        (
            '"ibn Saud"',
            "ru",
            "Король Абдул-Азиз ибн Сауд основал современное королевство в 1932 году.",
            ["ибн Сауд"],
        ),
        ('"abu Ali"', "ru", "Командир отряда абу Али погиб при обстреле.", ["абу Али"]),
    ],
    ids=["ru", "ru dative", "ar with wa", "fr ben", "uk", "ru genitive", "ru ibn", "ru abu"],
)
def test_the_name_is_found_with_its_kinship_particle(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ('"bin Salman"', "en", "King Salman chaired the weekly cabinet session in Riyadh."),
        ('"bin Salman"', "ru", "Король Сальман провёл заседание правительства в Эр-Рияде."),
        ('"bin Salman"', "ar", "ترأس الملك سلمان جلسة مجلس الوزراء في الرياض."),
        ('"bin Zayed"', "en", "Sheikh Zayed founded the federation in 1971."),
        ('"ibn Saud"', "en", "The House of Saud has ruled the kingdom since 1932."),
        ('"bin Laden"', "en", "The Saudi Binladin Group won a new contract."),
        ('"abu Ali"', "en", "Muhammad Ali fought in Kinshasa in 1974."),
    ],
    ids=["the father", "the father ru", "the father ar", "sheikh", "dynasty", "firm", "no abu"],
)
def test_the_name_without_its_kinship_particle_is_another_person(
    query: str, language: str, text: str
) -> None:
    assert matched(query, language, text) == []
