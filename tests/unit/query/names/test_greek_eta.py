"""English writes a Greek surname's η as e (Demetriou = Δημητρίου, Demetriades =
Δημητριάδης); Greek says it i, and so do the languages that spell the name by its sound
(Russian Димитриу, Turkish Dimitriu). A term with a Greek surname's ending reads its e's
as i too; a given name (Δημήτριος, Дмитрий) stays another word."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Demetriou", "el", "Η Δημητρίου μίλησε στην Ολομέλεια της Βουλής.", "Δημητρίου"),
        ("Demetriou", "ru", "Спикер Аннита Димитриу прилетела в Афины.", "Димитриу"),
        ("Demetriou", "bg", "Кипърският спикер Анита Димитриу посети Пловдив.", "Димитриу"),
        ("Demetriou", "tr", "Meclis Başkanı Dimitriu açıklama yaptı.", "Dimitriu"),
        ("Demetriades", "ru", "Архитектор Константинос Димитриадис получил премию.", "Димитриадис"),
    ],
)
def test_the_eta_is_heard_as_i(term: str, language: str, text: str, form: str) -> None:
    assert form in matched(term, language, text)


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Demetriou", "el", "Ο Δημήτριος Παπαδόπουλος ανέλαβε τη θέση."),
        ("Demetriou", "ru", "Дмитрий Донской разбил Мамая."),
        ("Demetriou", "bg", "Георги Димитров е роден в Ковачевци."),
    ],
)
def test_a_given_name_stays_another_word(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
