"""How many messages a delivery policy would have sent for a backtest's alert times."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from services.core.models import DeliveryPolicy
from services.history.estimate import estimate_delivery

DAY = datetime(2026, 11, 3, tzinfo=UTC).timestamp()
HOUR = 3600.0


def at(*hours: float) -> list[float]:
    return [DAY + h * HOUR for h in hours]


@pytest.mark.parametrize(
    ("policy", "times", "sent_now", "digests"),
    [
        (DeliveryPolicy(), at(1, 2, 3), 3, 0),
        (DeliveryPolicy(mode="digest", digest_every=HOUR), at(1.1, 1.2, 2.5), 0, 2),
        (DeliveryPolicy(mode="digest", digest_cron="0 8 * * *"), at(1, 5, 7), 0, 1),
        (DeliveryPolicy(min_interval=HOUR), at(1, 1.2, 1.5, 3), 2, 1),
        (DeliveryPolicy(max_per_hour=2), at(1.1, 1.2, 1.3, 1.4, 2.1), 3, 1),
        (
            DeliveryPolicy.model_validate({"quiet_hours": {"start": "00:00", "end": "06:00"}}),
            at(1, 2, 7),
            1,
            1,
        ),
    ],
    ids=["immediate", "digest-every", "digest-cron", "min-interval", "max-per-hour", "quiet"],
)
def test_policy_replay(policy, times, sent_now, digests):
    estimate = estimate_delivery(policy, times)
    assert (estimate.alerts, estimate.sent_now, estimate.digests) == (len(times), sent_now, digests)
    assert estimate.messages == sent_now + digests


def test_no_alerts_no_messages():
    assert estimate_delivery(DeliveryPolicy(), []).messages == 0
