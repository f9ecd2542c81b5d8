"""The rules file's rule set: the query language behind `RuleSet.match`, and what a match says.

The language's own semantics are specified in tests/unit/query/; these tests go through the
YAML file, so they also pin what the file adds: names, notify tags, scopes, aliases, the
structured form, stemming, enabled, and the terms/fields/snippet of each match.
"""

from __future__ import annotations

import json
import re

import pytest

from services.core.errors import ConfigError
from workers.query import Document
from workers.rules.loader import parse_rules
from workers.rules.matcher import RuleSet


def rules_yaml(*queries: str, extra: str = "") -> bytes:
    """A rules file with one rule per query, named r0, r1, ... (`extra` is added to each)."""
    body = "".join(
        f"  - name: r{i}\n    query: {json.dumps(q)}\n    notify: [ops]\n{extra}"
        for i, q in enumerate(queries)
    )
    return f"version: 1\nrules:\n{body}".encode()


def one_rule(query: str, extra: str = "") -> RuleSet:
    return parse_rules(rules_yaml(query, extra=extra), "rules.yaml")


def matched(query: str, title: str, body: str = "", **doc: str) -> bool:
    return bool(one_rule(query).match(Document(title, body, **doc)))


@pytest.mark.parametrize(
    ("query", "text", "hit"),
    [
        ("Lavrov", "Lavrov spoke today", True),
        ("Lavrov", "Lavrova spoke today", False),
        ("ball", "a football game", False),
        ("lavrov", "LAVROV said", True),
        ("Straße", "STRASSE closed", True),
        ("sao paulo", "São Paulo", True),
        ("terror*", "TERRORISTS seen", True),
        ("terror*", "counterterrorism unit", False),
        ("Lavrov terror*", "Lavrov on terrorism", True),
        ("Lavrov terror*", "Lavrov speaks", False),
        ("Lavrov OR Shoukry", "Shoukry speaks", True),
        ("Lavrov NOT sport", "Lavrov on sport", False),
        ("Lavrov -sport", "Lavrov on talks", True),
        ('"foreign minister"', "the foreign minister said", True),
        ('"foreign minister"', "the minister, foreign affairs", False),
        ("Lavrov NEAR/2 Cairo", "Lavrov arrived in Cairo", True),
        ("Lavrov NEAR/1 Cairo", "Lavrov arrived in Cairo", False),
        ("Cairo ONEAR/5 Lavrov", "Lavrov arrived in Cairo", False),
        ("=US", "US troops", True),
        ("=US", "give us a break", False),
        ("terrorism", "anti-terrorism front", True),
        ("Lavrov", "Lavrov's visit", True),
    ],
)
def test_rule_queries_use_the_query_language(query: str, text: str, hit: bool) -> None:
    assert matched(query, text) is hit


@pytest.mark.parametrize(
    ("query", "title", "body", "hit"),
    [
        ("title:Lavrov", "Lavrov in Cairo", "", True),
        ("title:Lavrov", "Talks in Cairo", "Lavrov spoke", False),
        ("body:Lavrov", "Talks in Cairo", "Lavrov spoke", True),
        ("Lavrov terrorism", "Lavrov", "on terrorism", True),
    ],
)
def test_terms_search_title_and_body_unless_scoped(
    query: str, title: str, body: str, hit: bool
) -> None:
    assert matched(query, title, body) is hit


def test_source_and_language_scopes_restrict_a_rule() -> None:
    rules = one_rule("Lavrov", extra="    sources: [tass.ru]\n    languages: [en]\n")
    assert rules.match(Document("Lavrov", "", source="TASS.ru", language="en-GB"))
    assert not rules.match(Document("Lavrov", "", source="sana.sy", language="en"))
    assert not rules.match(Document("Lavrov", "", source="tass.ru", language="ru"))


def test_stemming_is_per_rule() -> None:
    stemmed = one_rule("terrorist", extra="    stemming: true\n")
    assert stemmed.match(Document("Terrorists struck", "", language="en"))
    assert not one_rule("terrorist").match(Document("Terrorists struck", ""))


def test_aliases_expand_in_queries() -> None:
    data = (
        b"version: 1\naliases:\n  lavrov: [Lavrov, \xd0\x9b\xd0\xb0\xd0\xb2\xd1\x80\xd0\xbe\xd0\xb2"
        b', "Sergey Lavrov"]\nrules:\n  - {name: a, query: "@lavrov AND Cairo"}\n'
    )
    rules = parse_rules(data, "rules.yaml")
    assert rules.match(Document("Лавров в Cairo", ""))
    assert not rules.match(Document("Lavrova in Cairo", ""))


@pytest.mark.parametrize(
    ("title", "hit"),
    [
        ("Lavrov in Cairo on terrorism", True),
        ("Lavrov in Moscow on terrorism", True),
        ("Lavrov in Cairo on sport", False),
        ("Lavrov in Cairo on terrorism and sport", False),
        ("Shoukry in Cairo on terrorism", False),
    ],
)
def test_structured_form_means_all_any_none(title: str, hit: bool) -> None:
    data = (
        b"version: 1\nrules:\n  - name: s\n    all: [Lavrov, terror*]\n"
        b"    any: [Cairo, Moscow]\n    none: [sport]\n"
    )
    assert bool(parse_rules(data, "rules.yaml").match(Document(title, ""))) is hit


def test_match_carries_rule_name_notify_terms_fields_and_snippet() -> None:
    [match] = one_rule("Lavrov AND terror*").match(
        Document("LAVROV in Cairo", "Talks went on. He spoke on terrorists and Lavrov left.")
    )
    assert (match.rule, match.notify) == ("r0", ("ops",))
    assert match.terms == ("lavrov", "terrorists")
    assert match.fields == ("title", "body")
    assert match.snippet == "He spoke on «terrorists» and «Lavrov» left."


def test_terms_are_distinct_lower_cased_matched_texts() -> None:
    [match] = one_rule('"Sergey Lavrov" OR terror*').match(
        Document("", "Sergey Lavrov. SERGEY LAVROV on Anti-Terrorism.")
    )
    assert match.terms == ("sergey lavrov", "terrorism")


@pytest.mark.parametrize(
    "queries",
    [
        ("Lavrov AND talks", "talks AND Lavrov", "Lavrov AND talks AND NOT zebra"),
        ("Lavrov", "Lavrov AND talks", "talks", "Lavrov NEAR/3 talks", "Lav*"),
    ],
)
def test_each_match_is_explained_as_if_it_matched_alone(queries: tuple[str, ...]) -> None:
    """Matches of one article with the same spans share their terms and snippet; every
    match still reads as its own rule's."""
    doc = Document("Lavrov in Cairo", "First talks. Then Lavrov left the talks early.")
    together = parse_rules(rules_yaml(*queries), "rules.yaml").match(doc)
    alone = [m for q in queries for m in one_rule(q).match(doc)]
    assert [(m.terms, m.fields, m.snippet) for m in together] == [
        (m.terms, m.fields, m.snippet) for m in alone
    ]
    assert [m.rule for m in together] == [f"r{i}" for i in range(len(queries))]


def test_each_matching_rule_is_reported_in_file_order() -> None:
    rules = parse_rules(rules_yaml("alpha", "beta", "gamma"), "rules.yaml")
    assert [m.rule for m in rules.match(Document("gamma and alpha", ""))] == ["r0", "r2"]


def test_disabled_rules_are_not_matched_and_their_problems_are_warnings() -> None:
    data = (
        b"version: 1\nrules:\n"
        b"  - {name: kept, query: alpha}\n"
        b"  - {name: parked, query: 'alpha AND (', enabled: false}\n"
    )
    rules = parse_rules(data, "rules.yaml")
    assert [r.name for r in rules.rules] == ["kept"]
    assert [m.rule for m in rules.match(Document("alpha", ""))] == ["kept"]
    assert [w.severity for w in rules.warnings] == ["warning"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("Lavrov AND (terror*", "missing ')'"),
        ("NOT sport", "matches every article"),
        ("Lavrov AND NOT Lavrov", "never matches"),
        ("@nobody", "unknown alias @nobody"),
        ("Lavrov~2", "fuzzy terms are not supported"),
    ],
)
def test_bad_query_is_a_config_error_naming_the_rule(query: str, message: str) -> None:
    pattern = rf"rules\.yaml:4:\d+: rule 'r0': .*{re.escape(message)}"
    with pytest.raises(ConfigError, match=pattern):
        one_rule(query)


def test_version_is_stable_for_the_same_content_and_changes_with_it() -> None:
    assert one_rule("alpha").version == one_rule("alpha").version
    assert one_rule("alpha").version != one_rule("beta").version


def test_empty_rules_file_has_no_rules() -> None:
    assert parse_rules(b"", "rules.yaml").rules == ()
