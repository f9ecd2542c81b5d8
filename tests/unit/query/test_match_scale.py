"""The match path at scale: name rules keyed with their topic word, term matchers shared
between rules and evaluated once per article, explanations worked out once per hit, and a
bounded number of compiled rules; none of it changes a result."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.query.test_index import ALIASES, random_doc, random_query
from workers.query import (
    AnalyzedDocument,
    CompiledRule,
    Document,
    RuleIndex,
    RuleMatch,
    RuleSpec,
    analysis,
    analyze,
    compiler,
    parse_query,
)
from workers.query import matchers as m
from workers.query.compiled import CompiledRules
from workers.query.index import plan_of
from workers.query.nodes import FIELDS
from workers.query.rules import MAX_TERM_WORDS
from workers.query.text import scan, scan_offsets
from workers.snippet import marked_snippet


def variants(name: str, query: str) -> RuleSpec:
    return RuleSpec(name, parse_query(query, aliases=ALIASES), names="variants")


def random_variant_specs(rng: random.Random, count: int) -> list[RuleSpec]:
    return [variants(f"r{i}", random_query(rng)) for i in range(count)]


@pytest.mark.parametrize(
    ("title", "body", "language", "expected"),
    [
        ("", "Putin on topic7 and topic42", "en", ["topic7", "topic42"]),
        ("", "встреча Путина: topic3", "ru", ["topic3"]),
        ("Putin", "nothing else", "en", []),
        ("", "topic7 without the name", "en", []),
    ],
)
def test_a_name_rule_is_a_candidate_only_with_its_partner_word(
    title: str, body: str, language: str, expected: list[str]
) -> None:
    specs = [variants(f"topic{i}", f"Putin AND topic{i}") for i in range(300)]
    index = RuleIndex.build(specs, lazy=True)
    doc = analyze(Document(title, body, language=language))
    assert [index.specs[i].name for i in index.candidates(doc)] == expected


def test_a_name_rule_is_filed_once_not_once_per_spelling_of_the_name() -> None:
    plan = plan_of(variants("r", "Lavrov AND talks"))
    assert plan is not None and len(plan) == 1
    assert sorted(kind for kind, _ in plan[0]) == ["g", "w"]


def test_rules_holding_a_term_share_its_matcher() -> None:
    first = CompiledRule(variants("a", "Lavrov AND talks"))
    second = CompiledRule(variants("b", "Lavrov AND summit"))
    assert first.matcher.items[0] is second.matcher.items[0]  # type: ignore[attr-defined]


def test_a_shared_term_is_evaluated_once_per_article() -> None:
    doc = analyze(Document("", "Lavrov at the talks and the summit"))
    first = CompiledRule(variants("a", "Lavrov AND talks"))
    second = CompiledRule(variants("b", "Lavrov AND summit"))
    term = first.matcher.items[0]  # type: ignore[attr-defined]
    assert term.hits(doc) is term.hits(doc)
    assert first.match(doc) is not None and second.match(doc) is not None
    assert list(doc.memo).count(term) == 1


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=2**32))
def test_matching_in_one_article_equals_matching_each_rule_on_a_fresh_copy(seed: int) -> None:
    """Per-article memos (term hits, NEAR sides, explained hits) change no match."""
    rng = random.Random(seed)
    rules = [CompiledRule(spec) for spec in random_variant_specs(rng, 40)]
    for _ in range(5):
        article = random_doc(rng)
        shared = analyze(article)
        assert [r.match(shared) for r in rules] == [r.match(analyze(article)) for r in rules]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Lavrov AND talks", "Lavrov AND talks"),
        ("Lavrov AND (talks OR summit)", "Lavrov AND (talks OR summit)"),
        ("Lavrov NEAR/3 talks NOT summit", "Lavrov NEAR/3 talks NOT summit"),
    ],
)
def test_rules_written_alike_share_their_matcher(first: str, second: str) -> None:
    assert CompiledRule(variants("a", first)).matcher is CompiledRule(variants("b", second)).matcher


def test_rules_written_alike_are_each_reported_under_their_own_name() -> None:
    specs = [variants(name, "Lavrov AND talks") for name in ("a", "b", "c")]
    doc = analyze(Document("", "Lavrov at the talks"))
    found = RuleIndex.build(specs).match(doc)
    assert [m.rule for m in found] == ["a", "b", "c"]
    assert all(m.spans == found[0].spans and m.terms == found[0].terms for m in found)
    assert isinstance(found[0].spans, tuple)  # immutable: shared, never copied


def test_a_rule_written_alike_but_scoped_elsewhere_is_not_reported() -> None:
    query = parse_query("Lavrov AND talks")
    specs = [RuleSpec("tass", query, sources=("tass",)), RuleSpec("any", query)]
    doc = analyze(Document("", "Lavrov at the talks", source="reuters"))
    assert [m.rule for m in RuleIndex.build(specs).match(doc)] == ["any"]


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=2**32))
def test_an_article_explaining_rules_once_equals_each_rule_on_a_fresh_copy(seed: int) -> None:
    """Rules written alike, or matching through the same terms, share one explanation per
    article (see rules.Explanations); each gets what it would get alone."""
    rng = random.Random(seed)
    queries = [random_query(rng) for _ in range(15)]
    specs = [variants(f"r{i}", rng.choice(queries)) for i in range(40)]
    index = RuleIndex.build(specs)
    rules = [CompiledRule(spec) for spec in specs]
    for _ in range(5):
        article = random_doc(rng)
        alone = [r.match(analyze(article)) for r in rules]
        assert index.match_naive(analyze(article)) == [m for m in alone if m is not None]


@pytest.mark.parametrize("limit", [1, 2, 7])
def test_an_index_holding_few_compiled_rules_matches_the_same(limit: int) -> None:
    rng = random.Random(limit)
    index = RuleIndex.build(random_variant_specs(rng, 60), lazy=True)
    index.compiled.limit = limit
    for _ in range(20):
        doc = analyze(random_doc(rng))
        assert index.match(doc) == index.match_naive(doc)
        assert len(index.compiled) <= limit


def test_compiled_rules_drop_the_rule_unused_since_the_last_sweep() -> None:
    specs = [variants(f"r{i}", f"word{i}") for i in range(3)]
    rules = CompiledRules(specs, limit=2)
    rules.get(0), rules.get(1), rules.get(0)  # r0 used again: a second chance
    assert rules.get(2).name == "r2"
    assert [rule is not None for rule in rules.held] == [True, False, True]


def test_an_evicted_rule_is_compiled_again_when_needed() -> None:
    specs = [variants(f"r{i}", f"word{i}") for i in range(3)]
    rules = CompiledRules(specs, limit=1)
    assert [rules.get(i).name for i in (0, 1, 2, 0)] == ["r0", "r1", "r2", "r0"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "one",
        "  Lavrov met Shoigu.  ",
        "Lavrov's visit; the minister's talks",
        "anti-terrorism, O'Brien and Lav\u00adrov",
        "北京 and snake_case words",
        "end with space ",
    ],
)
def test_word_offsets_are_those_of_the_scan(text: str) -> None:
    _, starts, ends = scan(text)
    assert scan_offsets(text) == (starts, ends)


def test_a_snippet_is_of_its_own_article_after_another_one() -> None:
    first = "Lavrov spoke. Then the talks began."
    second = "Talks stalled. Lavrov left the room."
    assert marked_snippet("", first, [("body", 0, 6)]) == "«Lavrov» spoke."
    assert marked_snippet("", second, [("body", 15, 21)]) == "«Lavrov» left the room."


def _explained_from_hits(rule: CompiledRule, doc: AnalyzedDocument) -> RuleMatch | None:
    """The reference explanation: the rule's hits as one list, each distinct hit in field
    and text order, its text read from the scan's offsets."""
    hits = rule.matcher.hits(doc)
    if hits is None:
        return None
    spans, terms = [], []
    for name, start, end in sorted(set(hits), key=lambda h: (FIELDS.index(h[0]), h[1], h[2])):
        text = doc.fields[name].text
        _, starts, ends = scan(text)
        spans.append((name, starts[start], ends[end - 1]))
        if end - start < MAX_TERM_WORDS:
            terms.append(text[starts[start] : ends[end - 1]])
    return RuleMatch(rule.name, tuple(dict.fromkeys(terms)), tuple(spans))


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=2**32))
def test_a_match_is_explained_by_the_union_of_its_hits(seed: int) -> None:
    """Explaining from the leaves' hit lists (Matcher.collect) equals explaining the rule's
    hits as one list, for every rule of one article, in any order of evaluation."""
    rng = random.Random(seed)
    rules = [CompiledRule(spec) for spec in random_variant_specs(rng, 40)]
    for _ in range(5):
        article = random_doc(rng)
        shared = analyze(article)
        found = [r.match(shared) for r in rules]
        assert found == [_explained_from_hits(r, analyze(article)) for r in rules]


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=0, max_value=2**32))
def test_a_field_of_more_words_than_narrow_keys_hold_is_explained_the_same(seed: int) -> None:
    """A hit is one int of field, start and end; a field of more than 2**29 words takes
    wider ones (here forced by a bound of 2 bits: a field of four words or more)."""
    rng = random.Random(seed)
    rules = [CompiledRule(spec) for spec in random_variant_specs(rng, 30)]
    articles = [random_doc(rng) for _ in range(4)]
    narrow = [[r.match(analyze(a)) for r in rules] for a in articles]
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(analysis, "NARROW_POSITION_BITS", 2)
        wide = [[r.match(analyze(a)) for r in rules] for a in articles]
        assert any(analyze(a).position_bits == 32 for a in articles)
    assert wide == narrow


def test_shared_matchers_are_bounded_and_shared_while_kept() -> None:
    shared = compiler._SharedMatchers(limit=2)
    first = shared.get(("a",), m.Never)
    assert shared.get(("a",), m.Never) is first
    shared.get(("b",), m.Never)
    shared.get(("c",), m.Never)  # full: emptied, then ("c",) kept
    assert len(shared._made) == 1
    assert shared.get(("a",), m.Never) is not first  # made again, no longer shared
