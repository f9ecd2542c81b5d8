"""RulesHolder: a reload applies edits, bad edits never apply, jobs never reload, and the state
is published."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import pytest

from services.core import keys
from services.core.errors import ConfigError
from workers.query import Document
from workers.rules import loader
from workers.rules.folder import load_file_rules
from workers.rules.loader import RulesHolder, load_rules
from workers.rules.matcher import RuleSet
from workers.rules.state import publish_rules_state


def rules_yaml(query: str) -> bytes:
    return f"version: 1\nrules:\n  - name: r0\n    query: '{query}'\n".encode()


def loaded(holder: RulesHolder) -> RuleSet:
    """What a job sees after the rules loop's next pass."""
    holder.reload()
    return holder.current()


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


def test_load_rules_of_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_rules(tmp_path / "absent.yaml")


def test_holder_loads_the_file(rules_path: Path) -> None:
    rules = loaded(RulesHolder(rules_path, period=0))
    assert [m.rule for m in rules.match(Document("alpha", ""))] == ["r0"]


def test_holder_picks_up_an_edit(rules_path: Path) -> None:
    holder = RulesHolder(rules_path, period=0)
    first = loaded(holder)
    write_rules(rules_path, rules_yaml("beta OR gamma"), bump=10)
    second = loaded(holder)
    assert second.version != first.version
    assert second.match(Document("beta", "")) and not second.match(Document("alpha", ""))
    assert holder.stale is False


def test_current_never_rereads_the_file(rules_path: Path) -> None:
    """Jobs take the rules; only the rules loop reloads them (no compile stalls a job)."""
    holder = RulesHolder(rules_path, period=0)
    first = loaded(holder)
    write_rules(rules_path, rules_yaml("beta"), bump=10)
    assert holder.current() is first


def test_a_reload_that_raises_unexpectedly_keeps_the_rules_and_marks_them_stale(
    rules_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = RulesHolder(rules_path, period=0)
    good = loaded(holder)

    def explode(path: Path, **_: object) -> RuleSet:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(loader, "load_file_rules", explode)
    write_rules(rules_path, rules_yaml("beta"), bump=10)
    assert loaded(holder) is good
    assert holder.stale is True
    assert "cannot load: RecursionError" in holder.error


HOSTILE_EDITS = [
    pytest.param(rules_yaml("(" * 300 + "a" + ")" * 300), "nested more than", id="parens"),
    pytest.param(rules_yaml("NOT " * 1000 + "a"), "nested more than", id="not-chain"),
    pytest.param(rules_yaml("a NEAR/" + "9" * 5000 + " b"), "at most 1000", id="near-digits"),
    pytest.param(rules_yaml("a NEAR/1000000 b"), "at most 1000", id="near-million"),
    pytest.param(b"rules:\n  - " + b"[" * 5000 + b"]" * 5000 + b"\n", "nested", id="deep-yaml"),
]


@pytest.mark.parametrize(("bad", "message"), HOSTILE_EDITS)
def test_a_hostile_edit_is_a_positioned_error_and_the_rules_stay(
    rules_path: Path, bad: bytes, message: str
) -> None:
    holder = RulesHolder(rules_path, period=0)
    good = loaded(holder)
    write_rules(rules_path, bad, bump=10)
    assert loaded(holder) is good
    assert holder.stale is True
    assert holder.error.startswith(f"{rules_path}:") and message in holder.error
    assert "Traceback" not in holder.error and "cannot load" not in holder.error


@pytest.mark.parametrize("bad", [rules_yaml("(a"), rules_yaml("NOT a"), b"rules: [\n"])
def test_holder_keeps_last_good_rules_after_invalid_edit(rules_path: Path, bad: bytes) -> None:
    holder = RulesHolder(rules_path, period=0)
    good = loaded(holder)
    write_rules(rules_path, bad, bump=10)
    assert loaded(holder) is good
    assert holder.stale is True
    assert holder.error.startswith(f"{rules_path}:")


def test_holder_clears_stale_when_a_valid_edit_follows(rules_path: Path) -> None:
    holder = RulesHolder(rules_path, period=0)
    loaded(holder)
    write_rules(rules_path, b"rules: [\n", bump=10)
    loaded(holder)
    write_rules(rules_path, rules_yaml("gamma"), bump=20)
    assert loaded(holder).match(Document("gamma", ""))
    assert (holder.stale, holder.error) == (False, "")


def test_holder_keeps_last_good_rules_when_file_disappears(rules_path: Path) -> None:
    holder = RulesHolder(rules_path, period=0)
    good = loaded(holder)
    rules_path.unlink()
    assert loaded(holder) is good
    assert holder.stale is True


def test_holder_logs_an_invalid_edit_once_with_its_positions(
    rules_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    holder = RulesHolder(rules_path, period=0)
    loaded(holder)
    write_rules(rules_path, rules_yaml("(a"), bump=10)
    with caplog.at_level(logging.ERROR, logger="workers.rules.loader"):
        for _ in range(3):
            holder.reload()
    [error] = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert "invalid rules edit; keeping version" in error
    assert f"{rules_path}:4:13: rule 'r0': missing ')'" in error


def test_holder_logs_a_second_different_invalid_edit(
    rules_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    holder = RulesHolder(rules_path, period=0)
    loaded(holder)
    with caplog.at_level(logging.ERROR, logger="workers.rules.loader"):
        write_rules(rules_path, rules_yaml("(a"), bump=10)
        holder.reload()
        write_rules(rules_path, rules_yaml("a OR"), bump=20)
        holder.reload()
    assert len([r for r in caplog.records if r.levelno == logging.ERROR]) == 2


def test_holder_raises_with_the_problems_when_no_valid_version_was_ever_loaded(
    tmp_path: Path,
) -> None:
    path = tmp_path / "rules.yaml"
    write_rules(path, rules_yaml("(a"))
    holder = RulesHolder(path, period=0)
    with pytest.raises(ConfigError, match=r"no valid rules loaded\n.*missing '\)'"):
        loaded(holder)
    assert holder.stale is False


def test_holder_raises_when_file_is_missing_from_the_start(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no valid rules loaded"):
        loaded(RulesHolder(tmp_path / "absent.yaml", period=0))


class RecordingRedis:
    """Records hset calls: enough to specify when the state is written."""

    def __init__(self) -> None:
        self.writes: list[tuple[str, dict[str, Any]]] = []

    def hset(self, key: str, mapping: dict[str, Any]) -> None:
        self.writes.append((key, mapping))

    def set(self, *args: Any, **kwargs: Any) -> bool:
        return False  # an invalid edit another worker has already listed


def test_rules_state_is_published_only_when_it_changes(rules_path: Path) -> None:
    redis, holder = RecordingRedis(), RulesHolder(rules_path, period=0)
    version = loaded(holder).version
    publish_rules_state(redis, holder)
    publish_rules_state(redis, holder)
    write_rules(rules_path, rules_yaml("(a"), bump=10)
    holder.reload()
    publish_rules_state(redis, holder)
    publish_rules_state(redis, holder)
    assert [(k, m["version"], m["stale"]) for k, m in redis.writes] == [
        (keys.rules_state(), version, 0),
        (keys.rules_state(), version, 1),
    ]
    assert "missing ')'" in redis.writes[1][1]["error"]
    assert float(redis.writes[1][1]["checked_at"]) > 0


def test_an_edit_still_being_written_is_not_read_until_it_settles(
    rules_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = RulesHolder(rules_path, period=0)
    loaded(holder)
    rules_path.write_bytes(b"")  # an editor saving in place: truncated, the write to come

    def writer_finishes(seconds: float) -> None:  # the write lands while the holder waits
        rules_path.write_bytes(rules_yaml("beta"))

    monkeypatch.setattr(loader, "_pause", writer_finishes)
    assert [m.rule for m in loaded(holder).match(Document("alpha", ""))] == ["r0"]
    assert not holder.stale
    monkeypatch.setattr(loader, "_pause", lambda seconds: None)
    assert [m.rule for m in loaded(holder).match(Document("beta", ""))] == ["r0"]


def test_a_file_written_while_it_was_read_is_read_again_on_the_next_pass(
    rules_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    holder = RulesHolder(rules_path, period=0)
    loaded(holder)
    write_rules(rules_path, b"rules: [", bump=-10)  # settled, but rewritten while read
    read = load_file_rules

    def read_then_overwritten(path: Path, **kwargs: Any) -> object:
        try:
            return read(path, **kwargs)
        finally:
            write_rules(rules_path, rules_yaml("gamma"), bump=-5)

    monkeypatch.setattr("workers.rules.loader.load_file_rules", read_then_overwritten)
    with caplog.at_level(logging.ERROR, logger="workers.rules.loader"):
        assert [m.rule for m in loaded(holder).match(Document("alpha", ""))] == ["r0"]
    assert not holder.stale and not caplog.records
    monkeypatch.setattr("workers.rules.loader.load_file_rules", read)
    assert [m.rule for m in loaded(holder).match(Document("gamma", ""))] == ["r0"]
