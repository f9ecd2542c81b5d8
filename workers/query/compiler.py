"""Syntax tree -> matchers: text analysis of query terms and field scoping happen here, once."""

from __future__ import annotations

import re
from functools import lru_cache

from . import matchers as m
from .glob import Glob
from .names.compile import name_words
from .names.forms import EXACT
from .nodes import DEFAULT_FIELDS, Alias, And, Field, Near, Node, Not, Or, Phrase, Term, Wildcard
from .text import fold, surfaces, words

_WILD_CHARS = re.compile(r"[*?]")
# Leaf matchers (a term or phrase, a wildcard) kept per distinct leaf: rules share their names
# and topic words (225,000 rules hold ~57,000 distinct terms), and matchers are immutable, so
# one compiled leaf serves every rule that writes it (less time to load, less memory).
LEAF_CACHE_SIZE = 200_000


def compile_node(
    node: Node,
    *,
    stemming: bool = False,
    fields: tuple[str, ...] = DEFAULT_FIELDS,
    names: str = EXACT,
) -> m.Matcher:
    """The matcher for ``node``; ``stemming`` applies to words in the title and body only;
    ``names`` is the name policy (exact, scripts, variants) of capitalised words there."""
    if isinstance(node, Term | Phrase):
        slop = node.slop if isinstance(node, Phrase) else None
        return _leaf(node.text, node.case_sensitive, slop, stemming, fields, names)
    if isinstance(node, Wildcard):
        return _wildcard(node.pattern, fields)
    if isinstance(node, Field):
        return compile_node(node.item, stemming=stemming, fields=(node.name,), names=names)
    if isinstance(node, Near):
        left = compile_node(node.left, stemming=stemming, fields=fields, names=names)
        right = compile_node(node.right, stemming=stemming, fields=fields, names=names)
        return m.NearMatcher(left, right, node.distance, node.ordered)
    if isinstance(node, Not):
        return m.NotMatcher(compile_node(node.item, stemming=stemming, fields=fields, names=names))
    items = tuple(
        compile_node(i, stemming=stemming, fields=fields, names=names) for i in node.items
    )
    if isinstance(node, And):
        return m.AndMatcher(items)
    assert isinstance(node, Or | Alias)
    live = tuple(i for i in items if not isinstance(i, m.Never))
    return m.OrMatcher(live) if live else m.Never()


@lru_cache(maxsize=LEAF_CACHE_SIZE)
def _leaf(
    text: str, case: bool, slop: int | None, stemming: bool, fields: tuple[str, ...], names: str
) -> m.Matcher:
    """The (shared) matcher of one term or phrase."""
    found = _words(text, case, slop, stemming, fields)
    return name_words(found, text, names) if names != EXACT else found


@lru_cache(maxsize=LEAF_CACHE_SIZE)
def _wildcard(pattern: str, fields: tuple[str, ...]) -> m.Wildcard:
    return wildcard(pattern, fields)


def _words(
    text: str, case: bool, slop: int | None, stemming: bool, fields: tuple[str, ...]
) -> m.Matcher:
    written = surfaces(text)
    found = tuple(written if case else words(text))
    if not found:
        return m.Never()
    if case:
        mode = m.CASE
    elif stemming and all(f in DEFAULT_FIELDS for f in fields):
        mode = m.STEM
    else:
        mode = m.PLAIN
    proper = tuple(w[:1].isupper() for w in written)
    return m.Words(found, fields, mode, slop, proper)


def wildcard(pattern: str, fields: tuple[str, ...]) -> m.Wildcard:
    """``terror*`` -> prefix scan; any other ``*``/``?`` pattern -> prefix scan plus a glob
    match in time linear in the word (no backtracking regex)."""
    folded = fold(pattern)
    prefix = _WILD_CHARS.split(folded, maxsplit=1)[0]
    rest = folded[len(prefix) :]
    if rest.strip("*") == "":
        return m.Wildcard(prefix, None, fields)
    return m.Wildcard(prefix, Glob(_squeeze_stars(folded)), fields)


def _squeeze_stars(pattern: str) -> str:
    """``a**b`` is ``a*b``."""
    while "**" in pattern:
        pattern = pattern.replace("**", "*")
    return pattern
