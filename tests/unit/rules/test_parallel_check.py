"""A folder checked on every core (``parallel``, with the compiled-rules cache) reports what
one process checking the files in order reports: same diagnostics, same rules, same order."""

from __future__ import annotations

from pathlib import Path

import pytest

from workers.rules.cache import RulesCache
from workers.rules.loader import check_path


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
