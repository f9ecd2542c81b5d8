"""A name's last vowel written with a final heh: Arabic ه (روته Rutte) and Urdu's heh goal
ہ, where Arabic writes ة or ا (فاطمہ, Arabic فاطمة); a final heh that is an h (شاہ) still
reads as one."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Fatima", "ur", "فاطمہ جناح کی برسی پر تقریب منعقد ہوئی۔", ["فاطمہ"]),
        ('"Aleema Khan"', "ur", "علیمہ خان نے عدالت کے باہر میڈیا سے بات کی۔", ["علیمہ خان"]),
        ("Maleeha", "ur", "ملیحہ لودھی نے سلامتی کونسل سے خطاب کیا۔", ["ملیحہ"]),
        ("Shah", "ur", "شاہ محمود قریشی نے بیان جاری کیا۔", ["شاہ"]),
        ("Rutte", "ar", "قال الأمين العام لحلف الناتو مارك روته إن الحلف موحد.", ["روته"]),
    ],
)
def test_a_final_heh_is_the_names_last_vowel_or_its_h(
    term: str, language: str, text: str, form: list[str]
) -> None:
    assert matched(term, language, text) == form


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Khamenei", "fa", "آیت الله خامنه\u200cای رهبر انقلاب گفت.", "خامنه\u200cای"),
        ("Khamenei", "ar", "قال المرشد علي خامنئي إن.", "خامنئي"),
    ],
)
def test_a_persian_heh_before_a_zero_width_non_joiner_is_a_vowel(
    term: str, language: str, text: str, form: str
) -> None:
    """Persian writes Khamenei's e with a heh and a ZWNJ before its last part, where
    Arabic writes a hamza."""
    assert matched(term, language, text) == [form]
