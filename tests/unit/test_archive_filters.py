"""The archive's word filters: never exclude an article a rule matches; exclude most others."""

from __future__ import annotations

import pytest

from services.history.prefilter import FilterProbe, build_filter, filter_bits, split_filter
from workers.history.filters import NAME_MARK, RuleRequirements, filter_items, filter_tag
from workers.query import Document, RuleIndex, RuleSpec, analyze, parse_query
from workers.query.text import WORDS_VERSION

TASS = Document(
    title="Lavrov calls for stopping terrorists' migration",
    body="Russian Foreign Minister Sergey Lavrov said the US and Iraq must act. "
    "The anti-terrorism talks in Baghdad were frank. 北京 agreed.",
    source="tass.com",
    language="en",
    url="https://tass.com/politics/972",
)


def probe_for(*specs: RuleSpec) -> FilterProbe:
    index = RuleIndex.build(list(specs))
    rules = [index.rule(i) for i in range(len(index))]
    return FilterProbe(RuleRequirements(rules).for_tag)


def stored_filter(doc: Document) -> bytes:
    analyzed = analyze(doc)
    return build_filter(filter_tag(analyzed), filter_items(analyzed))


def spec(query: str, stemming: bool = False) -> RuleSpec:
    return RuleSpec("r", parse_query(query), stemming=stemming)


MATCHING = [
    "Lavrov",
    "Lavrov AND terror*",
    '"Sergey Lavrov"',
    '"Lavrov Baghdad"~20',
    "Lavrov NEAR/3 Minister",
    "anti-terrorism",
    "=US AND Iraq",
    "title:migration",
    "source:tass.com",
    "lang:en AND Lavrov",
    "url:politics",
    "football OR Baghdad",
    "Lavrov -football",
    "NOT football",
    "wom?n OR Lavrov",
    "北京",
    "te* AND Lavrov",
]


@pytest.mark.parametrize("query", MATCHING)
def test_an_article_a_rule_matches_always_passes(query):
    rule = spec(query)
    assert RuleIndex.build([rule]).match_naive(analyze(TASS))  # the case is a real match
    assert probe_for(rule).may_match(stored_filter(TASS))


@pytest.mark.parametrize("query", ["terrorist", "migrate AND talk"])
def test_a_stemmed_rule_passes_articles_with_another_form(query):
    rule = spec(query, stemming=True)
    assert RuleIndex.build([rule]).match_naive(analyze(TASS))
    assert probe_for(rule).may_match(stored_filter(TASS))


@pytest.mark.parametrize(
    "query",
    [
        "football",
        "Lavrov AND football",  # the rarest part is present, another is not
        '"Sergey Ivanov"',  # a phrase needs every word
        "Lavrov NEAR/3 Erdogan",
        "source:reuters",
    ],
)
def test_an_article_without_a_required_part_is_excluded(query):
    assert not probe_for(spec(query)).may_match(stored_filter(TASS))


def test_the_filter_does_not_tell_fields_apart():
    """Like the rule index: a title-only word passes on a body hit (the match decides)."""
    assert probe_for(spec("title:Baghdad")).may_match(stored_filter(TASS))


def test_any_of_several_rules_lets_an_article_through():
    probe = probe_for(spec("football"), spec("Baghdad"))
    assert probe.may_match(stored_filter(TASS))


def test_a_rule_that_needs_no_word_lets_every_article_through():
    probe = probe_for(spec("football"), spec("NOT cricket"))
    assert probe.may_match(stored_filter(Document("a", "b")))


def test_an_article_without_words_is_excluded():
    assert not probe_for(spec("Lavrov")).may_match(build_filter("english", []))


def test_a_missing_or_unreadable_filter_passes():
    probe = probe_for(spec("Lavrov"))
    assert probe.may_match(None)
    assert probe.may_match(b"\x09garbage")


def test_the_filter_carries_its_tag():
    assert split_filter(build_filter("russian", ["слово"]))[0] == "russian"


@pytest.mark.parametrize(("items", "bits"), [(0, 64), (10, 128), (100, 832), (10**6, 1 << 16)])
def test_filter_size_follows_the_item_count_within_bounds(items, bits):
    assert filter_bits(items) == bits


def test_false_positives_stay_rare():
    words = [f"word{i}" for i in range(300)]
    blob = build_filter("english", words)
    absent = [f"other{i}" for i in range(2000)]
    passed = sum(FilterProbe(lambda tag, w=w: [((w,),)]).may_match(blob) for w in absent)
    assert passed < 2000 * 0.05


def test_the_stored_format_is_stable():
    """Filters outlive the process that wrote them: the same items give the same bytes
    (a numpy or hashing change that alters them would make old filters exclude matches)."""
    expected = "0107656e676c697368f420000108000000"
    assert build_filter("english", ["lavrov", "terror"]).hex() == expected


RUSSIAN = Document(
    title="Встреча Лаврова и Шукри", body="Министры говорили в Каире.", language="ru"
)


@pytest.mark.parametrize(
    ("tag", "passes"),
    [
        ("russian", True),  # stored before tags carried the name-key version
        ("russian/0", True),  # stored by an older name-key scheme
        (filter_tag(analyze(RUSSIAN)), False),  # this scheme: its keys are trusted
    ],
)
def test_name_keys_of_another_scheme_are_not_trusted(tag, passes):
    rule = RuleSpec("r", parse_query("Lavrov"), names="variants")
    assert RuleIndex.build([rule]).match_naive(analyze(RUSSIAN))  # a real match today
    words_only = {i for i in filter_items(analyze(RUSSIAN)) if not i.startswith(NAME_MARK)}
    stale = build_filter(tag, words_only | {f"{NAME_MARK}Cyrl:OLD"})
    assert probe_for(rule).may_match(stale) is passes


STORED_SPLIT = {"minister", "moshe", "ya", "alon", "said"}  # Ya'alon, as words version 1 split it


@pytest.mark.parametrize(
    ("tag", "query", "passes"),
    [
        ("english/55", "Yaalon", True),  # words version 1 may have split it: not trusted
        ("english", "Yaalon*", True),
        ("english/55", "Lavrov", False),  # no apostrophe could have split it: trusted
        ("english/55/2", "Yaalon", False),  # words of this version: trusted
    ],
)
def test_words_an_older_version_split_are_not_trusted(tag: str, query: str, passes: bool) -> None:
    rule = RuleSpec("r", parse_query(query))
    assert probe_for(rule).may_match(build_filter(tag, STORED_SPLIT)) is passes


def test_the_tag_carries_the_words_version() -> None:
    assert filter_tag(analyze(RUSSIAN)).endswith(f"/{WORDS_VERSION}")
