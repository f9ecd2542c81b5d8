"""Secrets never leak: canaries planted in every channel URL must not appear in any log
line, error, CLI output, or Redis key or value (RQ job data included), across deliveries,
failures, retries, parking and the CLI."""

from __future__ import annotations

import argparse
import contextlib
import logging
import zlib
from typing import Any

import pytest

from services import cli_alerts
from services.core.logs import setup_logging
from tests.support.http import Recorded, local_server
from tests.support.notifier import drain, enqueue, install, make_alert, write_channels
from tests.support.receivers import smtp_receiver

CANARIES = {
    "smtp": "CanarySmtpPw1",
    "hook_ok": "CanaryHookPw2",
    "hook_401": "CanaryHookPw3",
    "refused": "CanaryRefusedPw4",
    "token": "CanaryToken5",
    "path": "CanaryPathToken1234567",
}


class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("mail.log"):  # the test SMTP server's own log
            return
        self.lines.append(self.format(record))
        if record.exc_info:
            self.lines.append(logging.Formatter().formatException(record.exc_info))


def redis_dump(redis: Any) -> list[bytes]:
    """Every key and every value, RQ's compressed job data decompressed."""
    found: list[bytes] = []
    for key in redis.scan_iter(count=1000):
        found.append(key)
        kind = redis.type(key).decode()
        if kind == "string":
            values = [redis.get(key)]
        elif kind == "hash":
            values = [b for pair in redis.hgetall(key).items() for b in pair]
        elif kind == "list":
            values = redis.lrange(key, 0, -1)
        elif kind == "set":
            values = list(redis.smembers(key))
        elif kind == "zset":
            values = redis.zrange(key, 0, -1)
        else:
            values = []
        for value in values:
            found.append(value)
            with contextlib.suppress(zlib.error):
                found.append(zlib.decompress(value))
    return found


@pytest.fixture
def capture() -> Any:
    setup_logging("DEBUG", "test")
    handler = Capture()
    logging.getLogger().addHandler(handler)
    yield handler
    logging.getLogger().removeHandler(handler)


def test_no_canary_anywhere(redis, settings, capture, capsys):
    def unauthorized(_: Recorded) -> tuple[int, dict[str, str], bytes]:
        return 401, {}, b"{}"

    def flaky_then_ok(_: Recorded, calls: list[int] = []) -> tuple[int, dict[str, str], bytes]:  # noqa: B006
        calls.append(1)
        return (503 if len(calls) == 1 else 200), {}, b"{}"

    with smtp_receiver(password=CANARIES["smtp"]) as smtp, local_server() as web:
        smtp.replies[:] = ["451 4.3.0 busy"]
        web.routes["/ok"] = flaky_then_ok
        web.routes["/denied"] = unauthorized
        write_channels(
            settings,
            (smtp.url(password=CANARIES["smtp"]), "team"),
            (
                f"json://u:{CANARIES['hook_ok']}@127.0.0.1:{web.port}/ok?:X-Token={CANARIES['token']}",
                "team",
            ),
            (f"json://u:{CANARIES['hook_401']}@127.0.0.1:{web.port}/denied", "team, ops"),
            (f"json://127.0.0.1:{web.port}/denied/{CANARIES['path']}", "team"),
            (f"json://u:{CANARIES['refused']}@127.0.0.1:1/refused", "team, ops"),
        )
        install(
            redis,
            settings,
            attempts=2,
            backoff_seconds=0.01,
            failures_before_ops=1,
            circuit_failures=2,  # circuits open (and log) too, and close again at once
            circuit_cooldown_seconds=0.01,
        )
        enqueue(redis, make_alert(1), make_alert(2))
        # Returns once nothing more falls due; the long wait only matters on a loaded machine.
        drain(redis, wait_seconds=30)
        assert smtp.messages and len(web.requests) >= 3  # deliveries happened, and failed
        cli_alerts._cmd_failed(settings, argparse.Namespace(json=False))
        cli_alerts._cmd_failed(settings, argparse.Namespace(json=True))
        cli_alerts._cmd_notify_test(settings, argparse.Namespace(tag=None))
        cli_alerts._cmd_retry(settings, argparse.Namespace(all=True, ids=[]))
        dump = redis_dump(redis)  # with the retry jobs queued
        drain(redis, wait_seconds=30)
    out = capsys.readouterr()
    assert "after 2 attempt(s)" in out.out and "authentication refused (HTTP 401" in out.out
    texts = [*capture.lines, out.out, out.err]
    assert any(k.startswith(b"rq:job:") for k in dump)  # RQ job data is looked at too
    dump += redis_dump(redis)
    for name, canary in CANARIES.items():
        for text in texts:
            assert canary not in text, (name, text)
        for value in dump:
            assert canary.encode() not in value, (name, value[:300])
