"""Name terms' keys kept beside the rules cache: a folder loaded on every core stores the keys
its children computed, a later process takes them instead of computing them, and a store
that is damaged, missing or of other code costs only the saving."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from workers.query.names import forms
from workers.query.names.forms import term_keys
from workers.rules.cache import RulesCache
from workers.rules.folder import DEFAULT_MAX_BYTES
from workers.rules.isolated import compile_in_child
from workers.rules.loader import load_rules
from workers.rules.term_store import TermStore, keep_terms, read_terms, store_path


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A process with no store and no term keys remembered (restored after)."""
    monkeypatch.setattr(forms, "_STORED", None)
    monkeypatch.setattr(forms, "_NEW_TERMS", None)
    monkeypatch.setattr(forms, "_KEPT", {})
    term_keys.cache_clear()
    yield
    term_keys.cache_clear()


def _marked(keys: tuple[str, ...]) -> tuple[str, ...]:
    """Keys no computing gives: a term that returns them was read from the store."""
    return tuple(sorted(f"stored:{key}" for key in keys))


def _another_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forms, "_KEPT", {})
    term_keys.cache_clear()


def test_stored_keys_are_taken_not_computed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = RulesCache(tmp_path / "cache")
    computed = term_keys("Wendomir", "variants")
    keep_terms(cache, [("Wendomir", "variants", _marked(computed))])
    _another_process(monkeypatch)
    read_terms(cache)
    assert term_keys("Wendomir", "variants") == _marked(computed)
    assert term_keys("Kastrel", "variants") == _computed("Kastrel", monkeypatch)


def _computed(term: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, ...]:
    with monkeypatch.context() as patched:
        patched.setattr(forms, "_STORED", None)
        _another_process(monkeypatch)
        found = term_keys(term, "variants")
    term_keys.cache_clear()
    return found


def _folder(tmp_path: Path, names: tuple[str, ...]) -> Path:
    """A rules folder of one file per name, each rule naming it."""
    folder = tmp_path / "config"
    (folder / "rules.d").mkdir(parents=True)
    for team, name in enumerate(names):
        rules = f"version: 1\nrules:\n  - name: r{team}\n    query: '{name} AND talks'\n"
        (folder / "rules.d" / f"team{team}.yaml").write_text(rules, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "parallel",
    [pytest.param(False, id="checked in this process"), pytest.param(True, id="on every core")],
)
def test_a_loaded_folder_stores_its_names_keys_and_reads_them_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parallel: bool
) -> None:
    names = ("Brelavind", "Oskimer") if parallel else ("Tarvessin", "Quolmar")  # met nowhere else
    cache = RulesCache(tmp_path / "cache")
    load_rules(_folder(tmp_path, names), cache=cache, parallel=parallel)
    store = TermStore(store_path(cache))
    for name in names:
        stored = store.get(name, "variants")
        assert stored and stored == _computed(name, monkeypatch)
    assert forms._STORED is not None  # the loading process asks its store from now on


def test_checking_in_this_process_keeps_no_keys_in_memory_after(tmp_path: Path) -> None:
    load_rules(_folder(tmp_path, ("Orlanda",)), cache=RulesCache(tmp_path / "cache"))
    assert forms._KEPT == {}
    assert forms._NEW_TERMS is None


def test_an_edit_checked_in_a_child_stores_its_new_names_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path, ("Vindemar",))
    cache = RulesCache(tmp_path / "cache")
    load_rules(folder, cache=cache)
    edited = folder / "rules.d" / "team0.yaml"
    edited.write_text(
        "version: 1\nrules:\n  - name: r0\n    query: 'Tavrosh AND talks'\n", encoding="utf-8"
    )
    assert compile_in_child(edited, DEFAULT_MAX_BYTES, cache)
    stored = TermStore(store_path(cache)).get("Tavrosh", "variants")
    assert stored and stored == _computed("Tavrosh", monkeypatch)


def _keep_one(folder: Path, term: str, start: Any) -> None:
    start.wait()  # every process creates the store at once
    keep_terms(RulesCache(folder), [(term, "variants", ("Latn:x",))])


def test_processes_creating_the_store_at_once_all_store_their_keys(tmp_path: Path) -> None:
    terms = [f"Wendomir{i}" for i in range(8)]
    context = multiprocessing.get_context("spawn")
    start = context.Manager().Barrier(len(terms))
    children = [
        context.Process(target=_keep_one, args=(tmp_path / "cache", term, start)) for term in terms
    ]
    for child in children:
        child.start()
    for child in children:
        child.join(60)
    store = TermStore(store_path(RulesCache(tmp_path / "cache")))
    assert [store.get(term, "variants") for term in terms] == [("Latn:x",)] * len(terms)


def test_keeping_keys_deletes_the_stores_of_other_code(tmp_path: Path) -> None:
    cache = RulesCache(tmp_path / "cache")
    cache.folder.mkdir()
    old = cache.folder / "terms-0123456789abcdef01234567.sqlite"
    old.write_bytes(b"")
    keep_terms(cache, [("Wendomir", "variants", ("Latn:x",))])
    assert not old.exists()
    assert store_path(cache).exists()


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(b"not a database at all", id="not SQLite"),
        pytest.param(b"", id="empty file"),
    ],
)
def test_a_damaged_store_is_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes
) -> None:
    cache = RulesCache(tmp_path / "cache")
    cache.folder.mkdir()
    store_path(cache).write_bytes(damage)
    expected = _computed("Wendomir", monkeypatch)
    read_terms(cache)
    assert term_keys("Wendomir", "variants") == expected


def test_a_cache_without_a_store_computes_the_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_terms(RulesCache(tmp_path / "cache"))
    assert forms._STORED is None
    assert term_keys("Wendomir", "variants") == _computed("Wendomir", monkeypatch)
