"""The article side: where each name key occurs in one field, built once per language."""

from __future__ import annotations

from .forms import article_keys, is_name

NameTable = dict[str, list[int]]


def name_table(raw: list[str], language: str | None) -> NameTable:
    """Positions of every name key of the field's words ``raw`` (as written) in ``language``."""
    table: NameTable = {}
    seen: dict[str, frozenset[str]] = {}
    for pos, word in enumerate(raw):
        keys = seen.get(word)
        if keys is None:
            keys = seen[word] = article_keys(word, language) if is_name(word) else frozenset()
        for key in keys:
            found = table.get(key)
            if found is None:
                table[key] = [pos]
            else:
                found.append(pos)
    return table
