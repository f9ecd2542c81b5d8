"""The compiled names package (names/native.py): used only when built from the current
sources, all or none, and matching exactly as the Python modules do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workers.query.names import native

ROOT = Path(__file__).resolve().parents[4]
# CI builds the package (make test): there a missing or unloadable build is a failure, not
# a skip (a mypyc upgrade that changes its build's layout must not go unnoticed).
EXPECTED = os.environ.get("NEWSWATCH_EXPECT_NATIVE") == "1"


def _fake_build(tmp_path: Path) -> tuple[Path, Path]:
    """A source tree of one module and a build whose manifest holds its digest."""
    root, build = tmp_path / "src", tmp_path / "build"
    root.mkdir()
    (root / "module.py").write_text("X = 1\n")
    build.mkdir()
    manifest = {"sources": native.sources_digest(root)}
    (build / "manifest.json").write_text(json.dumps(manifest))
    return root, build


def test_a_build_of_the_current_sources_is_fresh(tmp_path: Path) -> None:
    root, build = _fake_build(tmp_path)
    assert native.fresh_build(build, root)


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda root: (root / "module.py").write_text("X = 2\n"), id="edited"),
        pytest.param(lambda root: (root / "new.py").write_text(""), id="module added"),
        pytest.param(lambda root: (root / "module.py").rename(root / "m.py"), id="renamed"),
    ],
)
def test_a_source_change_makes_the_build_stale(tmp_path: Path, edit: object) -> None:
    root, build = _fake_build(tmp_path)
    edit(root)  # type: ignore[operator]
    assert not native.fresh_build(build, root)


@pytest.mark.parametrize("manifest", [None, "", "{", "[]", '{"sources": "0"}'])
def test_no_build_or_a_broken_one_is_not_used(tmp_path: Path, manifest: str | None) -> None:
    if manifest is not None:
        (tmp_path / "manifest.json").write_text(manifest)
    path = ["package"]
    assert not native.use_build(path, tmp_path)
    assert path == ["package"]


def _run(code: str, env: dict[str, str]) -> str:
    """What ``code`` prints in a fresh interpreter of this checkout, with ``env`` added."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def _loaded(env: dict[str, str]) -> str:
    """Whether a fresh interpreter runs the context checks compiled or as Python."""
    code = (
        "import types, workers.query.names.capitals as c;"
        "print('python' if isinstance(c.as_names, types.FunctionType) else 'compiled')"
    )
    return _run(code, env)


def _require_build() -> None:
    if not native.fresh_build():
        if EXPECTED:
            pytest.fail("no fresh native build of the names package (make native)")
        pytest.skip("no fresh native build (make native): names run as Python here")


def test_a_fresh_build_is_what_runs() -> None:
    _require_build()
    assert _loaded({}) == "compiled"


def test_newswatch_native_0_runs_python() -> None:
    assert _loaded({"NEWSWATCH_NATIVE": "0"}) == "python"


# Every 10th mention and distractor of the evaluation table, matched by the person's rule
# with names on (a sample of every batch, every script and case): what each process found.
_SAMPLE = """
import json
from benchmarks.bench_names import HELD_OUT_BATCHES, found, load, spec
from workers.query import RuleIndex
out = []
for part in ["", "unseen_", *(b + "_" for b in HELD_OUT_BATCHES)]:
    people, distractors = load(part)
    rules = {p.rule: p for p in people}
    items = [(p, m.language, m.text, m.form) for p in people for m in p.mentions]
    items += [(rules[d[0]], d[1], d[2], None) for d in distractors if d[0] in rules]
    for person, language, text, form in items[::10]:
        index = RuleIndex.build([spec(person.rule, person.aliases, "variants")])
        out.append(found(index, language, text, form))
print(json.dumps(out))
"""


@pytest.mark.slow
def test_compiled_and_python_find_the_same() -> None:
    _require_build()
    runs = {
        label: json.loads(_run(_SAMPLE, env))
        for label, env in (("compiled", {}), ("python", {"NEWSWATCH_NATIVE": "0"}))
    }
    assert len(runs["compiled"]) > 500
    assert runs["compiled"] == runs["python"]
