"""The rule index: same matches as evaluating every rule, while evaluating far fewer."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from workers.query import (
    Document,
    RuleIndex,
    RuleSpec,
    analyze,
    parse_query,
    structured_query,
)

WORDS = [
    "Lavrov", "Лавров", "Лаврова", "Shoigu", "Cairo", "Αθήνα", "北京", "terror", "terrorism",
    "terrorists", "anti-terrorism", "attack", "attacked", "sanctions", "US", "us", "talks",
    "minister", "São", "Sao", "women", "woman", "the", "of", "O'Brien", "Lavrov's", "ёлка",
]  # fmt: skip
TERMS = [
    "Lavrov", "лавров", "shoigu", "cairo", "αθηνα", "北京", "terror*", "wom?n", "=US", "us",
    '"anti terrorism"', '"Sergey Lavrov"', "sao", "attack", "sanction*", "*ism", "ёлка",
    "o'brien", "talks", '"Lavrov terrorism"~4', "@lav",
]  # fmt: skip
ALIASES = {"lav": ["Lavrov", "Лавров", "Sergey Lavrov"]}


def random_query(rng: random.Random, depth: int = 0) -> str:
    """A random query over TERMS using every operator and field scope."""
    roll = rng.random()
    if depth > 2 or roll < 0.35:
        term = rng.choice(TERMS)
        return f"{rng.choice(['title:', 'body:'])}{term}" if rng.random() < 0.1 else term
    a, b = random_query(rng, depth + 1), random_query(rng, depth + 1)
    if roll < 0.55:
        return f"({a} AND {b})"
    if roll < 0.75:
        return f"({a} OR {b})"
    if roll < 0.85:
        return f"({a} AND NOT {b})"
    op = rng.choice(["NEAR", "ONEAR"])
    return f"{rng.choice(TERMS)} {op}/{rng.randint(0, 4)} {rng.choice(TERMS)}"


def random_doc(rng: random.Random) -> Document:
    def text(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n))

    return Document(
        title=text(rng.randint(0, 6)),
        body=text(rng.randint(0, 40)),
        source=rng.choice(["tass", "reuters", ""]),
        language=rng.choice(["en", "ru", None]),
    )


def random_spec(rng: random.Random, i: int) -> RuleSpec:
    return RuleSpec(
        f"r{i}",
        parse_query(random_query(rng), aliases=ALIASES),
        stemming=rng.random() < 0.3,
        sources=("tass",) if rng.random() < 0.1 else (),
        languages=("ru",) if rng.random() < 0.1 else (),
    )


@pytest.mark.parametrize("seed", range(5))
def test_index_returns_exactly_what_evaluating_every_rule_returns(seed: int) -> None:
    rng = random.Random(seed)
    index = RuleIndex.build([random_spec(rng, i) for i in range(300)])
    for _ in range(60):
        doc = analyze(random_doc(rng))
        assert index.match(doc) == index.match_naive(doc)


def test_index_evaluates_only_rules_whose_keys_the_article_contains() -> None:
    names = [f"Name{i}" for i in range(1000)]
    index = RuleIndex.build([RuleSpec(n, parse_query(f"{n} AND attack")) for n in names])
    doc = analyze(Document("Name7 and Name9", "an attack"))
    assert [index.specs[i].name for i in index.candidates(doc)] == ["Name7", "Name9"]


@pytest.mark.parametrize(
    ("query", "keyed"),
    [
        ("NOT sport", False),
        ("*ism", False),
        ("source:reu*", False),
        ("lang:ru", True),
        ("Lavrov OR NOT sport", False),
        ("Lavrov AND NOT sport", True),
        ("terror*", True),
    ],
)
def test_rules_without_a_required_word_are_always_evaluated(query: str, keyed: bool) -> None:
    index = RuleIndex.build([RuleSpec("r", parse_query(query))])
    assert (len(index.always) == 0) is keyed


def test_an_and_is_keyed_by_its_rarest_looking_part() -> None:
    index = RuleIndex.build([RuleSpec("r", parse_query("attack AND the AND Lavrov"))])
    assert index.filed("w") == {"lavrov": [0]}


def test_matches_come_back_in_rule_order() -> None:
    specs = [RuleSpec(n, parse_query(q)) for n, q in [("b", "Cairo"), ("a", "Lavrov"), ("c", "x")]]
    found = RuleIndex.build(specs).match(analyze(Document("", "Lavrov in Cairo")))
    assert [m.rule for m in found] == ["b", "a"]


@pytest.mark.parametrize(
    ("sources", "languages", "doc_source", "doc_language", "expected"),
    [
        (("TASS",), (), "tass", None, True),
        (("TASS",), (), "reuters", None, False),
        ((), ("en",), "", "en-GB", True),
        ((), ("ru",), "", "en", False),
        ((), ("ru",), "", None, False),
    ],
)
def test_rule_source_and_language_scopes_filter_articles(
    sources: tuple[str, ...],
    languages: tuple[str, ...],
    doc_source: str,
    doc_language: str | None,
    expected: bool,
) -> None:
    spec = RuleSpec("r", parse_query("Lavrov"), sources=sources, languages=languages)
    doc = analyze(Document("", "Lavrov", source=doc_source, language=doc_language))
    assert bool(RuleIndex.build([spec]).match(doc)) is expected


def test_structured_and_text_rules_index_alike() -> None:
    index = RuleIndex.build([RuleSpec("r", structured_query(all=["Lavrov", "terror*"]))])
    assert index.filed("w") == {"lavrov": [0]}


def seed_dir() -> Path:
    """The seed articles: tests/fixtures/seeds in the repo, else the shared checkout."""
    local = Path(__file__).parents[2] / "fixtures" / "seeds"
    return local if local.is_dir() else Path("/work/shared/seeds")


def test_lavrov_and_terror_matches_both_seed_articles() -> None:
    paths = sorted(seed_dir().glob("*.txt"))
    index = RuleIndex.build([RuleSpec("lavrov-terror", parse_query("Lavrov AND terror*"))])
    found = [index.match(analyze(Document("", p.read_text(encoding="utf-8")))) for p in paths]
    assert len(paths) == 2
    assert [[m.rule for m in f] for f in found] == [["lavrov-terror"], ["lavrov-terror"]]
    assert all({"Lavrov", "terrorism"} <= set(f[0].terms) for f in found)


@pytest.mark.parametrize(
    ("query", "names", "title", "body", "candidate"),
    [
        ("title:Lavrov", "variants", "Lavrov in Cairo", "talks", True),
        ("title:Lavrov", "variants", "Лавров в Каире", "talks", True),
        ("title:Lavrov", "variants", "Talks in Cairo", "Lavrov spoke", False),
        ('title:"Sergey Lavrov"', "variants", "Sergey Lavrov in Cairo", "", True),
        ('title:"Sergey Lavrov"', "variants", "Talks in Cairo", "Sergey Lavrov", False),
        ("title:talks", "exact", "Talks in Cairo", "", True),
        ("title:talks", "exact", "In Cairo", "talks", False),
        ("title:Lavrov AND sanctions", "variants", "Lavrov", "new sanctions", True),
        ("title:Lavrov AND sanctions", "variants", "Sanctions", "Lavrov", False),
    ],
)
def test_a_title_term_makes_a_candidate_only_of_an_article_whose_title_holds_it(
    query: str, names: str, title: str, body: str, candidate: bool
) -> None:
    index = RuleIndex.build([RuleSpec("r", parse_query(query), names=names)])
    doc = analyze(Document(title, body, language="en"))
    assert (index.candidates(doc) == [0]) is candidate
    assert index.match(doc) == index.match_naive(doc)


@pytest.mark.parametrize("seed", range(3))
def test_index_returns_what_every_rule_returns_with_names_in_other_scripts(seed: int) -> None:
    rng = random.Random(seed)
    specs = [
        RuleSpec(f"r{i}", parse_query(random_query(rng), aliases=ALIASES), names="variants")
        for i in range(300)
    ]
    index = RuleIndex.build(specs)
    for _ in range(60):
        doc = analyze(random_doc(rng))
        assert index.match(doc) == index.match_naive(doc)
