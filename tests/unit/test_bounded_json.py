"""JSON from outside is refused with a clear reason when nested too deep or holding a huge
integer, checked before the recursive decoder ever runs."""

from __future__ import annotations

import pytest

from services.poller.bounded_json import HugeNumber, JsonRefused, loads, nesting_depth_over


def nested(depth: int, open_: str = "[", close: str = "]") -> bytes:
    return (open_ * depth + close * depth).encode()


@pytest.mark.parametrize(
    ("data", "limit", "over"),
    [
        (nested(64), 64, False),
        (nested(65), 64, True),
        (nested(100_000), 64, True),
        (b'{"a":' * 65 + b"1" + b"}" * 65, 64, True),
        (b'{"a":' * 10 + b"1" + b"}" * 10, 64, False),
        (b'["' + b"[" * 10_000 + b'"]', 64, False),  # brackets inside a string do not count
        (b'["\\"' + b"[" * 10_000 + b'"]', 64, False),  # nor after an escaped quote
        (b"[1, [2, {}], [[]], 3]", 3, False),
        (b"[1, [2, {}], [[]], 3]", 2, True),
        (b"[" * 10 + b"]" * 9, 64, False),  # unbalanced: the decoder says why
        (b"[1," * 100, 64, True),  # unbalanced and deep
        (b"", 64, False),
    ],
    ids=[
        "at-limit",
        "one-over",
        "hundred-thousand",
        "objects",
        "shallow-objects",
        "brackets-in-string",
        "escaped-quote",
        "siblings",
        "siblings-over",
        "unbalanced",
        "unbalanced-deep",
        "empty",
    ],
)
def test_nesting_depth_is_measured_without_recursion(data: bytes, limit: int, over: bool) -> None:
    assert nesting_depth_over(data, limit) is over


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (nested(100_000), "nested deeper than 64 levels"),
        (b'{"n": ' + b"1" * 5000 + b"}", "a 5000-digit number"),
        (b'{"n": -' + b"9" * 101 + b"}", "a 101-digit number"),
        (b'{"n": ' + b"1" * 4301 + b"}", "a 4301-digit number"),
        (b"\xff\xfe\xfd", "invalid JSON"),
        (b'{"a": ', "invalid JSON"),
        (b"[" + b"{}," * 1_000_001 + b"{}]", "more than 1,000,000 values"),
        (b"[" + b'"ab",' * 1_000_001 + b"1]", "more than 1,000,000 values"),
    ],
    ids=[
        "deep",
        "5000-digits",
        "negative-101",
        "over-python-limit",
        "not-text",
        "truncated",
        "container-flood",
        "string-flood",
    ],
)
def test_hostile_documents_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(JsonRefused, match=reason):
        loads(data)


def test_ordinary_documents_decode_in_any_json_encoding() -> None:
    for encoding in ("utf-8", "utf-16", "utf-32-le"):
        assert loads('{"n": [1, 2.5, "ü"]}'.encode(encoding)) == {"n": [1, 2.5, "ü"]}


def test_a_huge_number_can_be_kept_as_a_marker_for_its_item_to_refuse() -> None:
    value = loads(b'{"items": [{"id": ' + b"7" * 5000 + b"}]}", keep_huge_numbers=True)
    marker = value["items"][0]["id"]
    assert isinstance(marker, HugeNumber) and marker.length == 5000
    assert "5000-digit number" in str(marker) and len(str(marker)) < 40


def test_the_depth_limit_is_a_parameter() -> None:
    assert loads(nested(100), max_depth=200) == loads(nested(100), max_depth=100)
    with pytest.raises(JsonRefused, match="deeper than 10"):
        loads(nested(11), max_depth=10)
