"""The query syntax tree, as parsed (before text analysis), and the parse/check error types.

Nodes are immutable and compare by meaning: ``offset`` (the character offset of the node in
the query text, for error messages) is excluded from equality, so ``parse(print(q)) == q``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FIELDS = ("title", "body", "source", "lang", "url")
DEFAULT_FIELDS = ("title", "body")


@dataclass(frozen=True)
class Term:
    """A word as written; may analyse into several tokens (``anti-terrorism``, ``北京``)."""

    text: str
    case_sensitive: bool = False
    offset: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Phrase:
    """``"exact words"``, or with ``slop`` ``"a b"~n``: all words within n extra positions."""

    text: str
    slop: int | None = None
    case_sensitive: bool = False
    offset: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Wildcard:
    """A single word with ``*`` (any run of characters) and ``?`` (one character)."""

    pattern: str
    offset: int = field(default=0, compare=False)


@dataclass(frozen=True)
class And:
    items: tuple[Node, ...]
    offset: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Or:
    items: tuple[Node, ...]
    offset: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Not:
    item: Node
    offset: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Near:
    """``left NEAR/n right`` (any order) or ``ONEAR/n`` (left before right), ≤ n words apart."""

    left: Node
    right: Node
    distance: int
    ordered: bool = False
    offset: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Field:
    """``title:x``: restricts every term inside ``item`` to one field."""

    name: str
    item: Node
    offset: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Alias:
    """``@name``, kept with its expansion (an OR of ``items``) so messages can name it."""

    name: str
    items: tuple[Node, ...]
    offset: int = field(default=0, compare=False)


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
