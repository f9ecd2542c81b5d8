"""What matches what: words, scripts, punctuation, wildcards, phrases, proximity, fields."""

from __future__ import annotations

import pytest

from workers.query import Document, analyze, parse_query, why_not

from .helpers import match, matches


def case(query: str, body: str, expected: bool) -> tuple[str, str, bool]:
    return query, body, expected


def check(query: str, body: str, expected: bool) -> None:
    assert matches(query, body=body) is expected


@pytest.mark.parametrize(
    ("query", "body", "expected"),
    [
        case("Lavrov", "Sergey Lavrov said", True),
        case("Lavrov", "Lavrova said", False),
        case("Lavrov", "Lavrovsky said", False),
        case("ball", "the football match", False),
        case("ball", "the ball.", True),
        case("2", "talks in a 2+2 format", True),
        case("22", "talks in a 2+2 format", False),
    ],
)
def test_terms_match_whole_words_only(query: str, body: str, expected: bool) -> None:
    check(query, body, expected)


@pytest.mark.parametrize(
    ("query", "body", "expected"),
    [
        case("lavrov", "LAVROV SAID", True),
        case("LAVROV", "lavrov said", True),
        case("sao", "São Paulo", True),
        case("São", "Sao Paulo", True),
        case("cafe", "Café", True),
        case("strasse", "Straße", True),
        case("Zurich", "Zürich", True),
        case("naive", "nai\u0308ve", True),  # decomposed input
    ],
)
def test_terms_ignore_case_and_accents(query: str, body: str, expected: bool) -> None:
    check(query, body, expected)


@pytest.mark.parametrize(
    ("query", "body", "expected"),
    [
        case("=US", "the US said", True),
        case("=US", "told us", False),
        case("=US", "Us and them", False),
        case("US", "told us", True),
        case("=US", "USA", False),
        case('="New York"', "in New York today", True),
        case('="New York"', "in new york today", False),
        case("=São", "Sao Paulo", False),
    ],
)
def test_equals_sign_makes_a_term_case_sensitive(query: str, body: str, expected: bool) -> None:
    check(query, body, expected)


@pytest.mark.parametrize(
    ("query", "body", "expected"),
    [
        case("Лавров", "Сергей Лавров заявил", True),
        case("лавров", "СЕРГЕЙ ЛАВРОВ", True),
        case("Лавров", "встреча с Лавровым", False),
        case("Лавров", "Лаврова", False),
        case("Лаврова", "Лаврова", True),
        case("Лавров*", "встреча с Лавровым", True),
        case("елка", "ёлка", True),
        case("ёлка", "Елка", True),
        case("йод", "иод", False),
        case("йод", "ЙОД", True),
    ],
)
def test_cyrillic_is_case_insensitive_whole_word_with_yo_folded_and_short_i_kept(
    query: str, body: str, expected: bool
) -> None:
    check(query, body, expected)


@pytest.mark.parametrize(
    ("query", "body", "expected"),
    [
        case("Αθήνα", "ΑΘΗΝΑ", True),
        case("αθηνα", "Η Αθήνα σήμερα", True),
        case("Ελλάδα", "της Ελλάδας", False),
    ],
)
def test_greek_is_case_and_accent_insensitive(query: str, body: str, expected: bool) -> None:
    check(query, body, expected)


@pytest.mark.parametrize(
    ("query", "body", "expected"),
    [
        case("北京", "中国北京市", True),
        case("北京", "北方京城", False),
        case("東京", "東京タワー", True),
        case("北京 NEAR/1 上海", "北京和上海", True),
        case("서울", "서울시", True),
    ],
)
def test_cjk_terms_match_as_character_sequences(query: str, body: str, expected: bool) -> None:
    check(query, body, expected)


@pytest.mark.parametrize(
    ("query", "body", "expected"),
    [
        case("terrorism", "anti-terrorism efforts", True),
        case("anti", "anti-terrorism efforts", True),
        case("anti-terrorism", "anti-terrorism efforts", True),
        case("anti-terrorism", "Anti-Terrorism efforts", True),
        case("anti-terrorism", "anti terrorism efforts", True),
        case("anti-terrorism", "terrorism efforts", False),
        case("Lavrov", "Lavrov's visit", True),
        case("Lavrov", "Lavrov’s visit", True),
        case('"Lavrov visit"', "Lavrov's visit", True),
        case("Lavrov's", "Lavrov's visit", True),
        case("O'Brien", "Mr O'Brien said", True),
        case("terrorists", "the terrorists’ plans", True),
    ],
)
def test_hyphen_and_apostrophe_forms_match_their_parts(
    query: str, body: str, expected: bool
) -> None:
    check(query, body, expected)


@pytest.mark.parametrize(
    ("query", "body", "expected"),
    [
        case("terror*", "terrorists", True),
        case("terror*", "terror", True),
        case("terror*", "counterterrorism", False),
        case("terror*", "anti-terrorism", True),
        case("wom?n", "women", True),
        case("wom?n", "woman", True),
        case("wom?n", "womn", False),
        case("wom?n", "wooman", False),
        case("t*ism", "terrorism", True),
        case("*ism", "terrorism", True),
        case("TERROR*", "Terrorism", True),
        case("Sankt*", "Sanktionen", True),
    ],
)
def test_wildcards_match_within_one_word(query: str, body: str, expected: bool) -> None:
    check(query, body, expected)


@pytest.mark.parametrize(
    ("query", "body", "expected"),
    [
        case('"Sergey Lavrov"', "Sergey Lavrov said", True),
        case('"Sergey Lavrov"', "Lavrov, Sergey", False),
        case('"Sergey Lavrov"', "Sergey V. Lavrov", False),
        case('"sergey lavrov"', "SERGEY LAVROV", True),
        case('"Lavrov terrorism"~3', "terrorism, said Lavrov", True),
        case('"Lavrov terrorism"~1', "Lavrov spoke about terrorism", False),
        case('"Lavrov terrorism"~2', "Lavrov spoke about terrorism", True),
        case('"new new"', "new new", True),
        case('"new new"', "new old", False),
    ],
)
def test_phrases_need_consecutive_words_and_slop_allows_gaps(
    query: str, body: str, expected: bool
) -> None:
    check(query, body, expected)


@pytest.mark.parametrize(
    ("query", "body", "expected"),
    [
        case("Lavrov NEAR/2 terror*", "Lavrov condemned the terrorists", True),
        case("Lavrov NEAR/1 terror*", "Lavrov condemned the terrorists", False),
        case("Lavrov NEAR/2 terror*", "terrorists, said Lavrov", True),
        case("Lavrov ONEAR/2 terror*", "terrorists, said Lavrov", False),
        case("Lavrov ONEAR/2 terror*", "Lavrov on terrorists", True),
        case("Lavrov NEAR/0 Cairo", "Lavrov Cairo", True),
        case('"Sergey Lavrov" NEAR/3 (Cairo OR Moscow)', "Sergey Lavrov arrived in Cairo", True),
        case('"Sergey Lavrov" NEAR/1 (Cairo OR Moscow)', "Sergey Lavrov arrived in Cairo", False),
        case("Lavrov NEAR/1 Lavrov", "Lavrov", True),
        case("Lavrov ONEAR/1 Lavrov", "Lavrov", False),
        case("Lavrov ONEAR/1 Lavrov", "Lavrov and Lavrov", True),
        case('terror* NEAR/0 "talks terror"', "talks terror", True),
    ],
)
def test_near_counts_words_between_and_onear_also_needs_order(
    query: str, body: str, expected: bool
) -> None:
    check(query, body, expected)


def test_phrases_and_near_do_not_cross_fields() -> None:
    assert not matches('"Sergey Lavrov"', title="Sergey", body="Lavrov")
    assert not matches("Sergey NEAR/5 Lavrov", title="Sergey", body="Lavrov")


@pytest.mark.parametrize(
    ("query", "doc", "expected"),
    [
        ("title:Lavrov", {"title": "Lavrov in Cairo"}, True),
        ("title:Lavrov", {"title": "Cairo", "body": "Lavrov"}, False),
        ("body:Lavrov", {"title": "Lavrov"}, False),
        ("Lavrov", {"title": "Lavrov"}, True),
        ("Lavrov", {"body": "Lavrov"}, True),
        ("title:(Lavrov OR Shoigu)", {"title": "Shoigu"}, True),
        ('title:"Sergey Lavrov"', {"title": "Sergey Lavrov"}, True),
        ("source:reuters", {"source": "Reuters"}, True),
        ("source:reuters", {"source": "TASS"}, False),
        ("Reuters", {"source": "Reuters"}, False),
        ("lang:ru", {"language": "ru"}, True),
        ("lang:ru", {"language": "en"}, False),
        ("lang:en", {"language": "en-GB"}, True),
        ("url:tass.com", {"url": "https://tass.com/politics/1"}, True),
        ("url:tass", {"url": "https://tass.com/politics/1"}, True),
        ("url:tass", {"url": "https://nottass.com/"}, False),
        ("Lavrov AND NOT source:tass", {"body": "Lavrov", "source": "tass"}, False),
    ],
)
def test_field_scopes_restrict_where_terms_are_searched(
    query: str, doc: dict[str, str], expected: bool
) -> None:
    assert matches(query, **doc) is expected


ALIASES = {
    "lavrov": ["Lavrov", "Лавров", "Sergey Lavrov"],
    "phrase": ["Sergey Lavrov"],
    "us": ["=US", "United States"],
    "terror": ["terror*"],
}


@pytest.mark.parametrize(
    ("query", "body", "expected"),
    [
        ("@lavrov AND Cairo", "Лавров в Cairo", True),
        ("@lavrov", "Lavrov", True),
        ("@phrase", "Sergey Shoigu and Lavrov", False),
        ("@phrase", "Sergey Lavrov", True),
        ("@us", "the US said", True),
        ("@us", "told us", False),
        ("@us", "the United States said", True),
        ("@lavrov NEAR/2 @terror", "Лавров about terrorism", True),
        ("title:@lavrov", "Lavrov", False),
    ],
)
def test_aliases_expand_to_an_or_of_their_items(query: str, body: str, expected: bool) -> None:
    assert matches(query, body=body, aliases=ALIASES) is expected


@pytest.mark.parametrize(
    ("query", "body", "expected"),
    [
        ("Lavrov AND Cairo", "Lavrov in Cairo", True),
        ("Lavrov Cairo", "Lavrov in Moscow", False),
        ("Lavrov OR Shoigu", "Shoigu spoke", True),
        ("Lavrov NOT sport", "Lavrov on sport", False),
        ("Lavrov -sport", "Lavrov on politics", True),
        ("(Lavrov OR Shoigu) AND NOT (sport OR football)", "Shoigu on football", False),
        ("NOT sport", "politics", True),
    ],
)
def test_boolean_operators(query: str, body: str, expected: bool) -> None:
    check(query, body, expected)


def test_a_match_reports_matched_text_as_written_and_its_spans() -> None:
    found = match("Lavrov AND terror*", title="Lavrov's anti-terror push", body="Terrorism.")
    assert found is not None
    assert found.terms == ("Lavrov", "terror", "Terrorism")
    assert found.spans == (("title", 0, 6), ("title", 14, 20), ("body", 0, 9))


def test_a_phrase_match_spans_the_whole_phrase() -> None:
    found = match('"Sergey Lavrov"', body="Minister Sergey Lavrov said")
    assert found is not None
    assert (found.terms, found.spans) == (("Sergey Lavrov",), (("body", 9, 22),))


def test_a_pure_negation_match_has_no_terms() -> None:
    found = match("NOT sport", body="politics")
    assert found is not None
    assert (found.terms, found.spans) == ((), ())


@pytest.mark.parametrize(
    ("query", "body", "failures"),
    [
        ("Lavrov AND terror*", "Lavrov in Cairo", [("terror*", 11, "missing")]),
        ("Lavrov NOT sport", "Lavrov on sport", [("sport", 11, "excluded")]),
        ("(Lavrov OR Shoigu) AND Cairo", "Cairo", [("(Lavrov OR Shoigu)", 1, "missing")]),
        ("title:Lavrov AND x", "Lavrov", [("title:Lavrov", 6, "missing"), ("x", 17, "missing")]),
        ("title:(Lavrov AND NOT x)", "", [("title:Lavrov", 7, "missing")]),
        ("Lavrov AND Cairo", "Lavrov in Cairo", []),
    ],
)
def test_why_not_names_the_clauses_that_failed(
    query: str, body: str, failures: list[tuple[str, int, str]]
) -> None:
    found = why_not(parse_query(query), analyze(Document("", body)))
    assert [(f.clause, f.offset, f.reason) for f in found] == failures
