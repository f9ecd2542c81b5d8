"""`newswatch rules check`, `rules test`, `match`, and the rules preflight of run/worker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.cli import main
from services.cli_rules import preflight
from services.core.settings import Settings

GOOD = """\
version: 1
aliases:
  lavrov: [Lavrov, Лавров]
rules:
  - name: lav
    query: '@lavrov AND terror*'
    notify: [team]
"""
BAD = """\
version: 1
rules:
  - name: a
    query: Lavrov AND (terror*
  - name: b
    query: NOT x
"""


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty config folder as NEWSWATCH_CONFIG_DIR, run from an empty directory."""
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSWATCH_CONFIG_DIR", str(folder))
    monkeypatch.delenv("NEWSWATCH_REDIS_URL", raising=False)
    monkeypatch.delenv("REDIS_URL", raising=False)
    return folder


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_check_prints_ok_for_a_valid_file(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(config, "rules.yaml", GOOD)
    assert main(["rules", "check"]) == 0
    assert "rules.yaml: ok, 1 enabled rule(s), version " in capsys.readouterr().out


def test_check_prints_every_problem_and_exits_1(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(config, "other.yaml", BAD)
    assert main(["rules", "check", str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{path}:4:23: rule 'a': missing ')' (hint: close the group opened here)",
        f"{path}:6:12: rule 'b': the query matches every article that lacks its NOT terms "
        "(hint: add a positive term: Lavrov AND NOT sport)",
    ]


def test_check_with_warnings_only_exits_0(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(config, "rules.yaml", "rules:\n  - {name: a, query: 'te* x'}\n")
    assert main(["rules", "check"]) == 0
    out = capsys.readouterr().out
    assert ":2:23: warning: rule 'a': te* has a short prefix" in out
    assert "ok, 1 enabled rule(s), 1 warning(s)" in out


@pytest.mark.parametrize(("tag", "code"), [("team", 0), ("desk", 1)])
def test_check_compares_notify_tags_with_apprise_yaml(
    config: Path, capsys: pytest.CaptureFixture[str], tag: str, code: int
) -> None:
    write(config, "rules.yaml", GOOD)
    write(
        config,
        "apprise.yaml",
        f"version: 1\nurls:\n  - json://127.0.0.1:9/x:\n      - tag: {tag}\n",
    )
    assert main(["rules", "check"]) == code
    out = capsys.readouterr().out
    assert ("no channel in apprise.yaml has the tag 'team'" in out) is (code == 1)


def test_check_of_a_missing_file_exits_1(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "check", "absent.yaml"]) == 1
    assert "absent.yaml: cannot read" in capsys.readouterr().out


def test_preflight_prints_problems_to_stderr(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    write(config, "rules.yaml", GOOD)
    assert preflight(settings) is True
    write(config, "rules.yaml", BAD)
    assert preflight(settings) is False
    captured = capsys.readouterr()
    assert captured.out == "" and "rules.yaml:4:23: rule 'a': missing ')'" in captured.err


@pytest.mark.parametrize("command", ["worker", "run"])
def test_services_refuse_to_start_on_invalid_rules(
    config: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    write(config, "rules.yaml", BAD)
    assert main([command]) == 2
    assert "missing ')'" in capsys.readouterr().err


TALKS = "The Russian foreign minister held talks in Cairo on Monday with his counterpart."


@pytest.fixture
def articles(tmp_path: Path) -> list[Path]:
    texts = {
        "hit.txt": f"Minister speaks in Cairo\n\n{TALKS} Lavrov condemned terrorism in Cairo.\n",
        "miss.txt": f"Cup final in Cairo\n\n{TALKS} Lavrov watched the final in Cairo.\n",
        "ru.txt": f"Заявление министра\n\n{TALKS} Лавров осудил terrorism в Каире.\n",
    }
    return [write(tmp_path, name, text) for name, text in texts.items()]


def test_rules_test_says_match_or_why_not(
    config: Path, articles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    write(config, "rules.yaml", GOOD)
    assert main(["rules", "test", "@lavrov AND terror* NOT sport", *map(str, articles)]) == 0
    out = capsys.readouterr().out.splitlines()
    hit, miss, ru = (str(p) for p in articles)
    assert out == [
        f"{hit}: match",
        "  terms: lavrov, terrorism",
        "  in: body",
        "  «Lavrov» condemned «terrorism» in Cairo.",
        f"{miss}: no match",
        "  terror*: not found",
        f"{ru}: match",
        "  terms: лавров, terrorism",
        "  in: body",
        "  «Лавров» осудил «terrorism» в Каире.",
    ]


def test_rules_test_reports_excluded_clauses(
    config: Path, articles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rules", "test", "Lavrov -final", str(articles[1])]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == ["  final: found, but excluded by NOT"]


def test_rules_test_points_at_a_syntax_error(
    config: Path, articles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rules", "test", "Lavrov OR", str(articles[0])]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "query:1:10: the query ends where a term was expected "
        "(hint: remove the trailing operator or add a term)",
        "  Lavrov OR",
        "           ^",
    ]


def test_match_prints_one_line_per_file_and_rule(
    config: Path, articles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    rules = write(config, "mine.yaml", GOOD)
    assert main(["match", "--rules", str(rules), *map(str, articles)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{articles[0]}: lav [body] lavrov, terrorism: «Lavrov» condemned «terrorism» in Cairo.",
        f"{articles[2]}: lav [body] лавров, terrorism: «Лавров» осудил «terrorism» в Каире.",
    ]


def test_match_json_lines(
    config: Path, articles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    write(config, "rules.yaml", GOOD)
    assert main(["match", "--json", str(articles[0]), str(articles[1])]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records == [
        {
            "path": str(articles[0]),
            "source": "drop",
            "rule": "lav",
            "fields": ["body"],
            "terms": ["lavrov", "terrorism"],
            "snippet": "«Lavrov» condemned «terrorism» in Cairo.",
        }
    ]


def test_match_without_matches_exits_0_and_unreadable_files_exit_1(
    config: Path, articles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    write(config, "rules.yaml", GOOD)
    assert main(["match", str(articles[1])]) == 0
    assert main(["match", str(articles[1]), "absent.txt"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "absent.txt: cannot read" in captured.err


def test_match_with_an_invalid_rules_file_is_a_config_error(
    config: Path, articles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    write(config, "rules.yaml", BAD)
    assert main(["match", str(articles[0])]) == 2
    assert "missing ')'" in capsys.readouterr().err


def test_check_of_a_folder_checks_every_file_and_counts_them(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(config, "rules.yaml", GOOD.replace("    notify: [team]\n", ""))
    (config / "rules.d").mkdir()
    write(config / "rules.d", "desk.yaml", "version: 1\nrules:\n  - name: desk\n    query: x\n")
    assert main(["rules", "check", str(config)]) == 0
    assert f"{config}: ok, 2 enabled rule(s) in 2 files, version " in capsys.readouterr().out


def test_check_of_a_folder_reports_a_duplicate_name_with_both_places(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(config, "rules.yaml", GOOD.replace("    notify: [team]\n", ""))
    (config / "rules.d").mkdir()
    write(config / "rules.d", "desk.yaml", "version: 1\nrules:\n  - name: lav\n    query: x\n")
    assert main(["rules", "check"]) == 1
    out = capsys.readouterr().out
    first = config / "rules.yaml"
    assert (
        f"desk.yaml:3:5: rule 'lav': duplicate rule name (hint: the first is at {first}:5;" in out
    )
