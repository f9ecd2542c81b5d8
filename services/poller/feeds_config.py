"""The shape of config/feeds.yaml (version 1)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from services.core.durations import parse_duration

MIN_INTERVAL_SECONDS = 60.0


class FeedConfig(BaseModel):
    """One news feed to poll."""

    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)

    name: str = Field(min_length=1, max_length=100, pattern=r"^[\w.-]+$")
    url: str = Field(pattern=r"^https?://", description="http(s) URL of an RSS/Atom/JSON feed")
    interval: float = Field(default=900.0, description="seconds, or 90s / 15m / 2h")
    tags: list[str] = Field(default_factory=list)
    language: str | None = Field(default=None, description="ISO 639-1 hint")
    enabled: bool = True
    full_text: bool = Field(
        default=False, description="fetch and clean the linked page of each new entry"
    )

    @field_validator("interval", mode="before")
    @classmethod
    def _duration(cls, value: object) -> float:
        seconds = parse_duration(value)
        if seconds < MIN_INTERVAL_SECONDS:
            raise ValueError(f"poll no more often than every {MIN_INTERVAL_SECONDS:.0f}s")
        return seconds


class FeedsFile(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)

    version: Literal[1] = 1
    feeds: list[FeedConfig] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_names(self) -> FeedsFile:
        names = [f.name for f in self.feeds]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"duplicate feed name(s): {', '.join(duplicates)}")
        return self
