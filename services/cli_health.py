"""`newswatch health [--role ROLE]`: exit 0 when this host's process of that role is alive.

Made for container healthchecks (docker compose runs it inside each service's container):
- every role: Redis answers;
- `worker` / `notifier` (RQ workers): RQ lists a live worker of that role registered from this
  host (RQ's worker key carries the hostname and expires when heartbeats stop) whose last
  heartbeat is recent;
- `poller`: when loops of a poller on this host have written heartbeats (`nw:heartbeats`), the
  newest is recent; with none written yet, Redis answering is all that can be checked;
- `web` (the console): its `/healthz` answers 200 on NEWSWATCH_WEB_ADDRESS.
"""

from __future__ import annotations

import argparse
import socket
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from services.core.loops import read_heartbeats
from services.core.queues import ARTICLE_JOB_TIMEOUT_SECONDS, connect, ping
from services.core.settings import Settings

ROLES = ("poller", "worker", "notifier", "web")
RQ_ROLES = ("worker", "notifier")
# An RQ worker running one job beats only when the job starts (RQ then gives its key the job
# timeout + 60 s to live): a heartbeat within that long is recent.
DEFAULT_MAX_AGE_SECONDS = float(ARTICLE_JOB_TIMEOUT_SECONDS + 60)
WEB_TIMEOUT_SECONDS = 5.0
EXIT_HEALTHY = 0
EXIT_UNHEALTHY = 1


@dataclass(frozen=True)
class Verdict:
    """The answer of one health check, with one line saying why."""

    healthy: bool
    reason: str


def rq_worker_verdict(
    redis: Any, role: str, host: str, max_age: float, now: datetime | None = None
) -> Verdict:
    """Healthy when a live RQ worker named for `role` registered from `host` beat recently."""
    from rq import Worker

    moment = now or datetime.now(UTC)
    ages = [
        (moment - worker.last_heartbeat).total_seconds()
        for worker in Worker.all(connection=redis)
        if worker.hostname == host
        and worker.name.startswith(f"{role}-")
        and worker.last_heartbeat is not None
    ]
    if not ages:
        return Verdict(False, f"no {role} registered from {host}")
    return _recent(f"{role} on {host}", min(ages), max_age)


def loop_verdict(
    beats: dict[str, float], role: str, host: str, max_age: float, now: float | None = None
) -> Verdict:
    """Healthy when this host's loops of `role` beat recently, or when none has beaten yet."""
    mine = [at for field, at in beats.items() if field.startswith(f"{role}@{host}:")]
    if not mine:
        return Verdict(True, f"Redis answers; no {role} loop heartbeat from {host} yet")
    age = (now if now is not None else time.time()) - max(mine)
    return _recent(f"{role} loops on {host}", age, max_age)


def _recent(what: str, age: float, max_age: float) -> Verdict:
    return Verdict(age <= max_age, f"{what}: last heartbeat {age:.0f}s ago")


def web_verdict(address: str, timeout: float = WEB_TIMEOUT_SECONDS) -> Verdict:
    """Healthy when the console at `address` (host:port) answers `/healthz` with 200."""
    import urllib.error
    import urllib.request

    from services.web.server import console_url

    url = console_url(address) + "healthz"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (http URL we built)
            return Verdict(response.status == 200, f"console answers {response.status}")
    except (urllib.error.URLError, OSError) as exc:
        return Verdict(False, f"console does not answer: {type(exc).__name__}")


def check(
    redis: Any, role: str | None, host: str, max_age: float, web_address: str = ""
) -> Verdict:
    """The verdict for `role` on `host` (None: Redis reachability only)."""
    ping(redis)
    if role == "web":
        return web_verdict(web_address)
    if role in RQ_ROLES:
        return rq_worker_verdict(redis, role, host, max_age)
    if role == "poller":
        return loop_verdict(read_heartbeats(redis), role, host, max_age)
    return Verdict(True, "Redis answers")


def _cmd_health(settings: Settings, args: argparse.Namespace) -> int:
    from services.core.errors import NewswatchError
    from services.core.failures import STORE_ERRORS, describe

    unhealthy: tuple[type[BaseException], ...] = (NewswatchError, *STORE_ERRORS)
    try:
        redis = connect(settings.client_redis_url())
        verdict = check(
            redis, args.check_role, socket.gethostname(), args.max_age, settings.web_address
        )
    except unhealthy as exc:
        verdict = Verdict(False, describe(exc))
    print(f"{'healthy' if verdict.healthy else 'unhealthy'}: {verdict.reason}")
    return EXIT_HEALTHY if verdict.healthy else EXIT_UNHEALTHY


def register(sub: Any) -> None:
    health = sub.add_parser("health", help="exit 0 if Redis answers and this host's role is alive")
    health.add_argument("--role", dest="check_role", choices=ROLES, help="process to check")
    health.add_argument(
        "--max-age",
        type=float,
        default=DEFAULT_MAX_AGE_SECONDS,
        help="seconds a heartbeat stays recent (default: %(default)s)",
    )
    health.set_defaults(handler=_cmd_health, role="health")
