"""Sending a rule's held alerts as one digest, once, when it is due.

The job `send_digest(rule_key, due)` runs in three restart-safe steps:

1. take: if the rule's due time is still `due`, atomically (one Lua script) drop it from the
   schedule and rename the pending set to a batch key named by (rule, due);
2. store: build the digest message from the batch and, in one MULTI, store it, record its
   id under (rule, due) and delete the batch;
3. deliver it to each target (per-target status, retries and parking as for any alert),
   record each alert's `queued` decision in the alert history and write it to the alert log.

Alerts muted since they were held are left out at step 2 (and recorded `muted`).

A crash between steps re-runs the job (RQ Retry) and it resumes from the step it reached;
alerts held meanwhile start a new pending set with their own due time. Quiet hours are
checked again when the digest is due: a digest due inside them waits for their end.
"""

from __future__ import annotations

import hashlib
import logging
import math
from typing import Any

from services.core import keys
from services.core.models import AlertMessage
from services.history import mutes
from services.notifier.alert_log import LOG_TARGET_ID
from services.notifier.channels import select
from services.notifier.context import NotifierContext
from services.notifier.delivery import deliver_all
from services.notifier.holding import DigestMeta, schedule_digest
from services.notifier.outbox import Outgoing, load, save
from services.notifier.policy import quiet_until
from services.notifier.recording import decided, to_alert_log

log = logging.getLogger(__name__)

META_FIELD = "_meta"
REF_TTL_SECONDS = 7 * 24 * 3600
_TAKE = """
local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if (not score) or tonumber(score) ~= tonumber(ARGV[2]) then return 0 end
redis.call('ZREM', KEYS[1], ARGV[1])
if redis.call('EXISTS', KEYS[2]) == 0 then return 0 end
redis.call('RENAME', KEYS[2], KEYS[3])
redis.call('HSET', KEYS[3], ARGV[3], redis.call('GET', KEYS[4]) or '')
return 1
"""


def send_digest(ctx: NotifierContext, key: str, due: int) -> dict[str, int]:
    redis = ctx.redis
    if ctx.clock() < due - 1:  # promoted early: wait for the due time
        schedule_digest(redis, key, due)
        return {}
    if _deferred_by_quiet_hours(ctx, key, due):
        return {}
    _take(redis, key, due)
    _store(ctx, key, due)
    ref = redis.get(keys.digest_ref(key, due))
    message = load(redis, ref.decode()) if ref else None
    if message is None:
        return {}
    targets = select(ctx.channels.current(), message.notify)
    log.info(
        "digest %r: %d match(es) to %d target(s)", message.rule, len(message.alerts), len(targets)
    )
    result = deliver_all(ctx, message, targets)
    # The digest's own alert-log mark: a re-run of this job records its decision only once.
    if not redis.exists(keys.delivered(message.id, LOG_TARGET_ID)):
        why = f"in digest {message.id} of {len(message.alerts)} match(es)"
        decided(ctx, message.alerts, "queued", why)
    to_alert_log(ctx, message.alerts, only_channel=False)
    redis.set(keys.delivered(message.id, LOG_TARGET_ID), 1, ex=keys.DELIVERED_TTL_SECONDS)
    return result


def _deferred_by_quiet_hours(ctx: NotifierContext, key: str, due: int) -> bool:
    redis = ctx.redis
    raw = redis.get(keys.pending_digest_meta(key))
    score = redis.zscore(keys.DIGESTS_DUE, key)
    if raw is None or score is None or int(score) != due:
        return False
    meta = DigestMeta.model_validate_json(raw)
    end = quiet_until(meta.policy.quiet_hours, ctx.clock())
    if end is None:
        return False
    later = math.ceil(end)
    redis.zadd(keys.DIGESTS_DUE, {key: later}, xx=True)
    schedule_digest(redis, key, later)
    return True


def _take(redis: Any, key: str, due: int) -> None:
    redis.eval(
        _TAKE,
        4,
        keys.DIGESTS_DUE,
        keys.pending_digest(key),
        keys.digest_batch(key, due),
        keys.pending_digest_meta(key),
        key,
        due,
        META_FIELD,
    )


def _store(ctx: NotifierContext, key: str, due: int) -> None:
    redis = ctx.redis
    batch = keys.digest_batch(key, due)
    raw: dict[bytes, bytes] = redis.hgetall(batch)
    meta_raw = raw.pop(META_FIELD.encode(), b"")
    if not raw or not meta_raw:
        return
    meta = DigestMeta.model_validate_json(meta_raw)
    alerts = _unmuted(
        ctx, sorted((AlertMessage.model_validate_json(v) for v in raw.values()), key=_matched)
    )
    if not alerts:
        redis.delete(batch)
        return
    content = "\x00".join(sorted(a.alert_id for a in alerts))
    message = Outgoing(
        id=f"digest-{key}-{due}-{hashlib.sha256(content.encode()).hexdigest()[:8]}",
        kind="digest",
        rule=meta.rule,
        notify=meta.notify,
        template=meta.policy.template,
        alerts=alerts,
        since=alerts[0].matched_at.timestamp(),
    )
    save(redis, message)
    pipe = redis.pipeline(transaction=True)
    pipe.set(keys.digest_ref(key, due), message.id, ex=REF_TTL_SECONDS)
    pipe.delete(batch)
    pipe.execute()


def _matched(alert: AlertMessage) -> float:
    return alert.matched_at.timestamp()


def _unmuted(ctx: NotifierContext, alerts: list[AlertMessage]) -> list[AlertMessage]:
    """The held alerts still wanted; those muted since they were held are recorded so."""
    pipe = ctx.redis.pipeline(transaction=False)
    for alert in alerts:
        pipe.exists(mutes.mute_key(alert.rule, alert.story_id))
    flags = pipe.execute()
    muted = [a for a, flag in zip(alerts, flags, strict=True) if flag]
    if muted:
        decided(ctx, muted, "muted", "muted while held for the digest")
    return [a for a, flag in zip(alerts, flags, strict=True) if not flag]
