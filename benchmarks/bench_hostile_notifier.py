"""Hostile rule templates: what one template bomb costs the notifier before it falls back.

Each case is a rule template from one family of template bombs (huge ranges, nested loops
with and without output, recursion, repetition, powers, huge joins and formats, include
cycles, errors). The figure is the time to render the alert with that template (compiling
it, then ending in the default message), beside rendering the default template in the same
run; the note is the peak memory of a fresh process rendering that case once
(`python -m benchmarks.bench_hostile_notifier CASE`). The time limit
(NEWSWATCH_TEMPLATE_RENDER_SECONDS, 2 s) bounds the slowest family.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Row
from services.core.models import AlertMessage
from services.notifier.outbox import Outgoing
from services.notifier.render import Renderer

BIG = "{% set s = 'a' * 90000 %}"
BOMBS: dict[str, str] = {
    "range(10**9)": "{% for i in range(10**9) %}x{% endfor %}",
    "nested ranges, silent": "{% for i in range(100000) %}{% for j in range(100000) %}"
    "{% endfor %}{% endfor %}",
    "9 nested loops, silent": "{% set l = [1,2,3,4,5,6,7,8,9,10] %}"
    + "{% for x in l %}" * 9
    + "{% endfor %}" * 9,
    "nested loops with output": "{% for i in range(1000) %}{% for j in range(1000) %}"
    "{{ i }}{{ j }}{% endfor %}{% endfor %}",
    "recursive macro": "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    "fanning-out macro, silent": "{% macro f(n) %}{% if n < 60 %}{% set a = f(n + 1) %}"
    "{% set b = f(n + 1) %}{% endif %}{% endmacro %}{{ f(0) }}",
    "'a' * 10**9": "{{ 'a' * 10**9 }}",
    "10 ** (10 ** 10)": "{{ 10 ** (10 ** 10) }}",
    "doubling with ~": "{% set ns = namespace(s='ab') %}{% for i in range(64) %}"
    "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}",
    "huge join": "{{ range(100000)|join('x' * 90000) }}",
    "huge format width": "{{ '{:>1000000000}'.format(1) }}",
    "format repeating an argument": BIG + "{{ ('{0}' * 20000).format(s) }}",
    "output flood": BIG + "{% for i in range(100000) %}{{ s }}{% endfor %}",
    "captured output flood": BIG + "{% set x %}{% for i in range(100000) %}{{ s }}"
    "{% endfor %}{% endset %}{{ x|length }}",
    "include cycle": "{% include 'hostile.txt.j2' %}{% include 'hostile.txt.j2' %}",
    "undefined attribute": "{{ alert.nope.deeper }}",
    "syntax error": "{% for %}",
}
QUICK = ("range(10**9)", "9 nested loops, silent", "recursive macro", "'a' * 10**9", "huge join")
DEFAULT_REPEAT = 50


def alert(template: str | None) -> Outgoing:
    delivery = {"template": template} if template else {}
    return Outgoing.single(
        AlertMessage(
            alert_id="a-1",
            rule="bench",
            rules_version="v1",
            article_id="x",
            story_id="s",
            title="Lavrov speaks on terrorism",
            source="tass.com",
            url="https://tass.com/1",
            matched_terms=["Lavrov"],
            snippet="«Lavrov» said the fight against terrorism must go on.",
            delivery=delivery,
        )
    )


def renderer_for(folder: Path, case: str) -> Renderer:
    (folder / "hostile.txt.j2").write_text(BOMBS[case], encoding="utf-8")
    return Renderer(folder, report=lambda name, reason: None)


def render_seconds(case: str) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        renderer = renderer_for(Path(tmp), case)
        started = time.perf_counter()
        rendered = renderer.render(alert("hostile"), "text")
        elapsed = time.perf_counter() - started
    assert "Rule: bench" in rendered.body, f"{case}: the default message was not used"
    return elapsed


def default_seconds() -> float:
    renderer = Renderer(None)
    timings = []
    for _ in range(DEFAULT_REPEAT):
        started = time.perf_counter()
        renderer.render(alert(None), "text")
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def peak_mb(case: str | None) -> float:
    """Peak memory of a fresh process rendering `case` once (None: the default template)."""
    args = [sys.executable, "-m", __name__, *([case] if case else [])]
    done = subprocess.run(args, capture_output=True, text=True, timeout=120, check=True)
    return float(done.stdout.strip())


def run(quick: bool) -> list[Row]:
    baseline = default_seconds()
    baseline_mb = peak_mb(None)
    rows = []
    for case in QUICK if quick else tuple(BOMBS):
        rows.append(
            Row(
                stage="hostile",
                metric=f"template bomb: {case}",
                value=render_seconds(case) * 1000,
                baseline=baseline * 1000,
                unit="ms",
                target="within the 2 s render limit; default message sent",
                note=f"peak {peak_mb(case):.0f} MB (default template: {baseline_mb:.0f} MB)",
            )
        )
    return rows


def _render_once(case: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        renderer = renderer_for(Path(tmp), case) if case else Renderer(None)
        renderer.render(alert("hostile" if case else None), "text")
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


if __name__ == "__main__":
    _render_once(sys.argv[1] if len(sys.argv) > 1 else None)
