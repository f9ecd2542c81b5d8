"""An Arabic word found for a name that Arabic writes more often as an ordinary word is the
name with ل joined and without the article, after a noun of a person's words or of what is
said of or befalls one (``بيان لسلام``, a statement by Salam; ``انتقادات حادة لسعيد``):
an ordinary noun there takes the article (``بيانا للحداد``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "form"),
    [
        ("Saied", "ar", "انتقادات حادة لسعيد من المعارضة التونسية.", "لسعيد"),
        ("Salam", "ar", "في بيان لسلام، دعا رئيس الحكومة إلى الهدوء.", "لسلام"),
        ("Haddad", "ar", "في كلمة لحداد أمام البرلمان طالب بالإصلاح.", "لحداد"),
        ("Kamal", "ar", "تهنئة حارة لكمال بعد فوزه بالجائزة.", "لكمال"),
    ],
    ids=["criticism, an adjective between", "a statement", "a speech", "congratulations"],
)
def test_a_name_with_li_after_a_persons_noun_is_found(
    query: str, language: str, text: str, form: str
) -> None:
    assert matched(query, language, text) == [form]


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Salam", "ar", "نشرت الكنيسة رسالة لسلام العالم."),  # a construct: for world peace
        ("Haddad", "ar", "أصدر المجلس بيانا للحداد على الضحايا."),  # the article: a noun
        ("Salam", "ar", "طالب المتظاهرون بدعم لسلام دائم."),  # support: no person's noun
        ("Saied", "ar", "انتقادات حادة للسعيد من المعارضة."),
    ],
    ids=["a construct's genitive after", "with the article", "another noun", "ل and the article"],
)
def test_an_ordinary_word_after_li_stays_a_word(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []


# A noun of a person's words or deeds with the article and its adjective with it (they
# agree in definiteness) before ل and a word without the article: the word is the owner.
@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Salah", "وهذا الهدف الأول لصلاح في الموسم.", ["لصلاح"]),
        ("Jaber", "وهذا الفوز الأول لجابر في البطولة.", ["لجابر"]),
        ("Kamal", "وتصدرت الأغنية الجديدة لكمال قوائم الاستماع.", ["لكمال"]),
        ("Salah", "وكان الهدف الأول لصلاح الفريق.", []),  # a construct: "for the team's good"
        ("Salam", "وحققت الرواية الجديدة لسلام الروح نجاحا.", []),
        ("Kamal", "وتصدرت الأغنية لكمال القوائم.", []),  # no adjective
    ],
)
def test_a_name_with_li_after_a_definite_persons_noun_is_found(
    query: str, text: str, found: list[str]
) -> None:
    assert matched(query, "ar", text) == found


# A sanction befalls one and a post is held by one, as a defeat or a statement is.
@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Saied", "فرض الاتحاد عقوبة قاسية لسعيد بعد المباراة.", ["لسعيد"]),
        ("Kamal", "أعلنت اللجنة عقوبات جديدة لكمال.", ["لكمال"]),
        ("Haddad", "وهذا أول منصب رفيع لحداد منذ عودته.", ["لحداد"]),
        ("Salam", "فرضت عقوبة لسلام الفريق.", []),  # a construct with the article after
        ("Haddad", "أعلنت اللجنة عقوبات للحداد.", []),  # the article: an ordinary noun
    ],
)
def test_a_name_with_li_after_a_sanction_or_a_post_is_found(
    query: str, text: str, found: list[str]
) -> None:
    assert matched(query, "ar", text) == found
