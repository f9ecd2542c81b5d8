"""The drop folder: take complete files from inbox/, queue them, then file them away.

A file moves to processed/ only after its article is safely queued (a crash in between means
it is read again, and its content identity keeps it from alerting twice); a refused file moves
to failed/ beside a `<name>.error.txt` that says why.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from services.core.errors import InputRejected
from services.core.models import ArticleMessage
from services.poller.drop_files import read_drop
from services.poller.intake import Intake

log = logging.getLogger(__name__)

# Names that say "still being written" (browsers, rsync, editors).
PARTIAL_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial", ".swp")
# A file this old is complete even if we have not seen it twice (e.g. present at start-up).
OLD_FILE_SECONDS = 60.0


@dataclass
class ScanResult:
    queued: int = 0
    duplicates: int = 0
    rejected: int = 0
    waiting: int = 0


@dataclass
class DropFolder:
    root: Path
    settle_seconds: float
    max_bytes: int
    batch_size: int
    _last_seen: dict[str, tuple[int, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for sub in (self.inbox, self.processed, self.failed):
            sub.mkdir(parents=True, exist_ok=True)

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def processed(self) -> Path:
        return self.root / "processed"

    @property
    def failed(self) -> Path:
        return self.root / "failed"

    def scan(self, intake: Intake) -> ScanResult:
        """One pass over the inbox; files still being written are left for the next pass."""
        result = ScanResult()
        ready, signatures = self._ready_files(result)
        self._last_seen = signatures
        for start in range(0, len(ready), self.batch_size):
            self._take(ready[start : start + self.batch_size], intake, result)
        return result

    def _ready_files(self, result: ScanResult) -> tuple[list[Path], dict[str, tuple[int, int]]]:
        now = time.time()
        ready: list[Path] = []
        signatures: dict[str, tuple[int, int]] = {}
        for entry in sorted(os.scandir(self.inbox), key=lambda e: e.name):
            if entry.name.startswith((".", "~")) or entry.name.endswith(PARTIAL_SUFFIXES):
                continue
            if entry.is_symlink():
                self._reject(Path(entry.path), "refused: symbolic link", result)
                continue
            if not entry.is_file(follow_symlinks=False):
                continue
            st = entry.stat(follow_symlinks=False)
            signature = (st.st_size, st.st_mtime_ns)
            age = now - st.st_mtime
            settled = age >= self.settle_seconds and (
                self._last_seen.get(entry.name) == signature or age >= OLD_FILE_SECONDS
            )
            if settled:
                ready.append(Path(entry.path))
            else:
                signatures[entry.name] = signature
                result.waiting += 1
        return ready, signatures

    def _take(self, paths: list[Path], intake: Intake, result: ScanResult) -> None:
        articles: list[tuple[Path, ArticleMessage]] = []
        for path in paths:
            try:
                articles.append((path, self._read(path)))
            except InputRejected as exc:
                self._reject(path, str(exc), result)
        if not articles:
            return
        outcome = intake.submit([article for _, article in articles])
        result.queued += outcome.queued
        result.duplicates += outcome.duplicates
        for path, _ in articles:
            _move(path, self.processed)
        log.info("drops: queued %d article(s), %d already seen", outcome.queued, outcome.duplicates)

    def _read(self, path: Path) -> ArticleMessage:
        size = path.stat().st_size
        if size > self.max_bytes:
            raise InputRejected(f"refused: {size} bytes is over the {self.max_bytes}-byte cap")
        with path.open("rb") as handle:
            data = handle.read(self.max_bytes + 1)
        return read_drop(path, data)

    def _reject(self, path: Path, reason: str, result: ScanResult) -> None:
        result.rejected += 1
        target = _move(path, self.failed)
        target.with_name(target.name + ".error.txt").write_text(reason + "\n", encoding="utf-8")
        log.warning("drops: %s moved to %s: %s", path.name, self.failed.name, reason)


def _move(path: Path, folder: Path) -> Path:
    """Move a file into folder without overwriting an earlier file of the same name."""
    target = folder / path.name
    n = 1
    while target.exists():
        target = folder / f"{path.stem}.{n}{path.suffix}"
        n += 1
    os.replace(path, target)
    return target
