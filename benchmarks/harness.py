"""The `make bench` harness: runs each stage's benchmark module and prints one table.

Every benchmark module in this folder exposes ``run(quick: bool) -> list[Row]``. A row holds
a figure measured in this run beside a naive baseline measured in the same process, so the
ratio stays meaningful on a shared, noisy machine.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from dataclasses import dataclass

# Benchmark modules, in pipeline order. Each is imported by name so a missing optional
# dependency in one stage does not hide the others' figures.
MODULES: tuple[str, ...] = (
    "benchmarks.bench_feeds",
    "benchmarks.bench_pipeline",
    "benchmarks.bench_cleaning",
    "benchmarks.bench_rules",
    "benchmarks.bench_stories",
    "benchmarks.bench_alerts",
    "benchmarks.bench_hostile_poller",
    "benchmarks.bench_soak",
    "benchmarks.bench_isolation",
    "benchmarks.bench_hostile_notifier",
    "benchmarks.bench_hostile_worker",
    "benchmarks.bench_feed_text",
    "benchmarks.bench_history",
    "benchmarks.bench_drops",
    "benchmarks.bench_alert_history",
    "benchmarks.bench_console",
    "benchmarks.bench_names",
    "benchmarks.bench_console_rules",
    "benchmarks.bench_console_alerts",
)


@dataclass(frozen=True)
class Row:
    """One measured figure beside its baseline."""

    stage: str
    metric: str
    value: float
    baseline: float | None
    unit: str
    target: str = ""
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0:
            return None
        return self.value / self.baseline


def format_table(rows: list[Row]) -> str:
    """Render rows as a Markdown table (readable in a terminal and pasteable in a note)."""
    header = "| stage | metric | value | baseline | ratio | target | note |"
    lines = [header, "|---|---|---:|---:|---:|---|---|"]
    for r in rows:
        base = "-" if r.baseline is None else f"{r.baseline:,.3f} {r.unit}"
        ratio = "-" if r.ratio is None else f"{r.ratio:.2f}x"
        lines.append(
            f"| {r.stage} | {r.metric} | {r.value:,.3f} {r.unit} | {base} | {ratio} "
            f"| {r.target} | {r.note} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run newswatch benchmarks.")
    parser.add_argument("--quick", action="store_true", help="smaller inputs, for a smoke run")
    parser.add_argument("--only", action="append", default=[], help="module name substring")
    args = parser.parse_args(argv)
    rows: list[Row] = []
    failed = False
    for name in MODULES:
        if args.only and not any(o in name for o in args.only):
            continue
        started = time.perf_counter()
        try:
            module = importlib.import_module(name)
            rows.extend(module.run(quick=args.quick))
        except Exception as exc:  # a broken stage must not hide the other stages' figures
            failed = True
            print(f"{name}: failed: {exc!r}", file=sys.stderr)
        print(f"{name}: {time.perf_counter() - started:.1f}s", file=sys.stderr)
    print(format_table(rows))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
