"""Problems found in a rules file, each pinned to a line and column, with a hint.

Formatted the way compilers do, so editors and CI logs can jump to them::

    config/rules.yaml:8:22: rule 'lavrov': unmatched ')' (hint: remove it or add a '(' before)
    config/rules.yaml:12:12: warning: rule 'x': terr* has a short prefix ... (hint: ...)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import ValidationError

from workers.rules.model import RuleConfig, RulesFile
from workers.rules.positions import Locator, Path, Position

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Diagnostic:
    """One problem: ``severity`` is "error" (the file is refused) or "warning"."""

    severity: str
    source: str
    position: Position
    message: str
    hint: str = ""

    def __str__(self) -> str:
        label = "warning: " if self.severity == WARNING else ""
        hint = f" (hint: {self.hint})" if self.hint else ""
        line, column = self.position.line, self.position.column
        where = f"{self.source}:{line}:{column}" if line else self.source  # line 0: whole file
        return f"{where}: {label}{self.message}{hint}"


def errors(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.severity == ERROR]


def sort_key(diagnostic: Diagnostic) -> tuple[int, int]:
    return diagnostic.position.line, diagnostic.position.column


def from_validation(exc: ValidationError, source: str, locator: Locator) -> list[Diagnostic]:
    """One diagnostic per pydantic error, at the key it is about, without echoing input."""
    found = []
    for err in exc.errors(include_input=False, include_url=False):
        loc: Path = tuple(err["loc"])
        message = str(err["msg"]).removeprefix("Value error, ")
        found.append(
            Diagnostic(
                ERROR,
                source,
                locator.at(loc),
                f"{dotted(loc)}: {message}",
                _hint(err["type"], loc),
            )
        )
    return found


def dotted(loc: Path) -> str:
    """``("rules", 0, "query")`` -> ``rules[0].query``; the top level is ``(top level)``."""
    steps = [p for p in loc if p != "[key]"]
    text = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in steps).lstrip(".")
    return text or "(top level)"


def _hint(kind: str, loc: Path) -> str:
    if kind == "extra_forbidden":
        model = RuleConfig if len(loc) == 3 and loc[0] == "rules" else RulesFile
        return f"allowed keys: {', '.join(model.model_fields)}"
    if kind == "literal_error" and loc == ("version",):
        return "write version: 1"
    if kind == "string_pattern_mismatch" and loc[:1] == ("aliases",):
        return "an alias name is a letter, then letters, digits, '.', '-' or '_'"
    if kind == "missing":
        return f"add `{loc[-1]}:`"
    return ""
