"""A -yan name as the Armenian diaspora writes it (Sargsyan = Sarkissian = Sarkisyan =
Σαρκισιάν = سركيسيان), not Russian's other name (Саркисян); a Belarusian -vich name with
its unstressed o written a (Protasevich = Pratasevich = Pratasiewicz = Pratasevičius)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Sargsyan", "fr", "Tigran Sarkissian, ancien Premier ministre, a été reçu.", "Sarkissian"),
        ("Sargsyan", "tr", "Eski Cumhurbaşkanı Serj Sarkisyan Yerevan'da konuştu.", "Sarkisyan"),
        ("Sargsyan", "el", "Ο πρώην πρόεδρος Σερζ Σαρκισιάν επισκέφθηκε τη Λευκωσία.", "Σαρκισιάν"),
        ("Sargsyan", "ar", "استقال الرئيس الأرميني سركيسيان بعد احتجاجات واسعة.", "سركيسيان"),
        ("Mkrtchyan", "fr", "Le chef d'orchestre Mkrtichian a dirigé l'orchestre.", "Mkrtichian"),
        ("Protasevich", "pl", "Raman Pratasiewicz został zatrzymany w Mińsku.", "Pratasiewicz"),
        ("Protasevich", "lt", "Žurnalistas Ramanas Pratasevičius paleistas.", "Pratasevičius"),
        ("Protasevich", "en", "Blogger Raman Pratasevich was pardoned.", "Pratasevich"),
    ],
)
def test_the_other_countrys_spelling_is_the_name(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Sargsyan", "ru", "Бывший президент Армен Саркисян дал интервью в Лондоне."),
        ("Sargsyan", "fr", "Le restaurant Chez Sarkis, à Beyrouth, a rouvert ses portes."),
        ("Sargsyan", "fr", "Le ministre Sarkozy a visité Erevan."),
        ("Sargsyan", "en", "The Sargasso Sea lies in the North Atlantic."),
        ("Karpovich", "pl", "Na stacji Karpowicze zatrzymał się pociąg do Grodna."),
        ("Popov", "pl", "Bułgarski trener Papow objął reprezentację."),
    ],
)
def test_other_names_and_words_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
