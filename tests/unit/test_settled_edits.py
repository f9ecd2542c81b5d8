"""A config file saved in place (truncated, then written) is taken only once it has settled:
a look half way through keeps the last good list, whatever that half file says."""

from __future__ import annotations

import os
import time
from pathlib import Path

from services.core import settled
from services.notifier.channels import ChannelsHolder


def channels(*urls: str) -> str:
    return "version: 1\nurls:\n" + "".join(f"  - '{u}':\n      - tag: team\n" for u in urls)


def write_settled(path: Path, text: str) -> None:
    """Write ``path`` as if saved a second ago."""
    path.write_text(text, encoding="utf-8")
    os.utime(path, (time.time() - 1, time.time() - 1))


def test_a_file_written_just_now_has_not_settled_and_one_written_a_second_ago_has(
    tmp_path: Path,
) -> None:
    path = tmp_path / "f.yaml"
    path.write_text("a", encoding="utf-8")
    assert 0 < settled.settle_wait(settled.signature(path)) <= settled.SETTLE_SECONDS
    write_settled(path, "b")
    assert settled.settle_wait(settled.signature(path)) == 0


def test_a_channels_edit_still_being_written_keeps_the_last_list(tmp_path: Path) -> None:
    path = tmp_path / "apprise.yaml"
    path.write_text(channels("json://127.0.0.1:9/a"), encoding="utf-8")
    holder = ChannelsHolder(path)
    assert len(holder.current()) == 1  # start-up reads at once
    path.write_text("version: 1\nurls: []\n", encoding="utf-8")  # caught half way
    assert len(holder.current()) == 1
    write_settled(path, channels("json://127.0.0.1:9/a", "json://127.0.0.1:9/b"))
    assert len(holder.current()) == 2
