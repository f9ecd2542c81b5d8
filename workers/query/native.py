"""The query engine compiled with mypyc, used only when built from the current sources.

Matching runs many small Python functions per article: the index's candidate filters, the
matchers, the text and analysis helpers, and, with names on, the names' context checks run
for every position a name term finds (is the word a place, a street, a given name, a
sentence opener...). Compiled, the match stage of a 225,000-rule worker takes about a sixth
less time, and matching with names on about half as much (see the README's names section).

One build, one mypyc group (``newswatch_query``): every module of ``workers/query`` and of
``workers/query/names`` but those below, built by ``make native`` (see
workers/query/native_build.py) into ``_native/`` beside this file (or
``NEWSWATCH_NATIVE_DIR``): the group's shared library in ``lib/``, the modules of each
package in ``modules/query/`` and ``modules/names/``. Each package's ``__init__`` calls
:func:`use_build` before it imports any submodule, which puts its folder first on the
package's ``__path__``.

Loaded only while every source of ``workers/query`` hashes as at build time, all or none: a
compiled module calls the others of its group directly, so a stale build is never half
used, and the decision taken when ``workers.query`` is imported holds for ``names`` too.
Without a build (no C compiler, ``NEWSWATCH_NATIVE=0``, a source edited since) the same
modules run as Python, with the same results (tests/unit/query/test_native.py).

Run as Python always:

- ``__init__.py`` of both packages: they choose the build, so must run before it;
- this module (it decides) and ``native_build.py`` (it builds; run before a build exists);
- ``visitor.py``: ``NodeVisitor.__init_subclass__`` reads ``NodeVisitor.__dict__`` to find
  the ``visit_*`` methods a visitor lacks, which mypyc refuses; its subclasses in
  ``checks`` and ``printer`` become plain Python classes whose methods are compiled.

Compiled classes take no weak references, cannot be made by a bare ``cls.__new__(cls)``
(``RuleIndex.updated`` calls its ``__init__`` with no rules, then sets every field) and are
called directly by the other modules of the build: a test that patches a function of a
compiled module tests nothing there, so tests patch the data the code reads instead (e.g.
``groups.key_hash``, which holds the builtin ``hash``).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import sysconfig
from pathlib import Path

QUERY = Path(__file__).resolve().parent  # every source mypy reads to compile: its hash
NAMES = QUERY / "names"
# Where the build is: beside this file, or where NEWSWATCH_NATIVE_DIR says (the image).
BUILD = Path(os.environ.get("NEWSWATCH_NATIVE_DIR") or QUERY / "_native")
GROUP = "newswatch_query"  # the build's shared library: newswatch_query__mypyc
# Package folder -> its folder in the build's modules/ and the modules that stay Python.
PACKAGES: dict[Path, tuple[str, frozenset[str]]] = {
    QUERY: ("query", frozenset({"__init__.py", "native.py", "native_build.py", "visitor.py"})),
    NAMES: ("names", frozenset({"__init__.py"})),
}

# Build folder -> whether it is used: decided once per process (all or none), by the first
# package imported (workers.query, which names is imported through).
_DECIDED: dict[Path, bool] = {}


def compiled_sources() -> list[Path]:
    """The modules of both packages the build compiles."""
    return sorted(
        path
        for package, (_, python) in PACKAGES.items()
        for path in package.glob("*.py")
        if path.name not in python
    )


def sources_digest(root: Path = QUERY) -> str:
    """A hash of every Python source under ``root`` (paths and contents) and of this
    interpreter's extension suffix: a build is used only where both are unchanged."""
    digest = hashlib.sha256(str(sysconfig.get_config_var("EXT_SUFFIX")).encode())
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def fresh_build(build: Path = BUILD, root: Path = QUERY) -> bool:
    """Whether ``build`` holds a build of the current sources for this interpreter."""
    try:
        manifest = json.loads((build / "manifest.json").read_text("utf-8"))
    except (OSError, ValueError):
        return False  # no build, or one cut short
    return isinstance(manifest, dict) and manifest.get("sources") == sources_digest(root)


def use_build(package_path: list[str], folder: str = "query", build: Path = BUILD) -> bool:
    """Put the build's ``modules/<folder>`` first on a package's ``package_path`` (its
    ``__path__``: its submodules are then imported from the build) and the group's shared
    library on ``sys.path``, if the build is fresh; called by each package's __init__
    before any submodule is imported. Whether the build is used: decided by the first call
    for ``build`` in this process, so both packages use it or neither."""
    used = _DECIDED.get(build)
    if used is None:
        used = os.environ.get("NEWSWATCH_NATIVE", "1") != "0" and fresh_build(build)
        _DECIDED[build] = used
        if used:
            sys.path.append(str(build / "lib"))
    if used:
        package_path.insert(0, str(build / "modules" / folder))
    return used
