"""Every query the README's Rules section shows is valid and does what the README says."""

from __future__ import annotations

import re
import shlex
from typing import Any

import pytest
import yaml

from services.core.errors import ConfigError
from tests.conftest import REPO
from workers.query import (
    Document,
    QuerySyntaxError,
    RuleIndex,
    RuleSpec,
    analyze,
    parse_query,
)
from workers.rules.loader import parse_rules

README = (REPO / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("### Rules: `config/rules.yaml`") :]
SECTION = SECTION[: SECTION.index("\n### ", 1)]
EXAMPLE = re.search(r"```yaml\n(.*?)```", SECTION, re.DOTALL)
assert EXAMPLE is not None
EXAMPLE_YAML = EXAMPLE.group(1)
ALIASES: dict[str, list[str]] = yaml.safe_load(EXAMPLE_YAML)["aliases"]
ROWS = re.findall(r"^\| `(.+?)` \| `(.+?)` \| `(.+?)` \|$", SECTION, re.MULTILINE)
BULLETS = "\n".join(line for line in SECTION.splitlines() if line.startswith(("- ", "  ")))
# Code spans in the bullets that are syntax fragments or words, not whole queries.
FRAGMENTS = {
    "and",
    "OR",
    "NOT",
    "AND",
    "NEAR",
    "&&",
    "||",
    "ONEAR/n",
    "title:",
    "body:",
    "source:",
    "lang:",
    "url:",
    "stemming: true",
    "@name",
    '"a b"~n',
    "a NEAR/n b",
    "ё",
    "е",
}
REFUSED = {"x~", "^"}


def document(cell: str) -> Document:
    """A table cell: ``title / body``, or body text only."""
    title, _, body = cell.rpartition(" / ")
    return Document(title, body)


def matches(query: str, cell: str) -> bool:
    spec = RuleSpec("readme", parse_query(query, aliases=ALIASES))
    return bool(RuleIndex.build([spec]).match(analyze(document(cell))))


def test_the_section_has_a_table_of_examples() -> None:
    assert len(ROWS) >= 15


@pytest.mark.parametrize(("query", "hit", "miss"), ROWS, ids=[r[0] for r in ROWS])
def test_table_example_matches_and_does_not_match(query: str, hit: str, miss: str) -> None:
    assert matches(query, hit), f"{query!r} should match {hit!r}"
    assert not matches(query, miss), f"{query!r} should not match {miss!r}"


def bullet_spans() -> list[str]:
    return sorted(set(re.findall(r"`([^`]+)`", BULLETS)))


@pytest.mark.parametrize("span", bullet_spans())
def test_every_query_in_the_bullets_parses_or_is_a_fragment(span: str) -> None:
    if span in FRAGMENTS:
        return
    if span in REFUSED:
        with pytest.raises(QuerySyntaxError):
            parse_query(span)
        return
    parse_query(span, aliases=ALIASES)


def test_documented_precedence_holds() -> None:
    assert parse_query("a OR b c").root == parse_query("a OR (b AND c)").root


def shell_queries() -> list[str]:
    commands = [shlex.split(line) for line in SECTION.splitlines() if line.startswith("newswatch")]
    return [argv[3] for argv in commands if argv[1:3] == ["rules", "test"]]


@pytest.mark.parametrize("query", shell_queries())
def test_rules_test_example_query_parses(query: str) -> None:
    parse_query(query, aliases=ALIASES)


def test_rules_check_example_output_is_what_check_prints() -> None:
    text_block = re.search(r"```text\n\$ newswatch rules check\n(.*?)\n```", SECTION, re.DOTALL)
    edit = re.search(r"after the edit `query: (.+?)` in the example", SECTION)
    assert text_block is not None and edit is not None
    broken = EXAMPLE_YAML.replace("query: '@lavrov AND terror*'", f"query: {edit.group(1)}")
    assert broken != EXAMPLE_YAML
    with pytest.raises(ConfigError) as info:
        parse_rules(broken.encode(), "config/rules.yaml")
    assert str(info.value) == text_block.group(1)


def test_example_keys_are_every_rule_key() -> None:
    from workers.rules.model import RuleConfig

    example: dict[str, Any] = yaml.safe_load(EXAMPLE_YAML)
    shown = {key for rule in example["rules"] for key in rule}
    assert shown == set(RuleConfig.model_fields)
