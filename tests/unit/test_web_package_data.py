"""The console's templates and static files are package data (so `pip install .` and the
Docker image carry them): every such file matches a package-data pattern of pyproject.toml."""

from __future__ import annotations

import fnmatch
import tomllib

from tests.conftest import REPO

WEB = REPO / "services" / "web"


def test_every_template_and_static_file_is_package_data():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["services.web"]
    files = [
        p.relative_to(WEB).as_posix()
        for p in WEB.rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    ]
    assert files
    assert [f for f in files if not any(fnmatch.fnmatch(f, pat) for pat in patterns)] == []
