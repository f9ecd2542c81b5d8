"""Every test run on its own config, state and drop folders, never the user's.

A checkout may hold a real config/apprise.yaml (live mail servers and chat channels), a
`.env` and exported NEWSWATCH_* variables. Before any test module is imported, the session
gets a temporary project folder — the shipped rules and examples, no feeds, no channels —
the NEWSWATCH_* and REDIS_URL variables are replaced by ones pointing there, and the working
directory moves there (so no `.env` from the checkout is read, by this process or by the
subprocesses tests start).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHIPPED_CONFIG = REPO / "config"
# Untracked files in config/ that hold the user's own channels and secrets: never read.
PRIVATE_CONFIG = frozenset({"apprise.yaml", "apprise.yml"})
NO_FEEDS = "version: 1\nfeeds: []\n"


def is_private(path: Path) -> bool:
    """A config file a test must never read: the user's channels or an env file."""
    return path.name in PRIVATE_CONFIG or (path.suffix == ".env" and ".example" not in path.name)


def is_isolation_variable(name: str) -> bool:
    """A setting of newswatch itself; NEWSWATCH_TEST_* variables steer the tests and stay."""
    test_variable = name.startswith("NEWSWATCH_TEST_")
    return (name.startswith("NEWSWATCH_") and not test_variable) or name == "REDIS_URL"


@dataclass
class Isolation:
    """The session's own project folder and what it replaced."""

    root: Path
    saved_environ: dict[str, str]
    saved_cwd: Path

    @property
    def config_dir(self) -> Path:
        return self.root / "config"

    def undo(self) -> None:
        os.chdir(self.saved_cwd)
        for name in [n for n in os.environ if is_isolation_variable(n)]:
            del os.environ[name]
        os.environ.update(self.saved_environ)
        shutil.rmtree(self.root, ignore_errors=True)


def make_config(folder: Path) -> None:
    """The shipped rules and examples, an empty feeds list, no channels."""
    folder.mkdir(parents=True)
    shutil.copy(SHIPPED_CONFIG / "rules.yaml", folder / "rules.yaml")
    shutil.copytree(SHIPPED_CONFIG / "examples", folder / "examples")
    (folder / "feeds.yaml").write_text(NO_FEEDS, encoding="utf-8")


def isolate() -> Isolation:
    """Point this process (and its children) at a fresh temporary project folder."""
    root = Path(tempfile.mkdtemp(prefix="newswatch-tests-"))
    make_config(root / "config")
    saved = {n: v for n, v in os.environ.items() if is_isolation_variable(n)}
    for name in saved:
        del os.environ[name]
    os.environ.update(
        NEWSWATCH_CONFIG_DIR=str(root / "config"),
        NEWSWATCH_STATE_DIR=str(root / "var"),
        NEWSWATCH_DROP_DIR=str(root / "drops"),
    )
    isolation = Isolation(root=root, saved_environ=saved, saved_cwd=Path.cwd())
    os.chdir(root)
    return isolation
