"""Name terms' keys kept on local disk beside the rules cache, for every process and restart.

A name term's keys (every script's spelling of it: workers.query.names.forms.term_keys) cost
about 0.3 ms to compute. A worker compiles a rule when an article first makes it a candidate,
so at 225,000 rules it met several new names an article for thousands of articles, each
computed again though the cold load had computed them all. Each of the load's children writes
the keys it computed here after each file; a process reads one back in about 10 us.
The file's name holds the code's fingerprint (other code: another file, the old one deleted),
so a stored term's keys are those the code would compute. SQLite (stdlib): readers in many
processes beside one writer, point look-ups without loading the table. Any error is a miss:
the keys are then computed, as without a store.
"""

from __future__ import annotations

import logging
import marshal
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from workers.query.names.forms import TermKeys, new_term_keys, stop_term_keys, use_term_store
from workers.rules.cache import RulesCache, code_fingerprint

log = logging.getLogger(__name__)
PREFIX = "terms-"
_BUSY_S = 0.2  # a reader waits this long for a writer's lock, then computes the keys
_WRITE_BUSY_S = 5.0
_WRITE_TRIES = 5  # a store being created by another process (see TermStore.put)
_RETRY_S = 0.05


def store_path(cache: RulesCache) -> Path:
    """The store of ``cache``'s folder for this code."""
    return cache.folder / f"{PREFIX}{code_fingerprint()[:24]}.sqlite"


class TermStore:
    """One store file: keys by (term, policy); a connection per thread (SQLite's rule)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    def get(self, term: str, policy: str) -> tuple[str, ...] | None:
        """The stored keys of ``term`` under ``policy``, or None (not stored, or unreadable)."""
        try:
            db = self._reader()
            row = db.execute(
                "SELECT keys FROM terms WHERE term = ? AND policy = ?", (term, policy)
            ).fetchone()
            if row is None:
                return None
            # Our own file on local disk, written by put(): plain values only.
            keys = marshal.loads(row[0])  # noqa: S302
        except (sqlite3.Error, ValueError, EOFError, TypeError):
            return None
        if not isinstance(keys, tuple) or not all(isinstance(k, str) for k in keys):
            return None
        return keys

    def _reader(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            uri = f"{self.path.as_uri()}?mode=ro"
            db = self._local.db = sqlite3.connect(uri, uri=True, timeout=_BUSY_S)
        return db

    def put(self, computed: Iterable[TermKeys]) -> int:
        """Store ``computed`` (terms already stored are kept; no keys: a word that is no name,
        as quickly computed as read); how many were stored."""
        rows = [(term, p, marshal.dumps(tuple(keys))) for term, p, keys in computed if keys]
        if not rows:
            return 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for attempt in range(1, _WRITE_TRIES):
            try:
                self._write(rows)
                return len(rows)
            except sqlite3.OperationalError as exc:
                # Children of a cold load creating the store at once: the switch to WAL of
                # all but one fails at once with "database is locked", which SQLite's busy
                # wait does not cover (their first file's keys were lost).
                if "locked" not in str(exc):
                    raise
                time.sleep(_RETRY_S * attempt)
        self._write(rows)  # the last try: its error is the caller's
        return len(rows)

    def _write(self, rows: list[tuple[str, str, bytes]]) -> None:
        with closing(sqlite3.connect(self.path, timeout=_WRITE_BUSY_S)) as db, db:
            db.execute("PRAGMA journal_mode=WAL")  # readers go on while it writes
            db.execute(
                "CREATE TABLE IF NOT EXISTS terms (term TEXT NOT NULL, policy TEXT NOT NULL, "
                "keys BLOB NOT NULL, PRIMARY KEY (term, policy)) WITHOUT ROWID"
            )
            db.executemany("INSERT OR IGNORE INTO terms VALUES (?, ?, ?)", rows)


def keep_terms(cache: RulesCache, computed: list[TermKeys]) -> None:
    """Write ``computed`` to ``cache``'s store (stores of other code deleted); a failure is
    logged and costs only the saving."""
    path = store_path(cache)
    try:
        for old in cache.folder.glob(f"{PREFIX}*.sqlite*"):
            if not old.name.startswith(path.name):
                old.unlink(missing_ok=True)
        TermStore(path).put(computed)
    except (OSError, sqlite3.Error) as exc:
        log.warning("rules cache: term keys not stored in %s: %s", path, exc)


@contextmanager
def terms_stored(cache: RulesCache | None) -> Iterator[None]:
    """Store the term keys this process computes inside (a file checked here, not by a pool
    child: one core, a folder of one file, a child lost, an edit), as a pool child stores
    its own; without them a worker computed every name's keys again when it first compiled
    its rules. ``None``: no cache, nothing kept."""
    if cache is None:
        yield
        return
    new_term_keys()  # starts keeping them
    try:
        yield
    finally:
        computed = stop_term_keys()
        if computed:
            keep_terms(cache, computed)


def read_terms(cache: RulesCache) -> None:
    """Let this process take term keys from ``cache``'s store, if it has one (a store
    written later is read from the next load on)."""
    path = store_path(cache)
    use_term_store(TermStore(path).get if path.exists() else None)
