"""Folding of invisible characters and of letters that do not decompose, on both sides.

Rule terms, wildcards, phrases, index keys and article words all go through
workers.query.text, so each case is checked through the real rule index (which asserts it
agrees with evaluating every rule), and spans must still point into the original text.
"""

from __future__ import annotations

import random
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.unit.query.helpers import match, matches
from workers.query import Document, RuleIndex, RuleSpec, analyze, parse_query
from workers.query.latin_fold import LATIN_ASCII
from workers.query.text import _INVISIBLE_RE, _WORD_RE, fold, scan, scan_offsets, scan_words, words

SOFT_HYPHEN = "\u00ad"
ZWSP, ZWNJ, ZWJ, WORD_JOINER, BOM, LRM, RLM = (
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f"
)  # fmt: skip

# Visible format characters, and the one invisible character that separates words.
NOT_JOINERS = frozenset(
    "\u200b"  # zero-width space: a word boundary (UAX #29)
    "\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2"
    "\U000110bd\U000110cd"  # prepended concatenation marks: visible signs
)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Lodz", "Łódź"),
        ("Walesa", "Wałęsa"),
        ("Orsted", "Ørsted"),
        ("Strasse", "Straße"),
        ("STRASSE", "STRAẞE"),
        ("aesir", "Æsir"),
        ("oeuvre", "Œuvre"),
        ("thor", "Þór"),
        ("Reykjavikur", "Reykjavíkur"),
        ("Gudmundsson", "Guðmundsson"),
        ("Dokovic", "Đoković"),
        ("Hal", "Ħal"),
        ("Diyarbakir", "Diyarbakır"),
        ("colleccio", "coŀlecció"),
        ("Lavrov", f"Lav{SOFT_HYPHEN}rov"),
        ("Lavrov", f"Lav{ZWJ}rov"),
        ("Lavrov", f"Lav{WORD_JOINER}rov"),
        ("Lavrov", f"{BOM}Lav{LRM}rov{RLM}"),
        ("Łódź", "Lodz"),  # the rule may carry the special letter, the article not
        (f"Lav{SOFT_HYPHEN}rov", "Lavrov"),
    ],
)
def test_a_term_matches_the_folded_spelling(query: str, text: str) -> None:
    assert matches(query, body=f"talks in {text} today")


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ('"Lech Walesa"', "Lech Wałęsa said"),
        ("Wal*", "Wałęsa"),
        ("Ørst*", "Orsted"),
        ("Stra*e", "Straße"),
        ("lav*rov", f"Lav{SOFT_HYPHEN}rov"),
        ("Lavrov NEAR/2 Shoukry", f"Lav{SOFT_HYPHEN}rov’s aide meets Shou{SOFT_HYPHEN}kry"),
        ('"Walesa Lodz"~2', "Łódź greeted Wałęsa"),
    ],
)
def test_phrases_wildcards_and_near_see_the_same_folding(query: str, text: str) -> None:
    assert matches(query, body=text)


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        ("=Lavrov", f"Lav{SOFT_HYPHEN}rov", True),  # invisible characters never count
        ("=Straße", "Strasse", False),  # case-sensitive terms compare as written
        ("=Łódź", "Lodz", False),
        ("=Łódź", "Łódź", True),
        ("=US", f"U{ZWJ}S", True),
    ],
)
def test_case_sensitive_terms_compare_as_written(query: str, text: str, expected: bool) -> None:
    assert matches(query, body=text) is expected


def test_spans_point_at_the_original_characters() -> None:
    body = f"Herr Straße met Lav{SOFT_HYPHEN}rov’s aide in Łódź."
    found = match("strasse OR lavrov OR lodz", body=body)
    assert found is not None
    assert [body[start:end] for _, start, end in found.spans] == [
        "Straße",
        f"Lav{SOFT_HYPHEN}rov",
        "Łódź",
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (f"Lav{SOFT_HYPHEN}rov", ["lavrov"]),
        (f"one{ZWSP}two", ["one", "two"]),  # zero-width space separates
        (f"می{ZWNJ}خواهم", ["میخواهم"]),  # Persian: ZWNJ inside a word
        (f"क्{ZWJ}ष", ["क्ष"]),  # Devanagari conjunct with ZWJ
        (f"{SOFT_HYPHEN} {ZWJ} {BOM}", []),  # invisible characters alone are no word
        (f"snake_{SOFT_HYPHEN}case", ["snake", "case"]),
        (f"北{ZWJ}京", ["北", "京"]),
        ("\u0600123", ["123"]),  # a visible prepended mark is not part of the word
    ],
)
def test_which_invisible_characters_join_words(text: str, words: list[str]) -> None:
    assert [fold(w) for w in scan(text)[0]] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Moshe Ya'alon", ["moshe", "yaalon"]),  # between two vowels: an ayin or hamza
        ("al-Qa’ida", ["al", "qaida"]),
        ("Hawaiʼi", ["hawaii"]),
        ("Sana'a's port", ["sanaa", "port"]),  # the possessive's s still dropped
        ("Левко Лук’яненко", ["левко", "лукяненко"]),  # Ukrainian, before я ю є ї
        ("В'ячеслав з'їзд", ["вячеслав", "зізд"]),
        ("О’Нил д’Артаньян", ["о", "нил", "д", "артаньян"]),  # Russian: parts as before
        ("l'Europe dell'accordo", ["l", "europe", "dell", "accordo"]),  # elisions part
        ("qu'il lorsqu'elle", ["qu", "il", "lorsqu", "elle"]),  # French qu' too
        ("O'Brien don't I'm", ["o", "brien", "don", "t", "i", "m"]),
        ("Ankara'ya Erdoğan'ın", ["ankara", "ya", "erdogan", "in"]),  # Turkish endings
        ("Vance'a Rousseau'owi Rice'in", ["vance", "a", "rousseau", "owi", "rice", "in"]),
        ("'Ukraine' and", ["ukraine", "and"]),  # quotation marks are no apostrophes
    ],
)
def test_which_apostrophes_join_words(text: str, words: list[str]) -> None:
    assert [fold(w) for w in scan(text)[0]] == words
    assert scan_words(text) == scan(text)[0]
    assert scan_offsets(text) == scan(text)[1:]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Yaalon", "Moshe Ya’alon said"),
        ("Ya'alon", "Moshe Yaalon said"),
        ("=Yaalon", "Moshe Ya'alon said"),  # an apostrophe is no letter to compare
        ('"Moshe Ya`alon"', "Moshe Ya'alon said"),
        ("Лукяненко", "Левко Лукʼяненко"),  # the modifier letter apostrophe too
    ],
)
def test_a_word_matches_with_or_without_its_apostrophe(query: str, text: str) -> None:
    assert matches(query, body=text)


def test_every_format_character_joins_words_or_is_a_documented_exception() -> None:
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cf" and ch not in NOT_JOINERS:
            assert _INVISIBLE_RE.fullmatch(ch), f"U+{cp:04X} {unicodedata.name(ch, '')}"


def test_invisible_characters_are_never_word_characters() -> None:
    """Joiners and word characters are disjoint, so the word pattern never backtracks."""
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        if _INVISIBLE_RE.fullmatch(ch):
            assert not _WORD_RE.fullmatch(ch), f"U+{cp:04X}"


@pytest.mark.parametrize(("letter", "folded"), sorted(LATIN_ASCII.items()))
def test_the_latin_table_folds_each_letter_to_ascii_letters(letter: str, folded: str) -> None:
    assert fold(letter) == folded
    assert folded.isascii() and folded.isalpha() and folded.islower()


def test_the_latin_table_is_what_icu_latin_ascii_does() -> None:
    icu = pytest.importorskip("icu", reason="PyICU not installed (see tools/latin_fold_table.py)")
    latin_ascii = icu.Transliterator.createInstance("Latin-ASCII")
    for letter, folded in LATIN_ASCII.items():
        either_case = {latin_ascii.transliterate(c).lower() for c in (letter, letter.swapcase())}
        assert folded in either_case, letter


def test_a_capital_and_its_small_letter_fold_alike() -> None:
    for letter in LATIN_ASCII:
        other = letter.swapcase()
        if len(other) == 1 and other != letter:
            assert fold(other) == fold(letter), letter


ODD = [SOFT_HYPHEN, ZWSP, ZWNJ, ZWJ, BOM, "ł", "Ł", "ß", "æ", "ø", "đ", "þ", "ŀ", "ı", "s", "'"]


@given(st.text(alphabet=st.sampled_from([*ODD, "a", " ", "_", "北", "é"]), max_size=60))
def test_the_fast_scans_agree_with_the_full_scan(text: str) -> None:
    assert scan_words(text) == scan(text)[0]
    assert scan_offsets(text) == tuple(scan(text)[1:])


@given(st.lists(st.sampled_from([*ODD, "Lavrov", "Lodz", "Walesa", "Strasse"]), max_size=6))
def test_a_word_and_its_pieces_joined_by_invisible_characters_fold_alike(
    pieces: list[str],
) -> None:
    word = "x" + "".join(p for p in pieces if p not in (ZWSP, "'")) + "y"
    plain = "".join(ch for ch in word if not _INVISIBLE_RE.fullmatch(ch))
    assert fold(word) == fold(plain)


WORDS = [
    "Łódź", "Lodz", "Wałęsa", "Walesa", "Ørsted", "Straße", "Strasse", "STRAẞE", "Þór",
    f"Lav{SOFT_HYPHEN}rov", "Lavrov", f"Shou{ZWJ}kry", "Shoukry", f"a{ZWSP}b", "coŀlecció",
    "Diyarbakır", f"می{ZWNJ}خواهم", "میخواهم", "the",
]  # fmt: skip
TERMS = [
    "lodz", "=Łódź", "walesa", "Wał*", "orsted", "strasse", "=Straße", "thor", "lavrov",
    "=Lavrov", '"lavrov shoukry"', "lav*", "colleccio", "diyarbakir", "میخواهم", "b",
    f"Lav{SOFT_HYPHEN}rov", "str?sse", "*rsted",
]  # fmt: skip


def _query(rng: random.Random) -> str:
    a, b = rng.choice(TERMS), rng.choice(TERMS)
    return rng.choice([a, f"{a} AND {b}", f"{a} OR {b}", f"{a} NEAR/2 {b}", f"{a} -{b}"])


@pytest.mark.parametrize("seed", range(4))
def test_the_index_returns_what_evaluating_every_rule_returns(seed: int) -> None:
    rng = random.Random(seed)
    specs = [
        RuleSpec(f"r{i}", parse_query(_query(rng)), stemming=rng.random() < 0.3) for i in range(200)
    ]
    index = RuleIndex.build(specs)
    for _ in range(60):
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 5)))
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 30)))
        doc = analyze(Document(title, body, language=rng.choice(["en", "pl", None])))
        assert index.match(doc) == index.match_naive(doc)


@given(st.text(alphabet=st.sampled_from([*ODD, "a", "Ł", " ", "北", "\u0301"]) | st.characters()))
def test_a_word_copied_from_an_article_into_a_rule_is_that_word(text: str) -> None:
    """Folding is idempotent, and a token scanned again is one token that folds the same."""
    for word in scan(text)[0]:
        assert fold(fold(word)) == fold(word)
        assert words(word) == [fold(word)]
