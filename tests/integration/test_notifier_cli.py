"""`newswatch notify test [TAG]` and `newswatch alerts failed|retry`, through the real CLI."""

from __future__ import annotations

import pytest

from services.cli import main
from services.notifier import parking
from tests.support.http import Recorded, local_server
from tests.support.notifier import drain, enqueue, install, make_alert, write_channels


@pytest.fixture
def env(settings, monkeypatch):
    monkeypatch.setenv("NEWSWATCH_REDIS_URL", settings.redis_url_value())
    monkeypatch.setenv("NEWSWATCH_CONFIG_DIR", str(settings.config_dir))
    monkeypatch.setenv("NEWSWATCH_STATE_DIR", str(settings.state_dir))
    return settings


def test_notify_test_reports_each_target(env, capsys):
    with local_server() as server:
        server.routes["/ok"] = lambda _: (200, {}, b"{}")
        write_channels(
            env,
            (f"json://127.0.0.1:{server.port}/ok", "team"),
            (f"json://127.0.0.1:{server.port}/gone", "team"),
            (f"json://127.0.0.1:{server.port}/ok", "ops"),
        )
        assert main(["notify", "test", "team"]) == 1
        out = capsys.readouterr().out.splitlines()
    assert out == [
        f"sent    json://127.0.0.1:{server.port}/ok",
        f"failed  json://127.0.0.1:{server.port}/gone: refused (HTTP 404 Not Found) (permanent)",
    ]
    assert len(server.requests) == 2


def test_parked_deliveries_are_listed_and_sent_again(env, redis, capsys):
    answers = {"status": 503}

    def hook(_: Recorded) -> tuple[int, dict[str, str], bytes]:
        return answers["status"], {}, b"{}"

    with local_server() as server:
        server.routes["/hook"] = hook
        write_channels(env, (f"json://127.0.0.1:{server.port}/hook", "team"))
        install(redis, env, attempts=2, backoff_seconds=0.01)
        enqueue(redis, make_alert(1), make_alert(2))
        drain(redis, wait_seconds=3)
        assert main(["alerts", "failed"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert len(lines) == 2
        assert "lavrov-terrorism  → json://127.0.0.1:" in lines[0]
        assert "after 2 attempt(s): server error (HTTP 503 Service Unavailable)" in lines[0]
        first = lines[0].split()[0]
        answers["status"] = 200
        assert main(["alerts", "retry", first, "nope"]) == 1
        assert "no parked delivery nope" in capsys.readouterr().out
        drain(redis)
        assert len(parking.list_parked(redis)) == 1
        assert main(["alerts", "retry", "--all"]) == 0
        drain(redis)
        assert server.requests[-2:] and len(server.requests) == 6  # 2 x 2 failed + 2 sent
    assert main(["alerts", "failed"]) == 0
    assert capsys.readouterr().out.strip().endswith("no parked deliveries")
