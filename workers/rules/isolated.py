"""Compile an edited rules file in a child process, so jobs keep the worker's CPU and GIL.

The child comes from a fork server (started once, single-threaded, with this module
imported: a child starts at once, and never inherits a lock another thread of the worker held,
as a plain fork of a multi-threaded process can). It checks and plans the file and
writes the result to the compiled-rules cache; the worker's rules thread then reads it back
in a fraction of the time. An invalid file writes nothing: the worker checks it again itself
(to report its problems), which is rare and cheap next to a valid edit of thousands of rules.
"""

from __future__ import annotations

import gc
import itertools
import marshal
import multiprocessing
import os
import sys
import tempfile
from collections.abc import Callable, Collection, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from workers.query.names.forms import TermKeys, adopt_term_keys, new_term_keys
from workers.query.names.universe import RULE_KEYS
from workers.query.planning import adopt_leaves, planned_leaves
from workers.rules.cache import RulesCache
from workers.rules.checks import KnownPlans
from workers.rules.folder import load_file_rules
from workers.rules.term_store import keep_terms, read_terms, terms_stored

CHILD_TIMEOUT_SECONDS = 300.0  # a child past this is killed; the thread compiles instead


def compile_in_child(
    path: Path,
    max_bytes: int,
    cache: RulesCache,
    timeout: float = CHILD_TIMEOUT_SECONDS,
    known: KnownPlans | None = None,
) -> bool:
    """Fill the cache entry of ``path`` from a child process; False if the child failed.
    ``known``: the plans of the file's previous version (the child plans only new rules)."""
    context = _context()
    args = (path, max_bytes, cache.folder, None, known)
    child = context.Process(target=_child_main, args=args, daemon=True)
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.kill()
        child.join()
        return False
    return bool(child.exitcode == 0)


def _compile(
    path: Path,
    max_bytes: int,
    folder: Path,
    known_tags: Collection[str] | None = None,
    known: KnownPlans | None = None,
    leaves: str | None = None,
    planned: bool = True,
) -> None:
    """The child: check, plan and cache one file; its problems are the parent's to report.
    ``leaves``: the folder where the pool's children share their planned leaves;
    ``planned=False``: check only (see folder.check_file_rules)."""
    cache = RulesCache(folder)
    read_terms(cache)
    if leaves is not None:
        _take_shared(leaves, _TAKEN)
    try:
        # An edit's child (no pool) stores the keys of its new names as it goes.
        with terms_stored(cache if leaves is None else None):
            load_file_rules(
                path,
                known_tags=known_tags,
                max_bytes=max_bytes,
                cache=cache,
                known=known,
                planned=planned,
            )
    finally:
        if leaves is not None:
            # Stored by the child that computed them, on its own core while the others
            # work: the parent storing every child's keys after the last file held up each
            # cold start of a large folder by about a second.
            keep_terms(cache, _give_mine(leaves))


_TAKEN: set[str] = set()  # the leaves files a pool child has taken
_GIVEN = itertools.count()  # numbers a pool child's leaves files


def prefill(
    paths: Sequence[Path],
    max_bytes: int,
    cache: RulesCache,
    known_tags: Collection[str] | None = None,
) -> None:
    """Check the files of a folder on every core at once, into the cache (a cold start of a
    large folder: the loader then reads each file back)."""
    for _ in prefilled(paths, max_bytes, cache, known_tags):
        pass


def prefilled(
    paths: Sequence[Path],
    max_bytes: int,
    cache: RulesCache,
    known_tags: Collection[str] | None = None,
    *,
    planned: bool = True,
) -> Iterator[Path]:
    """``paths`` in their order, each once its child has checked it into the cache (one core
    or one file: at once, unchecked). The caller reads a file back while the children check
    the next ones, so little is left to do once the last child is done. ``planned=False``:
    checked only (see folder.check_file_rules)."""
    processes = min(len(paths), os.cpu_count() or 1)
    if processes < 2:
        yield from paths
        return
    tags = None if known_tags is None else sorted(known_tags)
    leaves = tempfile.TemporaryDirectory(prefix="newswatch-leaves-")
    # A child builds and drops one file's rules at a time: no cyclic garbage to collect.
    # An executor, not a multiprocessing.Pool: a child that dies (the OOM killer) breaks it,
    # and every file not yet checked is handed back unchecked (the caller checks it itself),
    # where a Pool would wait for the lost task for ever.
    pool = ProcessPoolExecutor(processes, mp_context=_context(), initializer=_child_start)
    try:
        # Largest files first, one file per task: the cores finish within a file of each
        # other (chunks of several files left one core idle for seconds at the end).
        pending = {
            path: pool.submit(
                _compile_quietly, path, max_bytes, cache.folder, tags, None, leaves.name, planned
            )
            for path in sorted(paths, key=_size, reverse=True)
        }
        for path in paths:
            _settled(pending[path])
            yield path
    finally:  # a caller that stops early leaves no file queued
        pool.shutdown(wait=True, cancel_futures=True)
        leaves.cleanup()


def _child_start() -> None:
    """A pool child: no cyclic garbage collection (see above); keeps the leaves it plans
    and the term keys it computes, to hand them to the other children (see
    :func:`_take_shared`)."""
    gc.disable()
    planned_leaves()
    new_term_keys()
    # It never matches an article: the rule keys a cut of articles' name keys needs (see
    # names.universe) are not worth noting here (a process past the cut's bound does the same).
    RULE_KEYS.keys = None


def _take_shared(folder: str, seen: set[str]) -> None:
    """Take the leaves and term keys the other children planned (files of ``folder`` not
    ``seen``): a name many files hold is planned by one child, not by each. Only ever a
    saving: a file that cannot be read is skipped."""
    mine = f"{os.getpid()}-"
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return
    for name in names:
        if name.startswith(mine) or name in seen:
            continue
        if name.endswith(".leaves"):
            seen.add(name)
            _take(os.path.join(folder, name), adopt_leaves)
        elif name.endswith(".terms"):
            seen.add(name)
            _take(os.path.join(folder, name), adopt_term_keys)


def _give_mine(folder: str) -> list[TermKeys]:
    """Give the other children (files of ``folder``) the leaves and term keys this child
    planned since it last gave; the term keys given. A file not written is skipped."""
    mine = f"{os.getpid()}-{next(_GIVEN)}"
    computed = new_term_keys()
    _give(os.path.join(folder, f"{mine}.leaves"), planned_leaves())
    _give(os.path.join(folder, f"{mine}.terms"), computed)
    return computed


def _give(path: str, values: list[Any]) -> None:
    """Write ``values`` to ``path`` atomically (nothing when there are none)."""
    if not values:
        return
    temp = f"{path}.tmp"
    try:
        with open(temp, "wb") as file:
            marshal.dump(values, file)
        os.replace(temp, path)
    except (OSError, ValueError):
        pass


def _take(path: str, adopt: Callable[[Any], None]) -> None:
    try:
        with open(path, "rb") as file:
            # Our own children's file in our own temporary folder: plain values only.
            adopt(marshal.load(file))  # noqa: S302
    except (OSError, ValueError, EOFError, TypeError):
        return


def _settled(task: Future[bool]) -> None:
    """Wait for one file's child; a broken pool (a child killed) leaves the file unchecked
    in the cache, for the caller to check."""
    try:
        task.result()
    except BrokenProcessPool:
        return


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # the loader reports it


def _context() -> multiprocessing.context.ForkServerContext:
    """Children from a fork server that has this module loaded (see the module docstring)."""
    context = multiprocessing.get_context("forkserver")
    assert isinstance(context, multiprocessing.context.ForkServerContext)
    context.set_forkserver_preload([__name__])
    return context


def _child_main(
    path: Path,
    max_bytes: int,
    folder: Path,
    known_tags: Collection[str] | None,
    known: KnownPlans | None = None,
) -> None:
    """A child's whole life: exit code 1 (and no traceback) if the file did not compile."""
    gc.disable()  # it builds one file's rules and exits: no cyclic garbage worth collecting
    if not _compile_quietly(path, max_bytes, folder, known_tags, known):
        sys.exit(1)


def _compile_quietly(
    path: Path,
    max_bytes: int,
    folder: Path,
    known_tags: Collection[str] | None,
    known: KnownPlans | None = None,
    leaves: str | None = None,
    planned: bool = True,
) -> bool:
    # Item guard of one file in a pool child: its problems are reported by the parent, which
    # checks an uncached file itself; the pool must not stop on it.
    try:
        _compile(path, max_bytes, folder, known_tags, known, leaves, planned)
    except Exception:  # noqa: BLE001
        return False
    return True
