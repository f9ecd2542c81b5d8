"""`rules check` checks without planning the index: the same problems, and a worker plans the
files it finds checked only in the cache instead of checking them again."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.cli import main
from services.core.settings import Settings
from workers.query import Document
from workers.rules import folder as folder_module
from workers.rules.cache import RulesCache, cache_key, rules_cache_dir
from workers.rules.folder import check_file_rules, read_rules
from workers.rules.loader import check_path, load_rules
from workers.rules.matcher import RuleSet


def _rules(*queries: tuple[str, str], extra: str = "") -> str:
    body = "".join(f"  - name: {n}\n    query: '{q}'\n{extra}" for n, q in queries)
    return f"version: 1\naliases:\n  lav: [Lavrov, Лавров]\nrules:\n{body}"


FOLDERS: dict[str, dict[str, str]] = {
    "valid, with names": {
        "rules.yaml": _rules(("main", "Lavrov AND talks")),
        "rules.d/a.yaml": _rules(("a1", "@lav OR Shoigu"), ("a2", "terror* AND Cairo")),
    },
    "warnings: rules the index cannot hold, a name term": {
        "rules.yaml": _rules(("wild", "*ism"), ("near", "Putin NEAR/3 gas*")),
        "rules.d/b.yaml": _rules(("scoped", "title:Zelensky AND NOT x"), ("src", "source:reu*")),
    },
    "errors, and a disabled rule's error as a warning": {
        "rules.yaml": _rules(("bad", "Lavrov AND (terror*"), ("neg", "NOT x")),
        "rules.d/c.yaml": _rules(("off", "NOT y"), extra="    enabled: false\n"),
    },
    "names spelled by sound": {
        "rules.yaml": _rules(("n", "Sergei Lavrov AND talks"), ("s", "al-Sharaa OR =US")),
    },
}


def _write(config: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = config / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def config(tmp_path: Path) -> Path:
    folder = tmp_path / "config"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("case", list(FOLDERS))
def test_a_check_without_plans_finds_the_same_problems(config: Path, case: str) -> None:
    _write(config, FOLDERS[case])
    planned, planned_problems = check_path(config)
    checked, checked_problems = check_path(config, planned=False)
    assert checked_problems == planned_problems
    assert (checked is None) is (planned is None)
    if checked is not None and planned is not None:
        assert checked.rules == planned.rules


def test_a_set_only_checked_matches_as_a_planned_one(config: Path) -> None:
    _write(config, FOLDERS["valid, with names"])
    checked, _ = check_path(config, planned=False)
    assert checked is not None and all(f.plans is None for f in checked.files)
    doc = Document("Лавров о переговорах", "Talks in Cairo on terrorism")
    assert checked.match(doc) == load_rules(config).match(doc)


def test_a_worker_plans_a_file_a_check_cached_without_checking_it_again(
    config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(config, FOLDERS["valid, with names"])
    cache = RulesCache(tmp_path / "cache")
    check_path(config, cache=cache, planned=False)
    expected = load_rules(config)  # no cache: checked and planned from the YAML

    def not_again(*args: object, **kwargs: object) -> None:
        raise AssertionError("checked again")

    monkeypatch.setattr(folder_module, "_check", not_again)
    loaded = load_rules(config, cache=cache)
    assert [f.plans for f in loaded.files] == [f.plans for f in expected.files]
    doc = Document("Lavrov", "talks")
    assert loaded.match(doc) == expected.match(doc) != []


def test_the_plans_worked_out_for_a_checked_file_are_cached(config: Path, tmp_path: Path) -> None:
    _write(config, {"rules.yaml": _rules(("main", "Lavrov AND talks"))})
    path = config / "rules.yaml"
    cache = RulesCache(tmp_path / "cache")
    check_file_rules(read_rules(path), str(path), cache=cache, planned=False)
    first, _ = check_file_rules(read_rules(path), str(path), cache=cache)
    again, _ = check_file_rules(read_rules(path), str(path), cache=cache, planned=False)
    assert first is not None and again is not None
    assert again.plans == first.plans is not None


def test_rules_check_fills_the_cache_a_worker_then_plans_from(
    config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(config, FOLDERS["valid, with names"])
    monkeypatch.setenv("NEWSWATCH_CONFIG_DIR", str(config))
    monkeypatch.setenv("NEWSWATCH_STATE_DIR", str(tmp_path / "var"))
    monkeypatch.chdir(tmp_path)
    assert main(["rules", "check"]) == 0
    cache = RulesCache(rules_cache_dir(Settings()))
    for path in (config / "rules.yaml", config / "rules.d" / "a.yaml"):
        entry = cache.get(str(path), cache_key(path.read_bytes(), None))
        assert entry is not None and entry[2] is None  # checked, plans left out
    rules: RuleSet = load_rules(config, cache=cache)
    assert [m.rule for m in rules.match(Document("Lavrov", "talks"))] == ["main", "a1"]
