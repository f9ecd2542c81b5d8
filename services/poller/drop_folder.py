"""The drop folder: take complete files from inbox/, queue them, then file them away.

A file moves to processed/ only after its article is safely queued (a crash in between means
it is read again, and its content identity keeps it from alerting twice). Each file is one
item (services.core.failures): whatever goes wrong with it (a refusal, a hostile name, a
decoder blowing up, the file vanishing or turning unreadable) moves it to failed/ beside a
`<name>.error.txt` that says why, logs one escaped line and lists it in `newswatch status`.
A file that cannot even be moved is remembered so the scan does not retry it in a loop.

The inbox's subfolders (one level) are watched too: each names the source of the files
dropped in it (`inbox/reuters/x.html` is from `reuters`) and stays when they are taken.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from services.core.errors import InputRejected, TransientError
from services.core.failures import STORE_ERRORS, ItemGuard, describe, record_failure
from services.core.logs import escape
from services.core.models import ArticleMessage
from services.poller.bounded_json import DEFAULT_MAX_DEPTH
from services.poller.drop_files import display_name, folder_source, read_bounded, read_drop
from services.poller.intake import Intake

log = logging.getLogger(__name__)

# Names that say "still being written" (browsers, rsync, editors).
PARTIAL_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial", ".swp")
# A file this old is complete even if we have not seen it twice (e.g. present at start-up).
OLD_FILE_SECONDS = 60.0
# A batch also ends when its files add up to this many bytes, so memory stays bounded by
# about this much however many files wait and however large each may be (up to the cap).
MAX_BATCH_BYTES = 16 * 1024 * 1024
REASON_SUFFIX = ".error.txt"
# Longest file name most file systems store, in bytes.
MAX_NAME_BYTES = 255
# A suffix longer than this is kept as part of the name when a name must be shortened.
MAX_SUFFIX_CHARS = 16
DROP = "drop"
Signature = tuple[int, int]


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
    max_json_depth: int = DEFAULT_MAX_DEPTH
    _last_seen: dict[str, Signature] = field(default_factory=dict)
    # Files that could be neither taken nor moved aside, with their signature then: skipped
    # until they change, so one stuck file is recorded once, not once per scan.
    _stuck: dict[str, Signature | None] = field(default_factory=dict)
    _folder_problems: dict[str, str] = field(default_factory=dict)

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
        redis = getattr(intake, "redis", None)
        signatures: dict[str, Signature] = {}
        ready = self._ready_files(redis, result, signatures)
        for batch in batches(ready, self.batch_size, MAX_BATCH_BYTES):
            self._take(batch, intake, redis, result)
        self._last_seen = signatures
        return result

    def _listing(self, redis: Any) -> list[str]:
        """The inbox's names in order, with each subfolder's files as `folder/name` (one
        level: a subfolder names its files' source); a folder that cannot be listed is
        recorded once."""
        names = self._names(self.inbox, redis)
        if names is None:  # removed under us: make it again for the next drops
            self.inbox.mkdir(parents=True, exist_ok=True)
            return []
        listed: list[str] = []
        for name in names:
            if not name.startswith((".", "~")) and self._is_folder(self.inbox / name):
                listed += [
                    f"{name}/{child}" for child in self._names(self.inbox / name, redis) or []
                ]
            else:
                listed.append(name)
        if self._stuck:
            present = set(listed)
            self._stuck = {n: sig for n, sig in self._stuck.items() if n in present}
        return listed

    def _names(self, folder: Path, redis: Any) -> list[str] | None:
        """A folder's names in order; None when it is gone, [] when it cannot be read."""
        key = str(folder)
        try:
            names = sorted(os.listdir(folder))
        except FileNotFoundError:
            return None
        except OSError as exc:
            reason = describe(exc)
            if self._folder_problems.get(key) != reason:
                self._folder_problems[key] = reason
                record_failure(redis, "drop folder", key, reason)
            return []
        self._folder_problems.pop(key, None)
        return names

    @staticmethod
    def _is_folder(path: Path) -> bool:
        try:
            return stat.S_ISDIR(path.lstat().st_mode)
        except OSError:
            return False

    def _key(self, path: Path) -> str:
        """A drop's name relative to the inbox (`note.txt`, `reuters/note.txt`)."""
        return str(path.relative_to(self.inbox))

    def _ready_files(
        self, redis: Any, result: ScanResult, signatures: dict[str, Signature]
    ) -> Iterator[tuple[Path, int]]:
        """(path, size) of each complete file, in name order; records in `signatures` the
        files still changing, to compare on the next scan."""
        now = time.time()
        for name in self._listing(redis):
            base = name.rpartition("/")[2]
            if base.startswith((".", "~")) or base.endswith(PARTIAL_SUFFIXES):
                continue
            path = self.inbox / name
            if self._still_stuck(path):
                continue
            ready = None
            with ItemGuard(redis, DROP, display_name(name)) as guard:
                ready = self._check(path, now, result, signatures)
            if guard.failure:
                self._set_aside(path, guard.failure.reason, redis, result)
            elif ready:
                yield ready

    def _check(
        self, path: Path, now: float, result: ScanResult, signatures: dict[str, Signature]
    ) -> tuple[Path, int] | None:
        """(path, size) when the file is complete, None while it may still change."""
        try:
            st = path.lstat()
        except FileNotFoundError:  # taken away since the listing
            return None
        if stat.S_ISLNK(st.st_mode):
            raise InputRejected("refused: symbolic link")
        if stat.S_ISDIR(st.st_mode):
            raise InputRejected(
                "refused: a folder inside a source folder (drop files in inbox/ or in one "
                "level of subfolders)"
            )
        if not stat.S_ISREG(st.st_mode):
            raise InputRejected("refused: not a regular file (a pipe, socket or device)")
        signature = (st.st_size, st.st_mtime_ns)
        age = now - st.st_mtime
        settled = age >= self.settle_seconds and (
            self._last_seen.get(self._key(path)) == signature or age >= OLD_FILE_SECONDS
        )
        if settled:
            return path, st.st_size
        signatures[self._key(path)] = signature
        result.waiting += 1
        return None

    def _take(self, paths: list[Path], intake: Intake, redis: Any, result: ScanResult) -> None:
        articles: list[tuple[Path, ArticleMessage]] = []
        for path in paths:
            with ItemGuard(redis, DROP, display_name(self._key(path))) as guard:
                try:
                    articles.append((path, self._read(path)))
                except FileNotFoundError:  # taken away since the listing: nothing to do
                    continue
            if guard.failure:
                self._set_aside(path, guard.failure.reason, redis, result)
        if not articles:
            return
        try:
            outcome = intake.submit([article for _, article in articles])
        except STORE_ERRORS:
            raise
        except TransientError as exc:  # not the files' fault: they stay for the next scan
            log.warning(
                "drops: %d file(s) left in inbox/ for now: %s", len(articles), describe(exc)
            )
            return
        # Item edge: one article the queue would not take must not hold up its batch; find it
        # by queueing the batch one article at a time.
        except Exception:  # noqa: BLE001
            self._take_one_by_one(articles, intake, redis, result)
            return
        result.queued += outcome.queued
        result.duplicates += outcome.duplicates
        for path, _ in articles:
            self._file_away(path, redis)
        log.info("drops: queued %d article(s), %d already seen", outcome.queued, outcome.duplicates)

    def _take_one_by_one(
        self,
        articles: list[tuple[Path, ArticleMessage]],
        intake: Intake,
        redis: Any,
        result: ScanResult,
    ) -> None:
        for path, article in articles:
            with ItemGuard(redis, DROP, display_name(self._key(path))) as guard:
                outcome = intake.submit([article])
                result.queued += outcome.queued
                result.duplicates += outcome.duplicates
            if guard.failure:
                self._set_aside(path, guard.failure.reason, redis, result)
            else:
                self._file_away(path, redis)

    def _read(self, path: Path) -> ArticleMessage:
        # No following links, no blocking on a pipe swapped in since the listing.
        data = read_bounded(path, self.max_bytes)
        return read_drop(path, data, self.max_json_depth, folder_source(path, self.inbox))

    def _file_away(self, path: Path, redis: Any) -> None:
        """Move a queued file to processed/; one that cannot be moved is remembered."""
        try:
            _move(path, self.processed)
        except FileNotFoundError:  # taken away meanwhile; its article is queued anyway
            pass
        except OSError as exc:
            reason = f"queued, but not moved to processed/: {describe(exc)}"
            self._remember_stuck(path, reason, redis)

    def _set_aside(self, path: Path, reason: str, redis: Any, result: ScanResult) -> None:
        """Move a failed file to failed/ beside its reason (the failure is already logged)."""
        result.rejected += 1
        try:
            target = _move(path, self.failed)
        except FileNotFoundError:
            return
        except OSError as exc:
            self._remember_stuck(path, f"not moved to failed/ ({describe(exc)}); {reason}", redis)
            return
        try:
            reason_file = target.with_name(target.name + REASON_SUFFIX)
            reason_file.write_text(reason + "\n", encoding="utf-8")
        except OSError as exc:
            log.warning("drops: reason for %s not written: %s", escape(target.name), describe(exc))

    def _remember_stuck(self, path: Path, reason: str, redis: Any) -> None:
        self._stuck[self._key(path)] = _signature(path)
        record_failure(redis, DROP, display_name(self._key(path)), f"{reason}; left in inbox/")

    def _still_stuck(self, path: Path) -> bool:
        """True for a file recorded as stuck that has not changed since."""
        key = self._key(path)
        if key not in self._stuck:
            return False
        if self._stuck[key] == _signature(path):
            return True
        del self._stuck[key]
        return False


def _signature(path: Path) -> Signature | None:
    try:
        st = path.lstat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


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


def fitted_name(name: str, n: int) -> str:
    """The name to file a drop under: with `.n` before its suffix when n > 0, and shortened
    (its start, a hash of the whole name, its suffix) when it would leave no room for the
    `.error.txt` beside it."""
    suffix = os.path.splitext(name)[1]
    if len(suffix) > MAX_SUFFIX_CHARS or "\n" in suffix:
        suffix = ""
    stem = name[: len(name) - len(suffix)]
    tag = f".{n}" if n else ""
    budget = MAX_NAME_BYTES - len(REASON_SUFFIX)
    candidate = stem + tag + suffix
    if _name_bytes(candidate) <= budget:
        return candidate
    digest = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    tail = f"~{digest}{tag}{suffix}"
    keep = min(len(stem), budget - _name_bytes(tail))
    while keep > 0 and _name_bytes(stem[:keep] + tail) > budget:
        keep -= 1
    return stem[:keep] + tail


def _name_bytes(name: str) -> int:
    return len(name.encode("utf-8", "surrogateescape"))


def _move(path: Path, folder: Path) -> Path:
    """Move a file into folder without overwriting an earlier file (or reason) of that name."""
    n = 0
    target = folder / fitted_name(path.name, n)
    while target.exists() or target.with_name(target.name + REASON_SUFFIX).exists():
        n += 1
        target = folder / fitted_name(path.name, n)
    os.replace(path, target)
    return target
