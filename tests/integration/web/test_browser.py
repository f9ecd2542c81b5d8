"""The console in a real browser (Debian's chromium driven by Playwright) against a real
`newswatch run` on a fresh project with the two example drops processed.

The project has two channels: a webhook receiver on loopback that takes every alert, and a
target that refuses connections (with a password in its URL), so each example alert is sent
once and parked once. Screenshots of each page are kept in NEWSWATCH_TEST_ARTIFACTS (default:
a temporary folder, printed).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families

from services.core.stats import Stats
from tests.conftest import session_config
from tests.support.http import local_server
from tests.support.processes import clean_environment
from tests.support.receivers import free_port

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TOKEN = "browser-test-token-4f7c2a"
CHANNEL_SECRET = "channel-password-not-shown"


def _require_browser() -> None:
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append("chromium (apt-get install chromium; .ci/run installs it)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("playwright (the dev extra)")
    if missing and os.environ.get("CI"):
        pytest.fail(f"missing for the browser test: {', '.join(missing)}")
    if missing:
        pytest.skip(f"missing for the browser test: {', '.join(missing)}")


@pytest.fixture(scope="module")
def artifacts() -> Path:
    folder = Path(
        os.environ.get("NEWSWATCH_TEST_ARTIFACTS") or tempfile.mkdtemp(prefix="newswatch-web-")
    )
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nbrowser test screenshots: {folder}")
    return folder


@dataclass
class Running:
    project: Path
    base: str
    env: dict[str, str]

    def newswatch(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "services", *args],
            cwd=self.project,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )

    def get(self, path: str, **headers: str) -> tuple[int, str]:
        request = urllib.request.Request(self.base + path, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode()


def _wait(condition: Any, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except (OSError, ValueError):
            pass
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """`newswatch run` with its console on a free port, once the example alerts are settled."""
    _require_browser()
    project = tmp_path_factory.mktemp("console")
    shutil.copytree(session_config(), project / "config")
    with local_server() as receiver:
        receiver.routes["/hook"] = lambda rec: (200, {}, b"ok")
        refused = free_port()
        (project / "config" / "apprise.yaml").write_text(
            "version: 1\nurls:\n"
            f"  - 'json://127.0.0.1:{receiver.port}/hook':\n      - tag: news\n"
            f"  - 'json://ops:{CHANNEL_SECRET}@127.0.0.1:{refused}/hook':\n      - tag: news\n",
            encoding="utf-8",
        )
        port = free_port()
        env = clean_environment(
            NEWSWATCH_DROP_SETTLE_SECONDS="0.2",
            NEWSWATCH_WEB_ADDRESS=f"127.0.0.1:{port}",
            NEWSWATCH_WEB_TOKEN=TOKEN,
            NEWSWATCH_DELIVERY_ATTEMPTS="1",
        )
        proc = subprocess.Popen(
            [sys.executable, "-m", "services", "run"],
            cwd=project,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        state = Running(project, f"http://127.0.0.1:{port}", env)
        try:
            _wait(lambda: _settled(state), 90, "two alerts sent and two parked")
            yield state
        finally:
            proc.send_signal(signal.SIGINT)
            output, _ = proc.communicate(timeout=120)
            print(output[-3000:])
    assert f"console: http://127.0.0.1:{port}/" in output


def _settled(state: Running) -> bool:
    code, body = state.get("/api/status")
    stats = json.loads(body)["stats"] if code == 200 else {}
    return stats.get("alerts_sent") == 2 and stats.get("alerts_failed") == 2


@pytest.fixture(scope="module")
def browser(running: Running) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh browser context; fails the test on any console error (e.g. a CSP violation)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    context.close()
    assert errors == []


def test_overview_shows_two_alerts_sent(running, page, artifacts):
    page.goto(running.base + "/")
    assert page.text_content("#count-alerts-sent") == "2"
    assert page.text_content("#count-parked") == "2"
    assert page.locator("svg polyline.series").count() == 4
    page.screenshot(path=str(artifacts / "overview.png"), full_page=True)


@pytest.mark.parametrize("path", ["/feeds", "/deliveries", "/login"])
def test_page_renders_without_errors(running, page, artifacts, path):
    response = page.goto(running.base + path)
    assert response.status == 200
    assert CHANNEL_SECRET not in page.content()
    page.screenshot(path=str(artifacts / f"{path.strip('/')}.png"), full_page=True)


def test_the_openapi_page_shows_the_api(running, page, artifacts):
    """/docs renders offline (its Swagger UI is served by the console) without CSP errors."""
    page.goto(running.base + "/docs")
    page.wait_for_selector(".opblock")
    assert page.locator(".opblock").count() >= 10  # every endpoint of the API listed
    assert page.locator(".opblock-summary-description", has_text="Api Alerts").count() >= 1
    page.screenshot(path=str(artifacts / "docs.png"), full_page=False)


def test_overview_refreshes_itself(running, page):
    page.goto(running.base + "/")
    with page.expect_response(lambda r: r.url.endswith("/live/overview"), timeout=30_000) as live:
        pass
    assert live.value.status == 200


def _status_stats(running: Running) -> dict[str, int]:
    out = running.newswatch("status", "--json").stdout
    return json.loads(out[out.index("{") :])["stats"]


def test_metrics_counters_equal_status(running):
    for _ in range(20):
        before = _status_stats(running)
        code, text = running.get("/metrics")
        # No counter moved between the two reads (the rest of status, heartbeat ages
        # among it, moves on every read).
        if before == _status_stats(running):
            break
    assert code == 200
    samples = {
        s.name: s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
        if not s.labels
    }
    for name in Stats.model_fields:
        assert samples[f"newswatch_{name}_total"] == before[name], name
    assert samples["newswatch_alerts_sent_total"] == 2


def test_health_command_checks_the_console(running):
    result = running.newswatch("health", "--role", "web")
    assert result.returncode == 0, result.stdout + result.stderr
    assert running.get("/readyz")[0] == 200


def test_retry_without_the_token_is_refused(running, page):
    page.goto(running.base + "/deliveries")
    assert page.locator("button", has_text="Retry").count() == 0
    assert page.locator("a", has_text="Sign in").count() >= 1
    parked_id = page.text_content("#parked tr:nth-child(2) td code")
    page.goto(running.base + "/login")  # a valid CSRF token of this browser, not signed in
    csrf = page.get_attribute('input[name="csrf"]', "value") or ""
    form = page.request.post(
        running.base + "/deliveries/retry", form={"id": parked_id, "csrf": csrf}
    )
    api = page.request.post(running.base + "/api/deliveries/retry", data={"all": True})
    assert (form.status, api.status) == (403, 401)
    parked = json.loads(running.get("/api/deliveries")[1])["parked"]
    assert parked_id in [entry["id"] for entry in parked]


def test_retry_signed_in_is_queued(running, page, artifacts):
    page.goto(running.base + "/login")
    page.fill('input[name="token"]', TOKEN)
    page.click('button[type="submit"]')
    page.wait_for_url(running.base + "/deliveries")
    page.screenshot(path=str(artifacts / "deliveries-signed-in.png"), full_page=True)
    page.locator("#parked button", has_text="Retry").first.click()
    page.wait_for_selector("#retry-result")
    assert "Queued 1" in (page.text_content("#retry-result") or "")


# --- rules and the tester (issue 13, phase 2b) ---
RULE = "lavrov-terrorism"
EXAMPLE_TITLES = ("Lavrov calls for stopping terrorists", "Anti-Terrorism Struggle: Lavrov")


def _tested(page: Any, query: str) -> None:
    """Type `query` into the tester and wait for its results (the last debounced fetch); if
    that short run was cut at its time budget (a loaded machine), press Test for the full
    run, as the page tells a user to."""
    box = page.locator("#tester-query")
    box.fill("")
    with page.expect_response(lambda r: _results_of(r, query), timeout=30_000):
        box.press_sequentially(query, delay=15)
    _tester_settled(page)
    if page.locator("#tester-incomplete").count():
        with page.expect_response(lambda r: _results_of(r, query, typing=False), timeout=30_000):
            page.get_by_role("button", name="Test").click()
        _tester_settled(page)


def _results_of(response: Any, query: str, *, typing: bool | None = None) -> bool:
    """Whether `response` holds the tester's results for `query` (of a typing run or not)."""
    if "/tester/results" not in response.url:
        return False
    asked = urllib.parse.parse_qs(urllib.parse.urlsplit(response.url).query)
    return asked.get("query") == [query] and (typing is None or ("typing" in asked) == typing)


def _tester_settled(page: Any) -> None:
    page.wait_for_function(
        "q => document.getElementById('tester-state').textContent === ''", arg=None
    )


def test_rules_page_lists_the_rule_with_its_matches(running, page, artifacts):
    page.goto(running.base + "/rules")
    row = page.locator("#rules tr", has_text=RULE)
    assert row.locator("td.num").first.text_content() == "2"
    page.screenshot(path=str(artifacts / "rules.png"), full_page=True)


def test_tester_finds_both_examples_and_no_football(running, page, artifacts):
    page.goto(running.base + f"/rules/{RULE}")
    _tested(page, "Lavrov AND terror*")
    matches = page.locator("#tester-matches tr.match")
    assert matches.count() == 2
    titles = " ".join(matches.all_text_contents())
    assert all(title in titles for title in EXAMPLE_TITLES)
    page.screenshot(path=str(artifacts / "rule-tester.png"), full_page=True)
    _tested(page, "Lavrov AND football")
    assert page.locator("#tester-none").count() == 1
    assert page.locator("#tester-removed tr.match").count() == 2  # both, against the saved rule


def test_why_not_explains_an_example(running, page):
    entries = json.loads(running.newswatch("archive", "--json").stdout.splitlines()[0])
    page.goto(running.base + f"/rules/{RULE}")
    _tested(page, "Lavrov AND football")
    page.fill("#why-article", entries["article_id"])
    page.click("#why-not button")
    page.wait_for_selector("#why-result")
    assert "football: not found" in (page.text_content("#why-result") or "")
