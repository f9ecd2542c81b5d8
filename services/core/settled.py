"""Config files edited in place: an edit is taken only once it has settled.

An editor that saves in place truncates the file, then writes it. A look in between sees an
empty or half-written file, which may even be valid (an empty rules, feeds or channels list)
and would then run until the next look: rules that never alert, feeds never polled, alerts
with nowhere to go. So a file is read once no write has touched it for SETTLE_SECONDS, and
what was read is used only if the file did not change while it was read.
"""

from __future__ import annotations

import time
from pathlib import Path

SETTLE_SECONDS = 0.3  # an in-place save (truncate, then write) lands well within this
Signature = tuple[int, int]  # (mtime in ns, size): changes whenever the file is written


def signature(path: Path) -> Signature:
    """The file's signature now; OSError if it cannot be looked at."""
    st = path.stat()
    return st.st_mtime_ns, st.st_size


def settle_wait(seen: Signature) -> float:
    """Seconds until a file last written as ``seen`` has settled (0: it has; a mtime in the
    future, from another clock, waits the full time once)."""
    age = time.time() - seen[0] / 1e9
    return 0.0 if age >= SETTLE_SECONDS else min(SETTLE_SECONDS, SETTLE_SECONDS - age)


def unchanged(path: Path, seen: Signature) -> bool:
    """True if ``path`` still has the signature ``seen`` (False if it is gone)."""
    try:
        return signature(path) == seen
    except OSError:
        return False
