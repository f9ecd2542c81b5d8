"""The query syntax tree, as parsed (before text analysis), and the parse/check error types.

Nodes are immutable and compare by meaning: ``offset`` (the character offset of the node in
the query text, for error messages) is excluded from equality, so ``parse(print(q)) == q``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, final

FIELDS = ("title", "body", "source", "lang", "url")
DEFAULT_FIELDS = ("title", "body")


class _Syntax:
    """What every node shares: equality and hashing by meaning (``offset`` left out) and a
    dataclass-like repr. Plain classes, not frozen dataclasses: compiled, a node is built
    without Python-level code (a frozen dataclass's ``__init__`` is interpreted and sets each
    field through ``object.__setattr__``), and a worker parses every rule it compiles."""

    def _fields(self) -> tuple[tuple[str, object], ...]:
        raise NotImplementedError

    def _meaning(self) -> tuple[object, ...]:
        return tuple(value for name, value in self._fields() if name != "offset")

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._meaning() == other._meaning()

    def __hash__(self) -> int:
        return hash(self._meaning())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in self._fields())
        return f"{type(self).__name__}({shown})"


@final
class Term(_Syntax):
    """A word as written; may analyse into several tokens (``anti-terrorism``, ``北京``)."""

    def __init__(self, text: str, case_sensitive: bool = False, offset: int = 0) -> None:
        self.text: Final = text
        self.case_sensitive: Final = case_sensitive
        self.offset: Final = offset

    def _fields(self) -> tuple[tuple[str, object], ...]:
        return (
            ("text", self.text),
            ("case_sensitive", self.case_sensitive),
            ("offset", self.offset),
        )


@final
class Phrase(_Syntax):
    """``"exact words"``, or with ``slop`` ``"a b"~n``: all words within n extra positions."""

    def __init__(
        self, text: str, slop: int | None = None, case_sensitive: bool = False, offset: int = 0
    ) -> None:
        self.text: Final = text
        self.slop: Final = slop
        self.case_sensitive: Final = case_sensitive
        self.offset: Final = offset

    def _fields(self) -> tuple[tuple[str, object], ...]:
        return (
            ("text", self.text),
            ("slop", self.slop),
            ("case_sensitive", self.case_sensitive),
            ("offset", self.offset),
        )


@final
class Wildcard(_Syntax):
    """A single word with ``*`` (any run of characters) and ``?`` (one character)."""

    def __init__(self, pattern: str, offset: int = 0) -> None:
        self.pattern: Final = pattern
        self.offset: Final = offset

    def _fields(self) -> tuple[tuple[str, object], ...]:
        return (("pattern", self.pattern), ("offset", self.offset))


class _Items(_Syntax):
    """An operator over ``items`` (And, Or)."""

    def __init__(self, items: tuple[Node, ...], offset: int = 0) -> None:
        self.items: Final = items
        self.offset: Final = offset

    def _fields(self) -> tuple[tuple[str, object], ...]:
        return (("items", self.items), ("offset", self.offset))


@final
class And(_Items):
    """All of ``items``."""


@final
class Or(_Items):
    """Any of ``items``."""


@final
class Not(_Syntax):
    def __init__(self, item: Node, offset: int = 0) -> None:
        self.item: Final = item
        self.offset: Final = offset

    def _fields(self) -> tuple[tuple[str, object], ...]:
        return (("item", self.item), ("offset", self.offset))


@final
class Near(_Syntax):
    """``left NEAR/n right`` (any order) or ``ONEAR/n`` (left before right), ≤ n words apart."""

    def __init__(
        self, left: Node, right: Node, distance: int, ordered: bool = False, offset: int = 0
    ) -> None:
        self.left: Final = left
        self.right: Final = right
        self.distance: Final = distance
        self.ordered: Final = ordered
        self.offset: Final = offset

    def _fields(self) -> tuple[tuple[str, object], ...]:
        return (
            ("left", self.left),
            ("right", self.right),
            ("distance", self.distance),
            ("ordered", self.ordered),
            ("offset", self.offset),
        )


@final
class Field(_Syntax):
    """``title:x``: restricts every term inside ``item`` to one field."""

    def __init__(self, name: str, item: Node, offset: int = 0) -> None:
        self.name: Final = name
        self.item: Final = item
        self.offset: Final = offset

    def _fields(self) -> tuple[tuple[str, object], ...]:
        return (("name", self.name), ("item", self.item), ("offset", self.offset))


@final
class Alias(_Syntax):
    """``@name``, kept with its expansion (an OR of ``items``) so messages can name it."""

    def __init__(self, name: str, items: tuple[Node, ...], offset: int = 0) -> None:
        self.name: Final = name
        self.items: Final = items
        self.offset: Final = offset

    def _fields(self) -> tuple[tuple[str, object], ...]:
        return (("name", self.name), ("items", self.items), ("offset", self.offset))


Node = Term | Phrase | Wildcard | And | Or | Not | Near | Field | Alias
POSITIONAL = (Term, Phrase, Wildcard, Alias, Near)


class QuerySyntaxError(ValueError):
    """A query that cannot be parsed; ``offset`` is a character offset into the query text.

    ``part`` names the item of a structured query (``all[1]``) the offset refers to.
    """

    def __init__(self, message: str, offset: int, hint: str = "", part: str = "") -> None:
        super().__init__(f"{message} (at offset {offset})")
        self.message = message
        self.offset = offset
        self.hint = hint
        self.part = part


@dataclass(frozen=True)
class Part:
    """Where one item of a structured query sits in the composed query text."""

    label: str
    start: int
    end: int


@dataclass(frozen=True)
class Query:
    """A parsed query: its text, its syntax tree, and for structured queries the item map."""

    text: str
    root: Node
    parts: tuple[Part, ...] = ()

    def locate(self, offset: int) -> tuple[str, int]:
        """Map an offset in ``text`` to (item label, offset in that item); label "" if none."""
        for part in self.parts:
            if part.start <= offset <= part.end:
                return part.label, offset - part.start
        return "", offset


@dataclass(frozen=True)
class Problem:
    """One finding of :func:`check_query`: ``severity`` is "error" or "warning"."""

    severity: str
    message: str
    hint: str
    offset: int
