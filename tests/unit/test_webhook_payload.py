"""The JSON object a webhook receives: an alert's fields, or a digest listing its alerts."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from services.notifier.outbox import Outgoing
from services.notifier.payload import message_object
from tests.support.notifier import make_alert


def test_an_alert_object_carries_its_id_and_fields():
    published = datetime(2026, 11, 3, 9, 12, tzinfo=UTC)
    alert = make_alert(4, published_at=published, also_reported_by=["reuters.com"])
    sent = message_object(Outgoing.single(alert))
    assert (sent["schema"], sent["kind"], sent["id"]) == (1, "alert", "alert-4")
    assert sent["alert"]["published"] == "2026-11-03T09:12:00+00:00"
    assert sent["alert"]["also_reported_by"] == ["reuters.com"]
    assert sent["alert"]["snippet"] == alert.snippet


def test_a_digest_object_lists_its_alerts():
    alerts = [make_alert(n) for n in (1, 2, 3)]
    digest = Outgoing(id="digest-k-1", kind="digest", rule="r", alerts=alerts, since=0.0)
    sent = message_object(digest)
    assert (sent["kind"], sent["id"], sent["count"]) == ("digest", "digest-k-1", 3)
    assert sent["since"] == "1970-01-01T00:00:00+00:00"
    assert [a["alert_id"] for a in sent["alerts"]] == ["alert-1", "alert-2", "alert-3"]
    assert "alert" not in sent


@pytest.mark.parametrize("field", ["url", "language", "published"])
def test_missing_optional_fields_are_null(field):
    alert = make_alert(url=None, language=None, published_at=None)
    sent = json.loads(json.dumps(message_object(Outgoing.single(alert))))  # plain JSON
    assert sent["alert"][field] is None
