"""Wrong console tokens are rate-limited per client address, so the token cannot be guessed.

After ``MAX_FAILURES`` wrong tokens from one address within ``WINDOW_SECONDS``, that address
is refused (429, with Retry-After) until its oldest failure is out of the window; the right
token does not get through meanwhile either, so a guess cannot be confirmed. Memory is
bounded: at most ``MAX_ADDRESSES`` addresses are remembered (the stalest are forgotten).
Behind a reverse proxy every browser shares the proxy's address: a guesser then locks the
console's actions for everyone for the window, which is the safer failure.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable

MAX_FAILURES = 10
WINDOW_SECONDS = 300.0
MAX_ADDRESSES = 10_000


class TokenThrottle:
    """Counts wrong tokens per address; says how long an address must wait (0: go on)."""

    def __init__(
        self,
        max_failures: int = MAX_FAILURES,
        window: float = WINDOW_SECONDS,
        max_addresses: int = MAX_ADDRESSES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_failures = max_failures
        self.window = window
        self.max_addresses = max_addresses
        self._clock = clock
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def wait_seconds(self, address: str) -> int:
        """Whole seconds ``address`` must wait before a token is checked again (0: none)."""
        with self._lock:
            failures = self._recent(address)
            if failures is None or len(failures) < self.max_failures:
                return 0
            return max(1, math.ceil(failures[0] + self.window - self._clock()))

    def failed(self, address: str) -> None:
        """Record a wrong token from ``address``."""
        with self._lock:
            failures = self._recent(address)
            if failures is None:
                failures = self._failures[address] = deque(maxlen=self.max_failures)
                while len(self._failures) > self.max_addresses:
                    self._failures.popitem(last=False)
            failures.append(self._clock())
            self._failures.move_to_end(address)

    def succeeded(self, address: str) -> None:
        """The right token from ``address``: its count starts again."""
        with self._lock:
            self._failures.pop(address, None)

    def _recent(self, address: str) -> deque[float] | None:
        failures = self._failures.get(address)
        if failures is None:
            return None
        horizon = self._clock() - self.window
        while failures and failures[0] <= horizon:
            failures.popleft()
        if not failures:
            del self._failures[address]
            return None
        return failures
