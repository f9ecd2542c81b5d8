"""JSON from outside (drops, JSON Feeds) decoded within bounds: nesting and number length.

The standard decoder recurses once per nesting level (RecursionError at ~1,000 levels) and
refuses integers over 4,300 digits with a bare ValueError. Both are checked here first, in
linear time and without recursion, so a hostile document gets a clear refusal reason.
"""

from __future__ import annotations

import json
import re
from typing import Any

from services.core.errors import InputRejected

DEFAULT_MAX_DEPTH = 64
# Longer integers are refused (an id or a count never needs more).
MAX_INTEGER_DIGITS = 100
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


class JsonRefused(InputRejected):
    """The document is not JSON newswatch will read, and why."""


class HugeNumber:
    """Stands for an integer with too many digits (see `loads(keep_huge_numbers=True)`), so
    one item holding it can be refused without refusing the whole document."""

    def __init__(self, digits: str) -> None:
        self.length = len(digits.lstrip("-"))
        self.head = digits[:12]

    def __str__(self) -> str:
        return f"{self.head}… ({self.length}-digit number)"

    __repr__ = __str__


def nesting_depth_over(data: bytes, max_depth: int) -> bool:
    """True when arrays/objects nest deeper than max_depth (or brackets do not balance).

    Strings are blanked, the brackets kept, and innermost pairs peeled off one level per
    pass: at most max_depth passes of C-speed replaces, never a recursion."""
    brackets = _STRING.sub(b'""', data).translate(None, _NOT_BRACKETS)
    for _ in range(max_depth):
        if not brackets:
            return False
        peeled = brackets.replace(b"[]", b"").replace(b"{}", b"")
        if len(peeled) == len(brackets):
            return True  # unbalanced: no pair left to peel
        brackets = peeled
    return bool(brackets)


def loads(data: bytes, max_depth: int = DEFAULT_MAX_DEPTH, keep_huge_numbers: bool = False) -> Any:
    """Decode JSON (UTF-8, -16 or -32, as the standard decoder detects); JsonRefused says why
    a document is refused."""
    encoding = json.detect_encoding(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        reason = f"invalid JSON: not {encoding} ({exc.reason} at byte {exc.start})"
        raise JsonRefused(reason) from None
    if nesting_depth_over(data if encoding == "utf-8" else text.encode("utf-8"), max_depth):
        raise JsonRefused(f"invalid JSON: nested deeper than {max_depth} levels")
    try:
        return json.loads(text, parse_int=_int_parser(keep_huge_numbers))
    except json.JSONDecodeError as exc:
        raise JsonRefused(f"invalid JSON: {exc}") from None
    except (ValueError, RecursionError) as exc:  # a refusal from _int_parser, or a bound missed
        raise JsonRefused(f"invalid JSON: {exc}") from None


def _int_parser(keep_huge: bool) -> Any:
    def parse(digits: str) -> int | HugeNumber:
        if len(digits.lstrip("-")) <= MAX_INTEGER_DIGITS:
            return int(digits)
        if keep_huge:
            return HugeNumber(digits)
        raise ValueError(
            f"a {len(digits.lstrip('-'))}-digit number (over {MAX_INTEGER_DIGITS} digits)"
        )

    return parse
