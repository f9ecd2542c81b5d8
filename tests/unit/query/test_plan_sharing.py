"""Planning a large rule set: leaves are compiled and keyed once, a name word is filed as one
name group, and the index stays exact."""

from __future__ import annotations

import random

import pytest

from workers.query import Document, RuleIndex, RuleSpec, analyze, check_query, parse_query
from workers.query.compiler import compile_node
from workers.query.keys import group_parts, index_plan, required_keys
from workers.query.names.forms import term_keys
from workers.query.names.phonetic import _arabic_key


def compiled(query: str, names: str = "variants") -> object:
    return compile_node(parse_query(query).root, names=names)


def test_rules_writing_the_same_term_share_its_matcher() -> None:
    first = compile_node(parse_query("Kalovisky AND oil").root, names="variants")
    second = compile_node(parse_query("gas OR Kalovisky").root, names="variants")
    assert first.items[0] is second.items[1]  # type: ignore[attr-defined]


def test_a_name_rule_is_filed_once_under_its_name_group() -> None:
    plan = index_plan(compiled("Marbanenko"))  # type: ignore[arg-type]
    assert plan is not None
    ((key,),) = plan
    word, name_keys = group_parts(key[1])
    assert (key[0], word) == ("g", "marbanenko")
    assert set(name_keys) == set(term_keys("Marbanenko", "variants"))


def test_a_name_and_a_topic_are_filed_as_pairs() -> None:
    plan = index_plan(compiled("Putin AND sanctions"))  # type: ignore[arg-type]
    assert plan is not None
    assert all(("w", "sanctions") in conj for conj in plan)


def test_the_archive_filter_keeps_the_full_name_keys() -> None:
    keys = required_keys(compiled("Putin"))  # type: ignore[arg-type]
    assert keys is not None
    assert {("n", k) for k in term_keys("Putin", "variants")} <= keys


@pytest.mark.parametrize(("query", "keyed"), [("attack", True), ("source:reu*", False)])
def test_a_planned_query_is_not_planned_again_by_its_checks(query: str, keyed: bool) -> None:
    unplanned = check_query(parse_query(query))
    assert check_query(parse_query(query), keyed=keyed) == unplanned
    assert check_query(parse_query(query), keyed=not keyed) != unplanned


def test_name_group_index_equals_evaluating_every_rule() -> None:
    rng = random.Random(7)
    names = ["Lavrov", "Kalovisky", "Putin", "Marbanenko", "Zelensky", "Choukri"]
    written = ["Лавров", "Лаврова", "Lawrow", "Λαβρόφ", "لافروف", "Путин", "Kalowiski", "Choukri"]
    topics = ["oil", "gas", "talks", "sanctions"]
    specs = [
        RuleSpec(
            f"r{i}",
            parse_query(f"{rng.choice(names)} AND {rng.choice(topics)}"),
            names="variants",
        )
        for i in range(60)
    ]
    index = RuleIndex.build(specs)
    for _ in range(40):
        body = " ".join(rng.choice(written + topics + ["the", "said"]) for _ in range(12))
        doc = analyze(Document("", body, language=rng.choice(["en", "ru", "pl"])))
        assert index.match(doc) == index.match_naive(doc)


def _drop_t(text: str) -> str:
    """A T before S or X is dropped, with an unwritten vowel (``.``) between them; two T's
    right before X both (a d before the تش of ch: ميدفيدتشوك)."""
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i : i + 3] == "TTX":
            i += 2
        elif text[i] == "T" and text[i + 1 : i + 2] in ("S", "X"):
            i += 1
        elif text[i] == "T" and text[i + 1 : i + 2] == "." and text[i + 2 : i + 3] in ("S", "X"):
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _arabic_key_by_letter(letters: tuple[str, ...]) -> str:
    """The definition: a vowel run keeps its last vowel, then the drops (also across an
    unwritten vowel, ``.``), then a repeated consonant is one (not across ``.``)."""
    vowels = "awy"
    out: list[str] = []
    for sound in "".join(letters):
        if sound in vowels and out and out[-1] in vowels:
            out[-1] = sound
        else:
            out.append(sound)
    text = _drop_t("".join(out))
    return "".join(s for i, s in enumerate(text) if i == 0 or s != text[i - 1] or s in vowels)


def test_arabic_keys_follow_their_definition() -> None:
    rng = random.Random(3)
    # No Arabic key holds a D (Arabic's d is a t here: see _ARABIC_CONSONANT).
    sounds = ["a", "w", "y", "", ".", "T", "S", "X", "G", "K", "L", "M", "N", "R", "P", "F"]
    for _ in range(5000):
        letters = tuple(rng.choice(sounds) for _ in range(rng.randint(0, 9)))
        assert _arabic_key(letters) == _arabic_key_by_letter(letters)
