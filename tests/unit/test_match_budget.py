"""The per-article matching budget: past it the article is refused with the reason, checked
between rules and terms (cooperatively)."""

from __future__ import annotations

from collections.abc import Callable
from uuid import uuid4

import pytest

from services.core.errors import InputRejected
from services.core.models import ArticleMessage
from workers.limits import ArticleLimits
from workers.pipeline import match_article
from workers.query import AnalyzedDocument, BudgetExceeded, Deadline, Document, analyze
from workers.query.budget import CLOCK_EVERY
from workers.rules.loader import parse_rules

RULES = parse_rules(
    b"version: 1\nrules:\n"
    + b"".join(f"  - name: r{i}\n    query: Lavrov OR w{i}\n".encode() for i in range(20)),
    "rules.yaml",
)
ARTICLE = ArticleMessage(
    id="budget01",
    origin="drop",
    source="test",
    origin_ref="budget.txt",
    content_type="article",
    encoding="utf-8",
    content="Lavrov spoke in Cairo about the talks.",
    title="Lavrov in Cairo",
)


def test_deadline_raises_only_once_passed() -> None:
    Deadline(None).check()
    Deadline(3600).check()
    with pytest.raises(BudgetExceeded, match="budget of 0s"):
        Deadline(0).check()  # monotonic time has moved on since creation


def test_matching_past_the_budget_raises() -> None:
    with pytest.raises(BudgetExceeded):
        RULES.match(Document("Lavrov", "Lavrov"), budget_seconds=0)


def test_an_article_past_its_budget_is_rejected_with_the_reason() -> None:
    with pytest.raises(InputRejected, match=r"budget\.txt: matching took longer than its budget"):
        match_article(ARTICLE, RULES, ArticleLimits(match_budget_seconds=0))


def test_an_article_within_its_budget_matches_every_rule() -> None:
    matched = match_article(ARTICLE, RULES, ArticleLimits(match_budget_seconds=60))
    assert [m.rule for m in matched.matches] == [f"r{i}" for i in range(20)]


def _new_names(count: int) -> str:
    """Capitalised words no article of this process has offered yet (keys not remembered)."""
    return " ".join(
        "".join(chr(ord("a") + int(c, 16)) for c in uuid4().hex[:12]).capitalize()
        for _ in range(count)
    )


@pytest.mark.parametrize(
    "keys",
    [AnalyzedDocument.name_keys, AnalyzedDocument.all_name_keys],
    ids=["for the rule index", "for the archive"],
)
@pytest.mark.parametrize("language", ["en", "ru", "tr"])
def test_working_out_new_words_name_keys_keeps_to_the_budget(
    keys: Callable[[AnalyzedDocument], set[str]], language: str
) -> None:
    # A hostile article holds tens of thousands of new capitalised words, each keyed once.
    doc = analyze(Document("Title", _new_names(50), language=language), Deadline(0))
    with pytest.raises(BudgetExceeded):
        keys(doc)


def test_a_deadline_reads_the_clock_at_the_first_check_and_every_few_after() -> None:
    deadline = Deadline(3600)
    deadline.check()
    deadline.at = 0.0  # as if the budget ran out now
    for _ in range(CLOCK_EVERY - 1):
        deadline.check()  # not read: the steps between readings are small
    with pytest.raises(BudgetExceeded):
        deadline.check()
