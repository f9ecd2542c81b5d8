"""The AND-of-words rule language and the rules file holder that keeps it current."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from services.core.errors import ConfigError
from workers.query import Document
from workers.rules.loader import RulesHolder, load_rules, parse_rules
from workers.rules.matcher import RuleSet


def rules_yaml(*queries: str) -> bytes:
    """A rules file with one rule per query, named r0, r1, ..."""
    body = "".join(
        f"  - name: r{i}\n    query: {q!r}\n    notify: [ops]\n" for i, q in enumerate(queries)
    )
    return f"version: 1\nrules:\n{body}".encode()


def one_rule(query: str) -> RuleSet:
    return parse_rules(rules_yaml(query), "rules.yaml")


def matched(query: str, title: str, body: str = "") -> bool:
    return bool(one_rule(query).match(Document(title, body)))


@pytest.mark.parametrize(
    ("query", "text", "hit"),
    [
        ("Lavrov", "Lavrov spoke today", True),
        ("Lavrov", "Lavrova spoke today", False),
        ("ball", "a ball game", True),
        ("ball", "a football game", False),
        ("ball", "ball.", True),
        ("ball", "(ball)", True),
        ("ball", "balls", False),
    ],
)
def test_plain_term_matches_whole_words_only(query: str, text: str, hit: bool) -> None:
    assert matched(query, text) is hit


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("lavrov", "LAVROV said"),
        ("LAVROV", "lavrov said"),
        ("Straße", "STRASSE closed"),
        ("Москва", "москва today"),
    ],
)
def test_matching_is_case_insensitive(query: str, text: str) -> None:
    assert matched(query, text)


@pytest.mark.parametrize(
    "word",
    [
        "Straße",
        "ﬁnance",
        "İstanbul",
    ],
)
def test_term_matches_the_same_word_in_text(word: str) -> None:
    assert matched(word, f"News from {word} today")


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("terror attack", True),
        ("terrorism rises", True),
        ("TERRORISTS seen", True),
        ("counterterrorism unit", False),
        ("terra firma", False),
        ("terro", False),
    ],
)
def test_prefix_term_matches_words_starting_with_it(text: str, hit: bool) -> None:
    assert matched("terror*", text) is hit


def test_prefix_term_reports_the_word_it_matched() -> None:
    [match] = one_rule("terror*").match(Document("Terrorism today", ""))
    assert match.terms == ("terrorism",)


@pytest.mark.parametrize(
    ("title", "body", "hit"),
    [
        ("Lavrov on terrorism", "", True),
        ("Lavrov", "terrorism in the body", True),
        ("Lavrov speaks", "", False),
        ("terrorism", "", False),
    ],
)
def test_terms_are_implicitly_and_ed_across_title_and_body(
    title: str, body: str, hit: bool
) -> None:
    assert matched("Lavrov terror*", title, body) is hit


def test_and_keyword_is_skipped() -> None:
    rules = one_rule("Lavrov AND terror*")
    assert [t.text for t in rules.rules[0].terms] == ["lavrov", "terror"]


def test_match_carries_rule_name_notify_and_matched_words() -> None:
    [match] = one_rule("Lavrov AND terror*").match(Document("LAVROV", "on terrorists"))
    assert (match.rule, match.notify, match.terms) == ("r0", ("ops",), ("lavrov", "terrorists"))


def test_each_matching_rule_is_reported() -> None:
    rules = parse_rules(rules_yaml("alpha", "beta", "gamma"), "rules.yaml")
    assert [m.rule for m in rules.match(Document("alpha and gamma", ""))] == ["r0", "r2"]


@pytest.mark.parametrize(
    "query",
    [
        "Lavrov OR Putin",
        '"foreign minister"',
        "(Lavrov) AND terror*",
        "Lavrov NOT Putin",
        "Lavrov -Putin",
        "*ism",
        "AND",
    ],
)
def test_unsupported_syntax_is_a_config_error_naming_the_rule(query: str) -> None:
    with pytest.raises(ConfigError, match="rule 'r0'"):
        one_rule(query)


def test_disabled_rules_are_skipped() -> None:
    data = (
        b"version: 1\nrules:\n"
        b"  - {name: kept, query: alpha}\n"
        b"  - {name: skipped, query: alpha, enabled: false}\n"
    )
    rules = parse_rules(data, "rules.yaml")
    assert [r.name for r in rules.rules] == ["kept"]
    assert [m.rule for m in rules.match(Document("alpha", ""))] == ["kept"]


def test_disabled_rule_with_unsupported_syntax_is_not_compiled() -> None:
    data = b"version: 1\nrules:\n  - {name: skipped, query: '(a)', enabled: false}\n"
    assert parse_rules(data, "rules.yaml").rules == ()


def test_duplicate_rule_names_are_refused() -> None:
    data = b"version: 1\nrules:\n  - {name: same, query: a}\n  - {name: same, query: b}\n"
    with pytest.raises(ConfigError, match="duplicate rule name 'same'"):
        parse_rules(data, "rules.yaml")


def test_invalid_rules_file_error_names_the_source() -> None:
    with pytest.raises(ConfigError, match=r"^my-rules\.yaml: rules\.0\.query: "):
        parse_rules(b"version: 1\nrules:\n  - {name: x}\n", "my-rules.yaml")


def test_non_utf8_rules_file_is_refused() -> None:
    with pytest.raises(ConfigError, match="not UTF-8"):
        parse_rules("rules: [{name: café, query: x}]".encode("latin-1"), "rules.yaml")


def test_version_is_stable_for_the_same_content() -> None:
    assert one_rule("alpha").version == one_rule("alpha").version


def test_version_changes_when_content_changes() -> None:
    assert one_rule("alpha").version != one_rule("beta").version


def test_empty_rules_file_has_no_rules() -> None:
    assert parse_rules(b"", "rules.yaml").rules == ()


def test_load_rules_of_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_rules(tmp_path / "absent.yaml")


# RulesHolder


def write_rules(path: Path, data: bytes, *, bump: int = 0) -> None:
    """Write the file and move its mtime `bump` seconds later so the signature changes."""
    path.write_bytes(data)
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + bump * 1_000_000_000))


@pytest.fixture
def rules_path(tmp_path: Path) -> Path:
    path = tmp_path / "rules.yaml"
    write_rules(path, rules_yaml("alpha"))
    return path


def test_holder_loads_the_file(rules_path: Path) -> None:
    rules = RulesHolder(rules_path, period=0).current()
    assert [m.rule for m in rules.match(Document("alpha", ""))] == ["r0"]


def test_holder_picks_up_an_edit(rules_path: Path) -> None:
    holder = RulesHolder(rules_path, period=0)
    first = holder.current()
    write_rules(rules_path, rules_yaml("beta"), bump=10)
    second = holder.current()
    assert second.version != first.version
    assert second.match(Document("beta", "")) and not second.match(Document("alpha", ""))
    assert holder.stale is False


def test_holder_does_not_recheck_within_its_period(rules_path: Path) -> None:
    holder = RulesHolder(rules_path, period=3600)
    first = holder.current()
    write_rules(rules_path, rules_yaml("beta"), bump=10)
    assert holder.current() is first


def test_holder_keeps_last_good_rules_after_invalid_edit(rules_path: Path) -> None:
    holder = RulesHolder(rules_path, period=0)
    good = holder.current()
    write_rules(rules_path, rules_yaml("(a)"), bump=10)
    assert holder.current() is good
    assert holder.stale is True


def test_holder_clears_stale_when_a_valid_edit_follows(rules_path: Path) -> None:
    holder = RulesHolder(rules_path, period=0)
    holder.current()
    write_rules(rules_path, b"rules: [\n", bump=10)
    holder.current()
    write_rules(rules_path, rules_yaml("gamma"), bump=20)
    assert holder.current().match(Document("gamma", ""))
    assert holder.stale is False


def test_holder_keeps_last_good_rules_when_file_disappears(rules_path: Path) -> None:
    holder = RulesHolder(rules_path, period=0)
    good = holder.current()
    rules_path.unlink()
    assert holder.current() is good
    assert holder.stale is True


def test_holder_logs_an_invalid_edit_only_once(
    rules_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    holder = RulesHolder(rules_path, period=0)
    holder.current()
    write_rules(rules_path, rules_yaml("(a)"), bump=10)
    with caplog.at_level(logging.ERROR, logger="workers.rules.loader"):
        for _ in range(3):
            holder.current()
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert "invalid rules edit" in errors[0].getMessage()
    assert "rule 'r0'" in errors[0].getMessage()


def test_holder_logs_a_second_different_invalid_edit(
    rules_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    holder = RulesHolder(rules_path, period=0)
    holder.current()
    with caplog.at_level(logging.ERROR, logger="workers.rules.loader"):
        write_rules(rules_path, rules_yaml("(a)"), bump=10)
        holder.current()
        write_rules(rules_path, rules_yaml('"a b"'), bump=20)
        holder.current()
    assert len([r for r in caplog.records if r.levelno == logging.ERROR]) == 2


def test_holder_raises_when_no_valid_version_was_ever_loaded(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    write_rules(path, rules_yaml("(a)"))
    holder = RulesHolder(path, period=0)
    with pytest.raises(ConfigError, match="no valid rules loaded"):
        holder.current()
    assert holder.stale is False


def test_holder_raises_when_file_is_missing_from_the_start(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no valid rules loaded"):
        RulesHolder(tmp_path / "absent.yaml", period=0).current()
