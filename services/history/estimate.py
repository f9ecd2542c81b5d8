"""How many messages a rule's delivery policy would have sent for a list of alert times.

Used by ``newswatch backtest``. It replays the notifier's holding rules (notifier.holding)
over the times alerts would have been raised: ``mode: digest`` holds every alert for its
next digest; quiet hours hold until they end; ``min_interval`` holds alerts that come
within the interval of a sent one; ``max_per_hour`` rolls the hour's excess up. Held alerts
with the same due time go out as one digest message. An estimate: the live notifier also
depends on when the notifier ran and on earlier state (gates, hourly counts).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from services.core.models import DeliveryPolicy
from services.notifier.policy import hour_end, hour_of, next_digest, not_quiet, quiet_until


@dataclass(frozen=True)
class DeliveryEstimate:
    """``alerts`` raised; ``sent_now`` of them sent at once; ``digests`` messages holding
    the rest. Messages in all: ``sent_now + digests``."""

    alerts: int
    sent_now: int
    digests: int

    @property
    def messages(self) -> int:
        return self.sent_now + self.digests


def estimate_delivery(policy: DeliveryPolicy, alert_times: Iterable[float]) -> DeliveryEstimate:
    """Replay ``policy`` over the alerts' epoch times (any order)."""
    times = sorted(alert_times)
    digests: set[float] = set()
    sent_now = 0
    gate_until = float("-inf")
    per_hour: dict[int, int] = {}
    for now in times:
        due = _held_until(policy, now, gate_until, per_hour)
        if due is not None:
            digests.add(due)
            continue
        sent_now += 1
        if policy.min_interval:
            gate_until = now + policy.min_interval
    return DeliveryEstimate(len(times), sent_now, len(digests))


def _held_until(
    policy: DeliveryPolicy, now: float, gate_until: float, per_hour: dict[int, int]
) -> float | None:
    if policy.mode == "digest":
        return not_quiet(policy, next_digest(policy, now))
    quiet_end = quiet_until(policy.quiet_hours, now)
    if quiet_end is not None:
        return quiet_end
    if policy.min_interval and now < gate_until:
        return not_quiet(policy, gate_until)
    if policy.max_per_hour:
        hour = hour_of(now)
        per_hour[hour] = per_hour.get(hour, 0) + 1
        if per_hour[hour] > policy.max_per_hour:
            return not_quiet(policy, hour_end(now))
    return None
