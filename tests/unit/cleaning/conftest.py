"""Shared fixtures: the seed drops (real pages copied out of a browser)."""

from __future__ import annotations

from pathlib import Path

import pytest

_REPO_SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
_SHARED_SEEDS = Path("/work/shared/seeds")
SEED_FILES = {
    "sana": ("sana-lavrov-cairo.txt", "000_acc82726ef4a4889.txt"),
    "tass": ("tass-lavrov-terrorists-migration.txt", "004_75c3733a6b870945.txt"),
}


def seed_text(name: str) -> str:
    """The seed drop's text, from the repository fixtures if present, else the shared folder."""
    repo_name, shared_name = SEED_FILES[name]
    for path in (_REPO_SEEDS / repo_name, _SHARED_SEEDS / shared_name):
        if path.is_file():
            return path.read_text(encoding="utf-8")
    pytest.skip(f"seed {name!r} not found")
