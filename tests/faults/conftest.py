"""Fixtures of the fault suite: a whole topology per test, torn down even on failure."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.topology import Receiver, Topology, webhook

# Where each case's ledger row goes (the report quotes it); override with FAULTS_SUMMARY.
SUMMARY = Path(
    os.environ.get("FAULTS_SUMMARY", str(Path(tempfile.gettempdir()) / "newswatch-faults.json"))
)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    # A small delay per request keeps the notifier mid-send most of the time.
    with webhook(Receiver(delay=0.02)) as rec:
        yield rec


@pytest.fixture
def topology(tmp_path: Path, receiver: Receiver) -> Iterator[Topology]:
    topo = Topology(tmp_path / "topology", receiver)
    topo.start()
    try:
        yield topo
    finally:
        topo.close()
