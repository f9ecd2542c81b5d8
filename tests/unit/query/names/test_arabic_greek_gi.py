"""Greek says a gi before a vowel as y, its g unheard (Γιάννης, Giannis = يانيس), and Arabic
writes a Greek name as said: a term ending as Greek names do (-os, -is, -as, -ou) also finds
the Arabic spelling without the g; an Italian gi (said dj, Giorgia = جورجيا) is not read so."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.spoken import greek_gi


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Giannopoulos", "قال المدرب يانوبولوس إن الفريق جاهز.", ["يانوبولوس"]),
        ("Papagiannis", "قال النائب بابايانيس إن الحكومة فشلت.", ["بابايانيس"]),
        ("Karagiorgis", "فاز كارايورغيس بالمرحلة الثالثة.", ["كارايورغيس"]),
        ("Karagiorgis", "وهذا أول فوز لكارايورغيس هذا الموسم.", ["لكارايورغيس"]),
        ("Georgiou", "قال الوزير جورجيو إن المحادثات مستمرة.", ["جورجيو"]),  # as written too
        ("Giorgia", "قالت يورجيا إن الحكومة مستعدة.", []),  # Italian: said dj
    ],
)
def test_a_greek_gi_is_found_as_arabic_writes_its_y(
    query: str, text: str, found: list[str]
) -> None:
    assert matched(query, "ar", text) == found


@pytest.mark.parametrize(
    ("term", "read"),
    [
        ("Giannis", ("yannis",)),
        ("Karagiorgis", ("karayorgis",)),
        ("Giorgia", ()),  # not ending as a Greek name
        ("Regis", ()),  # no vowel after the gi
    ],
)
def test_which_terms_are_read_with_a_y_for_the_gi(term: str, read: tuple[str, ...]) -> None:
    assert greek_gi(term) == read
