"""Static checks of a parsed query: parts that never match, queries that match everything,
and constructs the index cannot use. Errors are mistakes; warnings are slow or suspicious."""

from __future__ import annotations

from functools import lru_cache

from .compiler import compile_node
from .keys import required_keys
from .nodes import Alias, And, Field, Near, Node, Not, Or, Phrase, Problem, Query, Term, Wildcard
from .text import surfaces, words

ERROR, WARNING = "error", "warning"


def check_query(query: Query, *, keyed: bool | None = None) -> list[Problem]:
    """Every problem found in ``query``, in order of offset. ``keyed``: whether the query can
    use the rule index, when the caller has planned it already (a rules file: plan once)."""
    problems: list[Problem] = []
    _walk(query.root, problems)
    root = query.root
    if _matches_empty(root):
        problems.append(
            Problem(
                ERROR,
                "the query matches every article that lacks its NOT terms",
                "add a positive term: Lavrov AND NOT sport",
                root.offset,
            )
        )
    elif _never(root) and not any(p.severity == ERROR for p in problems):
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


def _walk(node: Node, problems: list[Problem]) -> None:
    """Problems of single clauses, anywhere in the tree."""
    if isinstance(node, Term | Phrase):
        if not _term_words(node.text, node.case_sensitive):
            problems.append(
                Problem(
                    ERROR,
                    f"{node.text!r} has no letters or digits, so it never matches",
                    "remove it or write a word",
                    node.offset,
                )
            )
    elif isinstance(node, Wildcard):
        _check_wildcard(node, problems)
    elif isinstance(node, Alias) and not node.items:
        problems.append(
            Problem(
                ERROR,
                f"alias @{node.name} is empty, so it never matches",
                f"add terms to the alias {node.name}",
                node.offset,
            )
        )
    elif isinstance(node, And):
        _check_contradiction(node, problems)
    for child in _children(node):
        _walk(child, problems)


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


def _check_contradiction(node: And, problems: list[Problem]) -> None:
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
            return


def _children(node: Node) -> tuple[Node, ...]:
    if isinstance(node, And | Or | Alias):
        return node.items
    if isinstance(node, Not | Field):
        return (node.item,)
    if isinstance(node, Near):
        return (node.left, node.right)
    return ()


def _never(node: Node) -> bool:
    """True if no article can match ``node``."""
    if isinstance(node, Term | Phrase):
        return not _term_words(node.text, node.case_sensitive)
    if isinstance(node, And):
        return any(_never(i) for i in node.items) or _contradicts(node)
    if isinstance(node, Or | Alias):
        return all(_never(i) for i in node.items)
    if isinstance(node, Near):
        return _never(node.left) or _never(node.right)
    if isinstance(node, Field):
        return _never(node.item)
    return False


def _contradicts(node: And) -> bool:
    return any(isinstance(i, Not) and i.item in node.items for i in node.items)


def _matches_empty(node: Node) -> bool:
    """True if ``node`` matches an article with no words at all (it is only negations)."""
    if isinstance(node, And):
        return all(_matches_empty(i) for i in node.items)
    if isinstance(node, Or):
        return any(_matches_empty(i) for i in node.items)
    if isinstance(node, Not):
        return not _matches_empty(node.item)
    if isinstance(node, Field):
        return _matches_empty(node.item)
    return False
