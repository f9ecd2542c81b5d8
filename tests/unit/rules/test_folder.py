"""Rules in many files: config/rules.yaml plus config/rules.d/*.yaml, each file on its own."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest

from services.core.errors import ConfigError
from workers.query import Document
from workers.rules import loader
from workers.rules.folder import rule_files
from workers.rules.loader import RulesHolder, check_path, load_rules


def write(path: Path, text: str, *, bump: int = 0) -> Path:
    """Write ``text``; move the mtime ``bump`` seconds on so the holder sees a new version."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + bump * 1_000_000_000))
    return path


def rules(*queries: tuple[str, str], head: str = "") -> str:
    """A rules file: ``head`` (top-level keys) then one rule per (name, query)."""
    body = "".join(f"  - name: {n}\n    query: '{q}'\n" for n, q in queries)
    return f"version: 1\n{head}rules:\n{body}"


def matched(ruleset_path: Path, title: str) -> list[str]:
    return [m.rule for m in load_rules(ruleset_path).match(Document(title, ""))]


@pytest.fixture
def config(tmp_path: Path) -> Path:
    folder = tmp_path / "config"
    write(folder / "rules.yaml", rules(("main", "alpha")))
    write(folder / "rules.d" / "b-team.yaml", rules(("b1", "beta")))
    write(folder / "rules.d" / "a-team.yaml", rules(("a1", "gamma")))
    return folder


def test_a_config_folder_is_rules_yaml_then_rules_d_in_name_order(config: Path) -> None:
    names = [p.relative_to(config).as_posix() for p in rule_files(config)]
    assert names == ["rules.yaml", "rules.d/a-team.yaml", "rules.d/b-team.yaml"]


def test_any_other_folder_is_its_yaml_files(config: Path) -> None:
    write(config / "rules.d" / "notes.txt", "not rules")
    assert [p.name for p in rule_files(config / "rules.d")] == ["a-team.yaml", "b-team.yaml"]


def test_a_folder_loads_the_rules_of_every_file(config: Path) -> None:
    loaded = load_rules(config)
    assert [r.name for r in loaded.rules] == ["main", "a1", "b1"]
    assert matched(config, "alpha beta gamma") == ["main", "a1", "b1"]


def test_aliases_belong_to_their_file(config: Path) -> None:
    write(config / "rules.d" / "a-team.yaml", rules(("a1", "@x"), head="aliases:\n  x: [gamma]\n"))
    write(config / "rules.d" / "b-team.yaml", rules(("b1", "@x")))
    _, diagnostics = check_path(config)
    assert [(Path(d.source).name, "unknown alias" in d.message) for d in diagnostics] == [
        ("b-team.yaml", True)
    ]


@pytest.mark.parametrize(
    ("rule_notify", "expected"),
    [("", ("desk",)), ("    notify: [own]\n", ("own",))],
)
def test_a_files_notify_is_the_default_of_its_rules(
    config: Path, rule_notify: str, expected: tuple[str, ...]
) -> None:
    text = f"version: 1\nnotify: [desk]\nrules:\n  - name: a1\n    query: gamma\n{rule_notify}"
    write(config / "rules.d" / "a-team.yaml", text)
    loaded = load_rules(config)
    assert loaded.by_name["a1"].notify == expected
    assert loaded.by_name["b1"].notify == ()


def test_a_disabled_file_loads_none_of_its_rules_and_its_errors_are_warnings(
    config: Path,
) -> None:
    text = rules(("a1", "gamma"), ("a2", "(broken"), head="enabled: false\n")
    write(config / "rules.d" / "a-team.yaml", text)
    loaded, diagnostics = check_path(config)
    assert loaded is not None and [r.name for r in loaded.rules] == ["main", "b1"]
    assert [d.severity for d in diagnostics] == ["warning"]
    assert "the file is disabled" in diagnostics[0].message


def test_a_name_used_in_two_files_is_an_error_naming_both_places(config: Path) -> None:
    write(config / "rules.d" / "b-team.yaml", rules(("b1", "beta"), ("main", "delta")))
    loaded, diagnostics = check_path(config)
    assert loaded is None
    [duplicate] = diagnostics
    first = f"{config / 'rules.yaml'}:3"
    assert str(duplicate).startswith(f"{config / 'rules.d' / 'b-team.yaml'}:5:")
    assert "duplicate rule name" in duplicate.message and first in duplicate.hint


def test_a_rules_file_over_the_size_setting_is_refused(config: Path) -> None:
    with pytest.raises(ConfigError, match="larger than 20 bytes"):
        load_rules(config, max_bytes=20)


def test_an_empty_folder_has_no_rules(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no rules files"):
        load_rules(tmp_path)


# --- the holder: each file reloaded on its own ---


def test_an_invalid_file_keeps_its_previous_version_and_the_others_load(config: Path) -> None:
    holder = RulesHolder(config, period=0)
    holder.reload()
    write(config / "rules.d" / "a-team.yaml", rules(("a1", "(broken")), bump=10)
    write(config / "rules.d" / "b-team.yaml", rules(("b1", "delta")), bump=10)
    holder.reload()
    current = holder.current()
    assert [m.rule for m in current.match(Document("gamma delta beta", ""))] == ["a1", "b1"]
    assert holder.stale is True
    assert "a-team.yaml" in holder.error and "b-team.yaml" not in holder.error


def test_a_new_invalid_file_is_reported_while_the_others_stay_live(config: Path) -> None:
    holder = RulesHolder(config, period=0)
    holder.reload()
    write(config / "rules.d" / "c-team.yaml", rules(("main", "delta")))
    holder.reload()
    assert [r.name for r in holder.current().rules] == ["main", "a1", "b1"]
    assert holder.stale is True and "duplicate rule name" in holder.error


def test_fixing_the_invalid_file_clears_stale(config: Path) -> None:
    holder = RulesHolder(config, period=0)
    holder.reload()
    write(config / "rules.d" / "a-team.yaml", rules(("a1", "(broken")), bump=10)
    holder.reload()
    write(config / "rules.d" / "a-team.yaml", rules(("a1", "epsilon")), bump=20)
    holder.reload()
    assert holder.stale is False and holder.error == ""
    assert [r.name for r in holder.current().rules] == ["main", "a1", "b1"]


def test_a_removed_file_takes_its_rules_away(config: Path) -> None:
    holder = RulesHolder(config, period=0)
    holder.reload()
    (config / "rules.d" / "b-team.yaml").unlink()
    holder.reload()
    assert [r.name for r in holder.current().rules] == ["main", "a1"]


def test_an_edit_recompiles_only_the_edited_file(config: Path) -> None:
    holder = RulesHolder(config, period=0)
    holder.reload()
    before = holder.current()
    before.match(Document("alpha beta gamma", ""))  # every rule compiled once
    write(config / "rules.d" / "b-team.yaml", rules(("b1", "delta")), bump=10)
    holder.reload()
    after = holder.current()
    assert after is not before
    assert [a is b for a, b in zip(after.files, before.files, strict=True)] == [True, True, False]
    ids = [i for ids in after.ranges for i in ids]
    compiled = [after.index.compiled_slice(i, i + 1)[0] for i in ids]
    assert compiled[:2] == before.index.compiled_slice(0, 2) and compiled[2] is None


def test_an_unchanged_folder_is_not_reassembled(config: Path) -> None:
    holder = RulesHolder(config, period=0)
    holder.reload()
    first = holder.current()
    holder.reload()
    assert holder.current() is first


def test_jobs_match_with_the_old_rules_while_a_reload_compiles(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The compile runs on the rules loop's thread; a job never waits for it."""
    holder = RulesHolder(config, period=0)
    holder.reload()
    old = holder.current()
    compiling, release = threading.Event(), threading.Event()
    events: list[str] = []
    real = loader.load_file_rules

    def slow_compile(path: Path, **kwargs: Any) -> Any:
        compiling.set()
        release.wait()
        events.append("compiled")
        return real(path, **kwargs)

    monkeypatch.setattr(loader, "load_file_rules", slow_compile)
    write(config / "rules.d" / "b-team.yaml", rules(("b1", "delta")), bump=10)
    reload = threading.Thread(target=holder.reload)
    reload.start()
    compiling.wait()
    for _ in range(3):  # jobs go on while the compile is held
        job_rules = holder.current()
        events.append("job: " + ",".join(m.rule for m in job_rules.match(Document("beta", ""))))
    release.set()
    reload.join()
    assert events == ["job: b1", "job: b1", "job: b1", "compiled"]
    assert job_rules is old and holder.current() is not old
    assert [m.rule for m in holder.current().match(Document("delta", ""))] == ["b1"]


EDITS = [
    ("rules.d/a-team.yaml", rules(("a1", "gamma OR delta"), ("a2", "alpha"))),
    ("rules.d/b-team.yaml", rules(("b1", "beta"), ("b2", "gamma AND alpha"))),
    ("rules.yaml", rules(("main", "delta"))),
    ("rules.d/c-team.yaml", rules(("c1", "alpha OR beta"))),
    ("rules.d/a-team.yaml", rules(("a1", "beta"))),
]


def test_an_index_updated_edit_by_edit_matches_like_one_built_at_once(config: Path) -> None:
    """The index is updated in place of rebuilt; matches and their order stay the same."""
    write(config / "rules.d" / "z-big.yaml", rules(*((f"z{i}", f"zeta{i}") for i in range(30))))
    holder = RulesHolder(config, period=0)
    holder.reload()
    for step, (name, text) in enumerate(EDITS, start=1):
        write(config / name, text, bump=10 * step)
        holder.reload()
        updated, fresh = holder.current(), load_rules(config)
        for title in ["alpha beta gamma delta", "alpha", "gamma alpha", "delta beta"]:
            got = [m.rule for m in updated.match(Document(title, ""))]
            assert got == [m.rule for m in fresh.match(Document(title, ""))]
    assert holder.current().index.n_dead > 0  # updated, not rebuilt


def test_an_index_with_many_replaced_rules_is_rebuilt(config: Path) -> None:
    holder = RulesHolder(config, period=0)
    holder.reload()
    write(config / "rules.yaml", rules(("main", "delta")), bump=10)
    write(config / "rules.d" / "a-team.yaml", rules(("a1", "delta")), bump=10)
    holder.reload()  # 2 of 3 rules replaced: over the dead share, so rebuilt
    assert holder.current().index.n_dead == 0
