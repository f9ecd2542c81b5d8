"""An edit of a rules file plans again only the rules it changed: the previous version's
plans are reused for the same query text, options and aliases."""

from __future__ import annotations

from pathlib import Path

from workers.query.keys import Plan
from workers.rules.checks import KnownPlans
from workers.rules.folder import known_plans, load_file_rules

MARKED: Plan = ((("w", "from-the-previous-version"),),)


def write(path: Path, aliases: str = "") -> Path:
    path.write_text(
        f"version: 1\n{aliases}rules:\n"
        "  - name: kept\n    query: 'alpha AND beta'\n"
        "  - name: new\n    query: 'gamma'\n"
    )
    return path


def test_the_previous_plans_of_unchanged_queries_are_reused(tmp_path: Path) -> None:
    known = KnownPlans({}, {("alpha AND beta", False, "variants"): MARKED})
    found = load_file_rules(write(tmp_path / "rules.yaml"), known=known)
    assert found.plans[0] == MARKED
    assert found.plans[1] == ((("w", "gamma"),),)


def test_changed_aliases_plan_every_rule_again(tmp_path: Path) -> None:
    known = KnownPlans({"x": ["y"]}, {("alpha AND beta", False, "variants"): MARKED})
    found = load_file_rules(write(tmp_path / "rules.yaml"), known=known)
    assert found.plans[0] != MARKED


def test_a_files_known_plans_are_its_plans(tmp_path: Path) -> None:
    found = load_file_rules(write(tmp_path / "rules.yaml", "aliases:\n  a: [b]\n"))
    known = known_plans(found)
    assert known is not None
    assert known.aliases == {"a": ["b"]}
    assert known.plans == {
        ("alpha AND beta", False, "variants"): found.plans[0],
        ("gamma", False, "variants"): found.plans[1],
    }
