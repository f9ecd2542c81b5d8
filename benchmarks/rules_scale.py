"""Rule sets of media-monitoring size: realistic rules and articles, and a rules.d folder.

Rules have 2-4 terms: names of people (first and last name), places and organisations drawn
from large generated lists with a Zipf popularity (a few names are in thousands of rules and
in many articles, as real news names are), combined with topic words; some phrases,
wildcards, NOT and NEAR. Articles (~5 KB) are about a cast of names and a few topics, so
well under 1 % of the rules match one. Deterministic per seed.
"""

from __future__ import annotations

import gc
import itertools
import json
import os
import random
import statistics
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.bench_rules import FILLER, SYLLABLES, TOPICS
from benchmarks.corpus import sentence
from services.core.models import ArticleMessage
from services.core.settings import Settings
from workers.pipeline import process_article
from workers.query import AnalyzedDocument, Document, RuleIndex, analyze
from workers.rules.cache import RulesCache
from workers.rules.folder import check_file_rules, read_rules
from workers.rules.loader import RulesHolder, collect_less, collector_paused, load_rules

NAME_OFFSET = 10
_ORG_KINDS = [
    "Bank", "Group", "Party", "Airlines", "Energy", "Telecom", "Motors", "Institute",
    "Holdings", "Council", "Foundation", "Petroleum", "Pharma", "Media", "Union", "Systems",
]  # fmt: skip


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


class Zipf:
    """Items drawn with probability proportional to 1/(rank + offset) (Zipf-Mandelbrot: the
    most popular of 25,000 names is in about 1 % of the picks)."""

    def __init__(self, items: Sequence[str] | Sequence[tuple[str, str]], offset: int = 0) -> None:
        self.items = list(items)
        weights = (1.0 / (r + 1 + offset) for r in range(len(self.items)))
        self.cum = list(itertools.accumulate(weights))

    def pick(self, rng: random.Random) -> object:
        return rng.choices(self.items, cum_weights=self.cum)[0]


class ScaleVocabulary:
    """25,000 people, 10,000 places, 5,000 organisations, the news topics; fixed per seed."""

    def __init__(self, rng: random.Random) -> None:
        first = sorted({_word(rng, 2) for _ in range(600)})
        last = sorted({_word(rng, rng.randint(2, 4)) for _ in range(40_000)})
        people = [(rng.choice(first), name) for name in rng.sample(last, min(len(last), 25_000))]
        self.people = Zipf(people, NAME_OFFSET)
        places = sorted({_word(rng, rng.randint(2, 4)) for _ in range(12_000)})[:10_000]
        self.places = Zipf(places, NAME_OFFSET)
        orgs = {f"{_word(rng, rng.randint(2, 3))} {rng.choice(_ORG_KINDS)}" for _ in range(6000)}
        self.orgs = Zipf(sorted(orgs)[:5000], NAME_OFFSET)
        self.topics = Zipf(TOPICS)

    def person(self, rng: random.Random) -> tuple[str, str]:
        found = self.people.pick(rng)
        assert isinstance(found, tuple)
        return found

    def place(self, rng: random.Random) -> str:
        return str(self.places.pick(rng))

    def org(self, rng: random.Random) -> str:
        return str(self.orgs.pick(rng))

    def topic(self, rng: random.Random) -> str:
        return str(self.topics.pick(rng))


def make_scale_rule(rng: random.Random, vocab: ScaleVocabulary) -> str:
    """One rule of 2-4 terms around a name, a place or an organisation."""
    first, last = vocab.person(rng)
    place, org = vocab.place(rng), vocab.org(rng)
    topic, other = vocab.topic(rng), vocab.topic(rng)
    while other == topic:
        other = vocab.topic(rng)
    stem = topic[: max(4, len(topic) - 3)]
    shapes: list[Callable[[], str]] = [
        lambda: f'"{first} {last}" AND {topic}',
        lambda: f"{last} AND ({topic} OR {other})",
        lambda: f'"{org}" AND {topic}',
        lambda: f'"{first} {last}" AND {place} NOT {other}',
        lambda: f"{last} NEAR/5 {stem}*",
        lambda: f"{place} AND {topic} AND {other}",
        lambda: f"title:{last} AND {topic}",
        lambda: f'"{place} {topic}"~5 AND {last}',
        lambda: f"{last} AND {place}",
        lambda: f'"{org}" AND {stem}* AND NOT {other}',
    ]
    return rng.choice(shapes)()


def make_scale_article(rng: random.Random, vocab: ScaleVocabulary) -> Document:
    """A ~5 KB article about a cast of 2-5 people, 1-3 places, 0-2 organisations, 2-4 topics."""
    cast = [vocab.person(rng) for _ in range(rng.randint(2, 5))]
    places = [vocab.place(rng) for _ in range(rng.randint(1, 3))]
    orgs = [vocab.org(rng) for _ in range(rng.randint(0, 2))]
    topics = [vocab.topic(rng) for _ in range(rng.randint(2, 4))]
    sentences: list[str] = []
    size, target = 0, rng.randint(4400, 5300)
    while size < target:
        line = _sentence(rng, cast, places, orgs, topics)
        sentences.append(line)
        size += len(line) + 1
    first, last = cast[0]
    title = f"{first} {last} in {places[0]}: {topics[0]} and {topics[-1]}"
    return Document(title=title, body=" ".join(sentences), source="wire", language="en")


def _sentence(
    rng: random.Random,
    cast: list[tuple[str, str]],
    places: list[str],
    orgs: list[str],
    topics: list[str],
) -> str:
    words: list[str] = []
    for _ in range(rng.randint(10, 22)):
        roll = rng.random()
        if roll < 0.03:
            first, last = rng.choice(cast)
            words.append(f"{first} {last}" if rng.random() < 0.3 else last)
        elif roll < 0.04:
            words.append(rng.choice(places))
        elif roll < 0.045 and orgs:
            words.append(rng.choice(orgs))
        elif roll < 0.075:  # a topic word every ~30 words: a few times per article each
            words.append(rng.choice(topics))
        else:
            words.append(rng.choice(FILLER))
    return sentence(words)


def write_rules_folder(
    folder: Path, texts: Sequence[str], files: int, prefix: str = "team"
) -> list[Path]:
    """The rules as ``files`` files of a rules.d folder, one team per file (file notify)."""
    folder.mkdir(parents=True, exist_ok=True)
    per_file = -(-len(texts) // files)
    written = []
    for f in range(files):
        chunk = texts[f * per_file : (f + 1) * per_file]
        lines = ["version: 1", f"notify: [{prefix}{f:02d}]", "rules:"]
        for i, text in enumerate(chunk):
            quoted = text.replace("'", "''")
            lines.append(f"  - name: {prefix}{f:02d}-{i}\n    query: '{quoted}'")
        path = folder / f"{prefix}{f:02d}.yaml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        written.append(path)
    return written


# --- measuring one size in a process of its own (clean RSS: what one worker holds) ---

SEED = 20261202
EDIT_FILE = 3  # the file an edit goes to (of a 225k folder: 5,000 rules)
RULES_PER_FILE = 5_000  # one team or client per file


def generate(folder: Path, n_rules: int) -> list[Path]:
    """The rules.d folder of ``n_rules`` realistic rules (several files)."""
    rng = random.Random(SEED)
    vocab = ScaleVocabulary(rng)
    texts = [make_scale_rule(rng, vocab) for _ in range(n_rules)]
    files = max(1, -(-n_rules // RULES_PER_FILE))
    return write_rules_folder(folder, texts, files)


def articles(count: int) -> list[Document]:
    rng = random.Random(SEED + 1)
    vocab = ScaleVocabulary(random.Random(SEED))
    return [make_scale_article(rng, vocab) for _ in range(count)]


def article_maker(seed: int) -> Callable[[], Document]:
    """Articles made one at a time (the long run holds none)."""
    rng = random.Random(seed)
    vocab = ScaleVocabulary(random.Random(SEED))
    return lambda: make_scale_article(rng, vocab)


@dataclass(frozen=True)
class Shape:
    """How a benchmark's rules folder and its articles are made (another shape:
    benchmarks.rules_scale_heavy)."""

    generate: Callable[[Path, int], list[Path]]
    articles: Callable[[int], list[Document]]
    article_maker: Callable[[int], Callable[[], Document]]


SCALE_SHAPE = Shape(generate=generate, articles=articles, article_maker=article_maker)


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def prepare(
    folder: Path, cache: Path, n_rules: int, shape: Shape = SCALE_SHAPE
) -> dict[str, float]:
    """Generate the folder and load it cold (checks, compiles, plans; fills the cache; builds
    the index), as a worker starts: the files checked on every core."""
    files = shape.generate(folder, n_rules)
    started = time.perf_counter()
    load_rules(folder, cache=RulesCache(cache), parallel=True).index  # noqa: B018 - built now
    cold_load_s = time.perf_counter() - started
    return {"cold_load_s": cold_load_s, "cores": os.cpu_count() or 1, **_check_cpu(files)}


CPU_SAMPLE_FILES = 4  # checked in one process: the CPU a rule costs one core, cold


def _check_cpu(files: list[Path]) -> dict[str, float]:
    """CPU per rule of checking and planning the first files in this process, which has
    met none of their names yet (the cold load above only read the children's results
    back): what a rule costs one core, whatever the machine's core count and load."""
    sample = files[:CPU_SAMPLE_FILES]
    rules = 0
    with collector_paused():  # as in the pool's children
        started = time.process_time()
        for path in sample:
            found, _ = check_file_rules(read_rules(path), str(path))
            rules += len(found.rules) if found is not None else 0
        cpu = time.process_time() - started
    return {"check_cpu_us": 1e6 * cpu / max(rules, 1), "cpu_sample_rules": rules}


WARM_ARTICLES = 2000  # articles matched before the steady-state figures (a worker at work)


def measure(
    folder: Path,
    cache: Path,
    n_articles: int,
    n_naive: int,
    edit: bool,
    long_run: int = 0,
    shape: Shape = SCALE_SHAPE,
) -> dict[str, Any]:
    """Warm load, memory, match speed, candidates, naive equality; the live edit if asked.

    Match speed is measured on fresh articles: right after loading (``first``: most
    candidates compile their matcher then), after WARM_ARTICLES more (``steady``; memory is
    measured then too) and, if ``long_run``, after that many more (a worker at work for a
    while: its compiled rules at their bound, the least used dropped and compiled again)."""
    docs = shape.articles(2 * n_articles + WARM_ARTICLES)
    first, warm, steady = docs[:n_articles], docs[n_articles:-n_articles], docs[-n_articles:]
    make_article = shape.article_maker(SEED + 2)  # the long run's: made as it goes
    gc.collect()
    rss = _rss_mb()
    started = time.perf_counter()
    rules = load_rules(folder, cache=RulesCache(cache))
    index = rules.index  # built on first use: part of the load
    out: dict[str, Any] = {"load_s": time.perf_counter() - started}
    gc.collect()
    gc.freeze()  # as a worker's RulesHolder does after each load: no full collection walks them
    collect_less()  # as a worker does
    out["rss_mb"] = _rss_mb() - rss
    for doc in first[:20]:  # warm: first candidacy compiles a rule's matcher
        index.match(analyze(doc))
    held = index.compiled.compiles
    out["stage_first_ms"] = 1000 * statistics.median(
        _timed(partial(_stage, index, doc)) for doc in first
    )
    out["compiled_first"] = (index.compiled.compiles - held) / len(first)  # per article
    for doc in warm:
        index.match(analyze(doc))
    out["warm_articles"] = len(first) + len(warm)
    held = index.compiled.compiles
    stage = [_timed(partial(_stage, index, doc)) for doc in steady]
    out["compiled_steady"] = (index.compiled.compiles - held) / len(steady)  # rules first met
    out["stage_ms"] = 1000 * statistics.median(stage)
    out["stage_mean_ms"] = 1000 * statistics.mean(stage)
    gc.collect()
    out["rss_after_mb"] = _rss_mb() - rss  # the rules, compiled matchers, shared terms
    if long_run:  # before the whole worker's step, whose libraries would count
        out.update(_long_run(index, make_article, long_run, n_articles, rss))
    analyzed = [analyze(doc) for doc in steady]
    candidates = [len(index.candidates(doc)) for doc in analyzed]
    matches = [len(index.match(doc)) for doc in analyzed]
    out["candidates"] = statistics.mean(candidates)
    out["matches"] = statistics.mean(matches)
    out["match_share"] = sum(matches) / max(1, sum(candidates))
    messages = [_message(i, doc) for i, doc in enumerate(steady)]
    worker = [_timed(partial(process_article, m, rules)) for m in messages]
    out["worker_ms"] = 1000 * statistics.median(worker)
    out["matched_articles"] = len(first) + len(warm) + len(steady)
    if edit:
        out.update(live_edit(folder, cache, docs[:n_articles]))
    naive = analyzed[:n_naive]
    out["naive_ms"] = 1000 * statistics.median(_timed(partial(index.match_naive, d)) for d in naive)
    out["compared"] = sum(_same(index, doc) for doc in naive)
    out["naive_articles"] = len(naive)
    return out


def _long_run(
    index: RuleIndex, make_article: Callable[[], Document], count: int, n_articles: int, rss: float
) -> dict[str, Any]:
    """Match ``count`` more articles (made as they go: none held), then measure the stage
    on ``n_articles`` fresh ones, the rules compiled per article meanwhile, and memory."""
    for _ in range(count):
        index.match(analyze(make_article()))
    docs = [make_article() for _ in range(n_articles)]
    compiles = index.compiled.compiles
    stage = [_timed(partial(_stage, index, doc)) for doc in docs]
    compiled = (index.compiled.compiles - compiles) / len(docs)
    del docs
    gc.collect()
    found = {
        "long_articles": count + n_articles,
        "long_stage_ms": 1000 * statistics.median(stage),
        "long_compiled": compiled,
        "long_held": len(index.compiled),
        "long_rss_mb": _rss_mb() - rss,
    }
    return found | _every_rule_compiled(index, rss)


def _every_rule_compiled(index: RuleIndex, rss: float) -> dict[str, Any]:
    """Memory once every rule has been compiled (each once, the bound of compiled rules
    kept): where a worker that ran long enough to meet every rule's names ends up, as the
    matchers shared between rules and their names' keys are held for sharing."""
    compiled = index.compiled
    for rule_id in range(len(compiled.specs)):
        compiled.get(rule_id)
    gc.collect()
    return {"every_rss_mb": _rss_mb() - rss}


def _stage(index: RuleIndex, doc: Document) -> None:
    """The match stage: tokenise, presearch, evaluate and explain."""
    index.match(analyze(doc))


def _same(index: RuleIndex, doc: AnalyzedDocument) -> int:
    found = index.match(doc)
    if found != index.match_naive(doc):
        raise AssertionError("index and every-rule evaluation differ")
    return len(found)


def _message(i: int, doc: Document) -> ArticleMessage:
    return ArticleMessage(
        id=f"bench-{i}",
        origin="drop",
        source=doc.source,
        origin_ref=f"bench-{i}.txt",
        content_type="article",
        encoding="utf-8",
        content=doc.body,
        title=doc.title,
        language=doc.language,
    )


def live_edit(folder: Path, cache: Path, docs: list[Document]) -> dict[str, float]:
    """Save an edit to one file while jobs run; when is it live, how long the longest job."""
    period = Settings.model_fields["rules_reload_seconds"].default
    holder = RulesHolder(folder, period, cache=RulesCache(cache), isolate=True)
    holder.reload()
    stop = threading.Event()

    def loop() -> None:
        while not stop.wait(period):
            holder.reload()

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    jobs = itertools.cycle(docs)
    before = [_timed(lambda: holder.current().match(next(jobs))) for _ in range(50)]
    path = sorted(folder.glob("*.yaml"))[min(EDIT_FILE, len(list(folder.glob("*.yaml"))) - 1)]
    saved = time.perf_counter()
    with path.open("a", encoding="utf-8") as file:
        file.write("  - name: edit-probe\n    query: '\"edit probe\" AND zzyzx'\n")
    during: list[float] = []
    while "edit-probe" not in holder.current().by_name:
        during.append(_timed(lambda: holder.current().match(next(jobs))))
    live = time.perf_counter() - saved
    stop.set()
    thread.join()
    return {
        "edit_live_s": live,
        "job_ms": 1000 * statistics.median(before),
        "longest_job_ms": 1000 * max(during or [0.0]),
        "jobs_during": len(during),
    }


def run_command(argv: list[str], shape: Shape = SCALE_SHAPE) -> None:
    """``prepare FOLDER CACHE N`` or ``measure FOLDER CACHE ARTICLES NAIVE EDIT LONG``: JSON
    out."""
    command, folder, cache = argv[0], Path(argv[1]), Path(argv[2])
    if command == "prepare":
        result: dict[str, Any] = prepare(folder, cache, int(argv[3]), shape)
    else:
        long_run = int(argv[6]) if len(argv) > 6 else 0
        edit = argv[5] == "1"
        result = measure(folder, cache, int(argv[3]), int(argv[4]), edit, long_run, shape)
    print(json.dumps(result))


if __name__ == "__main__":
    run_command(sys.argv[1:])
