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
# A JSON string, written so the regex engine runs tight loops (no per-character alternation).
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_ONE_KIND = bytes.maketrans(b"{}", b"[]")
_RUN = re.compile(rb"\[+|\]+")
# Documents of more values than this are refused: each value costs a Python object, so a
# 20 MB body of `["ab","ab",…]` or `[{},{},…]` would take ~800 MB decoded. A JSON Feed of
# 500 items has some thousands. Counted as commas plus arrays and objects, strings blanked.
MAX_VALUES = 1_000_000
# Innermost pairs peeled off before walking the rest run by run: wide, shallow documents
# shrink to almost nothing, so the walk's Python loop sees few runs.
_PEEL_PASSES = 4


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
    """True when arrays/objects nest deeper than max_depth, found in linear time without
    recursion: strings blanked, brackets kept (one kind), a run of openers longer than the
    limit refused at once, innermost pairs peeled off (each pass lowers the depth by exactly
    one), then the rest walked run by run. Unbalanced brackets are left to the decoder."""
    return _too_deep(_blank_strings(data).translate(_ONE_KIND, _NOT_BRACKETS), max_depth)


def _blank_strings(data: bytes) -> bytes:
    return _STRING.sub(b'""', data)


def _too_deep(brackets: bytes, max_depth: int) -> bool:
    if b"[" * (max_depth + 1) in brackets:
        return True
    passes = 0
    while brackets and passes < min(_PEEL_PASSES, max_depth):
        brackets = brackets.replace(b"[]", b"")
        passes += 1
    limit, depth = max_depth - passes, 0
    for run in _RUN.finditer(brackets):
        length = run.end() - run.start()
        depth += length if brackets[run.start()] == ord("[") else -length
        if depth > limit:
            return True
        if depth < 0:
            return False  # a closer with no opener: the decoder stops there with its reason
    return False


def loads(data: bytes, max_depth: int = DEFAULT_MAX_DEPTH, keep_huge_numbers: bool = False) -> Any:
    """Decode JSON (UTF-8, -16 or -32, as the standard decoder detects); JsonRefused says why
    a document is refused."""
    encoding = json.detect_encoding(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        reason = f"invalid JSON: not {encoding} ({exc.reason} at byte {exc.start})"
        raise JsonRefused(reason) from None
    utf8 = data if encoding.startswith("utf-8") else text.encode("utf-8")
    if utf8.count(b'"') > 2 * MAX_VALUES:  # before blanking them costs an object each
        raise JsonRefused(f"refused: more than {MAX_VALUES:,} values")
    blanked = _blank_strings(utf8)
    brackets = blanked.translate(_ONE_KIND, _NOT_BRACKETS)
    if _too_deep(brackets, max_depth):
        raise JsonRefused(f"invalid JSON: nested deeper than {max_depth} levels")
    if blanked.count(b",") + brackets.count(b"[") > MAX_VALUES:
        raise JsonRefused(f"refused: more than {MAX_VALUES:,} values")
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
