"""A cooperative time budget for matching one article: checked between rules and terms."""

from __future__ import annotations

import time


class BudgetExceeded(Exception):
    """Matching one article took longer than its budget."""


class Deadline:
    """``check()`` raises BudgetExceeded once ``seconds`` have passed since creation."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.at = None if seconds is None else time.monotonic() + seconds

    def check(self) -> None:
        if self.at is not None and time.monotonic() >= self.at:
            raise BudgetExceeded(f"matching took longer than its budget of {self.seconds:g}s")


NO_DEADLINE = Deadline(None)
