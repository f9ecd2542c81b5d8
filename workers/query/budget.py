"""A cooperative time budget for matching one article: checked between rules and terms.

Measured in CPU time of the matching thread, so a busy machine does not fail an article
that only waited for a core.
"""

from __future__ import annotations

import time


class BudgetExceeded(Exception):
    """Matching one article took longer than its budget."""


# The clock is read at the first check and then at every CLOCK_EVERY-th: reading a thread's
# CPU time is a system call (about 430 ns here, where a check is made per candidate rule and
# per term, hundreds of times an article at 225,000 rules); the steps between checks are
# small, so a budget is overrun by at most that many of them.
CLOCK_EVERY = 16


class Deadline:
    """``check()`` raises BudgetExceeded once this thread has used ``seconds`` of CPU since."""

    __slots__ = ("_until_clock", "at", "seconds")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.at = None if seconds is None else time.thread_time() + seconds
        self._until_clock = 1  # checks until the clock is read again

    def check(self) -> None:
        if self.at is None:
            return
        self._until_clock -= 1
        if self._until_clock:
            return
        self._until_clock = CLOCK_EVERY
        if time.thread_time() >= self.at:
            raise BudgetExceeded(f"matching took longer than its budget of {self.seconds:g}s CPU")


NO_DEADLINE = Deadline(None)
