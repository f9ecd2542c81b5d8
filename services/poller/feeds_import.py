"""Merge OPML subscriptions into config/feeds.yaml, keeping what is already there.

Existing feeds, their order and the file's comments are kept: new feeds are appended as
text to the `feeds:` list, and the result is re-read and checked to be exactly the old feeds
followed by the new ones before it replaces the file (atomically, so a running poller never
reads half a file). Only when the file's layout does not allow appending (`feeds: []`, or
another key after the list) is the list written out again, keeping the leading comments.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from services.core.errors import ConfigError
from services.core.yaml_files import load_model, load_yaml_text
from services.poller.feeds_config import FeedConfig, FeedsFile
from services.poller.opml import OpmlFeed, feed_name, slug, url_key

ITEM_INDENT = re.compile(r"^feeds:[ \t]*(?:#.*)?\n(?:[ \t]*(?:#.*)?\n)*([ \t]*)- ", re.MULTILINE)


@dataclass
class ImportReport:
    """What an import did: feeds added, and subscriptions skipped with the reason."""

    added: list[FeedConfig] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (url, why)


def plan_import(existing: FeedsFile, subscriptions: list[OpmlFeed]) -> ImportReport:
    """The feeds to add: one per new URL, with a safe unused name; the rest skipped."""
    report = ImportReport()
    known = {url_key(f.url) for f in existing.feeds}
    taken = {f.name for f in existing.feeds}
    for sub in subscriptions:
        if url_key(sub.url) in known:
            report.skipped.append((sub.url, "already in feeds.yaml"))
            continue
        name = feed_name(sub, taken)
        tags = [slug(sub.category)] if sub.category and slug(sub.category) else []
        try:
            feed = FeedConfig(name=name, url=sub.url.strip(), tags=tags)
        except ValidationError:
            report.skipped.append((sub.url, "not an http(s) feed URL"))
            continue
        known.add(url_key(feed.url))
        taken.add(name)
        report.added.append(feed)
    return report


def import_feeds(
    path: Path, subscriptions: list[OpmlFeed], *, dry_run: bool = False
) -> ImportReport:
    """Add the new subscriptions to the feeds file at `path` (created if missing)."""
    text = path.read_text(encoding="utf-8") if path.exists() else "version: 1\nfeeds:\n"
    existing = load_model(path, FeedsFile) if path.exists() else FeedsFile()
    report = plan_import(existing, subscriptions)
    if report.added and not dry_run:
        merged = _merged_text(text, existing, report.added, str(path))
        _write_atomically(path, merged)
    return report


def _merged_text(text: str, existing: FeedsFile, added: list[FeedConfig], source: str) -> str:
    """The file text with `added` appended; falls back to writing the list out again."""
    expected = [*existing.feeds, *added]
    match = ITEM_INDENT.search(text)
    if match and existing.feeds:
        candidate = text + ("" if text.endswith("\n") else "\n") + _items(added, match.group(1))
        if _feeds_in(candidate, source) == expected:
            return candidate
    comments = "".join(re.findall(r"\A(?:#.*\n)*", text))
    rewritten = f"{comments}version: 1\nfeeds:\n{_items(expected, '  ')}"
    if _feeds_in(rewritten, source) != expected:
        raise ConfigError(f"{source}: could not merge the new feeds; the file is unchanged")
    return rewritten


def _items(feeds: list[FeedConfig], indent: str) -> str:
    """YAML list items for these feeds, defaults left out, at the given indent."""
    ordered = [
        {
            "name": f.name,
            "url": f.url,
            **f.model_dump(exclude_defaults=True, exclude={"name", "url"}),
        }
        for f in feeds
    ]
    block = yaml.safe_dump(ordered, sort_keys=False, allow_unicode=True, default_flow_style=False)
    return "".join(f"{indent}{line}\n" for line in block.splitlines())


def _feeds_in(text: str, source: str) -> list[FeedConfig] | None:
    try:
        return FeedsFile.model_validate(load_yaml_text(text, source)).feeds
    except (ConfigError, ValidationError):
        return None


def _write_atomically(path: Path, text: str) -> None:
    """Replace the file in one rename; a reader sees the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
