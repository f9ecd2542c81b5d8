"""The shared seams for containing bad input: log escaping, the item guard, loop death."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from services.core.errors import InputRejected
from services.core.failures import ItemGuard, describe
from services.core.logs import escape


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain.txt", "plain.txt"),
        ("evil\n12:00:00 ERROR forged.txt", "evil\\x0a12:00:00 ERROR forged.txt"),
        ("cr\rname", "cr\\x0dname"),
        ("bidi\u202egnp.txt", "bidi\\u202egnp.txt"),
        ("line\u2028sep", "line\\u2028sep"),
        ("bad\udcffbytes", "bad\\udcffbytes"),
        (b"\xff\xfename", "\\xff\\xfename"),
    ],
)
def test_escape_keeps_input_on_one_readable_line(raw: str | bytes, expected: str) -> None:
    assert escape(raw) == expected


def test_escape_cuts_long_text() -> None:
    assert len(escape("x" * 10_000)) == 300


def test_item_guard_records_an_unexpected_error_and_suppresses_it() -> None:
    with ItemGuard(None, "drop", "deep.json") as guard:
        raise RecursionError("maximum recursion depth exceeded")
    assert guard.failure is not None
    assert guard.failure.reason == "RecursionError: maximum recursion depth exceeded"


def test_item_guard_reports_our_errors_by_message() -> None:
    with ItemGuard(None, "drop", "x") as guard:
        raise InputRejected("empty file")
    assert guard.failure is not None and guard.failure.reason == "empty file"


def test_item_guard_lets_redis_outages_through() -> None:
    import redis

    with pytest.raises(redis.ConnectionError), ItemGuard(None, "drop", "x"):
        raise redis.ConnectionError("gone")


def test_describe_is_one_line() -> None:
    assert "\n" not in describe(ValueError("a\nb"))


def test_a_dead_loop_takes_its_process_down_non_zero() -> None:
    code = textwrap.dedent(
        """
        import threading, time
        from services.core.loops import start_loop_thread
        class R:
            def hset(self, *a): pass
        def step(): raise RuntimeError("boom")
        start_loop_thread(R(), "test", "loop", step, 0.01, threading.Event())
        time.sleep(10)
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=30)
    assert done.returncode == 70
    assert b"test loop loop died: RuntimeError: boom" in done.stderr
