"""The compiled query engine (workers/query/native.py): workers.query and its names package,
used only when built from the current sources, all or none, and matching exactly as the
Python modules do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workers.query import native

ROOT = Path(__file__).resolve().parents[3]
# CI builds the package (make test): there a missing or unloadable build is a failure, not
# a skip (a mypyc upgrade that changes its build's layout must not go unnoticed).
EXPECTED = os.environ.get("NEWSWATCH_EXPECT_NATIVE") == "1"
# A subprocess's choice, whatever this process's NEWSWATCH_NATIVE (the tests pass with either).
COMPILED, PYTHON = {"NEWSWATCH_NATIVE": "1"}, {"NEWSWATCH_NATIVE": "0"}


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
    assert not native.use_build(path, "query", tmp_path)
    assert path == ["package"]


def test_both_packages_follow_the_first_decision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A build made stale between the imports of workers.query and of its names package
    # is still used by both: a compiled module calls the others of its group directly.
    monkeypatch.setenv("NEWSWATCH_NATIVE", "1")
    build = tmp_path
    (build / "manifest.json").write_text(json.dumps({"sources": native.sources_digest()}))
    query, names = ["query"], ["names"]
    try:
        assert native.use_build(query, "query", build)
        (build / "manifest.json").write_text("{}")
        assert native.use_build(names, "names", build)
    finally:
        native._DECIDED.pop(build, None)
        sys.path.remove(str(build / "lib"))
    assert query == [str(build / "modules" / "query"), "query"]
    assert names == [str(build / "modules" / "names"), "names"]


def test_the_build_compiles_both_packages_but_the_loaders() -> None:
    names = {p.relative_to(native.QUERY).as_posix() for p in native.compiled_sources()}
    assert {"index.py", "matchers.py", "names/capitals.py", "names/matcher.py"} <= names
    stay_python = {"__init__.py", "native.py", "native_build.py", "visitor.py"}
    assert not names & (stay_python | {"names/__init__.py"})


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


# A module of each package, and how a fresh interpreter runs it: compiled or as Python.
_LOADED = """
import importlib
for name in ("index", "matchers", "rules", "text", "names.capitals", "names.matcher"):
    module = importlib.import_module("workers.query." + name)
    print(name, "python" if module.__file__.endswith(".py") else "compiled")
"""


def _loaded(env: dict[str, str]) -> set[str]:
    """How a fresh interpreter runs the sampled modules: {"compiled"}, {"python"} or both."""
    return {line.split()[1] for line in _run(_LOADED, env).splitlines()}


def _require_build() -> None:
    if not native.fresh_build():
        if EXPECTED:
            pytest.fail("no fresh native build of the query engine (make native)")
        pytest.skip("no fresh native build (make native): the query engine runs as Python")


def test_a_fresh_build_is_what_runs() -> None:
    _require_build()
    assert _loaded(COMPILED) == {"compiled"}


def test_newswatch_native_0_runs_python() -> None:
    assert _loaded(PYTHON) == {"python"}


# Every 5th mention and distractor of the evaluation table, matched by the person's rule
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
    for person, language, text, form in items[::5]:
        index = RuleIndex.build([spec(person.rule, person.aliases, "variants")])
        out.append(found(index, language, text, form))
print(json.dumps(out))
"""


@pytest.mark.slow
def test_compiled_and_python_find_the_same() -> None:
    _require_build()
    runs = {
        label: json.loads(_run(_SAMPLE, env))
        for label, env in (("compiled", COMPILED), ("python", PYTHON))
    }
    assert len(runs["compiled"]) > 2000
    assert runs["compiled"] == runs["python"]


# Generated rules of the scale benchmark (every shape: phrases, NOT, NEAR, wildcards, title
# scopes), half stemmed, every names mode, in one index: each 100th rule as printed and
# checked, and every match (rule, terms, spans) of 40 generated articles.
_INDEX_SAMPLE = """
import json, random
from benchmarks.rules_scale import SEED, ScaleVocabulary, make_scale_article, make_scale_rule
from workers.query import RuleIndex, RuleSpec, analyze, check_query, parse_query, to_text
rng = random.Random(SEED)
vocab = ScaleVocabulary(rng)
modes = ("exact", "scripts", "variants")
specs = [
    RuleSpec(f"r{i}", parse_query(make_scale_rule(rng, vocab)), i % 2 == 1, names=modes[i % 3])
    for i in range(20_000)
]
index = RuleIndex.build(specs)
out = [[to_text(s.query.root), [p.message for p in check_query(s.query)]] for s in specs[::100]]
for _ in range(40):
    doc = analyze(make_scale_article(rng, vocab))
    out.append(sorted([m.rule, m.terms, [list(s) for s in m.spans]] for m in index.match(doc)))
print(json.dumps(out))
"""


@pytest.mark.slow
def test_compiled_and_python_match_the_same_rules() -> None:
    _require_build()
    runs = {
        label: json.loads(_run(_INDEX_SAMPLE, env))
        for label, env in (("compiled", COMPILED), ("python", PYTHON))
    }
    assert sum(len(matches) for matches in runs["compiled"][200:]) > 200
    assert runs["compiled"] == runs["python"]
