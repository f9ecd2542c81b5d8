"""Alert channels from config/apprise.yaml (apprise's own YAML format, with tags).

Each target is kept separately so delivery has a status per target; targets are shown only
with apprise's privacy masking, never with their secrets.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import apprise

from services.core.errors import ConfigError
from services.core.yaml_files import load_yaml_file

log = logging.getLogger(__name__)

APPRISE_FILE = "apprise.yaml"


@dataclass(frozen=True)
class Target:
    """One delivery target: an apprise plugin with its tags."""

    id: str
    label: str
    tags: frozenset[str]
    plugin: Any = field(compare=False)

    def send(self, title: str, body: str) -> bool:
        return bool(self.plugin.notify(body=body, title=title))


def load_targets(path: Path) -> list[Target]:
    """Targets configured in the file; a missing file means no channels (alerts go to the log)."""
    if not path.exists():
        return []
    raw = load_yaml_file(path)
    listed = _count_urls(raw, path)
    config = apprise.AppriseConfig()
    if not config.add_config(path.read_text(encoding="utf-8"), format="yaml"):
        raise ConfigError(f"{path}: apprise could not read this configuration")
    plugins = config.services()
    if len(plugins) != listed:
        raise ConfigError(
            f"{path}: {listed - len(plugins)} of {listed} URL(s) were not understood by apprise "
            "(check the scheme and required parts)"
        )
    return [_target(index, plugin) for index, plugin in enumerate(plugins)]


def _count_urls(raw: Any, path: Path) -> int:
    if raw is None:
        return 0
    if not isinstance(raw, dict) or not isinstance(raw.get("urls", []), list):
        raise ConfigError(f"{path}: expected a mapping with a `urls:` list (apprise YAML format)")
    return len(raw.get("urls") or [])


def _target(index: int, plugin: Any) -> Target:
    label = str(plugin.url(privacy=True))
    digest = hashlib.sha256(f"{index}\x00{label}".encode()).hexdigest()[:12]
    tags = frozenset(str(t) for t in plugin.tags)
    return Target(id=f"t{index}-{digest}", label=label, tags=tags, plugin=plugin)


def select(targets: Sequence[Target], tags: Sequence[str]) -> list[Target]:
    """Targets carrying any of the tags; every target when no tag is named."""
    if not tags:
        return list(targets)
    wanted = set(tags)
    return [t for t in targets if t.tags & wanted]


@dataclass
class ChannelsHolder:
    """The channel list, re-read when apprise.yaml changes; a bad edit keeps the last good one."""

    path: Path
    targets: list[Target] = field(default_factory=list)
    _signature: tuple[int, int] | None = None

    def current(self) -> list[Target]:
        try:
            st = self.path.stat()
            signature = (st.st_mtime_ns, st.st_size)
        except FileNotFoundError:
            signature = (0, 0)
        if signature != self._signature:
            self._signature = signature
            try:
                self.targets = load_targets(self.path)
            except ConfigError as exc:
                log.error("invalid channels edit, keeping %d target(s): %s", len(self.targets), exc)
        return self.targets
