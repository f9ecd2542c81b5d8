"""Line and column of anything in the rules file, down to a character inside a query.

Built on the YAML node tree (``services.core.yaml_files.load_yaml_nodes``), so a query
syntax error at offset k of a rule's ``query`` points at the character in the file. Exact
for single-line plain and quoted scalars (quote escapes are counted) and for block scalars
(``|``, ``>``) and multi-line plain scalars as long as they hold no blank lines; a path that
does not exist in the file falls back to its nearest ancestor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import yaml

Path = tuple[str | int, ...]
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}


@dataclass(frozen=True)
class Position:
    """1-based line and column."""

    line: int
    column: int


START = Position(1, 1)


class Locator:
    """Maps paths like ``("rules", 2, "query")`` and offsets in scalars to positions."""

    def __init__(self, text: str, root: yaml.Node | None) -> None:
        self.lines = text.splitlines()
        self.root = root

    def at(self, path: Path) -> Position:
        """Where ``path`` is written: a mapping entry's key, a list item, or the nearest parent."""
        node, key = self._walk(path)
        target = key if key is not None else node
        return START if target is None else _position(target.start_mark)

    def in_scalar(self, path: Path, offset: int) -> Position:
        """Where character ``offset`` of the string value at ``path`` is written."""
        node, key = self._walk(path)
        if not isinstance(node, yaml.ScalarNode) or key is None:
            return self.at(path)
        return _offset_position(node, self.lines, offset) or self.at(path)

    def _walk(self, path: Path) -> tuple[yaml.Node | None, yaml.Node | None]:
        """The value node at ``path`` (or nearest ancestor) and the key node naming it."""
        node, key = self.root, None
        for step in path:
            child = _child(node, step)
            if child is None:
                return node, key
            key, node = child
            if key is None:  # a list item: its own start is the best position
                key = node
        return node, key


def _child(node: yaml.Node | None, step: str | int) -> tuple[yaml.Node | None, yaml.Node] | None:
    """The (key node, value node) of one path step, or None if it is not there."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == str(step):
                return key, value
    elif (
        isinstance(node, yaml.SequenceNode)
        and isinstance(step, int)
        and 0 <= step < len(node.value)
    ):
        return None, node.value[step]
    return None


def _position(mark: yaml.Mark) -> Position:
    return Position(mark.line + 1, mark.column + 1)


def _offset_position(node: yaml.ScalarNode, lines: Sequence[str], offset: int) -> Position | None:
    start, end = node.start_mark, node.end_mark
    if node.style in ("|", ">"):
        return _walk_segments(_block_segments(lines, start.line + 1, end.line), offset)
    if start.line == end.line and node.style in ("'", '"'):
        column = _quoted_column(lines[start.line], start.column, node.style, offset)
        return Position(start.line + 1, column + 1)
    if start.line == end.line:
        return Position(start.line + 1, start.column + offset + 1)
    skip = 1 if node.style in ("'", '"') else 0
    return _walk_segments(_flow_segments(lines, start.line, start.column + skip, end.line), offset)


def _quoted_column(line: str, quote_column: int, style: str, offset: int) -> int:
    """Column of value character ``offset`` in a one-line quoted scalar, escapes counted."""
    column = quote_column + 1
    for _ in range(offset):
        if column >= len(line):
            break
        if style == "'" and line.startswith("''", column):
            column += 2
        elif style == '"' and line[column] == "\\" and column + 1 < len(line):
            column += 2 + _HEX_ESCAPES.get(line[column + 1], 0)
        else:
            column += 1
    return column


Segment = tuple[int, int, int]  # 0-based line, first column, length


def _flow_segments(lines: Sequence[str], first: int, column: int, last: int) -> list[Segment]:
    """A multi-line plain or quoted scalar: lines folded with one space, indentation dropped."""
    segments = [(first, column, len(lines[first].rstrip()) - column)]
    for number in range(first + 1, min(last, len(lines) - 1) + 1):
        text = lines[number]
        indent = len(text) - len(text.lstrip())
        segments.append((number, indent, len(text.strip())))
    return segments


def _block_segments(lines: Sequence[str], first: int, last: int) -> list[Segment]:
    """A block scalar's content lines, with the block's indentation removed."""
    content = range(first, min(last, len(lines) - 1) + 1)
    indents = [len(lines[n]) - len(lines[n].lstrip()) for n in content if lines[n].strip()]
    indent = indents[0] if indents else 0
    return [(n, indent, max(len(lines[n]) - indent, 0)) for n in content]


def _walk_segments(segments: list[Segment], offset: int) -> Position | None:
    """Walk the segments (joined by one character each) to the one holding ``offset``."""
    for line, column, length in segments:
        if offset <= length:
            return Position(line + 1, column + offset + 1)
        offset -= length + 1
    if not segments:
        return None
    line, column, length = segments[-1]
    return Position(line + 1, column + length + 1)
