"""Text for people testing rules: a query against one article, and offline match records.

Pure functions behind `newswatch rules test` and `newswatch match` (the CLI reads files and
prints; this module decides what to say).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from workers.query import Document, Query, QuerySyntaxError, RuleIndex, RuleSpec, analyze, why_not
from workers.query.names.explain import explain as explain_names
from workers.rules.matcher import RuleSet
from workers.snippet import marked_snippet

SHOWN_MAX_CHARS = 120  # of a query line echoed under its error


def query_error(source: str, text: str, exc: QuerySyntaxError) -> list[str]:
    """A syntax error as ``source:1:col: message (hint: ...)``, the query, and a caret."""
    before = text[: exc.offset]
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    hint = f" (hint: {exc.hint})" if exc.hint else ""
    shown = text.splitlines()[line - 1] if text.strip() else text
    caret = column
    if len(shown) > SHOWN_MAX_CHARS:  # a huge query: the part around the error
        start = max(0, min(column - 1 - SHOWN_MAX_CHARS // 2, len(shown) - SHOWN_MAX_CHARS))
        more = "…" if start + SHOWN_MAX_CHARS < len(shown) else ""
        shown = ("…" if start else "") + shown[start : start + SHOWN_MAX_CHARS] + more
        caret = column - start + (1 if start else 0)
    return [f"{source}:{line}:{column}: {exc.message}{hint}", f"  {shown}", f"  {'^':>{caret}}"]


def explain_test(
    name: str, query: Query, doc: Document, *, stemming: bool = False, names: str = "exact"
) -> list[str]:
    """``name: match`` with the terms, fields and snippet (and how a name in another script or
    case matched), or ``name: no match`` and why."""
    analyzed = analyze(doc)
    index = RuleIndex.build([RuleSpec("query", query, stemming=stemming, names=names)])
    found = index.match(analyzed)
    if found:
        match = found[0]
        fields = ", ".join(dict.fromkeys(f for f, _, _ in match.spans))
        terms = ", ".join(dict.fromkeys(t.casefold() for t in match.terms))
        snippet = marked_snippet(doc.title, doc.body, match.spans)
        how = [f"  {line}" for line in explain_names(query.root, match.terms, doc.language, names)]
        return [f"{name}: match", f"  terms: {terms}", *how, f"  in: {fields}", f"  {snippet}"]
    lines = [f"{name}: no match"]
    for failure in why_not(query, analyzed, stemming=stemming, names=names):
        verb = "not found" if failure.reason == "missing" else "found, but excluded by NOT"
        lines.append(f"  {failure.clause}: {verb}")
    return lines


def match_records(path: str, rules: RuleSet, doc: Document) -> list[dict[str, Any]]:
    """One record per matching rule: path, source, rule, fields, terms, snippet."""
    return [
        {
            "path": path,
            "source": doc.source,
            "rule": m.rule,
            "fields": list(m.fields),
            "terms": list(m.terms),
            "snippet": m.snippet,
        }
        for m in rules.match(doc)
    ]


def match_line(record: Mapping[str, Any]) -> str:
    """``path: rule [title, body] lavrov, terrorism: snippet``."""
    fields: Sequence[str] = record["fields"]
    terms: Sequence[str] = record["terms"]
    return (
        f"{record['path']}: {record['rule']} [{', '.join(fields)}] "
        f"{', '.join(terms)}: {record['snippet']}"
    )
