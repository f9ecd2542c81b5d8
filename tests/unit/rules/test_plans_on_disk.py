"""Once a rule set's index is built, its files let go of their index plans when the rules
cache can give them back: an edit's known plans and a rebuilt index read them from there.
Without a cache, or once the entry holds another version, nothing is lost: the plans are
held, or planned again."""

from __future__ import annotations

from pathlib import Path

from workers.rules.cache import RulesCache
from workers.rules.folder import FileRules, known_plans, load_file_rules
from workers.rules.matcher import RuleSet

RULES = (
    "version: 1\nrules:\n"
    "  - name: talks\n    query: 'Orlanda AND talks'\n"
    "  - name: gamma\n    query: 'gamma NOT delta'\n"
)


def _indexed(path: Path, cache: RulesCache | None) -> tuple[FileRules, tuple[object, ...]]:
    """``path`` loaded, its plans as loaded, and a rule set's index built from it."""
    path.write_text(RULES, encoding="utf-8")
    found = load_file_rules(path, cache=cache)
    plans = found.plans
    assert plans is not None
    RuleSet.from_files("v", [found]).index  # noqa: B018 - built now
    return found, plans


def test_the_index_built_the_files_plans_are_read_back_from_the_cache(tmp_path: Path) -> None:
    found, plans = _indexed(tmp_path / "rules.yaml", RulesCache(tmp_path / "cache"))
    assert found.plans is None
    assert found.index_plans() == plans
    known = known_plans(found)
    assert known is not None and list(known.plans.values()) == list(plans)


def test_without_a_cache_the_plans_are_held(tmp_path: Path) -> None:
    found, plans = _indexed(tmp_path / "rules.yaml", None)
    assert found.plans == plans


def test_an_entry_of_another_version_is_no_source_of_plans(tmp_path: Path) -> None:
    cache = RulesCache(tmp_path / "cache")
    path = tmp_path / "rules.yaml"
    found, plans = _indexed(path, cache)
    path.write_text(RULES + "  - name: more\n    query: 'epsilon'\n", encoding="utf-8")
    load_file_rules(path, cache=cache)  # the entry now holds the edited version
    assert known_plans(found) is None
    assert found.index_plans() == plans  # planned again: the same plans
