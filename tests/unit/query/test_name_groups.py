"""Name groups of the rule index: an article holds a group through its word or any name key."""

from __future__ import annotations

import random
from array import array

import pytest

from workers.query import Document, RuleIndex, RuleSpec, analyze, parse_query
from workers.query import groups as groups_module
from workers.query.groups import NameGroups, SettledKeys
from workers.query.keys import GROUP_SEP, group_key, index_plan
from workers.query.rules import CompiledRule

LAVROV = GROUP_SEP.join(["lavrov", "Cyrl:lavrof", "Arab:lfrf"])
LAVROVA = GROUP_SEP.join(["lavrova", "Cyrl:lavrof", "Latn:lavrova"])
SHOIGU = GROUP_SEP.join(["shoigu", "Cyrl:shoigu"])


def _groups(large: bool = False) -> NameGroups:
    """The three groups; ``large``: in sorted arrays, as a large rule set's index holds them."""
    found = NameGroups(large)
    for value in (LAVROV, LAVROVA, SHOIGU, LAVROV):  # registered again: nothing to do
        found.add(value)
    found.settle()
    return found


@pytest.mark.parametrize(
    ("words", "name_keys", "held"),
    [
        ({"lavrov"}, set(), {LAVROV}),  # the word as written
        (set(), {"Arab:lfrf"}, {LAVROV}),  # one of its name keys
        (set(), {"Cyrl:lavrof"}, {LAVROV, LAVROVA}),  # a key two groups share
        ({"shoigu"}, {"Arab:lfrf"}, {LAVROV, SHOIGU}),
        ({"talks"}, {"Latn:talks"}, set()),  # neither
    ],
)
@pytest.mark.parametrize("large", [False, True], ids=["dictionary", "arrays"])
def test_an_article_holds_the_groups_of_its_words_and_name_keys(
    words: set[str], name_keys: set[str], held: set[str], large: bool
) -> None:
    assert _groups(large).held(words, name_keys) == held


def test_a_small_set_keeps_its_dictionary_and_a_large_one_its_arrays() -> None:
    small, large = _groups(), _groups(large=True)
    assert small.settled is None and small.by_name_key
    assert large.settled is not None and not large.by_name_key


def test_groups_added_after_settling_are_held_then_settled_with_the_others(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An index update adds groups to a settled set: found at once from the dictionary,
    and after the next settling from the arrays with the earlier ones."""
    monkeypatch.setattr(groups_module, "RESETTLE_AT", 1)
    groups = NameGroups(large=True)
    groups.add(LAVROV)
    groups.settle()
    groups.add(LAVROVA)
    assert groups.by_name_key
    assert groups.held(set(), {"Cyrl:lavrof"}) == {LAVROV, LAVROVA}
    groups.settle()
    assert not groups.by_name_key
    assert groups.held(set(), {"Cyrl:lavrof"}) == {LAVROV, LAVROVA}
    assert groups.held(set(), {"Latn:lavrova"}) == {LAVROVA}


@pytest.mark.parametrize("large", [False, True], ids=["dictionary", "arrays"])
def test_a_hash_two_keys_share_offers_both_groups(
    large: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keys are held by hash: a collision adds a candidate (evaluation decides), never
    loses one."""
    monkeypatch.setattr(groups_module, "key_hash", lambda key: 7)
    found = NameGroups(large)
    found.add(LAVROV)
    found.add(SHOIGU)
    found.settle()
    assert found.held(set(), {"Cyrl:shoigu"}) == {LAVROV, SHOIGU}
    assert found.held(set(), {"Latn:unrelated"}) == {LAVROV, SHOIGU}


def test_a_group_is_counted_once() -> None:
    assert len(_groups()) == 3


def test_a_settled_index_and_its_update_match_as_evaluating_every_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A large set's index sorts its groups' keys when built, and an update that brings a
    new name settles again: the candidates still hold every match."""
    monkeypatch.setattr("workers.query.index.LARGE_AT", 0)
    monkeypatch.setattr(groups_module, "RESETTLE_AT", 1)
    index = RuleIndex.build([RuleSpec("lavrov", parse_query("Lavrov"), names="variants")])
    assert index.groups.settled is not None
    added = RuleSpec("shoigu", parse_query("Shoigu"), names="variants")
    plan = index_plan(CompiledRule(added).matcher)
    updated = index.updated([], [added], [plan], array("i", [0, 1]))
    assert not updated.groups.by_name_key  # settled again
    doc = analyze(Document("", "Встреча Лаврова и Шойгу в Москве.", language="ru"))
    assert [m.rule for m in updated.match(doc)] == ["lavrov", "shoigu"]
    assert updated.match(doc) == updated.match_naive(doc)


def test_a_name_words_group_key_is_worked_out_once_for_its_keys() -> None:
    """A first name is a word of thousands of name terms, its keys one shared tuple: its group
    key (the word and its sorted keys joined) is remembered, not joined again per term."""
    keys = ("Arab:lfrf", "Cyrl:lavrof")
    group_key.cache_clear()
    first = group_key("lavrov", keys)
    assert first == ("g", GROUP_SEP.join(["lavrov", "Arab:lfrf", "Cyrl:lavrof"]))
    assert group_key("lavrov", keys) is first
    assert group_key.cache_info().hits == 1


@pytest.mark.parametrize("seed", range(5))
def test_settled_keys_find_every_group_of_every_probe(seed: int) -> None:
    """The arrays' search (probes sorted, one search each, a run of equal hashes walked)
    finds what a dictionary from hash to groups finds: runs at either end, probes beyond
    both ends, probes between hashes."""
    rng = random.Random(seed)
    pool = [-(2**63), 2**63 - 1, *(rng.randrange(-(2**63), 2**63) for _ in range(50))]
    pairs = [(rng.choice(pool), rng.randrange(20)) for _ in range(300)]
    values = [f"group{i}" for i in range(20)]
    settled = SettledKeys.of(
        array("q", [h for h, _ in pairs]), array("i", [g for _, g in pairs]), values
    )
    expected: dict[int, list[str]] = {}
    for key, group in pairs:
        expected.setdefault(key, []).append(values[group])
    probes = {*rng.sample(pool, 20), *(rng.randrange(-(2**63), 2**63) for _ in range(20))}
    held = settled.held(probes)
    assert sorted(held) == sorted(g for p in probes for g in expected.get(p, []))
