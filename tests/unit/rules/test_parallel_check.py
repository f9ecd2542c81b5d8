"""A folder checked on every core (``parallel``, with the compiled-rules cache) reports what
one process checking the files in order reports: same diagnostics, same rules, same order."""

from __future__ import annotations

import gc
import marshal
import multiprocessing
import os
import signal
import threading
from pathlib import Path

import pytest

from workers.query import parse_query, planning
from workers.query.names import forms, universe
from workers.rules import isolated
from workers.rules.cache import RulesCache
from workers.rules.isolated import prefilled
from workers.rules.loader import DEFAULT_MAX_BYTES, check_path


def _rules(*queries: tuple[str, str]) -> str:
    body = "".join(f"  - name: {n}\n    query: '{q}'\n" for n, q in queries)
    return f"version: 1\nrules:\n{body}"


FOLDERS: dict[str, dict[str, str]] = {
    "valid": {
        "rules.yaml": _rules(("main", "alpha")),
        "rules.d/a.yaml": _rules(("a1", "beta AND gamma"), ("a2", "delta*")),
        "rules.d/b.yaml": _rules(*((f"b{i}", f"Putin AND t{i}") for i in range(30))),
    },
    "duplicate across files": {
        "rules.yaml": _rules(("main", "alpha")),
        "rules.d/a.yaml": _rules(("a1", "beta")),
        "rules.d/b.yaml": _rules(("b1", "gamma"), ("a1", "delta")),
    },
    "errors and warnings in several files": {
        "rules.yaml": _rules(("main", "alpha AND")),
        "rules.d/a.yaml": "version: 1\nrules: [",
        "rules.d/b.yaml": _rules(("b1", "*ism"), ("b2", "NOT x")),
        "rules.d/c.yaml": _rules(("c1", "fine")),
    },
}


def _write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("case", list(FOLDERS))
def test_a_folder_checked_on_every_core_reports_as_one_process_does(
    tmp_path: Path, case: str
) -> None:
    folder = tmp_path / "config"
    _write(folder, FOLDERS[case])
    alone, alone_found = check_path(folder)
    cache = RulesCache(tmp_path / "cache")
    together, together_found = check_path(folder, cache=cache, parallel=True)
    assert [str(d) for d in together_found] == [str(d) for d in alone_found]
    assert (together is None) == (alone is None)
    if together is not None and alone is not None:
        assert [r.name for r in together.rules] == [r.name for r in alone.rules]
        assert together.version == alone.version


def _kill_children_then_finish(paths: list[Path], cache: RulesCache, out: list[Path]) -> None:
    for path in prefilled(paths, DEFAULT_MAX_BYTES, cache):
        if not out:  # the first file is checked: kill every child, as the OOM killer would
            for child in multiprocessing.active_children():
                os.kill(child.pid or 0, signal.SIGKILL)
        out.append(path)


def test_a_killed_child_leaves_its_files_to_the_caller_and_never_hangs(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    many = [(f"r{i}-{j}", f"Putin AND topic{j}") for i in range(12) for j in range(400)]
    _write(
        folder, {f"rules.d/f{i:02}.yaml": _rules(*many[i * 400 : i * 400 + 400]) for i in range(12)}
    )
    paths = sorted((folder / "rules.d").glob("*.yaml"))
    handed: list[Path] = []
    # A thread with a join limit: the old pool waited for the lost task for ever.
    runner = threading.Thread(
        target=_kill_children_then_finish,
        args=(paths, RulesCache(tmp_path / "cache"), handed),
        daemon=True,
    )
    runner.start()
    runner.join(120)
    assert not runner.is_alive()
    assert handed == paths
    rules, found = check_path(folder, cache=RulesCache(tmp_path / "cache"), parallel=True)
    assert rules is not None and len(rules.rules) == len(many) and not found


def test_a_child_adopts_the_leaves_another_child_planned_and_skips_damaged_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(planning, "_NEW", None)
    planning.planned_leaves()
    planning.tree_plan(parse_query("Wendomir AND Kastrel").root, stemming=False, names="variants")
    (tmp_path / "1-0.leaves").write_bytes(marshal.dumps(planning.planned_leaves()))
    (tmp_path / "0-0.leaves").write_bytes(b"not marshal data")  # read first
    adopted: list[tuple[planning.LeafKey, object]] = []
    monkeypatch.setattr(isolated, "adopt_leaves", adopted.extend)
    seen: set[str] = set()
    isolated._take_shared(str(tmp_path), seen)
    assert {key[1] for key, _ in adopted} == {"Wendomir", "Kastrel"}
    isolated._take_shared(str(tmp_path), seen)  # each file is taken once
    assert len(adopted) == 2


def test_a_child_adopts_the_term_keys_another_child_computed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "1-0.terms").write_bytes(marshal.dumps([("Wendomir", "variants", ("k",))]))
    adopted: list[object] = []
    monkeypatch.setattr(isolated, "adopt_term_keys", adopted.extend)
    seen: set[str] = set()
    isolated._take_shared(str(tmp_path), seen)
    isolated._take_shared(str(tmp_path), seen)  # each file is taken once
    assert adopted == [("Wendomir", "variants", ("k",))]


def test_a_pool_child_notes_no_rule_keys_as_it_never_matches_an_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keys = universe.RuleKeys()
    monkeypatch.setattr(isolated, "RULE_KEYS", keys)
    monkeypatch.setattr(planning, "_NEW", None)
    monkeypatch.setattr(forms, "_NEW_TERMS", None)
    try:
        isolated._child_start()
    finally:
        gc.enable()
    assert keys.keys is None  # the cut is off: noting a term's keys costs nothing
