"""The shared schedule: replicas never poll one feed twice; backoff and recovery; Retry-After."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator

import pytest
import redis as redis_lib

from services.core import keys
from services.poller.feed_poller import FeedPoller
from services.poller.feed_state import MAX_BACKOFF_SECONDS
from services.poller.feeds_config import FeedConfig
from services.poller.fetch import FetchPolicy
from services.poller.intake import Intake
from services.poller.schedule import JITTER_FRACTION, MIN_LEASE_SECONDS, FeedSchedule
from tests.support.http import LocalServer, Recorded, local_server

POLICY = FetchPolicy(
    connect_timeout=2, read_timeout=2, deadline=5, allowed_networks=("127.0.0.0/8",)
)
INTERVAL = 600.0


def rss(n: int) -> bytes:
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>f{n}</title>"
        f"<item><guid>f{n}-1</guid><title>Story {n}</title><description>x</description></item>"
        "</channel></rss>"
    ).encode()


def slow_feed(n: int):  # type: ignore[no-untyped-def]
    def respond(_: Recorded) -> tuple[int, dict[str, str], bytes]:
        time.sleep(0.02)  # long enough for the two pollers' claims to interleave
        return 200, {"Content-Type": "application/rss+xml"}, rss(n)

    return respond


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with local_server() as running:
        for n in range(40):
            running.routes[f"/f{n}"] = slow_feed(n)
        yield running


def feeds(server: LocalServer, count: int = 40) -> list[FeedConfig]:
    return [
        FeedConfig(name=f"f{n}", url=server.url(f"/f{n}"), interval=INTERVAL) for n in range(count)
    ]


def poller(redis_url: str, concurrency: int = 4) -> FeedPoller:
    client = redis_lib.Redis.from_url(redis_url)
    return FeedPoller(client, Intake(client, 50, 3600), POLICY, concurrency=concurrency)


def fetched(server: LocalServer) -> Counter[str]:
    return Counter(r.path for r in server.requests)


def run_replicas(replicas: list[FeedPoller], config: list[FeedConfig]) -> list[str]:
    """Both replicas poll what is due at the same moment; the names each one polled."""
    start = threading.Barrier(len(replicas))
    polled: list[str] = []

    def cycle(replica: FeedPoller) -> None:
        start.wait()
        polled.extend(r.feed for r in replica.poll_due(config))

    threads = [threading.Thread(target=cycle, args=(r,)) for r in replicas]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return polled


def make_all_due(redis: redis_lib.Redis) -> None:
    names = [m.decode() for m in redis.zrange(keys.FEEDS_DUE, 0, -1)]
    redis.zadd(keys.FEEDS_DUE, dict.fromkeys(names, 0))


def test_two_replicas_poll_each_feed_once_per_cycle(redis, redis_url, server) -> None:
    config = feeds(server)
    replicas = [poller(redis_url), poller(redis_url)]
    polled = run_replicas(replicas, config)
    assert sorted(polled) == sorted(f.name for f in config)
    assert set(fetched(server).values()) == {1}
    assert len(fetched(server)) == 40
    assert redis.llen("rq:queue:articles") >= 1

    assert run_replicas(replicas, config) == []  # nothing is due yet
    assert len(server.requests) == 40

    make_all_due(redis)
    run_replicas(replicas, config)
    assert set(fetched(server).values()) == {2}


def test_both_replicas_share_the_work(redis, redis_url, server) -> None:
    config = feeds(server)
    a, b = poller(redis_url), poller(redis_url)
    start = threading.Barrier(2)
    mine: dict[str, list[str]] = {"a": [], "b": []}

    def cycle(label: str, replica: FeedPoller) -> None:
        start.wait()
        mine[label] = [r.feed for r in replica.poll_due(config)]

    threads = [threading.Thread(target=cycle, args=p) for p in (("a", a), ("b", b))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert mine["a"] and mine["b"]
    assert not set(mine["a"]) & set(mine["b"])


def test_a_claim_is_exclusive_until_its_lease_runs_out(redis) -> None:
    a, b = FeedSchedule(redis, lease_seconds=0), FeedSchedule(redis, lease_seconds=0)
    a.sync(f"f{n}" for n in range(10))
    now = time.time() + 1
    first, second = a.claim(6, now), b.claim(6, now)
    assert (len(first), len(second)) == (6, 4)
    assert not set(first) & set(second)
    assert a.claim(10, now) == []
    # A replica that died mid-poll never reschedules: the feed comes back after the lease.
    assert sorted(b.claim(10, now + MIN_LEASE_SECONDS + 1)) == sorted(first + second)


def test_sync_adds_new_feeds_due_now_and_drops_removed_ones(redis) -> None:
    schedule = FeedSchedule(redis, lease_seconds=0)
    schedule.sync(["a", "b"])
    schedule.reschedule("a", time.time() + 500)
    FeedSchedule(redis, lease_seconds=0).sync(["a", "c"])
    scores = {m.decode(): s for m, s in redis.zrange(keys.FEEDS_DUE, 0, -1, withscores=True)}
    assert set(scores) == {"a", "c"}
    assert scores["a"] > time.time() + 400  # an existing feed keeps its time
    assert scores["c"] <= time.time()


def test_rescheduling_a_removed_feed_does_not_bring_it_back(redis) -> None:
    schedule = FeedSchedule(redis, lease_seconds=0)
    schedule.sync(["a"])
    FeedSchedule(redis, lease_seconds=0).sync([])
    schedule.reschedule("a", time.time())
    assert schedule.due_at("a") is None


def test_disabled_feeds_are_not_polled(redis, redis_url, server) -> None:
    config = feeds(server, 3)
    config[1] = config[1].model_copy(update={"enabled": False})
    poller(redis_url).poll_due(config)
    assert sorted(fetched(server)) == ["/f0", "/f2"]


def due_in(schedule: FeedSchedule, name: str) -> float:
    due = schedule.due_at(name)
    assert due is not None
    return due - time.time()


def between(value: float, low: float) -> bool:
    return low - 5 <= value <= low * (1 + JITTER_FRACTION) + 5


def test_failing_feed_backs_off_and_returns_to_its_interval_on_success(redis, server) -> None:
    answers = iter([500, 500, 500, 200, 500])
    server.routes["/flaky"] = lambda r: (
        (code := next(answers)),
        {"Content-Type": "application/rss+xml"},
        rss(1) if code == 200 else b"down",
    )
    flaky = FeedConfig(name="flaky", url=server.url("/flaky"), interval=INTERVAL)
    feed_poller = FeedPoller(redis, Intake(redis, 50, 3600), POLICY)
    feed_poller.schedule.sync(["flaky"])
    for expected in (INTERVAL, 2 * INTERVAL, 4 * INTERVAL, INTERVAL, INTERVAL):
        feed_poller.poll(flaky)
        assert between(due_in(feed_poller.schedule, "flaky"), expected)
    state = redis.hgetall(keys.feed_state("flaky"))
    assert state[b"failures"] == b"1"


@pytest.mark.parametrize(
    ("status", "retry_after", "expected"),
    [
        (503, "7200", 7200.0),
        (429, "3000", 3000.0),
        (503, "999999999", MAX_BACKOFF_SECONDS),
        (503, "soon", INTERVAL),
        (500, "7200", INTERVAL),  # Retry-After means something only on 429 and 503
    ],
)
def test_retry_after_is_honoured_up_to_the_cap(
    redis, server, status: int, retry_after: str, expected: float
) -> None:
    server.routes["/busy"] = lambda r: (status, {"Retry-After": retry_after}, b"busy")
    busy = FeedConfig(name="busy", url=server.url("/busy"), interval=INTERVAL)
    feed_poller = FeedPoller(redis, Intake(redis, 50, 3600), POLICY)
    feed_poller.schedule.sync(["busy"])
    feed_poller.poll(busy)
    assert between(due_in(feed_poller.schedule, "busy"), expected)


def test_stop_ends_the_cycle_without_claiming_more(redis, redis_url, server) -> None:
    stop = threading.Event()
    stop.set()
    assert poller(redis_url).poll_due(feeds(server), stop) == []
    assert server.requests == []
