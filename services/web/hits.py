"""An archived article with one rule's hits marked, as text segments a template escapes.

The hits are found again: the live rules (config/rules.yaml and rules.d, reloaded when a
file changes) match the archived title and body exactly as the worker did (workers.query), and
the rule's character spans cut the text into plain and hit segments. The page renders each
segment escaped inside or outside `<mark>`: article text never reaches the page as markup.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from services.history.archive import ArchiveEntry
from services.web.live_rules import live_rules
from workers.history.backtest import document
from workers.query import BudgetExceeded, Deadline, analyze
from workers.rules.matcher import RuleSet

MAX_SHOWN_CHARS = 100_000  # of a body shown on the page (an archived body is bounded already)


class Segment(BaseModel):
    """A run of article text, a hit of the rule or not."""

    text: str
    hit: bool = False


class MarkedText(BaseModel):
    """An article's title and body as segments; `note` says why no hit is marked, if so."""

    title: list[Segment]
    body: list[Segment]
    truncated: bool = False
    note: str = ""


def marked(
    entry: ArchiveEntry, rules: RuleSet | None, rule: str, budget_seconds: float
) -> MarkedText:
    """The entry's text with `rule`'s hits marked (unmarked, with a note, when the rule is
    not among the live rules, does not match any more, or runs past the time budget)."""
    body = entry.body[:MAX_SHOWN_CHARS]
    spans, note = _spans(entry, rules, rule, budget_seconds)
    return MarkedText(
        title=segments(entry.title, [(s, e) for f, s, e in spans if f == "title"]),
        body=segments(body, [(s, e) for f, s, e in spans if f == "body"]),
        truncated=len(entry.body) > len(body),
        note=note,
    )


def _spans(
    entry: ArchiveEntry, rules: RuleSet | None, rule: str, budget_seconds: float
) -> tuple[list[tuple[str, int, int]], str]:
    if rules is None:
        return [], "the live rules could not be read: hits are not marked"
    if rule not in rules.by_name:
        return [], f"the rule {rule!r} is no longer in the live rules: hits are not marked"
    try:
        found = rules.index.match(analyze(document(entry), Deadline(budget_seconds)))
    except BudgetExceeded:
        return [], "matching ran past the time budget: hits are not marked"
    spans = [span for match in found if match.rule == rule for span in match.spans]
    if not spans:
        return [], "the live version of the rule no longer matches this article"
    return spans, ""


def segments(text: str, spans: list[tuple[int, int]]) -> list[Segment]:
    """`text` cut at the (merged, clipped) spans: plain and hit segments, in order."""
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts: list[Segment] = []
    at = 0
    for start, end in merged:
        if start > at:
            parts.append(Segment(text=text[at:start]))
        parts.append(Segment(text=text[start:end], hit=True))
        at = end
    if at < len(text):
        parts.append(Segment(text=text[at:]))
    return parts


class LiveRules:
    """The live rules (rules.yaml and rules.d), compiled once per change of a rules file
    (shared with the rules pages: services.web.live_rules)."""

    def __init__(self, config_dir: Path) -> None:
        self.config_dir = config_dir

    def get(self) -> RuleSet | None:
        """The compiled rules; None when there is no rules file or one is invalid."""
        return live_rules(self.config_dir).rules
