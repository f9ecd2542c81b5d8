"""The drop folder: take complete files from inbox/, queue them, then file them away.

A file moves to processed/ only after its article is safely queued (a crash in between means
it is read again, and its content identity keeps it from alerting twice); a refused file moves
to failed/ beside a `<name>.error.txt` that says why.
"""

from __future__ import annotations

import logging
import os
import stat
import time
from collections.abc import Iterable, Iterator
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
# A batch also ends when its files add up to this many bytes, so memory stays bounded by
# about this much however many files wait and however large each may be (up to the cap).
MAX_BATCH_BYTES = 16 * 1024 * 1024


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
        """One pass over the inbox; files still being written are left for the next pass.

        Files are read a batch at a time while the listing is walked, so however many wait
        (10,000 dropped at once), memory holds their names and one batch, never all of them.
        """
        result = ScanResult()
        signatures: dict[str, tuple[int, int]] = {}
        ready = self._ready_files(result, signatures)
        for batch in batches(ready, self.batch_size, MAX_BATCH_BYTES):
            self._take(batch, intake, result)
        self._last_seen = signatures
        return result

    def _ready_files(
        self, result: ScanResult, signatures: dict[str, tuple[int, int]]
    ) -> Iterator[tuple[Path, int]]:
        """(path, size) of each complete file, in name order; records in `signatures` the
        files still changing, to compare on the next scan."""
        now = time.time()
        for name in sorted(os.listdir(self.inbox)):
            if name.startswith((".", "~")) or name.endswith(PARTIAL_SUFFIXES):
                continue
            path = self.inbox / name
            try:
                st = path.lstat()
            except FileNotFoundError:  # taken away since the listing
                continue
            if stat.S_ISLNK(st.st_mode):
                self._reject(path, "refused: symbolic link", result)
                continue
            if not stat.S_ISREG(st.st_mode):
                continue
            signature = (st.st_size, st.st_mtime_ns)
            age = now - st.st_mtime
            settled = age >= self.settle_seconds and (
                self._last_seen.get(name) == signature or age >= OLD_FILE_SECONDS
            )
            if settled:
                yield path, st.st_size
            else:
                signatures[name] = signature
                result.waiting += 1

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


def batches(
    files: Iterable[tuple[Path, int]], max_files: int, max_bytes: int
) -> Iterator[list[Path]]:
    """Consecutive groups of at most `max_files` files and (unless one file alone is larger)
    `max_bytes` bytes."""
    batch: list[Path] = []
    size = 0
    for path, nbytes in files:
        if batch and (len(batch) >= max_files or size + nbytes > max_bytes):
            yield batch
            batch, size = [], 0
        batch.append(path)
        size += nbytes
    if batch:
        yield batch


def _move(path: Path, folder: Path) -> Path:
    """Move a file into folder without overwriting an earlier file of the same name."""
    target = folder / path.name
    n = 1
    while target.exists():
        target = folder / f"{path.stem}.{n}{path.suffix}"
        n += 1
    os.replace(path, target)
    return target
