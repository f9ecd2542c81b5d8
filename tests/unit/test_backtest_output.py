"""What `newswatch backtest` prints for a match: one line, article text made harmless."""

from __future__ import annotations

from datetime import UTC, datetime

from services.cli_backtest import text_line
from workers.history.backtest import BacktestMatch


def match(title: str, snippet: str = "«Lavrov» said") -> BacktestMatch:
    return BacktestMatch(
        rule="r",
        article_id="a1",
        title=title,
        source="tass.com",
        url=None,
        snippet=snippet,
        terms=("lavrov",),
        story_id="a1",
        story_version=0,
        received_at=datetime(2026, 12, 1, 8, 30, tzinfo=UTC),
        published_at=None,
    )


def test_a_match_line_names_time_article_source_title_and_snippet():
    assert text_line("  ", match("Lavrov on terrorism")) == (
        "  2026-12-01 08:30 a1 [tass.com] Lavrov on terrorism: «Lavrov» said"
    )


def test_control_characters_in_article_text_are_escaped():
    line = text_line("", match("Fake\nALERT \x1b[2J", snippet="x\ry"))
    assert "\n" not in line and "\x1b" not in line and "\r" not in line


def test_a_huge_title_is_cut():
    assert len(text_line("", match("word " * 10_000))) < 1000
