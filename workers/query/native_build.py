"""Builds the compiled copies of workers.query.names (see names/native.py): ``python -m
workers.query.native_build [--if-stale]``, run by ``make native``. Needs mypy (mypyc) and a
C compiler; without them names run as Python."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from .names.native import (
    BUILD,
    GROUP,
    PACKAGE,
    QUERY,
    compiled_sources,
    fresh_build,
    sources_digest,
)


def build(target: Path = BUILD) -> None:
    """Compile the package's modules into ``target`` (replaced whole, its manifest last),
    in a temporary folder: mypyc's C files and setuptools' work stay out of the checkout."""
    digest = sources_digest()  # of the sources as compiled: an edit meanwhile makes it stale
    with tempfile.TemporaryDirectory(prefix="newswatch-native-") as work:
        out = Path(work) / "out"
        script = (
            "import sys; from setuptools import setup; from mypyc.build import mypycify\n"
            "setup(name='newswatch-native', script_args=['build_ext', '--build-lib', sys.argv[1]],"
            f" ext_modules=mypycify(sys.argv[2:], opt_level='3', group_name={GROUP!r}))\n"
        )
        paths = [str(p) for p in compiled_sources()]
        # cwd: a folder without the project's pyproject.toml, which setuptools would read.
        done = subprocess.run(  # noqa: S603 (this interpreter, our script, our paths)
            [sys.executable, "-c", script, str(out), *paths],
            cwd=work,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:  # the compiler's last words say why
            raise NativeBuildError("\n".join((done.stdout + done.stderr).splitlines()[-20:]))
        _install(out, target, digest)


class NativeBuildError(Exception):
    """mypyc or the C compiler failed (the message holds their last lines)."""


def _install(out: Path, target: Path, digest: str) -> None:
    """Move the built libraries from setuptools' layout into ``target``: the shared library
    in ``lib/``, one per module in ``modules/``; the manifest written last."""
    suffix = str(sysconfig.get_config_var("EXT_SUFFIX"))
    modules = out / PACKAGE.relative_to(QUERY.parent.parent)
    if target.exists():
        for old in sorted(target.rglob("*"), reverse=True):
            old.unlink() if old.is_file() else old.rmdir()
    (target / "lib").mkdir(parents=True, exist_ok=True)
    (target / "modules").mkdir(exist_ok=True)
    for shared in out.glob(f"{GROUP}__mypyc*{suffix}"):
        shared.rename(target / "lib" / shared.name)
    for module in modules.glob(f"*{suffix}"):
        module.rename(target / "modules" / module.name)
    manifest = {"sources": digest, "modules": sorted(p.stem for p in compiled_sources())}
    (target / "manifest.json").write_text(json.dumps(manifest, indent=1), "utf-8")


def main(argv: list[str] | None = None) -> int:
    """``python -m workers.query.native_build [--if-stale]``: build (``--if-stale``: only
    if no fresh build is there); exit 1 if the build failed."""
    args = sys.argv[1:] if argv is None else argv
    if "--if-stale" in args and fresh_build():
        return 0
    try:
        build()
    except (OSError, NativeBuildError) as error:
        print(f"names: native build failed ({error}); names run as Python", file=sys.stderr)
        return 1
    print(f"names: native build in {BUILD}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
