"""The worker archives every article of a batch in place of its raw message (real Valkey)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from services.core import keys
from services.core.failures import read_failures
from services.history import archive
from tests.support.archived import SANA_PAGE, TASS_PAGE, message, process
from workers.history.entries import BatchRecord, archive_entries
from workers.pipeline import match_article
from workers.rules.loader import load_rules
from workers.stories import StoryAssignment


def test_a_processed_article_is_archived_as_cleaned(redis, settings):
    process(redis, settings, message("tass1", TASS_PAGE))
    entry = archive.get_entry(redis, "tass1")
    assert entry is not None
    assert entry.status == "processed"
    assert entry.title.startswith("Lavrov calls for stopping terrorists")
    assert "Back to Main page" not in entry.body  # the page's clutter was cleaned away
    assert (entry.source, entry.origin_ref, entry.story_id) == ("tass.com", "entry-tass1", "tass1")
    assert entry.rules == ["lavrov-terrorism"]
    assert len(entry.alert_ids) == 1


def test_the_raw_message_is_gone_once_archived(redis, settings):
    process(redis, settings, message("tass1", TASS_PAGE))
    assert not redis.exists(keys.article("tass1"))
    assert archive.count_entries(redis) == 1


def test_a_copy_of_a_story_is_archived_in_that_story_without_an_alert(redis, settings):
    process(redis, settings, message("tass1", TASS_PAGE))
    process(redis, settings, message("copy1", TASS_PAGE + "\nMore.\n", source="mirror"))
    entry = archive.get_entry(redis, "copy1")
    assert entry is not None
    assert (entry.story_id, entry.story_copy, entry.alert_ids) == ("tass1", True, [])
    assert entry.rules == ["lavrov-terrorism"]


def test_a_rejected_article_is_kept_with_its_reason(redis, settings):
    process(redis, settings, message("bad1", "binary\x00content"), message("sana1", SANA_PAGE))
    entry = archive.get_entry(redis, "bad1")
    assert entry is not None
    assert entry.status == "rejected"
    assert "binary content" in (entry.reason or "")
    assert entry.excerpt.startswith("binary")
    assert archive.get_entry(redis, "sana1") is not None


def test_an_article_with_no_text_is_kept_rejected(redis, settings):
    process(redis, settings, message("empty1", "   \n\n  "))
    entry = archive.get_entry(redis, "empty1")
    assert entry is not None
    assert (entry.status, entry.story_id) == ("rejected", None)


def test_zero_archive_days_archives_nothing(redis, settings):
    settings = settings.model_copy(update={"archive_days": 0})
    process(redis, settings, message("tass1", TASS_PAGE))
    assert archive.count_entries(redis) == 0
    assert not redis.exists(keys.article("tass1"))


def test_an_entry_that_cannot_be_stored_fails_only_its_article(redis, settings):
    rules = load_rules(settings.config_dir / "rules.yaml")
    good = match_article(message("tass1", TASS_PAGE), rules)
    bad = match_article(message("sana1", SANA_PAGE), rules)
    bad = dataclasses.replace(bad, article=dataclasses.replace(bad.article, body="x\ud800y"))
    record = BatchRecord()
    record.done(good, StoryAssignment.alone("tass1"))
    record.done(bad, StoryAssignment.alone("sana1"))
    stored = archive_entries(redis, record, [])
    assert [s.article_id for s in stored] == ["tass1"]
    (failure,) = read_failures(redis)
    assert (failure.kind, failure.name) == ("article", "sana1 (archive)")


def test_a_batch_trims_entries_past_the_retention(redis, settings):
    old = archive.ArchiveEntry(
        article_id="old1", received_at=datetime.now(UTC) - timedelta(days=settings.archive_days + 1)
    )
    pipe = redis.pipeline()
    archive.add_entries(pipe, [archive.encode_entry(old)])
    pipe.execute()
    process(redis, settings, message("tass1", TASS_PAGE))
    assert archive.get_entry(redis, "old1") is None
    assert archive.get_entry(redis, "tass1") is not None
