"""Give each article of a batch its story: one atomic Redis script call per batch.

Why a script: two workers may take two copies of one article at the same moment. Each must
see the other's registration before deciding, or both would start a story. A Lua script runs
alone on the server, so "look up exact identities and bands, verify candidates on their
signatures, join or start a story, register this article" is one step, in publication
order within the batch. It touches only the keys derived from the article (no scans): its
cost does not depend on how many articles the window holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from services.core import keys
from workers.stories.assign_lua import SCRIPT
from workers.stories.config import StoryConfig
from workers.stories.fingerprint import Fingerprint


@dataclass(frozen=True)
class StoryAssignment:
    """The story an article belongs to, as the alert needs it."""

    story_id: str
    version: int = 0  # how many material updates the story has had
    joined: bool = False  # a copy of an earlier article
    update: bool = False  # this article is the story's latest material update
    other_sources: tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def alone(cls, article_id: str) -> StoryAssignment:
        """An article as its own story (no story index consulted)."""
        return cls(article_id)


def script_args(config: StoryConfig, prints: Sequence[Fingerprint]) -> list[Any]:
    """ARGV of the script: settings, key prefixes, then ten values per article."""
    args: list[Any] = [
        config.window_ms,
        config.min_jaccard,
        config.min_containment,
        config.containment_min_shingles,
        config.update_growth,
        int(config.update_on_headline),
        config.sources_max,
        keys.story_doc(""),
        keys.story_band(""),
        keys.story_exact(""),
        keys.story(""),
        keys.STORIES,
    ]
    for p in prints:
        args += [
            p.article_id,
            p.source,
            p.title,
            p.title_digest,
            p.url_digest,
            p.text_digest,
            p.length,
            p.shingles,
            p.signature,
            " ".join(p.bands),
        ]
    return args


def assign_stories(
    redis: Any, prints: Sequence[Fingerprint], config: StoryConfig
) -> list[StoryAssignment]:
    """The story of each fingerprinted article, in order; registers them for later copies."""
    if not prints:
        return []
    rows = redis.register_script(SCRIPT)(args=script_args(config, prints))
    return [
        StoryAssignment(
            story_id=_text(row[0]),
            version=int(row[1]),
            joined=bool(int(row[2])),
            update=bool(int(row[3])),
            other_sources=tuple(_text(s) for s in row[4:]),
        )
        for row in rows
    ]


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
