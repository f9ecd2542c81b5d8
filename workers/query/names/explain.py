"""Explaining a name match for ``rules test``: "Lavrov matched Лаврова (Cyrillic, genitive)"."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..nodes import DEFAULT_FIELDS, Alias, And, Field, Near, Node, Or, Phrase, Term
from ..text import fold, scan
from .compile import keyed_words
from .forms import EXACT, describe, is_name


def name_terms(node: Node) -> Iterator[str]:
    """The query's case-insensitive terms and phrases searched in the title and body (NOT
    clauses left out: what they exclude never explains a match)."""
    if isinstance(node, Term | Phrase):
        if not node.case_sensitive:
            yield node.text
    elif isinstance(node, And | Or | Alias):
        for item in node.items:
            yield from name_terms(item)
    elif isinstance(node, Near):
        yield from name_terms(node.left)
        yield from name_terms(node.right)
    elif isinstance(node, Field) and node.name in DEFAULT_FIELDS:
        yield from name_terms(node.item)


def explain(root: Node, found: Sequence[str], language: str | None, policy: str) -> list[str]:
    """One line per matched article word that is a name match of a query word (and is not a
    query word as written): the query word, the form found and how (script, case)."""
    if policy == EXACT:
        return []
    terms = list(dict.fromkeys(name_terms(root)))
    plain = {fold(w) for text in terms for w in scan(text)[0]}
    # Each name word with the keys the compiler gives it in its term.
    queried = dict.fromkeys(
        (w, keys) for text in terms for _, w, keys in keyed_words(text, policy) if is_name(w)
    )
    lines: dict[str, None] = {}
    for text in found:
        for word in scan(text)[0]:
            if not is_name(word) or fold(word) in plain:
                continue  # found as written: nothing to explain
            for term, keys in queried:
                how = describe(term, word, language, policy, keys)
                if how:
                    lines[f"{term} matched {word} ({how})"] = None
    return list(lines)
