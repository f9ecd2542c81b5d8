"""Term keys computed by one process and taken by another (the pool children checking a
folder's files together): taken, not computed again, and the same keys."""

from __future__ import annotations

import marshal
from collections.abc import Iterator

import pytest

from workers.query.names import forms, universe
from workers.query.names.forms import adopt_term_keys, new_term_keys, term_keys


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A process that has computed, kept and adopted no term keys (restored after)."""
    monkeypatch.setattr(forms, "_NEW_TERMS", None)
    monkeypatch.setattr(forms, "_KEPT", {})
    term_keys.cache_clear()
    yield
    term_keys.cache_clear()


def _another_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process as another one, which has computed and kept no term keys."""
    monkeypatch.setattr(forms, "_KEPT", {})
    term_keys.cache_clear()


# Keys no computing gives: a term that returns them was taken, not computed. (Not a patched
# forms._term_keys: the compiled build, workers/query/native.py, calls it directly.)
def _marked(keys: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"taken:{key}" for key in keys)


def test_a_process_hands_on_only_the_term_keys_computed_since_it_was_last_asked() -> None:
    new_term_keys()  # start keeping them, as a pool child does
    term_keys("Wendomir", "variants")
    term_keys("Kastrel", "scripts")
    assert [(t, p) for t, p, _ in new_term_keys()] == [
        ("Wendomir", "variants"),
        ("Kastrel", "scripts"),
    ]
    term_keys("Wendomir", "variants")  # remembered: not computed, not handed on again
    assert new_term_keys() == []


def test_a_process_that_never_asks_keeps_no_term_keys() -> None:
    term_keys("Wendomir", "variants")
    assert forms._NEW_TERMS is None


def test_adopted_term_keys_are_taken_not_computed_and_are_the_same_keys(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new_term_keys()
    expected = {t: term_keys(t, "variants") for t in ("Orlanda", "Vemisk", "Лавров")}
    shared = marshal.loads(marshal.dumps(new_term_keys()))
    _another_process(monkeypatch)
    adopt_term_keys(shared)
    assert {t: term_keys(t, "variants") for t in expected} == expected
    _another_process(monkeypatch)
    adopt_term_keys([(term, policy, _marked(keys)) for term, policy, keys in shared])
    assert {t: term_keys(t, "variants") for t in expected} == {
        t: _marked(keys) for t, keys in expected.items()
    }


def test_adopted_term_keys_are_noted_as_rule_keys_when_first_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new_term_keys()
    keys = term_keys("Tavrosh", "variants")
    shared = new_term_keys()
    noted = universe.RuleKeys()
    monkeypatch.setattr(forms, "RULE_KEYS", noted)
    _another_process(monkeypatch)
    adopt_term_keys(shared)
    assert noted.generation == 0
    term_keys("Tavrosh", "variants")
    assert noted.keys is not None and noted.keys >= set(map(hash, keys))


def test_a_sharing_process_computes_a_term_once_though_its_cache_dropped_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new_term_keys()
    keys = term_keys("Quenberry", "variants")
    term_keys.cache_clear()  # as the bounded cache drops a term among many
    assert term_keys("Quenberry", "variants") == keys
    term_keys.cache_clear()
    forms._KEPT[("Quenberry", "variants")] = _marked(forms._KEPT[("Quenberry", "variants")])
    assert term_keys("Quenberry", "variants") == _marked(keys)
