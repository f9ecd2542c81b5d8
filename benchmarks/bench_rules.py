"""Watch-rule matching: the rule index against every rule as regular expressions.

Rules and articles come from a seeded RNG over a generated vocabulary of names, places and
news topic words, so runs are repeatable: mostly rare names and places combined with common
topic words, 1-6 terms, with phrases, wildcards, NEAR/ONEAR, alias-like ORs and NOT; ~5 KB
English articles. The naive baseline (:mod:`benchmarks.rules_baseline`) evaluates every rule
as compiled regexes, one after another; it runs on a sample of the articles (it is slow by
design, seconds per article at 100k rules) and must find the same matches as the index.
The index is timed per article including tokenising (``analyze``), the baseline on raw text.

Then the rule sets of media-monitoring size (:mod:`benchmarks.rules_scale`): realistic
2-4-term rules in a rules.d folder of 5,000-rule files, 100 rules to 225,000, each size in
processes of its own: cold load, cached load, ``rules check``, memory, match stage and whole
worker speed beside every-rule evaluation, candidates, and a live edit during a job stream.

Run: ``.venv/bin/python -m benchmarks.harness --only rules [--quick]`` (the full run, with
225,000 rules, takes about 15 minutes).
"""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.corpus import sentence
from benchmarks.harness import Row
from benchmarks.rules_baseline import RegexRule, naive_match
from workers.query import Document, RuleIndex, RuleSpec, analyze, parse_query

STAGE = "rules"
SEED = 20240611
_TOPICS = """attack sanctions election minister talks summit ceasefire military troops
missile drone border refugees protest strike inflation economy budget tariffs trade oil gas
pipeline energy nuclear treaty agreement negotiations embassy diplomat parliament vote court
trial verdict corruption investigation police arrest terrorism terrorist explosion earthquake
flood wildfire hurricane climate emissions vaccine outbreak hospital health market shares bank
currency interest rates unemployment growth recession exports imports shipping port airline
cyberattack hackers intelligence espionage coalition opposition president prime government
ministry spokesman statement sources officials agency report crisis conflict war peace
security defence weapons army navy airstrike casualties humanitarian aid convoy hostages
negotiator mediation resolution council assembly campaign candidate polls referendum reform
"""
_FILLER = """the a of to in and said on for that with by at from as was is were has have
will would its their after over more than about also which who this it not but new last
week year day could into during while against under between since before amid"""
_SYLLABLES = """ka lo vi ra mi to se na ri do be la go mo ne ku sha va zo te li pe dru
kor ban tel mar sov lav rov ich sky enko ova ski ber din gar hol pan tur vas zel"""
TOPICS, FILLER, SYLLABLES = _TOPICS.split(), _FILLER.split(), _SYLLABLES.split()


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


class Vocabulary:
    """Generated proper names (rare) and real topic words (common), deterministic per seed."""

    def __init__(self, rng: random.Random) -> None:
        self.first = sorted({_word(rng, 2) for _ in range(400)})
        self.last = sorted({_word(rng, rng.randint(2, 4)) for _ in range(40_000)})
        self.places = sorted({_word(rng, rng.randint(2, 4)) for _ in range(10_000)})
        self.topics = TOPICS

    def person(self, rng: random.Random) -> tuple[str, str]:
        return rng.choice(self.first), rng.choice(self.last)

    def topic(self, rng: random.Random) -> str:
        """Topic words with a Zipf-like skew (a few topics dominate the news)."""
        i = min(int(rng.paretovariate(1.2)) - 1, len(self.topics) - 1)
        return self.topics[(i * 7) % len(self.topics)]


def make_article(rng: random.Random, vocab: Vocabulary) -> Document:
    """A 4.5-5.5 KB article: sentences of filler and topic words around a cast of names/places."""
    cast = [vocab.person(rng) for _ in range(rng.randint(2, 5))]
    places = [rng.choice(vocab.places) for _ in range(rng.randint(1, 3))]
    target = rng.randint(4400, 5300)
    sentences: list[str] = []
    size = 0
    while size < target:
        line = _sentence(rng, vocab, cast, places)
        sentences.append(line)
        size += len(line) + 1
    first, last = cast[0]
    title = f"{first} {last} in {places[0]}: {vocab.topic(rng)} and {vocab.topic(rng)}"
    return Document(title=title, body=" ".join(sentences), source="wire", language="en")


def _sentence(
    rng: random.Random, vocab: Vocabulary, cast: list[tuple[str, str]], places: list[str]
) -> str:
    words: list[str] = []
    for _ in range(rng.randint(10, 22)):
        roll = rng.random()
        if roll < 0.025:
            first, last = rng.choice(cast)
            words.append(
                f"{first} {last}"
                if rng.random() < 0.3
                else f"{last}'s"
                if rng.random() < 0.1
                else last
            )
        elif roll < 0.035:
            words.append(rng.choice(places))
        elif roll < 0.33:
            words.append(vocab.topic(rng))
        else:
            words.append(rng.choice(FILLER))
    return sentence(words)


def make_rule(rng: random.Random, vocab: Vocabulary) -> str:
    """One realistic rule: rare names/places combined with common topic words."""
    first, last = vocab.person(rng)
    place = rng.choice(vocab.places)
    topic, other = vocab.topic(rng), vocab.topic(rng)
    stem = topic[: max(4, len(topic) - 3)]
    alias = " OR ".join(rng.choice(vocab.last) for _ in range(rng.randint(2, 6)))
    shapes: list[Callable[[], str]] = [
        lambda: last,
        lambda: f'"{first} {last}"',
        lambda: f"{last} AND {stem}*",
        lambda: f'"{first} {last}" AND ({topic} OR {other})',
        lambda: f"{last} NEAR/10 {stem}*",
        lambda: f"({alias}) AND {topic}",
        lambda: f"{place} {topic} NOT {other}",
        lambda: f"title:{last} OR title:{place}",
        lambda: f'"{place} {topic}"~5',
        lambda: f"{last} ONEAR/3 {place}",
    ]
    return rng.choice(shapes)()


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _match_ms(index: RuleIndex, article: Document) -> float:
    """Wall time of tokenising and matching one article, in ms."""
    return 1000 * _timed(lambda: index.match(analyze(article)))


def _bench_size(
    n_rules: int, articles: list[Document], sample: int, vocab: Vocabulary, memory: bool
) -> list[Row]:
    rng = random.Random(SEED + n_rules)
    texts = [make_rule(rng, vocab) for _ in range(n_rules)]
    rss_before = _rss_mb()
    started = time.perf_counter()
    specs = [RuleSpec(f"r{i}", parse_query(t)) for i, t in enumerate(texts)]
    parsed = time.perf_counter()
    index = RuleIndex.build(specs)
    built = time.perf_counter()
    rss_mb = _rss_mb() - rss_before
    index_ms = [_match_ms(index, a) for a in articles]
    regexes = [RegexRule(spec.name, spec.query) for spec in specs]
    naive = articles[:sample]
    naive_ms = [1000 * _timed(partial(naive_match, regexes, a)) for a in naive]
    compared = _same_matches(index, regexes, naive)
    index_med, naive_med = statistics.median(index_ms), statistics.median(naive_ms)
    candidates = statistics.mean(len(index.candidates(analyze(a))) for a in articles)
    k = f"{n_rules // 1000}k rules"
    note = (
        f"index: {candidates:.0f} candidate rules/article; baseline: {n_rules:,} rules as "
        f"regexes, one after another, on {len(naive)} of {len(articles)} articles"
    )
    rows = [
        Row(STAGE, f"ms per 5 KB article, {k}", index_med, naive_med, "ms", _target(n_rules), note),
        Row(
            STAGE,
            f"articles/s, {k}",
            1000 / index_med,
            1000 / naive_med,
            "art/s",
            _speedup(n_rules),
        ),
        Row(
            STAGE,
            f"index matches = regex matches, {k}",
            compared,
            None,
            "matches",
            "identical",
            f"(article, rule) matches compared on {len(naive)} articles: all identical",
        ),
        Row(
            STAGE,
            f"parse + index build, {k}",
            built - started,
            None,
            "s",
            "<= 20 s at 100k" if memory else "",
            f"parse {parsed - started:.1f} s, build {built - parsed:.1f} s",
        ),
    ]
    if memory:
        note = "RSS growth while parsing and building the index"
        rows.append(Row(STAGE, f"index memory, {k}", rss_mb, None, "MB", "<= 1 GB at 100k", note))
    return rows


def _same_matches(index: RuleIndex, regexes: list[RegexRule], articles: list[Document]) -> int:
    """Matches compared; raises if the index, every-rule evaluation and regexes disagree."""
    total = 0
    for i, article in enumerate(articles):
        doc = analyze(article)
        found = [m.rule for m in index.match(doc)]
        if found != [m.rule for m in index.match_naive(doc)]:
            raise AssertionError(f"article {i}: index and every-rule evaluation differ")
        expected = naive_match(regexes, article)
        if found != expected:
            diff = sorted(set(found) ^ set(expected))[:5]
            raise AssertionError(f"article {i}: index and regex baseline differ on {diff}")
        total += len(found)
    return total


def _rss_mb() -> float:
    """Current resident memory (Linux /proc; elsewhere the peak, which only grows)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * resource.getpagesize() / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _target(n_rules: int) -> str:
    return {10_000: "<= 1 ms median", 100_000: "<= 5 ms median"}.get(n_rules, "")


def _speedup(n_rules: int) -> str:
    return ">= 100x the baseline" if n_rules == 10_000 else ""


def run(quick: bool) -> list[Row]:
    """Rows for 10k rules (quick) or 1k, 10k and 100k rules, plus article analysis cost."""
    rng = random.Random(SEED)
    vocab = Vocabulary(rng)
    articles = [make_article(rng, vocab) for _ in range(40 if quick else 200)]
    analyze_ms = [1000 * _timed(partial(analyze, a)) for a in articles]
    size_kb = statistics.mean(len(a.body) + len(a.title) for a in articles) / 1024
    rows = [
        Row(
            STAGE,
            "analyze (tokenise) per article",
            statistics.median(analyze_ms),
            None,
            "ms",
            "",
            f"{size_kb:.1f} KB mean; included in the per-article figures below",
        ),
    ]
    sizes = (10_000,) if quick else (1_000, 10_000, 100_000)
    for n in sizes:
        sample = 3 if quick or n >= 100_000 else (len(articles) if n < 10_000 else 10)
        # RSS only says something for the largest size: smaller ones reuse freed memory.
        rows.extend(_bench_size(n, articles, sample, vocab, memory=n == sizes[-1]))
    return rows + run_scale(quick)


# --- rule sets of media-monitoring size (issue: 225,000 rules in files per team) ---

SCALE_FULL = (100, 10_000, 100_000, 225_000)
SCALE_QUICK = (100, 5_000)


def _child(*args: str) -> dict[str, Any]:
    """Run one step of benchmarks.rules_scale in a fresh process (its RSS is one worker's)."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.rules_scale", *args],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[1],
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _rules_check_s(folder: Path, state: Path) -> float:
    """`newswatch rules check FOLDER` as a user runs it, with the compiled-rules cache of
    ``state`` (a fresh folder: cold, as on a first check; else as left by the last run)."""
    env = {**os.environ, "NEWSWATCH_STATE_DIR": str(state), "NEWSWATCH_CONFIG_DIR": str(folder)}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "services", "rules", "check", str(folder)],
        check=True,
        capture_output=True,
        env=env,
        cwd=Path(__file__).parents[1],
    )
    return time.perf_counter() - started


# Articles a worker matches before the long-run figures: past the point where its compiled
# rules reach their bound (workers.query.compiled.MAX_COMPILED_RULES; about 16,000 articles
# at 225,000 rules), so the least used are dropped and compiled again as a worker at work does.
LONG_RUN_ARTICLES = 20_000


def _long_rows(k: str, got: dict[str, Any], base_ms: float) -> list[Row]:
    """The match stage and memory after LONG_RUN_ARTICLES more articles (if measured)."""
    if "long_stage_ms" not in got:
        return []
    after = f"after {got['long_articles'] + got['matched_articles']:,} articles"
    return [
        Row(STAGE, f"memory per process, long run, {k}", got["long_rss_mb"], None, "MB",
            "<= 500 MB", f"RSS growth {after}; {got['long_held']:,} rules compiled (bound)"),
        Row(STAGE, f"memory per process, every rule compiled once, {k}", got["every_rss_mb"],
            None, "MB", "<= 500 MB", "RSS growth once each rule has been compiled (a worker "
            "that ran long enough to meet every rule's names; at most the bound held)"),
        Row(STAGE, f"match stage articles/s, long run, {k}", 1000 / got["long_stage_ms"],
            None, "art/s", ">= 1000",
            f"{after}: {got['long_compiled']:.1f} rules compiled per article (again, once "
            f"dropped at the bound); {got['long_stage_ms'] / base_ms:.1f}x the cost at 100 rules"),
    ]  # fmt: skip


def run_scale(quick: bool) -> list[Row]:
    """Rows per size of the realistic rules.d folder, beside 100 rules and every-rule
    evaluation (the naive baseline) measured in the same run."""
    sizes = SCALE_QUICK if quick else SCALE_FULL
    rows: list[Row] = []
    base_ms = 0.0
    with tempfile.TemporaryDirectory(prefix="nw-rules-scale-") as tmp:
        for n in sizes:
            folder, state = Path(tmp) / f"rules-{n}", Path(tmp) / f"var-{n}"
            cold = _child("prepare", str(folder), str(state / "rules-cache"), str(n))
            cold["check_s"] = _rules_check_s(folder, Path(tmp) / f"var-{n}-fresh")
            check_s = _rules_check_s(folder, state)
            naive = 20 if n <= 1000 else (3 if n <= 10_000 else 1)
            edit = "1" if n == sizes[-1] else "0"
            long_run = str(LONG_RUN_ARTICLES if n == sizes[-1] and not quick else 0)
            got = _child(
                "measure", str(folder), str(state / "rules-cache"), "200", str(naive), edit,
                long_run,
            )  # fmt: skip
            base_ms = base_ms or got["stage_ms"]
            rows.extend(_scale_rows(n, cold, check_s, got, base_ms))
    return rows


def _scale_rows(
    n: int, cold: dict[str, Any], check_s: float, got: dict[str, Any], base_ms: float
) -> list[Row]:
    k = f"{n:,} rules"
    files = max(1, -(-n // 5000))
    big = n >= 225_000
    rows = [
        Row(STAGE, f"load + compile, cold, {k}", cold["cold_load_s"], None, "s",
            "<= 10 s at 225k" if big else "",
            f"{files} files on {cold['cores']} cores: YAML, check, parse, plan; fills the cache"),
        Row(STAGE, f"check CPU per rule, one core, cold, {k}", cold["check_cpu_us"], None,
            "µs", "",
            f"= {1e6 / cold['check_cpu_us']:,.0f} rules/s per core: YAML, check, parse, plan "
            f"of the first {cold['cpu_sample_rules']:,} rules, one process meeting their names"),
        Row(STAGE, f"load + index build, cached, {k}", got["load_s"], None, "s", "",
            "what a worker start or `match` pays"),
        Row(STAGE, f"rules check, cold, {k}", cold["check_s"], None, "s",
            "<= 15 s at 225k" if big else "",
            "`newswatch rules check FOLDER`, whole process, fresh state folder (no cache)"),
        Row(STAGE, f"rules check, cached, {k}", check_s, None, "s", "",
            "`newswatch rules check FOLDER`, whole process, cache of the run before"),
        Row(STAGE, f"memory per process after loading, {k}", got["rss_mb"], None, "MB", "",
            "RSS growth loading the rules"),
        Row(STAGE, f"memory per process at work, {k}", got["rss_after_mb"], None, "MB",
            "<= 500 MB at 225k" if big else "",
            f"RSS growth after matching {got['matched_articles']:,} articles"),
        Row(STAGE, f"match stage articles/s, {k}", 1000 / got["stage_ms"],
            1000 / got["naive_ms"], "art/s", ">= 1000 at 225k" if big else "",
            f"after {got['warm_articles']:,} articles; right after loading "
            f"{1000 / got['stage_first_ms']:.0f} art/s; baseline: every rule evaluated, "
            f"on {got['naive_articles']} article(s)"),
        Row(STAGE, f"per-article cost vs 100 rules, {k}", got["stage_ms"] / base_ms, None,
            "x", "<= 3x at 225k" if big else "",
            f"median {got['stage_ms']:.2f} ms vs {base_ms:.2f} ms (same run)"),
        *_long_rows(k, got, base_ms),
        Row(STAGE, f"whole worker articles/s, {k}", 1000 / got["worker_ms"], None, "art/s",
            "", "process_article: clean, match, explain, snippet, alert decisions"),
        Row(STAGE, f"candidates per article, {k}", got["candidates"], None, "rules", "",
            f"{100 * got['match_share']:.0f} % of them match; {got['matches']:.1f} matches "
            f"per article ({100 * got['matches'] / n:.3f} % of the rules)"),
        Row(STAGE, f"index matches = every rule, {k}", got["compared"], None, "matches",
            "identical", f"compared on {got['naive_articles']} article(s)"),
    ]  # fmt: skip
    if "edit_live_s" in got:
        rows += [
            Row(STAGE, f"edit saved -> live, {k}", got["edit_live_s"], None, "s",
                "<= 5 s", "one file of 5,000 rules edited; reload period + its compile"),
            Row(STAGE, f"longest job during the edit, {k}", got["longest_job_ms"],
                got["job_ms"], "ms", "<= 1000 ms",
                f"baseline: median job before; {got['jobs_during']} jobs ran meanwhile"),
        ]  # fmt: skip
    return rows
