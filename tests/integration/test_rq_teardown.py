"""A worker's teardown never waits on its command listener (RQ's pubsub thread)."""

from __future__ import annotations

import threading
import time

from services.core.queues import alerts_queue, make_worker

HANG_GUARD_SECONDS = 10  # far above the listener's bound, far below RQ's 60 s wait


def test_teardown_returns_when_the_listener_saw_the_unsubscribe_before_its_stop(redis):
    worker = make_worker(redis, alerts_queue(redis), "teardown-test")
    worker.subscribe()
    # The interleaving that hung a burst run 60 s: the listener handles the unsubscribe reply
    # while its stop flag is still set, then waits for a new subscription.
    worker.pubsub.unsubscribe()
    until = time.monotonic() + HANG_GUARD_SECONDS
    while worker.pubsub.subscribed and time.monotonic() < until:
        time.sleep(0.01)
    assert not worker.pubsub.subscribed
    unsubscribing = threading.Thread(target=worker.unsubscribe, daemon=True)
    unsubscribing.start()
    unsubscribing.join(HANG_GUARD_SECONDS)
    assert not unsubscribing.is_alive()
    assert not worker.pubsub_thread.is_alive()
