"""The Arabic article joined to a name, as the Gulf states' own English writes it (Adel
Aljubeir, Suhail AlMazrouei, where news agencies write al-Jubeir, al-Mazrouei): a long
enough Latin term also matches itself after a joined al; a short one does not (Ford is not
Alford), nor does a term that is itself the name after al."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Jubeir", "en", "Saudi climate envoy Adel Aljubeir arrived in Belem.", "Aljubeir"),
        ("Mazrouei", "en", "UAE minister Suhail AlMazrouei spoke.", "AlMazrouei"),
        ("Khelaifi", "fr", "Le président Nasser Alkhelaifi a salué.", "Alkhelaifi"),
        ("Jubeir", "en", "Saudi envoy Adel al-Jubeir arrived in Belem.", "Jubeir"),
    ],
)
def test_a_long_term_matches_itself_after_a_joined_article(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Ford", "en", "The defendant entered an Alford plea in court."),
        ("Fred", "en", "Alfred Brendel played Schubert in Vienna."),
        ("Varo", "es", "El entrenador Álvaro Arbeloa presentó la alineación."),
        ("Jubeir", "en", "Saudi envoy Adel Aljabri arrived in Belem."),
    ],
)
def test_a_short_term_or_another_name_after_al_is_not_matched(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []
