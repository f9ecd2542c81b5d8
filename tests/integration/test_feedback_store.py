"""Readers' marks on alerts (services.history.feedback), on a real Valkey."""

from __future__ import annotations

from typing import Any

import pytest

from services.core import keys
from services.history import feedback
from services.history.records import rule_key


def test_a_mark_is_listed_under_its_rule(redis: Any) -> None:
    feedback.mark(redis, "alert-1", "lavrov", "story-1", "article-1", False, now=100.0)
    [mark] = feedback.list_marks(redis, "lavrov")
    assert (mark.alert_id, mark.story_id, mark.article_id) == ("alert-1", "story-1", "article-1")
    assert (mark.relevant, mark.at) == (False, 100.0)
    assert feedback.list_marks(redis, "other rule") == []


def test_marks_are_listed_newest_first_and_a_new_mark_replaces_the_old(redis: Any) -> None:
    feedback.mark(redis, "alert-1", "lavrov", "story-1", "article-1", False, now=100.0)
    feedback.mark(redis, "alert-2", "lavrov", "story-2", "article-2", True, now=200.0)
    feedback.mark(redis, "alert-1", "lavrov", "story-1", "article-1", True, now=300.0)
    marks = feedback.list_marks(redis, "lavrov")
    assert [(m.alert_id, m.relevant) for m in marks] == [("alert-1", True), ("alert-2", True)]


def test_a_rule_keeps_its_newest_marks_up_to_the_bound(redis: Any) -> None:
    for n in range(5):
        feedback.mark(redis, f"a{n}", "r", "s", "x", True, now=float(n), max_per_rule=3)
    assert [m.alert_id for m in feedback.list_marks(redis, "r")] == ["a4", "a3", "a2"]


def test_marks_expire_with_the_history(redis: Any) -> None:
    feedback.mark(redis, "alert-1", "lavrov", "s", "x", True, keep_seconds=3600)
    assert 0 < redis.ttl(keys.feedback_marks(rule_key("lavrov"))) <= 3600
    assert 0 < redis.ttl(keys.feedback_times(rule_key("lavrov"))) <= 3600


def test_with_history_off_a_mark_is_not_stored(redis: Any) -> None:
    feedback.mark(redis, "alert-1", "lavrov", "s", "x", True, keep_seconds=0)
    assert feedback.list_marks(redis, "lavrov") == []


@pytest.mark.parametrize("bad", ["", "has space", "x" * 200, "a/b"])
def test_an_invalid_alert_id_is_refused(redis: Any, bad: str) -> None:
    with pytest.raises(ValueError):
        feedback.mark(redis, bad, "lavrov", "s", "x", True)
