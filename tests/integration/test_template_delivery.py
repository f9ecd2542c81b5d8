"""The notifier with rule templates and config edits, on a real Valkey: a hostile template
still delivers its alert (with the default message), and the config loop notices edits of
apprise.yaml and templates with no alert arriving."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from services.core.failures import read_failures
from services.core.loops import read_heartbeats
from services.core.settings import Settings
from services.notifier import parking
from services.notifier.context import NotifierContext
from services.notifier.outbox import Outgoing
from services.notifier.reload import start_config_loop
from tests.support.http import LocalServer, Recorded, local_server
from tests.support.notifier import drain, enqueue, install, make_alert, write_channels

BOMBS = {
    "range bomb": "{% for i in range(10**9) %}x{% endfor %}",
    "nested loops, silent": "{% for i in range(100000) %}{% for j in range(100000) %}"
    "{% endfor %}{% endfor %}",
    "recursive macro": "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    "fanning-out macro": "{% macro f(n) %}{% if n < 60 %}{% set a = f(n + 1) %}"
    "{% set b = f(n + 1) %}{% endif %}{% endmacro %}{{ f(0) }}",
    "string multiplication": "{{ 'a' * 10**9 }}",
    "syntax error": "{% for %}",
}


def accept(_: Recorded) -> tuple[int, dict[str, str], bytes]:
    return 200, {}, b"{}"


@pytest.fixture
def hook() -> Iterator[LocalServer]:
    with local_server() as server:
        server.routes["/hook"] = accept
        yield server


def wait_for(condition: Callable[[], Any], timeout: float = 20.0) -> Any:
    """Poll until `condition()` is truthy (a generous bound, not a timing assertion)."""
    deadline = time.monotonic() + timeout
    while not (found := condition()):
        assert time.monotonic() < deadline, "condition never became true"
        time.sleep(0.02)
    return found


@pytest.mark.parametrize("text", BOMBS.values(), ids=BOMBS.keys())
def test_a_hostile_rule_template_still_delivers_the_alert(redis, settings, hook, text):
    (settings.config_dir / "templates").mkdir()
    (settings.config_dir / "templates" / "hostile.txt.j2").write_text(text, encoding="utf-8")
    write_channels(settings, (f"json://127.0.0.1:{hook.port}/hook", "team"))
    fast = settings.model_copy(update={"template_render_seconds": 0.3})
    install(redis, fast, attempts=2, backoff_seconds=0.01)
    enqueue(redis, make_alert(delivery={"template": "hostile"}))
    drain(redis, wait_seconds=2)
    (request,) = hook.requests
    assert "Rule: lavrov-terrorism" in json.loads(request.body)["message"]
    assert parking.list_parked(redis) == []
    failures = [f for f in read_failures(redis) if f.kind == "template"]
    assert failures and all(f.name == "hostile.txt.j2 (rule lavrov-terrorism)" for f in failures)


@pytest.fixture
def config_loop(redis, settings) -> Iterator[NotifierContext]:
    ctx = install(redis, settings)
    stop = threading.Event()
    thread = start_config_loop(ctx, 0.05, stop)
    yield ctx
    stop.set()
    thread.join(timeout=10)


def passes(redis: Any, count: int) -> None:
    """Wait until the config loop has made `count` more passes."""
    seen: list[float] = []

    def beat_changed() -> bool:
        beats = [v for k, v in read_heartbeats(redis).items() if k.endswith("/config")]
        if beats and (not seen or beats[0] != seen[-1]):
            seen.append(beats[0])
        return len(seen) > count

    wait_for(beat_changed)


def failed(redis: Any, kind: str) -> list[Any]:
    return [f for f in read_failures(redis) if f.kind == kind]


def test_an_invalid_channels_edit_is_logged_once_and_listed_with_no_alert(
    redis, settings: Settings, config_loop, caplog
):
    with caplog.at_level(logging.ERROR):
        (settings.config_dir / "apprise.yaml").write_text("urls: [oops\n", encoding="utf-8")
        (failure,) = wait_for(lambda: failed(redis, "channels"))
        passes(redis, 3)
    assert failure.name == str(settings.config_dir / "apprise.yaml")
    assert failed(redis, "channels") == [failure]
    lines = [r.getMessage() for r in caplog.records if "apprise.yaml" in r.getMessage()]
    assert len(lines) == 1 and "keeping 0 target(s)" in lines[0]


def test_a_valid_channels_edit_is_live_with_no_alert(redis, settings, config_loop, hook):
    write_channels(settings, (f"json://127.0.0.1:{hook.port}/hook", "team"))
    targets = wait_for(lambda: config_loop.channels.targets)
    assert [t.tags for t in targets] == [frozenset({"team"})]


def test_a_bad_edit_after_a_good_one_keeps_the_good_channels(redis, settings, config_loop, hook):
    write_channels(settings, (f"json://127.0.0.1:{hook.port}/hook", "team"))
    wait_for(lambda: config_loop.channels.targets)
    (settings.config_dir / "apprise.yaml").write_text("urls: [oops\n", encoding="utf-8")
    (failure,) = wait_for(lambda: failed(redis, "channels"))
    assert "keeping 1 target(s)" in failure.reason
    assert len(config_loop.channels.targets) == 1


def test_an_invalid_template_edit_is_reported_once_with_no_alert(redis, settings, config_loop):
    folder = settings.config_dir / "templates"
    folder.mkdir()
    (folder / "brief.txt.j2").write_text("{% for %}", encoding="utf-8")
    (failure,) = wait_for(lambda: failed(redis, "template"))
    passes(redis, 3)
    assert failure.name == str(folder / "brief.txt.j2")
    assert failure.reason.startswith("line 1: TemplateSyntaxError")
    assert failed(redis, "template") == [failure]


@pytest.mark.parametrize(("max_chars", "default_used"), [(1_000, True), (100_000, False)])
def test_the_notifier_takes_its_template_limits_from_the_settings(
    redis, settings, max_chars, default_used
):
    (settings.config_dir / "templates").mkdir()
    (settings.config_dir / "templates" / "wide.txt.j2").write_text("{{ 'a' * 1500 }}")
    ctx = install(redis, settings.model_copy(update={"template_max_chars": max_chars}))
    rendered = ctx.renderer.render(
        Outgoing.single(make_alert(delivery={"template": "wide"})), "text"
    )
    assert ("Rule: lavrov-terrorism" in rendered.body) is default_used
    assert (rendered.body == "a" * 1500) is not default_used
