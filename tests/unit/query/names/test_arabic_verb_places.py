"""An Arabic word a name term finds stands where only a verb does right after a particle
only a verb follows (لم, لن, سوف, قد) or after "we" with its verb's prefix
(``نحن نقوي``, we strengthen): there it is the verb, not the name (Naqvi = نقوي)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Naqvi", "ar", "نحن نقوي جيشنا كل يوم."),
        ("Naqvi", "ar", "سوف نقوي اقتصادنا."),
        ("Naqvi", "ar", "لم نقوي دفاعاتنا بعد."),
    ],
    ids=["after 'we'", "after 'will'", "after 'did not'"],
)
def test_a_verb_after_its_particle_is_not_the_name(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Naqvi", "ar", "وقال نقوي إن الحزب سيفوز.", ["نقوي"]),
        ("Naqvi", "ar", "نحن وزير الداخلية نقوي نعمل معا.", ["نقوي"]),
        ("Nadeem", "ar", "قال نديم إن الحوار مستمر.", ["نديم"]),
        ("Yamal", "ar", "لم يسجل يامال هدفا.", ["يامال"]),
    ],
    ids=["after a verb of saying", "after 'we' and a title", "a given name", "after the verb"],
)
def test_the_name_is_still_found(query: str, language: str, text: str, found: list[str]) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Trump", "ar", "فقد ترامب أعصابه خلال المناظرة.", ["ترامب"]),
        ("Ahmed", "ar", "قال الرجل: أنا أحمد من القاهرة.", ["أحمد"]),
    ],
    ids=["after the verb 'lost', spelled as 'so has'", "after 'I', I am Ahmed"],
)
def test_words_spelled_as_the_particles_are_left(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found
