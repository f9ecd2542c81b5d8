"""Durations as users write them in YAML: seconds, or `90s`, `15m`, `2h`, `1d`."""

from __future__ import annotations

import math
import re

DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$")
UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(value: object) -> float:
    """Seconds from a number or a string like `90s`, `15m`, `2h`, `1d`."""
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    if isinstance(value, str) and (match := DURATION.match(value)):
        return float(match.group(1)) * UNIT_SECONDS[match.group(2) or "s"]
    raise ValueError("expected seconds or a duration like 90s, 15m, 2h, 1d")
