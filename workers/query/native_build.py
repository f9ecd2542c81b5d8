"""Builds the compiled copies of the query engine, workers.query and workers.query.names (see
native.py): ``python -m workers.query.native_build [--if-stale]``, run by ``make native``.
Needs mypy (mypyc) and a C compiler; without them the query engine runs as Python."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from .native import BUILD, GROUP, PACKAGES, QUERY, compiled_sources, fresh_build, sources_digest


def build(target: Path = BUILD) -> None:
    """Compile both packages' modules, in one group, into ``target`` (replaced whole, its
    manifest last), in a temporary folder: mypyc's C files and setuptools' work stay out of
    the checkout."""
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
    in ``lib/``, one per module in ``modules/<package>/``; the manifest written last."""
    suffix = str(sysconfig.get_config_var("EXT_SUFFIX"))
    shutil.rmtree(target, ignore_errors=True)
    (target / "lib").mkdir(parents=True)
    # shutil.move: the temporary folder may be on another file system than the target.
    for shared in out.glob(f"{GROUP}__mypyc*{suffix}"):
        shutil.move(shared, target / "lib" / shared.name)
    for package, (folder, _) in PACKAGES.items():
        (target / "modules" / folder).mkdir(parents=True)
        for module in (out / package.relative_to(QUERY.parent.parent)).glob(f"*{suffix}"):
            shutil.move(module, target / "modules" / folder / module.name)
    manifest = {"sources": digest}
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
        message = f"native build failed ({error}); the query engine runs as Python"
        print(f"query engine: {message}", file=sys.stderr)
        return 1
    print(f"query engine: native build in {BUILD}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
