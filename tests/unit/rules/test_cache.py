"""The compiled-rules cache: a checked file read back as it was checked, or a miss."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workers.query import Document
from workers.rules.cache import RulesCache, cache_key
from workers.rules.folder import check_file_rules
from workers.rules.loader import RulesHolder, load_rules

RULES = """\
version: 1
notify: [desk]
aliases:
  lav: [Lavrov, "Sergey Lavrov"]
rules:
  - name: lav
    query: '@lav AND terror*'
  - name: parked
    query: x
    enabled: false
  - name: digest
    all: [Cairo]
    stemming: true
    delivery: {mode: digest, digest_every: 1h}
"""


@pytest.fixture
def rules_file(tmp_path: Path) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(RULES, encoding="utf-8")
    return path


def test_a_cached_file_reads_back_the_same_rules(rules_file: Path, tmp_path: Path) -> None:
    cache = RulesCache(tmp_path / "cache")
    first = load_rules(rules_file, cache=cache)
    second = load_rules(rules_file, cache=cache)
    assert list(cache.folder.iterdir())
    assert second.rules == first.rules and second.version == first.version
    doc = Document("Sergey Lavrov on terrorism", "in Cairo")
    assert second.match(doc) == first.match(doc)


@pytest.mark.parametrize(
    ("tags_then", "tags_now", "hit"),
    [(None, None, True), ({"desk"}, {"desk"}, True), ({"desk"}, {"desk", "ops"}, False)],
)
def test_the_cache_key_holds_the_tags_checked_against(
    rules_file: Path, tmp_path: Path, tags_then: set[str] | None, tags_now: set[str] | None,
    hit: bool,
) -> None:  # fmt: skip
    cache = RulesCache(tmp_path / "cache")
    data = rules_file.read_bytes()
    check_file_rules(data, str(rules_file), known_tags=tags_then, cache=cache)
    assert (cache.get(str(rules_file), cache_key(data, tags_now)) is not None) is hit


def test_a_damaged_entry_is_a_miss(rules_file: Path, tmp_path: Path) -> None:
    cache = RulesCache(tmp_path / "cache")
    load_rules(rules_file, cache=cache)
    for entry in cache.folder.iterdir():
        entry.write_bytes(b"\x00garbage")
    assert [r.name for r in load_rules(rules_file, cache=cache).rules] == ["lav", "digest"]


def test_an_edit_compiled_in_a_child_process_goes_live(rules_file: Path, tmp_path: Path) -> None:
    holder = RulesHolder(rules_file, period=0, cache=RulesCache(tmp_path / "cache"), isolate=True)
    holder.reload()
    rules_file.write_text(RULES.replace("'@lav AND terror*'", "Shoigu"), encoding="utf-8")
    st = rules_file.stat()
    os.utime(rules_file, ns=(st.st_atime_ns, st.st_mtime_ns + 10**10))
    holder.reload()
    assert [m.rule for m in holder.current().match(Document("Shoigu", ""))] == ["lav"]
