"""Package boundaries: which parts of newswatch may import which, checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def python_files(folder: str) -> list[Path]:
    files = sorted((REPO / folder).rglob("*.py"))
    assert files, f"no Python files under {folder}"
    return files


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> set[str]:
    """Absolute names of every module the file imports, relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def is_within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def violations(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(REPO)} imports {name}"
        for path in python_files(folder)
        for name in sorted(imported_modules(path))
        if any(is_within(name, package) for package in forbidden)
    ]


@pytest.mark.parametrize(
    ("source", "imports", "package"),
    [
        ("import workers.jobs\n", "workers.jobs", "workers"),
        ("from workers import jobs\n", "workers.jobs", "workers"),
        ("from workers.rules.loader import RulesHolder\n", "workers.rules.loader", "workers"),
        ("def f():\n    import pickle\n", "pickle", "pickle"),
        ("from ..poller import fetch\n", "services.poller.fetch", "services.poller"),
    ],
)
def test_import_scanner_sees_import_forms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, imports: str, package: str
) -> None:
    module = tmp_path / "services" / "core" / "sample.py"
    module.parent.mkdir(parents=True)
    module.write_text(source, encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.REPO", tmp_path)
    names = imported_modules(module)
    assert imports in names
    assert any(is_within(name, package) for name in names)


def test_workers_prefix_is_not_confused_with_similar_names() -> None:
    assert not is_within("workers_extra", "workers")
    assert is_within("workers", "workers")


@pytest.mark.parametrize(
    ("folder", "forbidden"),
    [
        ("services/poller", ("workers",)),
        (
            "services/core",
            ("services.poller", "services.notifier", "services.supervisor", "workers"),
        ),
        ("workers", ("services.notifier", "services.poller")),
    ],
    ids=["poller-enqueues-by-dotted-path", "core-depends-on-nothing", "workers-not-services"],
)
def test_package_does_not_import_across_its_boundary(
    folder: str, forbidden: tuple[str, ...]
) -> None:
    assert violations(folder, forbidden) == []


@pytest.mark.parametrize("folder", ["services", "workers"])
def test_no_module_imports_pickle(folder: str) -> None:
    assert violations(folder, ("pickle", "cPickle", "_pickle", "dill", "cloudpickle")) == []
