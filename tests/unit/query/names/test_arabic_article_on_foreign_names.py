"""Arabic writes the article on an Arabic name (البشير), never on a foreign one: a name
spelled with a p, v or x (sounds Arabic lacks) is not found in a word that reads as it only
without its article (البابا, the Pope, is no Papa), but is found with a one-letter
proclitic (لبيزارو, to Pizarro), which may be the ل of the article's own letters (للوبيز)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.arabic_words import foreign_with_article
from workers.query.names.forms import term_keys


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Pizarro", "قال بيزارو إن الفريق جاهز.", ["بيزارو"]),
        ("Pizarro", "وقال لبيزارو إن العقد انتهى.", ["لبيزارو"]),
        ("Volkov", "وأكد فولكوف أن المفاوضات مستمرة.", ["فولكوف"]),
        ("Lopez", "وقدم المدرب الشكر للوبيز على أدائه.", ["للوبيز"]),
        ("Bashir", "وقال البشير إن الحكومة مستعدة للحوار.", ["البشير"]),
        ("Papa", "زار البابا فرنسيس العراق.", []),  # the Pope
        ("Pop", "يحب الشباب موسيقى البوب.", []),  # pop music
        ("Prada", "باعت المتاجر حقائب البرادا بأسعار مرتفعة.", []),
        ("Vino", "قدم المطعم الفينو مع العشاء.", []),
        ("Vardy", "سجل الفاردي هدفا.", []),
        ("Valls", "رقص الضيوف على أنغام الفالس.", []),  # the waltz
    ],
    ids=["bare", "with li", "v, bare", "li before an l", "an Arabic name's article",
         "the Pope", "pop", "a brand", "wine", "v with the article", "the waltz"],
)  # fmt: skip
def test_a_foreign_name_is_not_read_off_a_word_with_the_article(
    query: str, text: str, found: list[str]
) -> None:
    assert matched(query, "ar", text) == found


@pytest.mark.parametrize(
    ("word", "name", "expected"),
    [
        ("البابا", "Papa", True),
        ("بالفالس", "Valls", True),
        ("لبيزارو", "Pizarro", False),  # a one-letter proclitic, no article
        ("البشير", "Bashir", False),  # spelled as an Arabic name may be
        ("Papa", "Papa", False),  # not Arabic script
    ],
)
def test_which_words_read_as_a_foreign_name_only_without_their_article(
    word: str, name: str, expected: bool
) -> None:
    keys = term_keys(name, "variants")
    assert foreign_with_article(word, name.lower(), keys) is expected
