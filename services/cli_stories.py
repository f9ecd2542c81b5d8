"""`newswatch stories [--since 1d] [--json]`: recent stories, where they ran, which rules fired."""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

from services.core.durations import parse_duration
from services.core.settings import Settings


def _since(value: str) -> float:
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _cmd_stories(settings: Settings, args: argparse.Namespace) -> int:
    from services.supervisor.inspection import inspection_client
    from workers.stories import recent_stories

    with inspection_client(settings) as redis:
        stories = recent_stories(redis, args.since, limit=args.limit)
    if args.json:
        print(json.dumps([s.model_dump(mode="json") for s in stories], indent=2))
        return 0
    if not stories:
        print("no stories in that window")
    for story in stories:
        when = time.strftime("%Y-%m-%d %H:%M", time.gmtime(story.first_seen))
        print(f"{when}  {story.title}  [{story.story_id}]")
        print(
            f"    sources: {', '.join(story.sources) or story.source} ({story.articles} articles)"
        )
        if story.version:
            print(f"    updates: {story.version}")
        print(f"    rules: {', '.join(story.rules) or '-'}")
    return 0


def register(sub: Any) -> None:
    stories = sub.add_parser("stories", help="recent stories: their sources and rules alerted")
    stories.add_argument(
        "--since", type=_since, default=86400.0, help="first seen within (90m, 12h, 1d; 1d)"
    )
    stories.add_argument("--limit", type=int, default=200, help="newest first, at most this")
    stories.add_argument("--json", action="store_true", help="a JSON list of stories")
    stories.set_defaults(handler=_cmd_stories, role="stories")
