"""Suggested `NOT` terms for a rule, from the articles readers marked not relevant.

The words (folded, stop words out) that best separate the rule's archived matches marked
not relevant from its other matches, by a smoothed log-odds of their document frequencies;
each with how many of the rule's past matches `(<query>) AND NOT <term>` would remove,
counted by a backtest of those edits. Shown on the rule's page, never applied.

The marks come from services.history.feedback (`list_marks(redis, rule)`), written by the
alert page; until that module is there, a rule has no marks and no suggestions.
"""

from __future__ import annotations

import importlib
import math
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, Protocol

from services.core.settings import Settings
from services.history.archive import get_entry
from services.web.live_rules import LiveRules
from services.web.models import NotSuggestion
from services.web.tester import TESTER_BUDGET_SECONDS, tester_slot
from workers.cleaning.language import stopwords
from workers.history.backtest import run_backtest
from workers.query import QuerySyntaxError, RuleSpec, parse_query
from workers.rules.checks import Rule
from workers.rules.matcher import RuleSet

SUGGESTED_MAX = 5
MARKED_MAX = 200  # marked articles read
OTHERS_MAX = 500  # other matches read (the newest)
WORD = re.compile(r"[^\W\d_]{3,40}")
OPERATORS = frozenset({"and", "or", "not", "near"})  # never a suggested term


@lru_cache(maxsize=64)
def _stop_words(language: str | None) -> frozenset[str]:
    """The article language's stop words (jusText's lists) and English's, and the operators."""
    return stopwords(language) | stopwords("en") | OPERATORS


class Mark(Protocol):
    """What a suggestion needs of a feedback mark (services.history.feedback.Mark)."""

    @property
    def article_id(self) -> str: ...
    @property
    def relevant(self) -> bool: ...
    @property
    def at(self) -> float: ...


def marks_of(redis: Any, rule: str) -> list[Mark]:
    """The rule's feedback marks, oldest first; none while the feedback module is absent."""
    try:
        feedback = importlib.import_module("services.history.feedback")
    except ModuleNotFoundError:
        return []
    marks: list[Mark] = list(feedback.list_marks(redis, rule))
    return sorted(marks, key=lambda m: m.at)


def suggest_for_rule(
    redis: Any, settings: Settings, live: LiveRules, rule: Rule
) -> list[NotSuggestion]:
    return suggest_not_terms(redis, settings, live, rule, marks_of(redis, rule.name))


def suggest_not_terms(
    redis: Any, settings: Settings, live: LiveRules, rule: Rule, marks: Sequence[Mark]
) -> list[NotSuggestion]:
    """The best separating words (see module doc); [] without "not relevant" marks."""
    latest = {m.article_id: m.relevant for m in marks}  # a later mark overrides
    marked = [a for a, relevant in latest.items() if not relevant][-MARKED_MAX:]
    if not marked:
        return []
    since = datetime.now(UTC) - timedelta(days=max(1, settings.archive_days))
    matched = _matches(redis, settings, RuleSet("live", (rule,)), since)[rule.name]
    others = [a for a in matched if a not in set(marked)][:OTHERS_MAX]
    marked_df = _doc_freq(redis, marked)
    others_df = _doc_freq(redis, others)
    own = set(_words(rule.query))
    scored = [
        (_log_odds(n, len(marked), others_df[w], len(others)), w, n)
        for w, n in marked_df.items()
        if w not in own
    ]
    best = [item for item in sorted(scored, key=lambda s: (-s[0], s[1])) if item[0] > 0]
    edits = _edits(rule, [w for _, w, _ in best[: SUGGESTED_MAX * 2]], live)
    if not edits:
        return []
    remaining = _matches(redis, settings, RuleSet("edits", tuple(edits.values())), since)
    found = [
        NotSuggestion(
            term=word,
            marked=n,
            others=others_df[word],
            removes=len(matched) - len(remaining[edits[word].name]),
            score=round(score, 3),
        )
        for score, word, n in best
        if word in edits
    ]
    return [s for s in found if s.removes > 0][:SUGGESTED_MAX]


def _log_odds(hits: int, total: int, other_hits: int, other_total: int) -> float:
    return math.log((hits + 0.5) / (total + 1)) - math.log((other_hits + 0.5) / (other_total + 1))


def _matches(
    redis: Any, settings: Settings, rules: RuleSet, since: datetime
) -> dict[str, list[str]]:
    with tester_slot():
        report = run_backtest(
            redis,
            rules,
            since=since,
            budget_seconds=settings.match_budget_seconds,
            deadline=time.monotonic() + TESTER_BUDGET_SECONDS,
        )
    return {o.rule.name: [m.article_id for m in o.matches] for o in report.outcomes}


def _edits(rule: Rule, words: Iterable[str], live: LiveRules) -> dict[str, Rule]:
    """`(<query>) AND NOT <word>` as a rule per word (the rule's options kept)."""
    edits = {}
    for i, word in enumerate(words):
        text = f"({rule.query}) AND NOT {word}"
        try:
            query = parse_query(text, aliases=live.aliases_for(rule.name))
        except QuerySyntaxError:
            continue
        old, name = rule.spec, f"not-{i}"
        spec = RuleSpec(name, query, old.stemming, old.sources, old.languages, old.names)
        edits[word] = Rule(name, (), "", text, spec)
    return edits


def _doc_freq(redis: Any, article_ids: Sequence[str]) -> Counter[str]:
    """In how many of the archived articles each word occurs."""
    counts: Counter[str] = Counter()
    for article_id in article_ids:
        entry = get_entry(redis, article_id)
        if entry is not None:
            counts.update(set(_words(f"{entry.title}\n{entry.body}", entry.language)))
    return counts


def _words(text: str, language: str | None = None) -> list[str]:
    """Folded words (lower case, accents off), stop words and short words out."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    stop = _stop_words(language)
    return [w for w in WORD.findall(plain) if w not in stop]
