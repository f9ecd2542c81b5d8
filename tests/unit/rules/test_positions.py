"""Line:column of a character inside a rule's query, however the YAML scalar is written."""

from __future__ import annotations

import pytest

from services.core.yaml_files import load_yaml_nodes
from workers.rules.positions import Locator, Position


def locate(text: str, path: tuple[str | int, ...], offset: int) -> Position:
    _, root = load_yaml_nodes(text, "f.yaml")
    return Locator(text, root).in_scalar(path, offset)


def caret(text: str, position: Position) -> str:
    """The character of ``text`` at ``position``."""
    return text.splitlines()[position.line - 1][position.column - 1]


Q = ("rules", 0, "query")


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("rules:\n  - query: Lavrov AND (x\n", 11, "("),
        ("rules:\n- {name: a, query: a OR b}\n", 5, "b"),
        ("rules:\n  - query: 'it''s (x'\n", 5, "("),
        ('rules:\n  - query: "say \\"hi\\" (x"\n', 9, "("),
        ('rules:\n  - query: "caf\\u00e9 (x"\n', 5, "("),
        ("rules:\n  - query: |\n      Lavrov AND\n        (x\n", 13, "("),
        ("rules:\n  - query: >-\n      Lavrov AND\n      (x\n", 11, "("),
        ("rules:\n  - query: Lavrov\n      AND (x\n", 11, "("),
    ],
    ids=[
        "plain",
        "flow-mapping",
        "single-quoted",
        "double-quoted",
        "hex-escape",
        "literal",
        "folded",
        "multi-line-plain",
    ],
)
def test_offset_in_a_query_scalar_points_at_its_character(
    text: str, offset: int, expected: str
) -> None:
    assert caret(text, locate(text, Q, offset)) == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (("rules", 0, "name"), Position(2, 5)),
        (("rules", 0, "notify", 1), Position(3, 17)),
        (("rules", 0, "missing"), Position(2, 5)),
        (("rules", 5), Position(1, 1)),
        ((), Position(1, 1)),
    ],
)
def test_paths_point_at_their_key_or_nearest_ancestor(
    path: tuple[str | int, ...], expected: Position
) -> None:
    text = "rules:\n  - name: a\n    notify: [x, y]\n"
    _, root = load_yaml_nodes(text, "f.yaml")
    assert Locator(text, root).at(path) == expected


def test_load_yaml_nodes_returns_the_same_data_as_load_yaml_text() -> None:
    data, root = load_yaml_nodes("a: [1, b]\n", "f.yaml")
    assert data == {"a": [1, "b"]} and root is not None
    assert load_yaml_nodes("", "f.yaml") == (None, None)
