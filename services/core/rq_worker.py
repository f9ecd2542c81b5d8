"""Our RQ worker: in-process jobs, JSON only, and a shutdown that can never drop a job.

RQ's warm shutdown raises StopRequested from the signal handler whenever the worker is not
marked busy, which can land just after a job was dequeued and strand it. Here a stop request
only sets a flag; the worker blocks on the queue for at most a second at a time, so it still
stops promptly, and always between jobs.
"""

from __future__ import annotations

import signal
from typing import Any

from rq import SimpleWorker
from rq.utils import now

# Longest a worker waits on an empty queue before re-checking for a stop request.
STOP_CHECK_SECONDS = 1


class GracefulWorker(SimpleWorker):
    """SimpleWorker whose first SIGINT/SIGTERM finishes the current job and then exits."""

    def request_stop(self, signum: int, frame: Any) -> None:
        self._shutdown_requested_date = now()
        # A second signal is still RQ's cold shutdown.
        signal.signal(signal.SIGINT, self.request_force_stop)
        signal.signal(signal.SIGTERM, self.request_force_stop)
        self._stop_requested = True
        self.log.info("Worker %s: stopping after the current job", self.name)

    def dequeue_job_and_maintain_ttl(
        self, timeout: int | None, max_idle_time: int | None = None
    ) -> Any:
        if timeout is None:  # burst mode: non-blocking already
            return super().dequeue_job_and_maintain_ttl(timeout, max_idle_time)
        while not self._stop_requested:
            result = super().dequeue_job_and_maintain_ttl(STOP_CHECK_SECONDS, STOP_CHECK_SECONDS)
            if result is not None:
                return result
        return None
