"""The README's Console section states the alert pages' bounds as the code has them."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.core import keys
from services.history import alert_query
from services.web import alert_view
from services.web.routers import alerts, stories

README = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Console", 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("{} per page", alerts.PAGE_SIZE),
        ("{:,} alerts per page", alert_query.MAX_SCANNED),
        ("within {} days of it", alert_view.STORY_SCAN_WINDOW.days),
        ("at most {:,} read", alert_view.STORY_SCAN_MAX),
        ("{} listed", alert_view.STORY_SOURCES_MAX),
        ("`limit` up to {}", alerts.API_LIMIT_MAX),
        ("`?hours=` up to {}", stories.HOURS_MAX),
        ("`?limit=` up to\n  {:,}", stories.LIMIT_MAX),
        ("the newest {:,} per rule", keys.FEEDBACK_MAX_PER_RULE),
        ("for {} days", keys.MUTE_TTL_SECONDS // 86400),
    ],
)
def test_console_section_states_the_bound(phrase, value):
    assert phrase.format(value) in SECTION
