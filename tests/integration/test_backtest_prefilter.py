"""A pre-filtered backtest finds exactly what the naive one (every article matched) finds."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from services.history import archive
from services.history.archive import ArchiveEntry, encode_entry
from workers.history.backtest import BacktestReport, run_backtest
from workers.history.entries import word_filter
from workers.query import Document, RuleSpec, parse_query
from workers.rules.checks import Rule
from workers.rules.matcher import RuleSet

WORDS = [
    "Lavrov",
    "Shoukry",
    "Cairo",
    "Moscow",
    "terrorism",
    "terrorists",
    "terror",
    "sanctions",
    "talks",
    "minister",
    "foreign",
    "said",
    "the",
    "of",
    "and",
    "football",
    "final",
    "migration",
    "Iraq",
    "Syria",
    "US",
    "us",
    "running",
    "runs",
    "ran",
    "anti-terrorism",
    "ceasefire",
    "Москва",
    "Лавров",
    "北京",
    "café",
    "cafe",
]
SOURCES = ("tass.com", "sana.sy", "reuters")
LANGUAGES = ("en", "ru", None)
QUERIES = [
    ("Lavrov AND terror*", False),
    ("Lavrov AND football", False),
    ("minister NEAR/3 sanctions", False),
    ('"foreign minister" OR "Lavrov said"', False),
    ("=US OR Москва", False),
    ("source:reuters AND talks", False),
    ("lang:ru", False),
    ("NOT football", False),
    ("run AND terrorist", True),
    ("北京 OR cafe", False),
]


def fill(redis, count: int = 400) -> None:
    rng = random.Random(5)
    start = datetime.now(UTC) - timedelta(days=1)
    stored = []
    for i in range(count):
        title = " ".join(rng.choices(WORDS, k=6))
        body = " ".join(rng.choices(WORDS, k=rng.randint(5, 60))) + "."
        source, language = rng.choice(SOURCES), rng.choice(LANGUAGES)
        entry = ArchiveEntry(
            article_id=f"a{i}",
            source=source,
            title=title,
            body=body,
            language=language,
            url=f"https://{source}/{i}",
            received_at=start + timedelta(seconds=i),
            story_id=f"s{i // 3}",
        )
        stored.append(encode_entry(entry, word_filter(Document(title, body, source, language))))
    pipe = redis.pipeline()
    archive.add_entries(pipe, stored)
    pipe.execute()


def ruleset(query: str, stemming: bool, names: str = "exact") -> RuleSet:
    spec = RuleSpec("q", parse_query(query), stemming=stemming, names=names)
    return RuleSet("t", (Rule("q", (), "", query, spec),))


def found(report: BacktestReport) -> list[tuple[str, str, str]]:
    return sorted((m.rule, m.article_id, m.snippet) for o in report.outcomes for m in o.matches)


@pytest.mark.parametrize(("query", "stemming"), QUERIES, ids=[q for q, _ in QUERIES])
def test_prefiltered_equals_naive(redis, query, stemming):
    fill(redis)
    rules = ruleset(query, stemming)
    fast = run_backtest(redis, rules, prefilter=True, budget_seconds=None)
    slow = run_backtest(redis, rules, prefilter=False, budget_seconds=None)
    assert found(slow), "each case should match some articles"
    assert found(fast) == found(slow)
    assert slow.decoded == slow.scanned == 400


@pytest.mark.parametrize("query", ["Lavrov AND terror*", "Moscow OR Shoukry", '"Lavrov said"'])
def test_prefiltered_equals_naive_for_names_in_every_script(redis, query):
    """Name keys are in the filter: a Latin rule finds Лавров through it, not around it."""
    fill(redis)
    rules = ruleset(query, False, names="variants")
    fast = run_backtest(redis, rules, prefilter=True, budget_seconds=None)
    slow = run_backtest(redis, rules, prefilter=False, budget_seconds=None)
    assert found(slow)
    assert found(fast) == found(slow)
    assert fast.decoded < fast.scanned


def test_the_prefilter_skips_articles_without_the_words(redis):
    fill(redis)
    report = run_backtest(redis, ruleset("Lavrov AND football AND ceasefire", False))
    assert report.decoded < report.scanned / 2


def test_rejected_entries_are_never_matched(redis):
    entry = ArchiveEntry(
        article_id="r1",
        status="rejected",
        reason="binary",
        title="Lavrov",
        received_at=datetime.now(UTC),
    )
    pipe = redis.pipeline()
    archive.add_entries(pipe, [encode_entry(entry)])
    pipe.execute()
    report = run_backtest(redis, ruleset("NOT football", False))
    assert found(report) == []
