"""Persian names as other news write them: Persian says its qaf (ق) as a voiced gh, which
English, French and German news write so where a term spelled the Arabic way writes q
(Qalibaf = Ghalibaf, Baqeri = Bagheri); and Persian joins a compound name's parts with a
zero-width non-joiner (محمدی‌نژاد), one word read as the parts written together. An H, or a
term's own gh (غ), and a compound's first part alone stay apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Qalibaf", "de", "Parlamentspräsident Ghalibaf sprach in Teheran.", "Ghalibaf"),
        ("Qasemi", "en", "Foreign ministry spokesman Ghasemi said talks would go on.", "Ghasemi"),
        ("Baqeri", "fr", "Le chef d'état-major Bagheri a été tué.", "Bagheri"),
        ("Sadeq", "en", "Deputy minister Sadegh told reporters the deal was near.", "Sadegh"),
        (
            "Mohammadinejad",
            "fa",
            "حسین محمدی\u200cنژاد گفت که مذاکرات ادامه دارد.",
            "محمدی\u200cنژاد",
        ),
        ("Mohammadzadeh", "fa", "به گفته محمدزاده این طرح اجرا می\u200cشود.", "محمدزاده"),
    ],
)
def test_a_persian_spelling_is_found(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Qaani", "en", "Hani Shaker sang at the concert in Cairo."),  # an h is no qaf
        ("Qasemi", "en", "Hashemi said the talks would go on."),
        ("Ghani", "en", "Qani was elected mayor of the town."),  # a term's gh is غ too
        ("Mohammadinejad", "fa", "حسین محمدی گفت که مذاکرات ادامه دارد."),  # one part
    ],
)
def test_other_words_are_not_the_persian_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
