"""`check_rules`: every problem of a rules file, each at its line and column, with a hint."""

from __future__ import annotations

import pytest

from services.core.errors import ConfigError
from workers.rules.loader import check_rules, parse_rules


def problems(text: str, tags: set[str] | None = None) -> list[str]:
    _, found = check_rules(text.encode(), "r.yaml", known_tags=tags)
    return [str(d) for d in found]


HEAD = "version: 1\nrules:\n"


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        ("  - {name: a, query: Lavrov AND (terror*}\n", "r.yaml:3:33: rule 'a': missing ')'"),
        ("  - name: a\n    query: 'x OR'\n", "r.yaml:4:17: rule 'a': the query ends where"),
        ("  - name: a\n    query: Lavrov~2\n", "r.yaml:4:18: rule 'a': unsupported character"),
        ("  - name: a\n    query: '@lavrof'\n", "r.yaml:4:13: rule 'a': unknown alias @lavrof"),
        ("  - name: a\n    query: NOT sport\n", "r.yaml:4:12: rule 'a': the query matches every"),
        ("  - name: a\n    query: x -x\n", "r.yaml:4:12: rule 'a': this AND requires and excludes"),
        ("  - name: a\n    all: [x, 'y)']\n", "r.yaml:4:16: rule 'a': unmatched ')'"),
        ("  - name: a\n    any: [x, 'NOT y']\n", "r.yaml:4:11: rule 'a': the query matches every"),
        ("  - name: a\n    querry: x\n", "r.yaml:4:5: rules[0].querry: Extra inputs"),
        ("  - name: a\n", "r.yaml:3:5: rules[0]: a rule needs a `query`"),
        ("  - {name: a, query: x, all: [y]}\n", "r.yaml:3:5: rules[0]: give either `query`"),
        ("  - {name: a, query: x}\n  - {name: a, query: y}\n", "r.yaml:4:6: rule 'a': duplicate"),
    ],
)
def test_each_problem_is_reported_at_its_position(rules: str, expected: str) -> None:
    found = problems(HEAD + rules)
    assert any(p.startswith(expected) for p in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("version: 2\n", "r.yaml:1:1: version: Input should be 1 (hint: write version: 1)"),
        ("aliases:\n  1x: [a]\n", "r.yaml:2:3: aliases.1x: String should match"),
        ("aliases:\n  x: []\n", "r.yaml:2:3: aliases.x: List should have at least 1 item"),
        ("rules: {}\n", "r.yaml:1:1: rules: Input should be a valid list"),
        ("- a\n", "r.yaml:1:1: (top level): Input should be a valid dictionary"),
    ],
)
def test_file_shape_problems_are_reported_at_their_key(text: str, expected: str) -> None:
    assert any(p.startswith(expected) for p in problems(text)), problems(text)


def test_every_problem_is_reported_not_just_the_first() -> None:
    text = HEAD + (
        "  - {name: a, query: 'x AND'}\n"
        "  - {name: b, quer: y}\n"
        "  - {name: c, query: '(z'}\n"
        "  - {name: a, query: ok}\n"
    )
    assert [p.split(":")[1] for p in problems(text)] == ["3", "4", "5", "6"]
    with pytest.raises(ConfigError) as info:
        parse_rules(text.encode(), "r.yaml")
    assert len(str(info.value).splitlines()) == 4


def test_queries_of_a_file_with_shape_errors_are_still_checked_with_valid_aliases() -> None:
    text = (
        "version: 3\naliases:\n  ok: [x]\n  1bad: [y]\nrules:\n  - {name: a, query: '@ok AND (x'}\n"
    )
    found = problems(text)
    assert any("rule 'a': missing ')'" in p for p in found)
    assert not any("unknown alias" in p for p in found)


@pytest.mark.parametrize(
    ("tags", "hit"),
    [({"team"}, False), ({"ops"}, True), (set(), True), (None, False)],
)
def test_unknown_notify_tag_is_an_error_when_channels_are_known(
    tags: set[str] | None, hit: bool
) -> None:
    found = problems(HEAD + "  - name: a\n    query: x\n    notify: [team]\n", tags)
    unknown = [p for p in found if "no channel in apprise.yaml has the tag 'team'" in p]
    assert bool(unknown) is hit
    assert all(p.startswith("r.yaml:5:14:") for p in unknown)


def test_warnings_do_not_refuse_the_file() -> None:
    rules, found = check_rules((HEAD + "  - {name: a, query: 'te* x'}\n").encode(), "r.yaml")
    assert rules is not None and len(rules.rules) == 1
    assert [d.severity for d in found] == ["warning"]
    assert str(found[0]).startswith("r.yaml:3:23: warning: rule 'a': te* has a short prefix")
    assert "(hint: " in str(found[0])


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"rules: [\n", r"^r\.yaml:2:1: "), ("é: x".encode("latin-1"), "not UTF-8")],
)
def test_unreadable_content_is_a_config_error(data: bytes, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        check_rules(data, "r.yaml")


def test_shipped_example_rule_is_valid_without_warnings() -> None:
    from tests.conftest import CONFIG

    rules, found = check_rules((CONFIG / "rules.yaml").read_bytes(), "rules.yaml")
    assert rules is not None and found == []
