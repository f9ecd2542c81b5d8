"""Greek says a name's case by the article before it: a word in -ο is the accusative of a
name in -ος only where an accusative may stand (``τον Ράμο``), not after the nominative ο
or the genitive του, a given name or two between: there it is a name of its own in -ο
(``του Ρομπέρτο Μπολάνιο`` is Bolaño's, not Bolaños')."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Ramos", "el", "Ο προπονητής επαίνεσε τον Ράμο μετά τον αγώνα.", "Ράμο"),
        ("Ramos", "el", "Η μεταγραφή του Ράμου ολοκληρώθηκε χθες.", "Ράμου"),
        ("Ramos", "el", "Ο Ράμος σκόραρε στο δεύτερο ημίχρονο.", "Ράμος"),
        ("Santos", "el", "Η κυβέρνηση κάλεσε στην Αθήνα τον Σάντο.", "Σάντο"),
        ("Santos", "el", "Συναντήθηκε με τον Χουάν Σάντο στη Μαδρίτη.", "Σάντο"),
    ],
)
def test_an_accusative_where_it_may_stand_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Bolanos", "el", "Ο Μπολάνιο έγραψε το μυθιστόρημα «Άγριοι ντετέκτιβ»."),
        ("Bolanos", "el", "Τα βιβλία του Ρομπέρτο Μπολάνιο μεταφράστηκαν στα ελληνικά."),
        ("Santos", "el", "Το γκολ του Σάντο έκρινε τον αγώνα."),
    ],
)
def test_an_o_word_after_a_nominative_or_genitive_article_is_not_the_os_name(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []
