"""Per-target delivery lanes in Redis: what each target still has to get, durably.

A delivery job only writes here (the message and, per target, its id due now) and ends; each
target's sender takes due ids one at a time. Per target:

    nw:lane:{t}           sorted set  message id -> epoch s it is due (ZADD NX: a re-run or
                                      duplicate copy of a job adds nothing)
    nw:lane-inflight:{t}  hash        ids taken by the sender and not yet settled; put back
                                      on the lane by the next holder of the lease (a sender
                                      killed mid-send is recovered, not lost)
    nw:lane-attempts:{t}  hash        id -> the number its next attempt will have
    nw:lane-lease:{t}     string      the token of the one process sending to t (expires
                                      LANE_LEASE_MS after its holder stops renewing it)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from services.core import keys
from services.notifier import outbox
from services.notifier.outbox import Outgoing

_CLAIM = """
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, 1)
if #ids == 0 then return false end
redis.call('ZREM', KEYS[1], ids[1])
local attempt = redis.call('HGET', KEYS[3], ids[1]) or '1'
redis.call('HSET', KEYS[2], ids[1], attempt)
return {ids[1], attempt}
"""
_RECOVER = """
local taken = redis.call('HKEYS', KEYS[2])
for _, id in ipairs(taken) do redis.call('ZADD', KEYS[1], ARGV[1], id) end
if #taken > 0 then redis.call('DEL', KEYS[2]) end
return #taken
"""
_LEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 2 end
return 0
"""
_RENEW = (
    "if redis.call('GET', KEYS[1]) == ARGV[1] then "
    "return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0"
)
_RELEASE = (
    "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"
)

NOT_HELD, RENEWED, ACQUIRED = 0, 1, 2


def enqueue(
    redis: Any, message: Outgoing, target_ids: Sequence[str], now: float, *, restart: bool = False
) -> None:
    """Store the message and make it due now for each target, in one transaction.
    `restart` starts its attempts again from 1 (an operator's retry of a parked delivery)."""
    pipe = redis.pipeline(transaction=True)
    outbox.save(pipe, message)
    for target_id in target_ids:
        if restart:
            pipe.hdel(keys.lane_attempts(target_id), message.id)
        pipe.zadd(keys.lane(target_id), {message.id: now}, nx=True)
    pipe.execute()


def claim(redis: Any, target_id: str, now: float) -> tuple[str, int] | None:
    """Take the earliest due message id (and its attempt number), or None."""
    taken = redis.eval(
        _CLAIM,
        3,
        keys.lane(target_id),
        keys.lane_inflight(target_id),
        keys.lane_attempts(target_id),
        f"{now:.3f}",
    )
    if not taken:
        return None
    return taken[0].decode(), int(taken[1])


def settle(pipe: Any, target_id: str, message_id: str) -> None:
    """Forget a taken id for good (sent, parked or dropped); works on a pipeline."""
    pipe.hdel(keys.lane_inflight(target_id), message_id)
    pipe.hdel(keys.lane_attempts(target_id), message_id)


def reschedule(redis: Any, target_id: str, message_id: str, due: float, attempt: int) -> None:
    """Put a taken id back on the lane, due at `due`, as attempt `attempt`."""
    pipe = redis.pipeline(transaction=True)
    pipe.hdel(keys.lane_inflight(target_id), message_id)
    pipe.hset(keys.lane_attempts(target_id), message_id, attempt)
    pipe.zadd(keys.lane(target_id), {message_id: due})
    pipe.execute()


def recover(redis: Any, target_id: str, now: float) -> int:
    """Put every taken-but-unsettled id back on the lane, due now; how many."""
    args = (keys.lane(target_id), keys.lane_inflight(target_id), f"{now:.3f}")
    return int(redis.eval(_RECOVER, 2, *args))


def hold_lease(redis: Any, target_id: str, token: str) -> int:
    """Renew our lease on the target, or take it if free: NOT_HELD, RENEWED or ACQUIRED."""
    return int(redis.eval(_LEASE, 1, keys.lane_lease(target_id), token, keys.LANE_LEASE_MS))


def renew_lease(redis: Any, target_id: str, token: str) -> bool:
    """Extend our lease if we still hold it (never takes a free one)."""
    return bool(redis.eval(_RENEW, 1, keys.lane_lease(target_id), token, keys.LANE_LEASE_MS))


def release_lease(redis: Any, target_id: str, token: str) -> None:
    redis.eval(_RELEASE, 1, keys.lane_lease(target_id), token)


def waiting(redis: Any, target_id: str) -> int:
    """Messages on the target's lane (due or scheduled for a retry)."""
    return int(redis.zcard(keys.lane(target_id)))


def next_due(redis: Any, target_id: str) -> float | None:
    """When the earliest message on the lane is due (epoch s), or None when it is empty."""
    first = redis.zrange(keys.lane(target_id), 0, 0, withscores=True)
    return float(first[0][1]) if first else None
