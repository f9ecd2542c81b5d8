"""A Latin name with a diphthong before a consonant (Neymar's ey, Faisal's ai) is written
in Arabic with its ي, never as a bare consonant skeleton: نمر (tiger), حدر (slope) are
ordinary words, نيمار, حيدر the names."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Neymar", "شوهد نمر في الغابة قرب القرية."),
        ("Neymar", "أعدم الشيخ نمر النمر عام 2016."),
        ("Neymar", "النمر حيوان مفترس."),
        ("Haider", "نزل الماء من حدر الجبل."),
        ("Taylor", "وصل القطار إلى تلر صباحا."),
    ],
)
def test_a_skeleton_is_no_diphthong_name(term: str, text: str) -> None:
    assert matched(term, "ar", text) == []


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Neymar", "سجل نيمار هدفين في المباراة.", "نيمار"),
        ("Faisal", "التقى الأمير فيصل بن فرحان نظيره الأمريكي.", "فيصل"),
        ("Hussein", "قال الوزير فؤاد حسين إن العراق يرفض الحرب.", "حسين"),
        ("Haider", "قال حيدر العبادي إن الحكومة مستعدة.", "حيدر"),
        ("Steinmeier", "استقبل الرئيس الألماني شتاينماير ضيفه.", "شتاينماير"),
        # No diphthong: a name Arabic writes without vowels keeps its skeleton.
        ("Haftar", "التقى المشير خليفة حفتر وفدا أمريكيا.", "حفتر"),
    ],
)
def test_the_name_stays_found(term: str, text: str, form: str) -> None:
    assert form in matched(term, "ar", text)
