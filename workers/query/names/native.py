"""This package's modules compiled with mypyc, used only when built from the current sources.

The names' context checks are many small Python functions run for every position a name
term finds (is the word a place, a street, a given name, a sentence opener...); compiled,
matching with names on costs about half as much (see the README's names section). Built by
``make native`` (see workers/query/native_build.py) into ``_native/`` beside this file (or
``NEWSWATCH_NATIVE_DIR``);
loaded only while every source of ``workers/query`` hashes as at build time, all or none: a
compiled module calls the others of its build directly, so a stale build is never half used.
Without a build (no C compiler, ``NEWSWATCH_NATIVE=0``, a source edited since) the same
modules run as Python, with the same results (tests/unit/query/names/test_native.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import sysconfig
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
QUERY = PACKAGE.parent  # every source mypy reads to compile the package: its hash
# Where the build is: beside this file, or where NEWSWATCH_NATIVE_DIR says (the image).
BUILD = Path(os.environ.get("NEWSWATCH_NATIVE_DIR") or PACKAGE / "_native")
GROUP = "newswatch_names"  # the build's shared library: newswatch_names__mypyc
# Run as Python always: this module (it decides), and the package's __init__.
NOT_COMPILED = frozenset({"__init__.py", "native.py"})


def compiled_sources() -> list[Path]:
    """The package's modules the build compiles."""
    return sorted(p for p in PACKAGE.glob("*.py") if p.name not in NOT_COMPILED)


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


def use_build(package_path: list[str], build: Path = BUILD) -> bool:
    """Put a fresh build's modules first on the package's ``package_path`` (its
    ``__path__``: its submodules are then imported from the build) and its shared library
    on ``sys.path``; called by the package's __init__ before any submodule is imported.
    Whether the build is used."""
    if os.environ.get("NEWSWATCH_NATIVE", "1") == "0" or not fresh_build(build):
        return False
    sys.path.append(str(build / "lib"))
    package_path.insert(0, str(build / "modules"))
    return True
