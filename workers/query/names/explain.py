"""Explaining a name match for ``rules test``: "Lavrov matched Лаврова (Cyrillic, genitive)"."""

from __future__ import annotations

from collections.abc import Iterator

from ..nodes import DEFAULT_FIELDS, Alias, And, Field, Near, Node, Or, Phrase, Term
from ..text import fold, scan
from .forms import EXACT, describe, is_name, phrase_word_keys, term_keys
from .korean import korean_name


def name_words(node: Node) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Words of the query's case-insensitive terms and phrases searched in the title and body,
    each with the words of its term (NOT clauses left out: what they exclude never explains
    a match)."""
    if isinstance(node, Term | Phrase):
        if not node.case_sensitive:
            words = tuple(scan(node.text)[0])
            yield from ((word, words) for word in words)
    elif isinstance(node, And | Or | Alias):
        for item in node.items:
            yield from name_words(item)
    elif isinstance(node, Near):
        yield from name_words(node.left)
        yield from name_words(node.right)
    elif isinstance(node, Field) and node.name in DEFAULT_FIELDS:
        yield from name_words(node.item)


def explain(root: Node, found: list[str], language: str | None, policy: str) -> list[str]:
    """One line per matched article word that is a name match of a query word (and is not a
    query word as written): the query word, the form found and how (script, case)."""
    if policy == EXACT:
        return []
    written = list(dict.fromkeys(name_words(root)))
    plain = {fold(w) for w, _ in written}
    queried = [(w, _keys(w, words, policy)) for w, words in written if is_name(w)]
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


def _keys(word: str, words: tuple[str, ...], policy: str) -> frozenset[str]:
    """The keys ``word`` has in its term of ``words`` (as the compiler gives them)."""
    if len(words) == 1:
        return term_keys(word, policy)
    return phrase_word_keys(word, policy, korean_name(list(words)))
