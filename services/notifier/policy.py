"""When a rule's alerts may go out: pure time arithmetic over a DeliveryPolicy.

The stateful parts (the debounce gate and the hourly count) live in Redis and are applied by
`notifier.holding`; here is only what can be computed from the policy and the clock, so it
is tested without a server.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from services.core.cron import parse_cron
from services.core.models import DeliveryPolicy, QuietHours

DEFAULT_DIGEST_SECONDS = 3600.0
HOUR_SECONDS = 3600


def quiet_until(quiet: QuietHours | None, now: float) -> float | None:
    """When the quiet hours holding `now` end (epoch s), or None when `now` is not quiet.

    A window may cross midnight (22:00-07:00); start == end means no quiet hours.
    """
    if quiet is None or quiet.start == quiet.end:
        return None
    zone = ZoneInfo(quiet.timezone)
    local = datetime.fromtimestamp(now, zone)
    clock = local.time().replace(tzinfo=None)
    if quiet.start < quiet.end:
        inside = quiet.start <= clock < quiet.end
        end_day = local.date()
    else:
        inside = clock >= quiet.start or clock < quiet.end
        end_day = local.date() + timedelta(days=1 if clock >= quiet.start else 0)
    if not inside:
        return None
    return _wall_to_epoch(end_day, quiet.end, zone)


def _wall_to_epoch(day: object, at: time, zone: ZoneInfo) -> float:
    wall = datetime.combine(day, at).replace(tzinfo=zone)  # type: ignore[arg-type]
    return wall.timestamp()


def next_digest(policy: DeliveryPolicy, now: float) -> float:
    """When the digest collecting matches at `now` is due (epoch s).

    `digest_every` is aligned to multiples of the interval since the epoch (1h digests go out
    on the hour, whichever process computes it); `digest_cron` is read in `policy.timezone`.
    """
    if policy.digest_cron:
        cron = parse_cron(policy.digest_cron)
        local = datetime.fromtimestamp(now, ZoneInfo(policy.timezone))
        return cron.next_after(local).timestamp()
    every = policy.digest_every or DEFAULT_DIGEST_SECONDS
    return (math.floor(now / every) + 1) * every


def hour_of(now: float) -> int:
    """The clock hour (hours since the epoch) `max_per_hour` counts in."""
    return int(now // HOUR_SECONDS)


def hour_end(now: float) -> float:
    return float((hour_of(now) + 1) * HOUR_SECONDS)


def not_quiet(policy: DeliveryPolicy, due: float) -> float:
    """`due`, moved to the end of the quiet hours when it falls inside them."""
    end = quiet_until(policy.quiet_hours, due)
    return due if end is None else end


def describe_time(epoch: float, zone: str = "UTC") -> str:
    """A short wall-clock time for messages: `2026-11-03 08:00 UTC`."""
    local = datetime.fromtimestamp(epoch, ZoneInfo(zone) if zone != "UTC" else UTC)
    return f"{local:%Y-%m-%d %H:%M} {zone}"
