"""Name groups of the rule index: an article holds a group through its word or any name key."""

from __future__ import annotations

import pytest

from workers.query import groups as groups_module
from workers.query.groups import NameGroups
from workers.query.keys import GROUP_SEP, group_key

LAVROV = GROUP_SEP.join(["lavrov", "Cyrl:lavrof", "Arab:lfrf"])
LAVROVA = GROUP_SEP.join(["lavrova", "Cyrl:lavrof", "Latn:lavrova"])
SHOIGU = GROUP_SEP.join(["shoigu", "Cyrl:shoigu"])


def _groups() -> NameGroups:
    found = NameGroups()
    for value in (LAVROV, LAVROVA, SHOIGU, LAVROV):  # registered again: nothing to do
        found.add(value)
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
def test_an_article_holds_the_groups_of_its_words_and_name_keys(
    words: set[str], name_keys: set[str], held: set[str]
) -> None:
    assert _groups().held(words, name_keys) == held


def test_a_hash_two_keys_share_offers_both_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys are held by hash: a collision adds a candidate (evaluation decides), never
    loses one."""
    monkeypatch.setattr(groups_module, "hash", lambda key: 7, raising=False)
    found = NameGroups()
    found.add(LAVROV)
    found.add(SHOIGU)
    assert found.held(set(), {"Cyrl:shoigu"}) == {LAVROV, SHOIGU}
    assert found.held(set(), {"Latn:unrelated"}) == {LAVROV, SHOIGU}


def test_a_group_is_counted_once() -> None:
    assert len(_groups()) == 3


def test_a_name_words_group_key_is_worked_out_once_for_its_keys() -> None:
    """A first name is a word of thousands of name terms, its keys one shared set: its group
    key (the word and its sorted keys joined) is remembered, not joined again per term."""
    keys = frozenset({"Cyrl:lavrof", "Arab:lfrf"})
    group_key.cache_clear()
    first = group_key("lavrov", keys)
    assert first == ("g", GROUP_SEP.join(["lavrov", "Arab:lfrf", "Cyrl:lavrof"]))
    assert group_key("lavrov", keys) is first
    assert group_key.cache_info().hits == 1
