"""A cooperative time budget for matching one article: checked between rules and terms.

Measured in CPU time of the matching thread, so a busy machine does not fail an article
that only waited for a core.
"""

from __future__ import annotations

import time


class BudgetExceeded(Exception):
    """Matching one article took longer than its budget."""


class Deadline:
    """``check()`` raises BudgetExceeded once this thread has used ``seconds`` of CPU since."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.at = None if seconds is None else time.thread_time() + seconds

    def check(self) -> None:
        if self.at is not None and time.thread_time() >= self.at:
            raise BudgetExceeded(f"matching took longer than its budget of {self.seconds:g}s CPU")


NO_DEADLINE = Deadline(None)
