"""Text-drop benchmark on unseen-page sets: F1, comments kept, headline accuracy, time.

Data (beside the repository, never inside it; see each folder's README):
- ``../shared/bench/cleaning-dev``: Dragnet pages; the truth's ``articleBody`` holds the headline,
  ``comments`` (210 pages) the page's user comments. Prediction = title + body.
- ``../shared/bench/textdrops``: Zyte pages; ``articleBody`` holds no headline. Prediction = body.

Per page: token bags (``\\w+``, case-folded), multiset overlap, F1 per page, averaged (the mean of
per-page F1 that acceptance uses). Each set is split in two halves by a hash of the page id
(crc32 parity) so a figure tuned on one half can be checked on the other.

Headline proxy (neither set marks headlines): a page's known headline is a text that two sources
agree on. The HTML page's ``og:title``, ``twitter:title``, ``<title>`` (and the longest of its
parts around " | ", " - ", ...) and ``<h1>`` texts are the candidates; on cleaning-dev one of the
first three lines of ``articleBody`` that matches a candidate (token F1 >= 0.8) is the headline,
on textdrops the first ``<h1>`` that matches a meta title or its longest part. Pages where no
pair agrees have no known headline and are left out of the headline row. The stronger check
(``benchmarks.headline_truth``): the headline the HTML page states twice (an on-page heading
agreeing with ``og:title`` / ``twitter:title`` / ``<title>``), on cleaning-dev also opening the
annotated text; the drop's title must match it.

Baselines, measured in the same run: no cleaning (the drop as it is) and jusText (English stop
list) on the lines, each line wrapped as a ``<p>``.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import time
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.harness import Row
from benchmarks.headline_truth import known_headline
from workers.cleaning import clean_text_drop

_TOKEN = re.compile(r"\w+")
_TITLE_PARTS = re.compile(r"\s+[|\-–—:•·»]\s+")
_HEADLINE_F1 = 0.8
_QUICK_PAGES = 40
_SETS = ("cleaning-dev", "textdrops")


@dataclass(frozen=True)
class Page:
    """One drop with its truth; ``headline`` is the proxy headline or None when unknown."""

    page_id: str
    text: str
    body: str
    comments: str | None
    headline: str | None
    title_in_truth: bool  # cleaning-dev truths hold the headline, textdrops truths do not
    stated: str | None = None  # the headline the HTML page states twice (headline_truth)


@dataclass(frozen=True)
class Output:
    """What a method returned for one page (title may be empty), and how long it took."""

    title: str
    body: str
    millis: float
    refused: bool


@dataclass(frozen=True)
class Figures:
    """Mean per-page figures of one method over one set of pages."""

    precision: float
    recall: float
    f1: float
    comments_kept: float | None
    headline: float | None
    median_ms: float
    refusals: int
    pages: int
    stated: float | None = None  # share of titles matching the headline stated twice
    stated_pages: int = 0


def data_root() -> Path:
    """The shared bench folder beside the repository, else this machine's shared copy."""
    beside = Path(__file__).resolve().parents[1] / ".." / "shared" / "bench"
    return beside if beside.is_dir() else Path("/work/shared/bench")


def bag(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.casefold()))


def prf(predicted: Counter[str], truth: Counter[str]) -> tuple[float, float, float]:
    """Multiset precision, recall and F1 of two token bags."""
    overlap = sum((predicted & truth).values())
    p = overlap / sum(predicted.values()) if predicted else 0.0
    r = overlap / sum(truth.values()) if truth else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def half(page_id: str) -> int:
    """0 or 1: a stable split of a set into two halves."""
    return zlib.crc32(page_id.encode("utf-8")) % 2


def _html_titles(html: str) -> tuple[list[str], list[str]]:
    """(meta titles and their parts, h1 texts) of an HTML page."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return [], []
    metas = [
        str(v)
        for v in root.xpath(
            "//meta[@property='og:title' or @name='twitter:title' or @name='title']/@content"
        )
    ]
    metas += [t.text_content() for t in root.xpath("//title")]
    # The longest part of "Headline | Site": the site name is never the longest part kept.
    parts = [max(_TITLE_PARTS.split(m), key=len) for m in metas]
    h1s = [" ".join(h.text_content().split()) for h in root.xpath("//h1")]
    return [*metas, *parts], [h for h in h1s if h]


def _match(text: str, candidates: Sequence[str]) -> bool:
    return any(prf(bag(text), bag(c))[2] >= _HEADLINE_F1 for c in candidates)


def proxy_headline(html: str, body: str | None) -> str | None:
    """The headline two sources agree on (see the module docstring), or None."""
    metas, h1s = _html_titles(html)
    if body is not None:
        firsts = [line.strip() for line in body.splitlines() if line.strip()][:3]
        return next((line for line in firsts if _match(line, [*metas, *h1s])), None)
    return next((h for h in h1s if _match(h, metas)), None)


def _read_html(path: Path) -> str:
    raw = gzip.decompress(path.read_bytes())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def load(name: str, quick: bool) -> list[Page]:
    """Pages of one set (a spread-out subset when quick); missing sets give no pages."""
    root = data_root() / name
    if not (root / "ground-truth.json").is_file():
        return []
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    if quick:
        ids = ids[:: max(1, len(ids) // _QUICK_PAGES)][:_QUICK_PAGES]
    in_truth = name == "cleaning-dev"
    pages = []
    for i in ids:
        body = truth[i]["articleBody"]
        html = _read_html(root / "html" / f"{i}.html.gz")
        pages.append(
            Page(
                i,
                (root / "text" / f"{i}.txt").read_text(encoding="utf-8"),
                body,
                truth[i].get("comments"),
                proxy_headline(html, body if in_truth else None),
                in_truth,
                known_headline(html, body if in_truth else None),
            )
        )
    return pages


def newswatch(text: str) -> tuple[str, str]:
    article = clean_text_drop(text)
    return article.title, article.body


def no_cleaning(text: str) -> tuple[str, str]:
    return "", text


def justext_lines(text: str) -> tuple[str, str]:
    """jusText's paragraph classifier with each line of the drop as one paragraph."""
    import html as html_module

    import justext

    lines = [line for line in text.splitlines() if line.strip()]
    page = "<html><body>" + "".join(f"<p>{html_module.escape(x)}</p>" for x in lines)
    paragraphs = justext.justext(page + "</body></html>", justext.get_stoplist("English"))
    return "", "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def run_method(pages: Sequence[Page], method: Callable[[str], tuple[str, str]]) -> list[Output]:
    outputs = []
    for page in pages:
        started = time.perf_counter()
        try:
            title, body = method(page.text)
            refused = not (title or body).strip()
        except Exception:  # a refusal or crash is a scored page, not a failed run
            title, body, refused = "", "", True
        outputs.append(Output(title, body, (time.perf_counter() - started) * 1000, refused))
    return outputs


def page_scores(page: Page, out: Output) -> tuple[float, float, float]:
    predicted = f"{out.title}\n{out.body}" if page.title_in_truth else out.body
    return prf(bag(predicted), bag(page.body))


def comments_kept(page: Page, out: Output) -> float | None:
    """Share of the comment-only tokens found among the prediction's tokens beyond the truth."""
    if not page.comments:
        return None
    article = bag(page.body)
    comment_only = bag(page.comments) - article
    if not comment_only:
        return None
    extra = bag(f"{out.title}\n{out.body}") - article
    return sum((comment_only & extra).values()) / sum(comment_only.values())


def figures(pages: Sequence[Page], outputs: Sequence[Output]) -> Figures:
    scores = [page_scores(p, o) for p, o in zip(pages, outputs, strict=True)]
    kept = [
        k for p, o in zip(pages, outputs, strict=True) if (k := comments_kept(p, o)) is not None
    ]
    heads = [
        prf(bag(o.title), bag(p.headline))[2] >= _HEADLINE_F1
        for p, o in zip(pages, outputs, strict=True)
        if p.headline is not None
    ]
    stated = [
        prf(bag(o.title), bag(p.stated))[2] >= _HEADLINE_F1
        for p, o in zip(pages, outputs, strict=True)
        if p.stated is not None
    ]
    return Figures(
        statistics.fmean(s[0] for s in scores),
        statistics.fmean(s[1] for s in scores),
        statistics.fmean(s[2] for s in scores),
        statistics.fmean(kept) if kept else None,
        statistics.fmean(heads) if heads else None,
        statistics.median(o.millis for o in outputs),
        sum(o.refused for o in outputs),
        len(pages),
        statistics.fmean(stated) if stated else None,
        len(stated),
    )


def _rows(name: str, label: str, ours: Figures, jt: Figures, raw: Figures) -> list[Row]:
    stage = f"drops {name} {label}"
    note = f"{ours.pages} pages; baseline jusText on lines (no cleaning F1 {raw.f1:.3f})"
    rows = [
        Row(stage, "F1 (mean per page)", ours.f1, jt.f1, "", ">= 0.88", note),
        Row(stage, "precision", ours.precision, jt.precision, ""),
        Row(stage, "recall", ours.recall, jt.recall, ""),
    ]
    if ours.comments_kept is not None and jt.comments_kept is not None:
        rows.append(Row(stage, "comment tokens kept", ours.comments_kept, jt.comments_kept, "",
                        "<= 0.15"))  # fmt: skip
    if ours.headline is not None:
        rows.append(Row(stage, "headline (token F1 >= 0.8)", ours.headline, None, "", ">= 0.90"))
    if ours.stated is not None:
        rows.append(Row(stage, "headline vs the HTML's, stated twice", ours.stated, None, "",
                        ">= 0.90", f"{ours.stated_pages} pages"))  # fmt: skip
    rows.append(Row(stage, "refusals", float(ours.refusals), float(jt.refusals), "pages"))
    return rows


def run(quick: bool) -> list[Row]:
    """Rows per set: the whole set and its two halves, newswatch beside jusText on the lines."""
    clean_text_drop("Warm-up line.\n\nAnother line of text for the language model to load.")
    rows: list[Row] = []
    for name in _SETS:
        pages = load(name, quick)
        if not pages:
            continue
        outputs = {
            m.__name__: run_method(pages, m) for m in (newswatch, justext_lines, no_cleaning)
        }
        for label, keep in (("all", (0, 1)), ("half A", (0,)), ("half B", (1,))):
            idx = [k for k, p in enumerate(pages) if half(p.page_id) in keep]
            sub = [pages[k] for k in idx]
            ours, jt, raw = (
                figures(sub, [outputs[m][k] for k in idx])
                for m in ("newswatch", "justext_lines", "no_cleaning")
            )
            rows += _rows(name, label, ours, jt, raw)
            if label == "all":
                note = "baseline: jusText on the lines"
                rows.append(Row(f"drops {name} all", "median time per drop", ours.median_ms,
                                jt.median_ms, "ms", "<= 10", note))  # fmt: skip
    return rows


if __name__ == "__main__":
    from benchmarks.harness import format_table

    print(format_table(run(quick=False)))
