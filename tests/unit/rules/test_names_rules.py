"""Names in rules files: the per-rule `names` switch, what alerts show, `rules test`, and the
README's table of name examples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from services.cli import main
from tests.conftest import REPO
from workers.query import Document, RuleIndex, RuleSpec, analyze, parse_query
from workers.rules.loader import parse_rules

RULES = """\
version: 1
rules:
  - name: default
    query: Lavrov
  - name: exact
    query: Lavrov
    names: exact
  - name: scripts
    query: Lavrov
    names: scripts
"""
README = (REPO / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("**Names across scripts and cases.**") :]
NAME_ROWS = re.findall(r"^\| (\w+) \| `(.+?)` \| `(.+?)` \| `(.+?)` \|$", SECTION, re.MULTILINE)


def rule_names(text: str, language: str) -> list[str]:
    rules = parse_rules(RULES.encode(), "rules.yaml")
    return [m.rule for m in rules.match(Document("", text, language=language))]


@pytest.mark.parametrize(
    ("text", "language", "rules"),
    [
        ("Lavrov said", "en", ["default", "exact", "scripts"]),
        ("Лавров заявил", "ru", ["default", "scripts"]),
        ("встреча Лаврова", "ru", ["default"]),
        ("Lawrow sagte", "de", ["default"]),
        ("Lavrova won", "en", []),
    ],
)
def test_the_names_option_of_a_rule(text: str, language: str, rules: list[str]) -> None:
    assert rule_names(text, language) == rules


def test_an_unknown_names_option_is_refused() -> None:
    with pytest.raises(Exception, match="names"):
        parse_rules(RULES.replace("names: exact", "names: fuzzy").encode(), "rules.yaml")


def test_the_alert_shows_the_form_found_in_the_article() -> None:
    rules = parse_rules(RULES.encode(), "rules.yaml")
    doc = Document("Встреча в Каире", "Встреча Лаврова и Шукри прошла в Каире.", language="ru")
    match = rules.match(doc)[0]
    assert match.terms == ("лаврова",)
    assert "«Лаврова»" in match.snippet


def test_rules_test_explains_a_name_match(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "ru.txt"
    article.write_text(
        "Встреча Лаврова и Шукри прошла в Каире. Министры обсудили ситуацию в регионе и "
        "подписали соглашение о сотрудничестве.\n",
        encoding="utf-8",
    )
    assert main(["rules", "test", "Lavrov AND Shoukry", str(article)]) == 0
    out = capsys.readouterr().out
    assert "Lavrov matched Лаврова (Cyrillic, genitive/accusative)" in out
    assert "Shoukry matched Шукри (Cyrillic)" in out


def test_rules_test_names_exact_does_not_match_other_scripts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "ru.txt"
    article.write_text(
        "Лавров прибыл в Каир, где провёл переговоры с коллегой.\n", encoding="utf-8"
    )
    main(["rules", "test", "--names", "exact", "Lavrov", str(article)])
    assert "no match" in capsys.readouterr().out


def test_the_readme_has_a_table_of_name_examples() -> None:
    assert len(NAME_ROWS) >= 8


@pytest.mark.parametrize(("language", "query", "hit", "miss"), NAME_ROWS)
def test_readme_name_example(language: str, query: str, hit: str, miss: str) -> None:
    def matches(text: str) -> bool:
        index = RuleIndex.build([RuleSpec("r", parse_query(query), names="variants")])
        return bool(index.match(analyze(Document("", text, language=language))))

    assert matches(hit), f"{query!r} should match {hit!r}"
    assert not matches(miss), f"{query!r} should not match {miss!r}"
