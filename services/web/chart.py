"""The overview's chart: the last day's hourly counters as polylines of a small SVG.

Only numbers reach the SVG (coordinates, counts, hours), so nothing in it is input-derived.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from services.core.counters import HourCounts

WIDTH, HEIGHT = 720, 180
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 12, 28
SERIES = (
    ("articles_in", "articles in"),
    ("processed", "processed"),
    ("matched", "matched"),
    ("alerts_sent", "alerts sent"),
)


@dataclass(frozen=True)
class Line:
    name: str
    label: str
    points: str
    total: int


@dataclass(frozen=True)
class Tick:
    x: float
    label: str
    anchor: str = "middle"


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: int
    top: int
    bottom: float
    right: float
    peak: int
    lines: list[Line]
    ticks: list[Tick]


def count(hour: HourCounts, name: str) -> int:
    value: int = getattr(hour, name)
    return value


def build_chart(hours: list[HourCounts]) -> Chart:
    """One line per counter over `hours` (oldest first), scaled to the highest count."""
    peak = max([1, *(count(h, name) for h in hours for name, _ in SERIES)])
    span_x = WIDTH - LEFT - RIGHT
    span_y = HEIGHT - TOP - BOTTOM
    step = span_x / max(len(hours) - 1, 1)

    def x(i: int) -> float:
        return round(LEFT + i * step, 1)

    def y(value: int) -> float:
        return round(TOP + span_y - value / peak * span_y, 1)

    lines = [
        Line(
            name=name,
            label=label,
            points=" ".join(f"{x(i)},{y(count(h, name))}" for i, h in enumerate(hours)),
            total=sum(count(h, name) for h in hours),
        )
        for name, label in SERIES
    ]
    ticks = [
        Tick(
            x(i),
            time.strftime("%H:00", time.gmtime(h.hour)),
            "end" if i == len(hours) - 1 else "middle",
        )
        for i, h in enumerate(hours)
        if i % 6 == len(hours) % 6 or i == len(hours) - 1
    ]
    return Chart(WIDTH, HEIGHT, LEFT, TOP, HEIGHT - BOTTOM, WIDTH - RIGHT, peak, lines, ticks)
