"""An Arabic word right before an adjective of kind, size or colour without the article
(عصفورة صغيرة, a little sparrow; سنور بري, a wildcat) is an indefinite noun that adjective
describes, not a name: a name is definite, and its adjective takes the article (بوتين
الروسي). Not before a construct of the adjective and a definite noun (صغير السن, young),
which may describe a person."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Asfura", "رسم الطفل عصفورة زرقاء على الورقة."),
        ("Asfura", "وقفت عصفورة صغيرة على غصن الشجرة."),
        ("Sinwar", "يعيش سنور أليف في بيت جدتي."),
        ("Sinwar", "رصدت الكاميرا سنور بري قرب النهر."),
        ("Musk", "اشترت زجاجة مسك أبيض من السوق."),
        ("Khattab", "كتب الوزير خطاب قصير للموظفين."),
    ],
)
def test_a_noun_before_its_adjective_is_no_name(term: str, text: str) -> None:
    assert matched(term, "ar", text) == []


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Asfura", "فاز نصري عصفورة برئاسة هندوراس.", "عصفورة"),
        ("Asfura", "قال الرئيس الهندوراسي عصفورة إن بلاده مستعدة.", "عصفورة"),
        ("Sinwar", "قال محمد السنوار إن الحركة جاهزة.", "السنوار"),
        ("Witkoff", "التقى ويتكوف كبير المفاوضين الأمريكيين بالوفد.", "ويتكوف"),
        # A construct of the adjective and a definite noun may describe the person.
        ("Trump", "وصل ترامب صغير السن إلى البيت الأبيض.", "ترامب"),
    ],
)
def test_the_name_stays_found(term: str, text: str, form: str) -> None:
    assert form in matched(term, "ar", text)
