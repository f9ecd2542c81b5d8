"""`newswatch feeds`: each feed's health as a table (or JSON), and `feeds import FILE.opml`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from services.core.settings import Settings

FEEDS_FILE = "feeds.yaml"


def feeds_health_json(settings: Settings) -> list[dict[str, Any]]:
    """What `newswatch feeds --json` prints: one object per configured feed."""
    from services.core.yaml_files import load_model
    from services.poller.feed_health import read_health
    from services.poller.feeds_config import FeedsFile
    from services.supervisor.inspection import inspection_client

    feeds = load_model(settings.config_dir / FEEDS_FILE, FeedsFile).feeds
    with inspection_client(settings) as redis:
        return [row.model_dump(mode="json") for row in read_health(redis, feeds)]


def _cmd_feeds(settings: Settings, args: argparse.Namespace) -> int:
    from services.poller.feed_health import FeedHealth, format_table

    rows = feeds_health_json(settings)
    if args.json:
        print(json.dumps(rows, indent=2))
    elif not rows:
        print(f"no feeds in {settings.config_dir / FEEDS_FILE}")
    else:
        print(format_table([FeedHealth.model_validate(r) for r in rows]))
    return 0


def _cmd_import(settings: Settings, args: argparse.Namespace) -> int:
    from services.poller.feeds_import import import_feeds
    from services.poller.opml import parse_opml

    path: Path = args.file
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(f"newswatch feeds import: cannot read {path}: {exc.strerror}")
        return 2
    target = settings.config_dir / FEEDS_FILE
    report = import_feeds(target, parse_opml(data, str(path)), dry_run=args.dry_run)
    verb = "would add" if args.dry_run else "added"
    for feed in report.added:
        print(f"{verb} {feed.name}: {feed.url}")
    for url, why in report.skipped:
        print(f"skipped {url}: {why}")
    print(f"{verb} {len(report.added)} feed(s) to {target}, skipped {len(report.skipped)}")
    return 0


def register(sub: Any) -> None:
    feeds = sub.add_parser("feeds", help="each feed's health; `feeds import FILE.opml`")
    feeds.add_argument("--json", action="store_true", help="one JSON object per feed")
    feeds.set_defaults(handler=_cmd_feeds, role="feeds")
    actions = feeds.add_subparsers(dest="feeds_command", metavar="{import}")
    imp = actions.add_parser("import", help="add the feeds of an OPML file to feeds.yaml")
    imp.add_argument("file", type=Path, metavar="FILE.opml")
    imp.add_argument("--dry-run", action="store_true", help="show what would be added")
    imp.set_defaults(handler=_cmd_import, role="feeds")
