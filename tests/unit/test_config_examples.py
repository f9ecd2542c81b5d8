"""Every example in README.md and config/ is loaded by the code that reads such a file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from services.core.settings import Settings
from services.core.yaml_files import load_model
from services.notifier.channels import load_targets
from services.poller.drop_files import read_drop
from services.poller.feeds_config import FeedsFile
from tests.conftest import CONFIG, REPO
from tests.support.isolation import is_private
from workers.query import Document
from workers.rules.loader import load_rules, parse_rules

README = (REPO / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"```(yaml|json)\n(.*?)```", re.DOTALL)
README_BLOCKS = [(lang, body) for lang, body in FENCE.findall(README)]


def load_as(kind: str, path: Path) -> None:
    if kind == "rules.yaml" or kind.startswith("rules.d/"):
        load_rules(path)
    elif kind == "feeds.yaml":
        load_model(path, FeedsFile)
    elif kind in ("apprise.yaml", "apprise.example.yaml"):
        assert load_targets(path), "an apprise example should configure at least one target"
    else:
        raise AssertionError(f"no loader for {kind}")


def test_readme_has_yaml_and_json_examples():
    assert {lang for lang, _ in README_BLOCKS} == {"yaml", "json"}


@pytest.mark.parametrize(
    "body", [b for lang, b in README_BLOCKS if lang == "yaml"], ids=lambda b: b.splitlines()[0]
)
def test_readme_yaml_example_loads(body, tmp_path):
    marker = body.splitlines()[0]
    assert marker.startswith("# config/"), "each README YAML example names its file first"
    kind = marker.removeprefix("# config/").strip()
    path = tmp_path / kind
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    load_as(kind, path)


@pytest.mark.parametrize("body", [b for lang, b in README_BLOCKS if lang == "json"])
def test_readme_json_drop_example_is_accepted(body, tmp_path):
    path = tmp_path / "drop.json"
    message = read_drop(path, body.encode("utf-8"))
    assert message.title and message.url and message.published_at


SHIPPED_YAML = sorted(p.name for p in CONFIG.glob("*.yaml") if not is_private(p))


@pytest.mark.parametrize("name", SHIPPED_YAML, ids=str)
def test_shipped_config_file_loads(name):
    load_as(name, CONFIG / name)


def test_shipped_rules_match_both_example_drops():
    rules = parse_rules((CONFIG / "rules.yaml").read_bytes(), "rules.yaml")
    for drop in sorted((CONFIG / "examples" / "drops").iterdir()):
        text = drop.read_text(encoding="utf-8")
        assert rules.match(Document("", text)), f"{drop.name} should match the example rule"


def example_env_names() -> set[str]:
    text = (CONFIG / "newswatch.example.env").read_text(encoding="utf-8")
    return set(re.findall(r"^#? ?(NEWSWATCH_[A-Z_]+)=", text, re.MULTILINE))


def test_example_env_documents_every_setting():
    documented = example_env_names()
    expected = {f"NEWSWATCH_{name.upper()}" for name in Settings.model_fields}
    assert documented == expected


def test_example_env_loads_as_settings(monkeypatch):
    for name in example_env_names():
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("REDIS_URL", raising=False)
    settings = Settings(_env_file=CONFIG / "newswatch.example.env")  # type: ignore[call-arg]
    assert settings == Settings(_env_file=None)  # type: ignore[call-arg]
