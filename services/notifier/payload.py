"""The machine-readable object a JSON webhook receives beside apprise's title and message.

Documented in the README (Alert channels). Version 1:

    {"schema": 1, "kind": "alert", "id": <message id = idempotency key>,
     "rule": ..., "rules_version": ..., "alert": {<one alert>}}
    {"schema": 1, "kind": "digest", "id": ..., "rule": ..., "since": <ISO time>,
     "alerts": [{<one alert>}, ...]}

One alert: alert_id, rule, title, url, source, published, language, matched_terms, snippet,
story_id, story_version, also_reported_by, rules_version, matched_at, page (its console page
`<NEWSWATCH_PUBLIC_URL>/alerts/<alert_id>`, null without a console). Everything in it came
from an article and is hostile: a receiver must treat it as untrusted text.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from services.core.models import AlertMessage
from services.notifier.links import alert_page
from services.notifier.outbox import Outgoing

SCHEMA_VERSION = 1
FIELD = "newswatch"


def alert_object(alert: AlertMessage, public_url: str = "") -> dict[str, Any]:
    """One alert as plain JSON values."""
    return {
        "alert_id": alert.alert_id,
        "rule": alert.rule,
        "rules_version": alert.rules_version,
        "title": alert.title,
        "url": alert.url,
        "source": alert.source,
        "published": _iso(alert.published_at),
        "language": alert.language,
        "matched_terms": list(alert.matched_terms),
        "snippet": alert.snippet,
        "story_id": alert.story_id,
        "story_version": alert.story_version,
        "also_reported_by": list(alert.also_reported_by),
        "matched_at": _iso(alert.matched_at),
        "page": alert_page(public_url, alert.alert_id) or None,
    }


def message_object(message: Outgoing, public_url: str = "") -> dict[str, Any]:
    """The whole message (an alert or a digest) as the documented object."""
    head: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "kind": message.kind,
        "id": message.id,
        "rule": message.rule,
    }
    if message.kind == "alert":
        alert = message.alerts[0]
        return head | {
            "rules_version": alert.rules_version,
            "alert": alert_object(alert, public_url),
        }
    since = datetime.fromtimestamp(message.since, UTC) if message.since is not None else None
    return head | {
        "since": _iso(since),
        "count": len(message.alerts),
        "alerts": [alert_object(a, public_url) for a in message.alerts],
    }


def _iso(when: datetime | None) -> str | None:
    return None if when is None else when.isoformat()
