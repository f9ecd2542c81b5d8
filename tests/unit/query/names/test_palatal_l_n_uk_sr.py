"""A Spanish ll or ñ (a palatal l or n) as Ukrainian writes it, ль or нь and йо (Кастільйо),
and as Serbian writes it, with its own љ, њ (Кастиљо): both are the Latin-letter name, as
Russian Кастильо is; other names stay apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Castillo", "uk", "Президент Перу Педро Кастільйо опинився у вʼязниці.", "Кастільйо"),
        ("Trujillo", "uk", "Диктатор Рафаель Трухільйо правив країною.", "Трухільйо"),
        ("Munoz", "uk", "Губернатор Муньйос заявив про нові заходи.", "Муньйос"),
        ("Castillo", "sr", "Председник Перуа Педро Кастиљо је ухапшен.", "Кастиљо"),
        ("Trujillo", "sr", "Диктатор Рафаел Трухиљо је владао деценијама.", "Трухиљо"),
        ("Munoz", "sr", "Гувернер Муњос је најавио нове мере.", "Муњос"),
    ],
)
def test_a_palatal_l_or_n_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Castillo", "sr", "Председник Перуа Педро Костиљо је ухапшен."),  # another vowel
        ("Castillo", "uk", "Президент Перу Педро Кастільйоне опинився у вʼязниці."),
        ("Trujillo", "uk", "Диктатор Рафаель Трухільяс правив країною."),
    ],
)
def test_other_names_stay_apart(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
