"""An Arabic word that is also an ordinary word (``لاين``), found for a name term whose
particles the article writes before it (``فون دير لاين`` for ``von der Leyen``), has the
name's neighbours before the particles: a title or a verb a few words before them counts as
it does right before the name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "استقبلت رئيسة المفوضية الأوروبية أورسولا فون دير لاين الوفد.",
            ["فون دير لاين"],
        ),
        ("زارت وزيرة الدفاع الألمانية أورسولا فون دير لاين القاعدة.", ["فون دير لاين"]),
        ("وصل المستشار الألماني الأسبق كارل فون دير لاين إلى برلين.", ["فون دير لاين"]),
        # No name's neighbour before the particles, nor before the word without them.
        ("قالت الصحيفة إن عددا كبيرا من المقالات عن فون دير لاين.", []),
        ("قال رئيس الشركة إن خدمة الإنترنت عبر لاين توقفت.", []),
        ("انقطع خط لاين عن الخدمة.", []),
    ],
)
def test_a_name_s_neighbours_stand_before_its_particles(text: str, found: list[str]) -> None:
    assert matched('"von der Leyen"', "ar", text) == found
