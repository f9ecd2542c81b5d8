"""A rule set is built without cyclic garbage collection and, once swapped in, is frozen out
of later full collections (a full collection over a large rule set stalls every job)."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from workers.rules.loader import (
    WORKER_YOUNG_COLLECTION,
    RulesHolder,
    collect_less,
    collector_paused,
    load_rules,
)


def write(path: Path, query: str, bump: int = 0) -> None:
    path.write_text(f"version: 1\nrules:\n  - name: r0\n    query: '{query}'\n")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + bump * 1_000_000_000))


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_the_collector_is_off_while_rules_are_built_and_on_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_loading_leaves_the_collector_on(tmp_path: Path) -> None:
    write(tmp_path / "rules.yaml", "alpha")
    load_rules(tmp_path / "rules.yaml")
    assert gc.isenabled()


@pytest.mark.usefixtures("unfrozen")
def test_a_swapped_in_rule_set_is_frozen(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    write(path, "alpha")
    holder = RulesHolder(path, period=0)
    holder.reload()
    assert gc.get_freeze_count() > 0
    assert gc.isenabled()


@pytest.mark.usefixtures("unfrozen")
def test_a_look_that_finds_no_change_freezes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    write(path, "alpha")
    holder = RulesHolder(path, period=0)
    holder.reload()
    gc.unfreeze()
    holder.reload()
    assert gc.get_freeze_count() == 0


@pytest.fixture
def thresholds() -> Iterator[tuple[int, int, int]]:
    held = gc.get_threshold()
    yield held
    gc.set_threshold(*held)


def test_a_worker_collects_the_young_generation_less_often(
    thresholds: tuple[int, int, int],
) -> None:
    gc.set_threshold(700, 10, 10)
    collect_less()
    assert gc.get_threshold() == (WORKER_YOUNG_COLLECTION, 10, 10)
    assert WORKER_YOUNG_COLLECTION > 700
