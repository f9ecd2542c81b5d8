"""Cleaning benchmark: article-body F1 on text drops and HTML pages against "no cleaning".

Data: ../shared/bench/textdrops (see its README). Metric, exactly as the README defines it:
token bags (``\\w+``, case-folded), multiset overlap, precision and recall averaged over pages,
F1 from the averaged precision and recall; an empty output is an empty page.

The HTML rows of ../shared/bench/cleaning-dev (unseen-page set) are in ``bench_cleaning_dev``.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks import bench_cleaning_dev
from benchmarks.harness import Row
from workers.cleaning import clean_html, clean_text_drop, html_to_paragraphs

_TOKEN = re.compile(r"\w+")
_QUICK_PAGES = 20


@dataclass(frozen=True)
class Score:
    """Averaged precision and recall, their F1, and the median time per page."""

    precision: float
    recall: float
    median_ms: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def data_dir() -> Path:
    """The benchmark folder beside the repository, else the shared copy on this machine."""
    beside = Path(__file__).resolve().parents[1] / ".." / "shared" / "bench" / "textdrops"
    return beside if beside.is_dir() else Path("/work/shared/bench/textdrops")


def token_bag(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.casefold()))


def page_precision_recall(predicted: str, reference: str) -> tuple[float, float]:
    """Multiset token overlap over predicted (precision) and reference (recall) sizes."""
    got, want = token_bag(predicted), token_bag(reference)
    overlap = sum((got & want).values())
    precision = overlap / sum(got.values()) if got else 0.0
    recall = overlap / sum(want.values()) if want else 0.0
    return precision, recall


def evaluate(pages: list[tuple[str, str]], clean: Callable[[str], str]) -> Score:
    """Run ``clean`` over (input, reference) pairs, timing each call."""
    precisions, recalls, millis = [], [], []
    for page, reference in pages:
        started = time.perf_counter()
        output = clean(page)
        millis.append((time.perf_counter() - started) * 1000)
        p, r = page_precision_recall(output, reference)
        precisions.append(p)
        recalls.append(r)
    return Score(statistics.fmean(precisions), statistics.fmean(recalls), statistics.median(millis))


def load(quick: bool) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(text drop, reference) and (html, reference) pairs, a spread-out subset when quick."""
    root = data_dir()
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    if quick:
        ids = ids[:: max(1, len(ids) // _QUICK_PAGES)][:_QUICK_PAGES]
    texts = [((root / "text" / f"{i}.txt").read_text(encoding="utf-8"), truth[i]["articleBody"])
             for i in ids]  # fmt: skip
    htmls = [(gzip.decompress((root / "html" / f"{i}.html.gz").read_bytes()).decode("utf-8",
              "replace"), truth[i]["articleBody"]) for i in ids]  # fmt: skip
    return texts, htmls


def run(quick: bool) -> list[Row]:
    """Rows for text drops (P, R, F1, ms) and HTML (F1, ms), each beside "no cleaning"."""
    texts, htmls = load(quick)
    # Warm-up: the language model and trafilatura load lazily; keep that out of the timings.
    clean_text_drop(texts[0][0])
    clean_html(htmls[0][0])
    text_base = evaluate(texts, lambda t: " ".join(t.split()))
    text_ours = evaluate(texts, lambda t: clean_text_drop(t).body)
    html_base = evaluate(htmls, lambda h: "\n".join(html_to_paragraphs(h)))
    html_ours = evaluate(htmls, lambda h: clean_html(h).body)
    note = f"{len(texts)} pages; baseline: whole page text"
    return [
        *bench_cleaning_dev.run(quick),
        Row("cleaning", "text drop precision", text_ours.precision, text_base.precision, "",
            note=note),
        Row("cleaning", "text drop recall", text_ours.recall, text_base.recall, ""),
        Row("cleaning", "text drop F1", text_ours.f1, text_base.f1, "", target=">= 0.90"),
        Row("cleaning", "text drop median time", text_ours.median_ms, text_base.median_ms,
            "ms/page", target="<= 30"),
        Row("cleaning", "HTML F1", html_ours.f1, html_base.f1, "", target=">= 0.95"),
        Row("cleaning", "HTML median time", html_ours.median_ms, html_base.median_ms, "ms/page",
            target="<= 30"),
    ]  # fmt: skip


if __name__ == "__main__":
    from benchmarks.harness import format_table

    print(format_table(run(quick=False)))
