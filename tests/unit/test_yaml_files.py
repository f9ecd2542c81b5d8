"""Safe YAML loading: size and alias caps, no duplicate keys, errors that locate the problem."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from pydantic import BaseModel, ConfigDict, Field

from services.core.errors import ConfigError
from services.core.yaml_files import (
    FAST_YAML_CHARS,
    MAX_ALIASES,
    MAX_YAML_BYTES,
    load_model,
    load_yaml_file,
    load_yaml_nodes,
    load_yaml_text,
)

FAKE_SECRET = "sk-live-DO-NOT-ECHO-9f8e7d"


class Sample(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)

    name: str = "default-name"
    count: int = Field(default=3, ge=0)
    tags: list[str] = Field(default_factory=list)


def write(tmp_path: Path, text: str, name: str = "conf.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_yaml_parses_to_python_data() -> None:
    assert load_yaml_text("a: 1\nb: [x, y]\n", "f.yaml") == {"a": 1, "b": ["x", "y"]}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("a: 1\na: 2\n", "f.yaml:2:1"),
        ("top:\n  x: 1\n  y: 2\n  x: 3\n", "f.yaml:4:3"),
        ("- {k: 1, k: 2}\n", "f.yaml:1:10"),
    ],
)
def test_duplicate_key_is_refused_with_its_location(text: str, where: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_yaml_text(text, "f.yaml")
    message = str(info.value)
    assert message.startswith(f"{where}:")
    assert "duplicate key" in message


def test_same_key_in_sibling_mappings_is_allowed() -> None:
    assert load_yaml_text("- k: 1\n- k: 2\n", "f.yaml") == [{"k": 1}, {"k": 2}]


def test_unhashable_key_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        load_yaml_text("? [a, b]\n: 1\n", "f.yaml")


def test_aliases_up_to_the_cap_are_allowed() -> None:
    refs = "\n".join(f"  - *a{i % 3}" for i in range(MAX_ALIASES))
    text = f"anchors: [&a0 x, &a1 y, &a2 z]\nrefs:\n{refs}\n"
    assert len(load_yaml_text(text, "f.yaml")["refs"]) == MAX_ALIASES


def test_aliases_beyond_the_cap_are_refused() -> None:
    refs = "\n".join("  - *a" for _ in range(MAX_ALIASES + 1))
    text = f"anchor: &a x\nrefs:\n{refs}\n"
    with pytest.raises(ConfigError, match=rf"f\.yaml:\d+:\d+: more than {MAX_ALIASES} aliases"):
        load_yaml_text(text, "f.yaml")


def test_alias_bomb_is_refused() -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 10):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 12)}]")
    with pytest.raises(ConfigError, match="aliases"):
        load_yaml_text("\n".join(lines) + "\n", "bomb.yaml")


def test_text_over_the_size_cap_is_refused() -> None:
    text = "x: " + "a" * MAX_YAML_BYTES + "\n"
    with pytest.raises(ConfigError, match=rf"big\.yaml: larger than {MAX_YAML_BYTES} bytes"):
        load_yaml_text(text, "big.yaml")


def test_file_over_the_size_cap_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "# " + "a" * MAX_YAML_BYTES + "\n")
    with pytest.raises(ConfigError, match="larger than"):
        load_yaml_file(path)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("a: 1\nb: [1, 2\n", "f.yaml:3:1"),
        ("a: 1\n  b: 2\n", "f.yaml:2:4"),
        ("a: 'unterminated\n", "f.yaml:2:1"),
    ],
)
def test_syntax_error_names_file_line_and_column(text: str, where: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_yaml_text(text, "f.yaml")
    assert str(info.value).startswith(f"{where}: ")


def test_syntax_error_in_file_names_the_path(tmp_path: Path) -> None:
    path = write(tmp_path, "a: 1\nb: [\n")
    with pytest.raises(ConfigError, match=rf"^{path}:\d+:\d+: "):
        load_yaml_file(path)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_yaml_file(tmp_path / "absent.yaml")


def test_non_utf8_file_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("name: café\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_yaml_file(path)


def test_python_tags_are_refused() -> None:
    with pytest.raises(ConfigError):
        load_yaml_text("x: !!python/object/apply:os.system ['true']\n", "f.yaml")


@pytest.mark.parametrize("text", ["", "# only a comment\n", "---\n"])
def test_empty_file_gives_model_defaults(tmp_path: Path, text: str) -> None:
    assert load_model(write(tmp_path, text), Sample) == Sample()


def test_load_model_validates_into_the_model(tmp_path: Path) -> None:
    path = write(tmp_path, "name: feeds\ncount: 7\ntags: [a]\n")
    assert load_model(path, Sample) == Sample(name="feeds", count=7, tags=["a"])


def test_validation_error_names_file_and_field(tmp_path: Path) -> None:
    path = write(tmp_path, "count: -1\n")
    with pytest.raises(ConfigError) as info:
        load_model(path, Sample)
    assert str(info.value).startswith(f"{path}: count: ")


def test_validation_error_names_nested_field_by_dotted_path(tmp_path: Path) -> None:
    path = write(tmp_path, "tags: [ok, {a: 1}]\n")
    with pytest.raises(ConfigError, match=r": tags\.1: "):
        load_model(path, Sample)


def test_validation_error_lists_each_problem_on_its_own_line(tmp_path: Path) -> None:
    path = write(tmp_path, "count: -1\nname: [x]\n")
    with pytest.raises(ConfigError) as info:
        load_model(path, Sample)
    lines = str(info.value).splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"{path}: ") for line in lines)


@pytest.mark.parametrize(
    "text",
    [
        f"count: {FAKE_SECRET}\n",
        f"name: [{FAKE_SECRET}]\n",
        f"tags: {{password: {FAKE_SECRET}}}\n",
    ],
)
def test_validation_error_does_not_echo_input_values(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_model(path, Sample)
    assert str(path) in str(info.value)
    assert FAKE_SECRET not in str(info.value)


def test_top_level_of_wrong_type_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "- a\n- b\n")
    with pytest.raises(ConfigError, match=r": \(top level\): "):
        load_model(path, Sample)


LARGE_PAD = "# " + "x" * FAST_YAML_CHARS + "\n"  # large enough for the libyaml path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: 1\na: 2\n", "big.yaml:3:1: duplicate key 'a'"),
        ("a: &a [1]\n" + "".join(f"b{i}: *a\n" for i in range(150)), "more than 100 aliases"),
        ("a: " + "[" * 60 + "]" * 60 + "\n", "nested more than 50 levels deep"),
        ("a: [1, 2\n", "big.yaml:3:1: expected ',' or ']'"),
    ],
)
def test_large_documents_are_refused_alike(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_yaml_nodes(LARGE_PAD + text, "big.yaml", max_bytes=10 * FAST_YAML_CHARS)


def test_a_large_document_loads_with_positions() -> None:
    data, root = load_yaml_nodes(LARGE_PAD + "rules:\n  - name: x\n", "big.yaml", max_bytes=10**7)
    assert data == {"rules": [{"name": "x"}]}
    assert root is not None and root.start_mark.line == 1


@pytest.mark.parametrize(
    "text",
    [
        "rules:\n  - name: x\n    query: 'a AND b'\n    enabled: false\n",
        "a: 1\nb: 2.5\nc: null\nd: true\ne: ~\n'7': seven\n8: eight\n",
        "a: &x {k: v}\nb: *x\n",
        "when: 2026-12-02\nset: !!set {a, b}\npairs: !!omap [a: 1]\n",
        "a: [1, [2, [3]], {b: [c]}]\nblock: |\n  two\n  lines\n",
        "deep: " + "[" * 45 + "x" + "]" * 45 + "\n",
    ],
)
def test_a_large_document_is_the_data_pyyaml_constructs(text: str) -> None:
    data, _ = load_yaml_nodes(LARGE_PAD + text, "big.yaml", max_bytes=10**7)
    assert data == yaml.safe_load(text)
