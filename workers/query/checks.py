"""Static checks of a parsed query: parts that never match, queries that match everything,
and constructs the index cannot use. Errors are mistakes; warnings are slow or suspicious."""

from __future__ import annotations

from functools import lru_cache

from .compiler import compile_node
from .keys import required_keys
from .nodes import Alias, And, Field, Near, Node, Not, Or, Phrase, Problem, Query, Term, Wildcard
from .text import surfaces, words
from .visitor import NodeVisitor

ERROR, WARNING = "error", "warning"


def check_query(query: Query, *, keyed: bool | None = None) -> list[Problem]:
    """Every problem found in ``query``, in order of offset. ``keyed``: whether the query can
    use the rule index, when the caller has planned it already (a rules file: plan once)."""
    problems: list[Problem] = []
    root = query.root
    never, matches_empty = _Scan(problems).visit(root)
    if matches_empty:
        problems.append(
            Problem(
                ERROR,
                "the query matches every article that lacks its NOT terms",
                "add a positive term: Lavrov AND NOT sport",
                root.offset,
            )
        )
    elif never and not any(p.severity == ERROR for p in problems):
        problems.append(
            Problem(
                ERROR,
                "the query can never match",
                "a clause is both required and excluded",
                root.offset,
            )
        )
    elif not problems and not (keyed if keyed is not None else _keyed(root)):
        problems.append(
            Problem(
                WARNING,
                "the query cannot use the rule index; it is evaluated for every article",
                "require at least one plain word",
                root.offset,
            )
        )
    return sorted(problems, key=lambda p: p.offset)


def _keyed(root: Node) -> bool:
    return required_keys(compile_node(root)) is not None


@lru_cache(maxsize=200_000)
def _term_words(text: str, case_sensitive: bool) -> bool:
    """Whether a term has a word (rules repeat their names and topics: asked once each)."""
    return bool(surfaces(text) if case_sensitive else words(text))


class _Scan(NodeVisitor[tuple[bool, bool]]):
    """Problems of single clauses, anywhere in the tree (each node's before its children's),
    and per node whether no article can match it (never) and whether an article with no words
    at all matches it (it is only negations): one walk of the tree for all three."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems

    def visit_term(self, node: Term) -> tuple[bool, bool]:
        return self._words(node), False

    def visit_phrase(self, node: Phrase) -> tuple[bool, bool]:
        return self._words(node), False

    def _words(self, node: Term | Phrase) -> bool:
        never = not _term_words(node.text, node.case_sensitive)
        if never:
            self.problems.append(
                Problem(
                    ERROR,
                    f"{node.text!r} has no letters or digits, so it never matches",
                    "remove it or write a word",
                    node.offset,
                )
            )
        return never

    def visit_wildcard(self, node: Wildcard) -> tuple[bool, bool]:
        _check_wildcard(node, self.problems)
        return False, False

    def visit_and(self, node: And) -> tuple[bool, bool]:
        contradicts = _check_contradiction(node, self.problems)
        found = [self.visit(item) for item in node.items]
        never = contradicts or any(n for n, _ in found)
        return never, all(e for _, e in found)

    def visit_or(self, node: Or) -> tuple[bool, bool]:
        found = [self.visit(item) for item in node.items]
        return all(n for n, _ in found), any(e for _, e in found)

    def visit_alias(self, node: Alias) -> tuple[bool, bool]:
        if not node.items:
            self.problems.append(
                Problem(
                    ERROR,
                    f"alias @{node.name} is empty, so it never matches",
                    f"add terms to the alias {node.name}",
                    node.offset,
                )
            )
        # Alias items are words and phrases (alias_item): none matches an article without words.
        found = [self.visit(item) for item in node.items]
        return all(n for n, _ in found), False

    def visit_not(self, node: Not) -> tuple[bool, bool]:
        return False, not self.visit(node.item)[1]

    def visit_field(self, node: Field) -> tuple[bool, bool]:
        return self.visit(node.item)

    def visit_near(self, node: Near) -> tuple[bool, bool]:
        left, right = self.visit(node.left), self.visit(node.right)
        return left[0] or right[0], False


def _check_wildcard(node: Wildcard, problems: list[Problem]) -> None:
    literal = node.pattern.replace("*", "").replace("?", "")
    prefix = node.pattern.split("*")[0].split("?")[0]
    if not literal and "*" in node.pattern:
        problems.append(
            Problem(
                ERROR,
                f"{node.pattern} matches every word",
                "write some letters before the *",
                node.offset,
            )
        )
    elif not prefix:
        problems.append(
            Problem(
                WARNING,
                f"{node.pattern} starts with a wildcard, so the rule index cannot use it",
                "start with a letter",
                node.offset,
            )
        )
    elif len(prefix) < 3 and "*" in node.pattern:
        problems.append(
            Problem(
                WARNING,
                f"{node.pattern} has a short prefix and matches many words",
                "give at least 3 letters before the *",
                node.offset,
            )
        )


def _check_contradiction(node: And, problems: list[Problem]) -> bool:
    """Whether the AND requires and excludes the same clause (a problem if so)."""
    for item in node.items:
        if isinstance(item, Not) and item.item in node.items:
            problems.append(
                Problem(
                    ERROR,
                    "this AND requires and excludes the same clause, so it never matches",
                    "remove the NOT or the term",
                    node.offset,
                )
            )
            return True
    return False
