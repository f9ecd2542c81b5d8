"""Load the rules files and keep them current: edits apply within seconds, bad edits never do.

The public entry points take a rules file or a folder (:func:`workers.rules.folder.rule_files`).
An invalid edit is logged once; that file's last good version stays active and `stale` says so.
"""

from __future__ import annotations

import gc
import logging
import re
import threading
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from services.core.errors import ConfigError
from services.core.failures import describe
from services.core.logs import escape
from services.core.settled import Signature, settle_wait, unchanged
from services.core.settled import signature as signature_of
from workers.rules.cache import RulesCache
from workers.rules.diagnostics import ERROR, Diagnostic, errors
from workers.rules.folder import (
    DEFAULT_MAX_BYTES,
    FileRules,
    check_file_rules,
    combined_version,
    known_plans,
    load_file_rules,
    read_rules,
    rule_files,
    taken_by,
)
from workers.rules.isolated import compile_in_child, prefill, prefilled
from workers.rules.matcher import RuleSet
from workers.rules.positions import Position
from workers.rules.term_store import read_terms, terms_stored

WHOLE_FILE = Position(0, 0)  # a diagnostic about the whole file: printed without a line

log = logging.getLogger(__name__)
MESSAGE_MAX_CHARS = 1000  # per line of an invalid edit's messages, in the log
_pause: Callable[[float], None] = time.sleep  # the wait for an edit to settle (tests step it)


def _settled(path: Path, seen: Signature) -> bool:
    """True once ``path``, last seen as ``seen``, has settled (waiting out the rest of
    SETTLE_SECONDS here, in the rules thread); False while a writer is still at it."""
    wait = settle_wait(seen)
    if wait:
        _pause(wait)
        return unchanged(path, seen)
    return True


def load_rules(
    path: Path,
    *,
    known_tags: Collection[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cache: RulesCache | None = None,
    parallel: bool = False,
) -> RuleSet:
    """Read, validate and compile a rules file or folder (see :func:`folder.rule_files`);
    ConfigError listing every problem of every file. ``cache``: see workers.rules.cache;
    ``parallel``: see :func:`check_path`."""
    rules, diagnostics = check_path(
        path, known_tags=known_tags, max_bytes=max_bytes, cache=cache, parallel=parallel
    )
    if rules is None:
        raise ConfigError("\n".join(str(d) for d in errors(diagnostics)) or f"{path}: invalid")
    return rules


def check_path(
    path: Path,
    *,
    known_tags: Collection[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cache: RulesCache | None = None,
    parallel: bool = False,
    planned: bool = True,
) -> tuple[RuleSet | None, list[Diagnostic]]:
    """Every problem of every rules file of ``path`` (a file or a folder), and the rule set
    if none is an error. A file that is not YAML at all is one error diagnostic.
    ``parallel`` (with ``cache``): the files checked on every core, each read back once
    checked (see :func:`isolated.prefilled`). ``planned=False``: checked only (``rules
    check``: see folder.check_file_rules); the set's index, if ever asked for, plans then."""
    files = rule_files(path)
    if not files:
        raise ConfigError(f"{path}: no rules files (rules.yaml or rules.d/*.yaml)")
    if cache is not None:  # compiling its rules later takes their names' stored keys
        read_terms(cache)
    with collector_paused():
        ready: Iterable[Path] = files
        if cache is not None and parallel:  # each file read back as soon as it is checked
            ready = prefilled(files, max_bytes, cache, known_tags, planned=planned)
        found = _check_files(ready, known_tags, max_bytes, cache, planned)
        if cache is not None:
            read_terms(cache)  # the store the keys were just written to
        return found


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a rule set is built: it creates millions of
    objects, none garbage, and each full collection walks them all (seconds at 225,000
    rules, with every thread of the process waiting for it: the stall of a job)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# Allocations between young-generation collections in a worker (CPython's default: 700).
# An article's match at 225,000 rules allocates tens of thousands of short-lived objects,
# freed by reference counting; at 700 the collector ran many times an article, walking the
# objects in hand, and took about an eighth of the match stage. Cyclic garbage waits longer.
WORKER_YOUNG_COLLECTION = 20_000


def collect_less() -> None:
    """Set a worker's collector thresholds (see WORKER_YOUNG_COLLECTION); the older
    generations keep CPython's ratios."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(WORKER_YOUNG_COLLECTION, middle, old)


def _check_files(
    files: Iterable[Path],
    known_tags: Collection[str] | None,
    max_bytes: int,
    cache: RulesCache | None,
    planned: bool = True,
) -> tuple[RuleSet | None, list[Diagnostic]]:
    good: list[FileRules] = []
    diagnostics: list[Diagnostic] = []
    taken: dict[str, str] = {}
    failed = False
    for file in files:
        try:
            with terms_stored(cache):  # a file checked here, not by a child (one core...)
                found, problems = check_file_rules(
                    read_rules(file, max_bytes),
                    str(file),
                    known_tags=known_tags,
                    taken=taken,
                    max_bytes=max_bytes,
                    cache=cache,
                    planned=planned,
                )
        except ConfigError as exc:
            found, problems = None, [_file_error(str(file), str(exc))]
        diagnostics.extend(problems)
        if found is None:
            failed = True
            continue
        good.append(found)
        taken.update(found.places)
    if failed:
        return None, diagnostics
    return RuleSet.from_files(combined_version(good), good), diagnostics


def _file_error(source: str, message: str) -> Diagnostic:
    """A whole-file problem (unreadable, not YAML) as a diagnostic; the message already
    names the file and, when known, the line."""
    placed = re.match(rf"{re.escape(source)}:(\d+):(\d+): (.*)", message, re.DOTALL)
    if placed is not None:
        where = Position(int(placed.group(1)), int(placed.group(2)))
        return Diagnostic(ERROR, source, where, placed.group(3))
    return Diagnostic(ERROR, source, WHOLE_FILE, message.removeprefix(f"{source}: "))


def parse_rules(data: bytes, source: str, *, known_tags: Collection[str] | None = None) -> RuleSet:
    """Validate and compile rules file content; ConfigError with one problem per line."""
    rules, diagnostics = check_rules(data, source, known_tags=known_tags)
    if rules is None:
        raise ConfigError("\n".join(str(d) for d in errors(diagnostics)))
    return rules


def check_rules(
    data: bytes,
    source: str,
    *,
    known_tags: Collection[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[RuleSet | None, list[Diagnostic]]:
    """Every problem of one file's content (errors and warnings), and the rule set if none is
    an error. ``known_tags``: the channel tags configured, to check ``notify`` (None: not
    checked). Raises ConfigError only when the content is not UTF-8 YAML at all.
    """
    found, diagnostics = check_file_rules(data, source, known_tags=known_tags, max_bytes=max_bytes)
    if found is None:
        return None, diagnostics
    return RuleSet.from_files(found.version, [found]), diagnostics


@dataclass
class _FileState:
    """What the holder knows of one rules file: its live version and its last bad edit."""

    good: FileRules | None = None
    signature: Signature | None = None
    bad_signature: Signature | None = None
    error: str = ""


@dataclass
class RulesHolder:
    """The active rule set, re-read by :meth:`reload` when a rules file changed.

    ``path`` is a rules file or a folder (the config folder: rules.yaml plus rules.d/*.yaml).
    A worker calls ``reload`` on its own clock (every ``period`` seconds, from the rules loop
    thread in workers.process), never from a job: jobs only take :meth:`current`, so a slow
    or hostile rules file never stalls one. Only the files that changed are checked and
    compiled again; the new rule set is assembled from every file's last good version and
    swapped in by one reference assignment, so a job sees either the old rules or the new
    ones, whole, and never waits for a compile.

    ``stale`` is True while a file holds an invalid edit (its previous version, if any, stays
    live; the other files are unaffected); ``error`` is the problems of every invalid file;
    ``changed_at`` is when the state last changed.
    """

    path: Path
    period: float = 2.0
    max_bytes: int = DEFAULT_MAX_BYTES
    cache: RulesCache | None = None
    isolate: bool = False  # compile an edit in a child process (see isolated.py)
    rules: RuleSet | None = None
    stale: bool = False
    error: str = ""
    changed_at: float = 0.0
    published_state: tuple[str, bool, str] | None = None  # last written to Redis (state.py)
    _files: dict[Path, _FileState] = field(default_factory=dict, repr=False)
    _listing_error: str = field(default="", repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def current(self) -> RuleSet:
        """The rules to match with now; ConfigError if no good version was ever loaded."""
        rules = self.rules
        if rules is None:
            raise ConfigError(f"{self.path}: no valid rules loaded\n{self.error}".rstrip())
        return rules

    def reload(self) -> None:
        """Re-read the files that changed since the last look; a bad edit keeps its file's
        previous version. Called from the rules loop thread (and once at start-up)."""
        with self._lock, collector_paused():
            if self._reload_changed():
                # The new rule set lives until the next edit: later full collections skip
                # it (what is alive now, jobs' objects too, is never cycle-collected; an
                # edit is rare, and acyclic garbage is still freed by reference counting).
                gc.freeze()

    def _reload_changed(self) -> bool:
        """Look at every file; True if a new rule set was swapped in."""
        try:
            paths = rule_files(self.path)
        except OSError as exc:
            paths, listing = [], f"{self.path}: cannot list: {exc.strerror}"
        else:
            listing = "" if paths else f"{self.path}: no rules files (rules.yaml or rules.d/)"
        if self.isolate and self.cache is not None and not self._files:
            prefill(paths, self.max_bytes, self.cache)  # start-up: every core at once
        changed = [p for p in paths if self._refresh(p)]
        removed = [p for p in self._files if p not in paths]
        for path in removed:
            del self._files[path]
        swapped = bool(changed or removed) and self._assemble(paths)
        self._update_state(paths, listing)
        return swapped

    def _refresh(self, path: Path) -> bool:
        """Re-check ``path`` if its signature changed; True if its live version changed."""
        state = self._files.setdefault(path, _FileState())
        try:
            signature = signature_of(path)
        except OSError as exc:
            return self._reject(path, state, (0, 0), f"{path}: cannot read: {exc.strerror}")
        if signature in (state.signature, state.bad_signature):
            return False
        seen = state.good is not None or state.bad_signature is not None
        if seen and not _settled(path, signature):  # an edit still being written
            return False
        others = [s.good for p, s in self._files.items() if p != path and s.good is not None]
        known = known_plans(state.good) if state.good is not None else None
        if self.isolate and self.cache is not None and state.good is not None:
            # then a cache hit, below
            compile_in_child(path, self.max_bytes, self.cache, known=known)
        try:
            with terms_stored(self.cache):  # a child that failed: its keys computed here
                found = load_file_rules(
                    path,
                    taken=taken_by(others),
                    max_bytes=self.max_bytes,
                    cache=self.cache,
                    known=known,
                )
        except ConfigError as exc:
            return unchanged(path, signature) and self._reject(path, state, signature, str(exc))
        # Item guard of one file's reload: whatever a hostile file makes the checker or
        # compiler raise is that edit's failure; the last good version stays, the loop goes on.
        except Exception as exc:  # noqa: BLE001
            why = f"{path}: cannot load: {describe(exc)}"
            return unchanged(path, signature) and self._reject(path, state, signature, why)
        if not unchanged(path, signature):  # written while being read: the next pass reads it
            return False
        old = state.good
        state.good, state.signature, state.bad_signature, state.error = found, signature, None, ""
        if old is not None and old.version != found.version:
            log.info(
                "rules reloaded: %s version %s, %d rule(s)",
                escape(str(path)),
                found.version,
                len(found.rules),
            )
        return old is None or old.version != found.version

    def _reject(self, path: Path, state: _FileState, signature: Signature, message: str) -> bool:
        """Log an invalid edit once (per file version); the file's last good version stays."""
        if signature != state.bad_signature:
            kept = f"; keeping version {state.good.version}" if state.good else ""
            lines = "; ".join(escape(line, MESSAGE_MAX_CHARS) for line in message.splitlines())
            log.error("invalid rules edit%s: %s", kept, lines)
            state.error = message
            self.changed_at = time.time()
        state.bad_signature = signature
        return False

    def _assemble(self, paths: list[Path]) -> bool:
        """Build the rule set of every file's good version and swap it in (False: none)."""
        files = [s.good for p in paths if (s := self._files.get(p)) and s.good is not None]
        if not files:
            return False
        rules = RuleSet.from_files(combined_version(files), files, self.rules)
        rules.index  # noqa: B018 - built here, in the rules thread: no job waits for it
        self.rules = rules  # the swap: one reference assignment
        self.changed_at = time.time()
        return True

    def _update_state(self, paths: list[Path], listing: str) -> None:
        problems = [listing] if listing else []
        problems += [self._files[p].error for p in paths if self._files[p].error]
        error = "\n".join(problems)
        if error != self.error:
            self.changed_at = time.time()
            if listing and listing != self._listing_error:
                log.error("invalid rules folder: %s", escape(listing, MESSAGE_MAX_CHARS))
        self._listing_error = listing
        self.error = error
        self.stale = bool(error) and self.rules is not None
