"""The bounds on the work one article may cause in a worker, from the NEWSWATCH_* settings."""

from __future__ import annotations

from dataclasses import dataclass, field

from services.core.settings import Settings
from workers.cleaning.bounds import CleaningLimits
from workers.stories.fingerprint import MAX_WORDS


@dataclass(frozen=True)
class ArticleLimits:
    """Cleaning bounds, words fed to MinHash, and the matching time budget of one article."""

    cleaning: CleaningLimits = field(default_factory=CleaningLimits)
    story_max_words: int = MAX_WORDS
    match_budget_seconds: float | None = 5.0

    @classmethod
    def from_settings(cls, settings: Settings) -> ArticleLimits:
        return cls(
            cleaning=CleaningLimits.from_settings(settings),
            story_max_words=settings.story_max_words,
            match_budget_seconds=settings.match_budget_seconds,
        )
