"""The article archive's store on a real Valkey: write, read API, retention and byte cap."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest

from services.core import keys
from services.history import archive
from services.history.archive import ArchiveConfig, ArchiveEntry, encode_entry
from services.history.prefilter import FilterProbe, build_filter

NOW = datetime.now(UTC)


def entry(article_id: str, age: timedelta = timedelta(0), body: str = "text") -> ArchiveEntry:
    return ArchiveEntry(
        article_id=article_id,
        source="agency",
        title=f"title {article_id}",
        body=body,
        received_at=NOW - age,
        archived_at=NOW,  # fixed: entries of one test compress to the same size
    )


def store(redis, *entries: ArchiveEntry, words: tuple[str, ...] = ()) -> None:
    pipe = redis.pipeline(transaction=True)
    archive.add_entries(pipe, [encode_entry(e, build_filter("english", words)) for e in entries])
    pipe.execute()


def test_an_entry_reads_back_as_written(redis):
    written = entry("a1", body="Lavrov spoke about terrorism.")
    store(redis, written)
    assert archive.get_entry(redis, "a1") == written


def test_an_unknown_id_is_none(redis):
    assert archive.get_entry(redis, "missing") is None


def test_entries_are_stored_compressed(redis):
    body = "The minister said the talks went well. " * 200
    store(redis, entry("a1", body=body))
    assert redis.hstrlen(keys.ARCHIVE_DOCS, "a1") < len(body) / 10


def test_pages_list_newest_first_until_the_last(redis):
    store(redis, *(entry(f"a{i}", timedelta(minutes=i)) for i in range(5)))
    first = archive.list_entries(redis, limit=2)
    second = archive.list_entries(redis, limit=2, offset=first.next_offset or 0)
    last = archive.list_entries(redis, limit=2, offset=second.next_offset or 0)
    ids = [e.article_id for page in (first, second, last) for e in page.entries]
    assert ids == ["a0", "a1", "a2", "a3", "a4"]
    assert (first.total, last.next_offset) == (5, None)


def test_a_time_range_selects_entries(redis):
    store(redis, *(entry(f"a{i}", timedelta(hours=i)) for i in range(5)))
    since = NOW - timedelta(hours=2, minutes=30)
    page = archive.list_entries(redis, since=since)
    assert [e.article_id for e in page.entries] == ["a0", "a1", "a2"]
    assert archive.count_entries(redis, since=since) == 3
    assert archive.count_entries(redis) == 5


@pytest.mark.parametrize("chunk", [1, 2, 3, 100])
def test_iteration_reads_every_entry_once_in_chunks(redis, chunk):
    # Several entries share one received time: chunk boundaries fall inside the tie.
    store(redis, *(entry(f"a{i}", timedelta(seconds=i // 3)) for i in range(10)))
    ids = [e.article_id for e in archive.iter_entries(redis, chunk=chunk)]
    assert sorted(ids) == sorted(f"a{i}" for i in range(10))


def test_iteration_with_a_probe_decompresses_only_what_may_match(redis):
    store(redis, entry("lavrov"), words=("lavrov", "talks"))
    store(redis, entry("other"), words=("budget", "talks"))
    probe = FilterProbe(lambda tag: [(("lavrov",),)])
    stats = archive.IterStats()
    ids = [e.article_id for e in archive.iter_entries(redis, probe=probe, stats=stats)]
    assert ids == ["lavrov"]
    assert (stats.scanned, stats.decoded) == (2, 1)


def stored_bytes(redis, *ids: str) -> int:
    stored = sum(redis.hstrlen(keys.ARCHIVE_DOCS, i) for i in ids)
    stored += sum(redis.hstrlen(keys.ARCHIVE_FILTERS, i) for i in ids)
    return stored + len(ids) * archive.ENTRY_OVERHEAD_BYTES


def test_bytes_used_counts_stored_bytes_and_overhead(redis):
    store(redis, entry("a1"), entry("a2"))
    assert archive.bytes_used(redis) == stored_bytes(redis, "a1", "a2")


def test_an_entry_written_again_is_counted_once(redis):
    store(redis, entry("a1", body="short"))
    store(redis, entry("a1", body="a longer body than before, " * 20))
    assert archive.bytes_used(redis) == stored_bytes(redis, "a1")
    assert archive.count_entries(redis) == 1


def test_entries_older_than_the_retention_are_dropped(redis):
    store(redis, entry("new", timedelta(days=1)), entry("old", timedelta(days=8)))
    result = archive.trim(redis, ArchiveConfig(days=7))
    assert (result.expired, result.over_cap) == (1, 0)
    assert [e.article_id for e in archive.list_entries(redis).entries] == ["new"]
    assert redis.hexists(keys.ARCHIVE_FILTERS, "old") == 0


def test_over_the_byte_cap_the_oldest_go_first(redis):
    store(redis, *(entry(f"a{i}", timedelta(minutes=i), body="x" * 50) for i in range(10)))
    per_entry = archive.bytes_used(redis) // 10
    result = archive.trim(redis, ArchiveConfig(days=7, max_bytes=per_entry * 4 + 1))
    assert result.over_cap == 6
    assert [e.article_id for e in archive.list_entries(redis).entries] == [
        "a0",
        "a1",
        "a2",
        "a3",
    ]
    assert archive.bytes_used(redis) <= per_entry * 4 + 1


def test_a_trim_logs_one_line_however_many_it_drops(redis, caplog):
    store(redis, *(entry(f"a{i}", timedelta(days=10)) for i in range(30)))
    with caplog.at_level(logging.INFO, logger="services.history.archive"):
        archive.trim(redis, ArchiveConfig(days=7))
    assert len(caplog.records) == 1
    assert "30 article(s) older than 7 day(s)" in caplog.text


def test_a_trim_with_nothing_to_drop_is_silent(redis, caplog):
    store(redis, entry("a1"))
    with caplog.at_level(logging.INFO, logger="services.history.archive"):
        assert archive.trim(redis, ArchiveConfig(days=7)).dropped == 0
    assert caplog.records == []


def test_a_large_backlog_is_trimmed_in_bounded_steps(redis, monkeypatch):
    monkeypatch.setattr(archive, "TRIM_STEP", 4)
    store(redis, *(entry(f"a{i}", timedelta(days=10)) for i in range(10)))
    assert archive.trim(redis, ArchiveConfig(days=7)).expired == 10
    assert archive.count_entries(redis) == 0
    assert archive.bytes_used(redis) == 0


def test_zero_days_keeps_nothing(redis):
    store(redis, entry("a1"))
    archive.trim(redis, ArchiveConfig(days=0))
    assert archive.count_entries(redis) == 0


def test_an_unreadable_entry_is_skipped_not_fatal(redis):
    store(redis, entry("good"))
    redis.hset(keys.ARCHIVE_DOCS, "bad", b"not zlib")
    redis.zadd(keys.ARCHIVE_TIMES, {"bad": 1})
    assert [e.article_id for e in archive.iter_entries(redis)] == ["good"]
    assert archive.get_entry(redis, "bad") is None
