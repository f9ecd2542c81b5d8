"""The drop folder takes only complete files, refuses unsafe ones with a reason, keeps memory
bounded however many files arrive, and never loses a file between queueing and moving it."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import threading
import time
import tracemalloc
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from services.core.models import ArticleMessage
from services.poller import drop_folder
from services.poller.drop_folder import OLD_FILE_SECONDS, DropFolder, batches
from services.poller.intake import IntakeResult
from services.poller.service import Poller
from tests.conftest import SEEDS
from tests.support.pipeline import delivered_alerts, run_notifier, run_workers

TEXT = b"Headline\n\nA paragraph of article text that is long enough to be kept.\n"


class CountingIntake:
    """Stands in for the Redis intake: keeps only the size of each batch it was handed."""

    def __init__(self) -> None:
        self.batches: list[int] = []

    def submit(self, articles: Sequence[ArticleMessage]) -> IntakeResult:
        self.batches.append(len(articles))
        return IntakeResult(len(articles), 0)


def folder(tmp_path: Path, settle: float = 0.0, max_bytes: int = 1024 * 1024) -> DropFolder:
    return DropFolder(tmp_path / "drops", settle_seconds=settle, max_bytes=max_bytes, batch_size=50)


def scan(drops: DropFolder, intake: CountingIntake | None = None) -> drop_folder.ScanResult:
    return drops.scan(intake or CountingIntake())  # type: ignore[arg-type]


def names(path: Path) -> list[str]:
    return sorted(p.name for p in path.iterdir())


def age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_new_file_is_taken_once_unchanged_between_two_scans(tmp_path: Path) -> None:
    drops = folder(tmp_path)
    (drops.inbox / "a.txt").write_bytes(TEXT)
    assert scan(drops).waiting == 1
    assert scan(drops).queued == 1
    assert names(drops.processed) == ["a.txt"]


def test_a_file_still_growing_is_left_alone(tmp_path: Path) -> None:
    drops = folder(tmp_path)
    path = drops.inbox / "a.txt"
    path.write_bytes(TEXT[:10])
    for n in range(3):
        assert scan(drops).waiting == 1
        with path.open("ab") as handle:
            handle.write(TEXT[10 + n : 11 + n])
    assert names(drops.inbox) == ["a.txt"]


def test_a_file_younger_than_the_settle_time_waits(tmp_path: Path) -> None:
    drops = folder(tmp_path, settle=30)
    (drops.inbox / "a.txt").write_bytes(TEXT)
    assert (scan(drops).waiting, scan(drops).waiting) == (1, 1)


def test_a_file_written_elsewhere_and_renamed_in_is_taken_at_once(tmp_path: Path) -> None:
    drops = folder(tmp_path, settle=1.0)
    outside = tmp_path / "a.txt"
    outside.write_bytes(TEXT)
    age(outside, OLD_FILE_SECONDS + 1)
    os.rename(outside, drops.inbox / "a.txt")
    assert scan(drops).queued == 1


@pytest.mark.parametrize("name", ["a.txt.part", "a.tmp", "a.crdownload", ".hidden.txt", "~a.txt"])
def test_files_still_being_written_by_name_are_never_taken(tmp_path: Path, name: str) -> None:
    drops = folder(tmp_path)
    (drops.inbox / name).write_bytes(TEXT)
    age(drops.inbox / name, OLD_FILE_SECONDS + 1)
    result = scan(drops)
    assert (result.queued, result.rejected) == (0, 0)
    assert names(drops.inbox) == [name]


def refused_with(drops: DropFolder, name: str) -> str:
    assert name in names(drops.failed)
    return (drops.failed / f"{name}.error.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("target", ["file", "directory", "dangling"])
def test_symbolic_links_are_refused_and_their_target_untouched(tmp_path: Path, target: str) -> None:
    drops = folder(tmp_path)
    secret = tmp_path / "secret"
    if target == "file":
        secret.write_text("private", encoding="utf-8")
    elif target == "directory":
        secret.mkdir()
    (drops.inbox / "link.txt").symlink_to(secret)
    assert scan(drops).rejected == 1
    assert refused_with(drops, "link.txt") == "refused: symbolic link\n"
    assert (drops.failed / "link.txt").is_symlink()
    assert target == "dangling" or secret.exists()


def test_a_file_over_the_size_cap_is_refused_without_reading_it(tmp_path: Path) -> None:
    drops = folder(tmp_path, max_bytes=2048)
    (drops.inbox / "big.txt").write_bytes(b"x" * 4096)
    age(drops.inbox / "big.txt", OLD_FILE_SECONDS + 1)
    assert scan(drops).rejected == 1
    assert refused_with(drops, "big.txt") == "refused: 4096 bytes is over the 2048-byte cap\n"


def test_a_refused_file_does_not_overwrite_an_earlier_one(tmp_path: Path) -> None:
    drops = folder(tmp_path)
    for _ in range(2):
        (drops.inbox / "empty.txt").write_bytes(b"")
        age(drops.inbox / "empty.txt", OLD_FILE_SECONDS + 1)
        scan(drops)
    assert names(drops.failed) == [
        "empty.1.txt",
        "empty.1.txt.error.txt",
        "empty.txt",
        "empty.txt.error.txt",
    ]


def test_batches_are_bounded_by_count_and_bytes() -> None:
    files = [(Path(f"{n}.txt"), size) for n, size in enumerate([10] * 120 + [900, 10, 10])]
    sizes = [len(b) for b in batches(files, max_files=50, max_bytes=1000)]
    assert sizes == [50, 50, 20, 3]
    assert [len(b) for b in batches([(Path("x"), 600)] * 3, 50, 1000)] == [1, 1, 1]
    assert [len(b) for b in batches([(Path("huge"), 10**9)], 50, 1000)] == [1]


def fill(drops: DropFolder, count: int, size: int) -> None:
    for n in range(count):
        path = drops.inbox / f"{n:05}.txt"
        path.write_bytes(TEXT + f"{n}\n".encode() * (size // 6))
        age(path, OLD_FILE_SECONDS + 1)


def scan_peak(drops: DropFolder, intake: CountingIntake) -> int:
    """Peak memory allocated during one scan."""
    tracemalloc.start()
    try:
        scan(drops, intake)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def scan_peaks(root: str) -> tuple[int, int, list[int], int]:
    """Peaks of scanning 3,000 files of 1 KB and of 8 KB, the 8 KB scan's batches and what it
    moved. Run in a fresh interpreter: tracemalloc counts every thread's allocations, and a
    suite leaves threads of earlier tests running in its own process."""
    small, large = folder(Path(root) / "small"), folder(Path(root) / "large")
    fill(small, 3000, 1024)
    fill(large, 3000, 8192)  # about 25 MB in all
    intake = CountingIntake()
    small_peak, large_peak = scan_peak(small, CountingIntake()), scan_peak(large, intake)
    return small_peak, large_peak, intake.batches, len(os.listdir(large.processed))


def test_thousands_of_files_are_handled_in_batches_with_bounded_memory(tmp_path: Path) -> None:
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        small_peak, large_peak, batches, moved = pool.submit(scan_peaks, str(tmp_path)).result()
    assert max(batches) == 50 and sum(batches) == 3000
    assert moved == 3000
    # Eight times the bytes, not eight times the memory: one batch more at most.
    assert large_peak < small_peak + 50 * 8192 * 2
    assert large_peak < 3000 * 8192 / 8


def test_crash_between_queueing_and_moving_reprocesses_without_a_second_alert(
    redis, settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.inbox_dir.mkdir(parents=True)
    for seed in SEEDS.iterdir():
        shutil.copy(seed, settings.inbox_dir / seed.name)
    real_move = drop_folder._move

    def crash(path: Path, to: Path) -> Path:
        raise KeyboardInterrupt("killed after queueing, before moving")

    monkeypatch.setattr(drop_folder, "_move", crash)
    with pytest.raises(KeyboardInterrupt):
        Poller(settings, redis).run_once(threading.Event())
    assert names(settings.inbox_dir) == names(SEEDS)  # nothing lost
    monkeypatch.setattr(drop_folder, "_move", real_move)
    Poller(settings, redis).run_once(threading.Event())  # the restarted poller
    assert names(settings.inbox_dir) == []
    assert names(settings.drop_dir / "processed") == names(SEEDS)
    run_workers(redis, settings)
    run_notifier(redis, settings)
    assert len(delivered_alerts(settings)) == len(names(SEEDS))
