"""A Chinese name of several as Arabic writes it: pinyin x as sh (Xi = شي), and a given name
of two syllables also as two words (``شي جين بينغ``), side by side with the family name."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query import parse_query
from workers.query.names.explain import explain
from workers.query.names.pinyin import given_name_syllables


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ('"Wang Huning"', "التقى وانغ هو نينغ الوفد الفلسطيني.", ["وانغ هو نينغ"]),
        ('"Zhao Leji"', "وصل تشاو له جي إلى بيونغ يانغ.", ["تشاو له جي"]),
        ('"Li Shangfu"', "أقيل وزير الدفاع لي شانغ فو من منصبه.", ["لي شانغ فو"]),
        ('"Liu Jianchao"', "زار ليو جيان تشاو العاصمة السورية.", ["ليو جيان تشاو"]),
        ('"Ding Xuexiang"', "ألقى نائب رئيس مجلس الدولة دينغ شيويه شيانغ كلمة.",
         ["دينغ شيويه شيانغ"]),
        ('"Xiao Qian"', "قال السفير الصيني شياو تشيان إن بكين تدعم الحوار.", ["شياو تشيان"]),
    ],
    ids=["a function word among the syllables (هو)", "a syllable of one consonant (له)",
         "a surname of one syllable", "ch", "x as sh, twice", "x as sh in the family name"],
)  # fmt: skip
def test_a_chinese_name_is_found_as_arabic_writes_it(
    query: str, text: str, found: list[str]
) -> None:
    assert matched(query, "ar", text) == found


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ('"Wang Huning"', "ar", "قال وانغ إن هو نينغ وصل."),  # the syllables not beside it
        ('"Wang Huning"', "ar", "وصل هو نينغ إلى المطار."),  # no family name
        ('"Zhao Leji"', "ar", "قال تشاو له إن جي وصل."),  # a word between the syllables
        ('"Xi Jinping"', "ar", "لم يبق شي في المدينة."),  # شي, colloquial "thing"
        ('"Han Duck-soo"', "ar", "قال هان دوك إن سو وصل."),  # a Korean name is no pinyin
    ],
)
def test_the_syllables_count_only_beside_the_family_name(
    query: str, language: str, text: str
) -> None:
    assert matched(query, language, text) == []


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("Jinping", ("jin", "ping")),
        ("Huning", ("hu", "ning")),
        ("Xuexiang", ("xue", "xiang")),
        ("Shangfu", ("shang", "fu")),
        ("Leji", ("le", "ji")),
        ("Qiang", None),  # one syllable
        ("Zheng", None),
        ("Duck-soo", None),
        ("Anwar", None),  # a syllable without an initial only opens a word
        ("Lifengs", None),
    ],
)
def test_which_given_names_are_two_pinyin_syllables(
    word: str, syllables: tuple[str, str] | None
) -> None:
    assert given_name_syllables(word) == syllables


def test_rules_test_explains_each_syllable() -> None:
    lines = explain(parse_query('"Liu Jianchao"').root, ["ليو جيان تشاو"], "ar", "variants")
    assert {"Jian matched جيان (Arabic)", "Chao matched تشاو (Arabic)"} <= set(lines)


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ('"Zhang Yu"', "قال المتحدث تشانغ يو إن الوفد وصل.", ["تشانغ يو"]),
        ('"Chen Yi"', "قال المتحدث تشن يى إن الوفد وصل.", ["تشن يى"]),  # alef maqsura
        ('"Liu Yao"', "التقى ليو ياو السفير.", ["ليو ياو"]),
        ('"Zhang Yu"', "قال المتحدث تشانغ وي إن الوفد وصل.", []),  # another given name
        ('"Zhang Wei"', "قال المتحدث تشانغ يو إن الوفد وصل.", []),
        ('"Zhang Yu"', "قال تشانغ إن الوفد وصل.", []),  # the given name missing
    ],
)
def test_a_given_name_arabic_writes_in_vowel_letters_is_found_by_its_letters(
    query: str, text: str, found: list[str]
) -> None:
    assert matched(query, "ar", text) == found
