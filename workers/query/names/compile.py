"""Compiling a term with names: decide, per term, whether name matching applies."""

from __future__ import annotations

from .. import matchers as m
from ..nodes import DEFAULT_FIELDS
from ..text import scan
from .forms import term_keys
from .matcher import NameWords


def name_words(compiled: m.Matcher, text: str, policy: str, given: bool = False) -> m.Matcher:
    """``compiled`` (a term's usual matcher) widened to names under ``policy``: only words
    searched in the title and body, compared case-insensitively, of which at least one is a
    name (written capitalised, or in Arabic script); ``given``: written as a given name."""
    if not isinstance(compiled, m.Words) or compiled.mode == m.CASE:
        return compiled
    if any(f not in DEFAULT_FIELDS for f in compiled.fields):
        return compiled
    written = scan(text)[0]
    if len(written) != len(compiled.words):
        return compiled
    keys = tuple(term_keys(w, policy) for w in written)
    if not any(keys):
        return compiled
    return NameWords(compiled.words, keys, compiled.fields, compiled.mode, compiled.slop, given)
