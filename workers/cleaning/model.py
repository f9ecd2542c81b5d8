"""The cleaned article every cleaner returns, and the statistics of one cleaning run."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class CleaningStats:
    """How much of the input survived cleaning, and which method produced the result."""

    lines_in: int
    lines_kept: int
    chars_in: int
    chars_kept: int
    method: str

    @classmethod
    def measure(
        cls, source: str, lines_in: int, paragraphs: tuple[str, ...], method: str
    ) -> CleaningStats:
        """Statistics of one run that turned ``source`` (``lines_in`` lines) into ``paragraphs``."""
        kept = sum(len(p) for p in paragraphs)
        return cls(lines_in, len(paragraphs), len(source), kept, method)

    @property
    def kept_ratio(self) -> float:
        """Share of input characters kept (0.0 for empty input)."""
        return self.chars_kept / self.chars_in if self.chars_in else 0.0


@dataclass(frozen=True)
class CleanArticle:
    """An article reduced to its story: rules match title and body, never page clutter."""

    title: str
    paragraphs: tuple[str, ...]
    language: str | None
    published_at: datetime | None
    site_name: str | None
    canonical_url: str | None
    stats: CleaningStats

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines."""
        return "\n\n".join(self.paragraphs)
