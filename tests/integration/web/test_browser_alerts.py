"""The alert pages in a real browser against a real `newswatch run` with the two example
drops processed (the fixtures of test_browser): the list shows both alerts, the TASS alert's
page marks its hit, a mark without the token is refused, and with it the story is muted; a
copy of the TASS article dropped afterwards is not sent and shows among the story's sources."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from tests.integration.web import test_browser as base
from tests.integration.web.test_browser import TOKEN, Running

# The browser test's fixtures: one `newswatch run` for this module, a browser and its pages.
running = base.running
browser = base.browser
page = base.page
artifacts = base.artifacts

pytestmark = [pytest.mark.browser, pytest.mark.slow]

RULE = "lavrov-terrorism"


def api(running: Running, path: str) -> Any:
    code, body = running.get(path)
    assert code == 200, body
    return json.loads(body)


def tass_alert(running: Running) -> dict[str, Any]:
    """The alert of the TASS example (tass-lavrov-terrorists-migration.txt)."""
    alerts = api(running, "/api/alerts")["alerts"]
    [found] = [a for a in alerts if "terrorists’ migration" in a["title"]]
    return found


def test_alerts_page_lists_both_example_alerts(running, page, artifacts):
    assert len(api(running, "/api/alerts")["alerts"]) == 2
    page.goto(running.base + "/alerts")
    assert page.locator("#alerts tr").count() == 3  # the header and two alerts
    page.screenshot(path=str(artifacts / "alerts.png"), full_page=True)


def test_tass_alert_page_marks_its_hits(running, page, artifacts):
    alert = tass_alert(running)
    page.goto(f"{running.base}/alerts/{alert['alert_id']}")
    hits = {text.casefold() for text in page.locator("#article mark.hit").all_text_contents()}
    assert "lavrov" in hits and any(h.startswith("terror") for h in hits)
    outcomes = page.locator("#targets td:nth-child(2)").all_text_contents()
    assert {"sent", "parked"} <= set(outcomes)  # the receiver took it, the refused one parked
    page.screenshot(path=str(artifacts / "alert.png"), full_page=True)


def test_stories_page_shows_the_example_stories(running, page, artifacts):
    page.goto(running.base + "/stories")
    assert page.locator("#stories tr").count() == 3
    assert page.locator("#stories a", has_text=RULE).count() == 2
    page.screenshot(path=str(artifacts / "stories.png"), full_page=True)


def test_a_mark_without_the_token_is_refused(running, page):
    alert = tass_alert(running)
    page.goto(f"{running.base}/alerts/{alert['alert_id']}")
    assert page.locator("#mark-not-relevant").count() == 0
    page.goto(running.base + "/login")  # a valid CSRF token of this browser, not signed in
    csrf = page.get_attribute('input[name="csrf"]', "value") or ""
    mark_url = f"{running.base}/alerts/{alert['alert_id']}/mark"
    form = page.request.post(mark_url, form={"relevant": "no", "csrf": csrf})
    api_call = page.request.post(
        f"{running.base}/api/alerts/{alert['alert_id']}/mark", data={"relevant": False}
    )
    assert (form.status, api_call.status) == (403, 401)
    assert api(running, f"/api/alerts/{alert['alert_id']}")["muted"] is False


def copy_of(running: Running, alert_id: str) -> dict[str, str]:
    """A JSON drop with the TASS article's title and text, from another source."""
    text = api(running, f"/api/alerts/{alert_id}")["article"]["text"]
    return {
        "title": "".join(s["text"] for s in text["title"]),
        "text": "".join(s["text"] for s in text["body"]),
        "source": "mirror.example",
        "url": "https://mirror.example/tass-copy",
        "language": "en",
    }


def held_back(running: Running, story_id: str) -> list[str]:
    """The story's later decisions that kept an alert from going out."""
    alerts = api(running, "/api/alerts")["alerts"]
    return [
        r["event"]
        for a in alerts
        if a["story_id"] == story_id
        for r in a["records"]
        if r["event"] in ("muted", "duplicate")
    ]


def test_a_mark_signed_in_mutes_the_story_and_a_copy_is_not_sent(running, page, artifacts):
    alert = tass_alert(running)
    page.goto(running.base + "/login")
    page.fill('input[name="token"]', TOKEN)
    page.click('button[type="submit"]')
    page.wait_for_load_state()
    page.goto(f"{running.base}/alerts/{alert['alert_id']}")
    page.click("#mark-not-relevant")
    page.wait_for_selector("#mark-result")
    assert page.text_content("#mute-state") == "muted for this rule"
    page.screenshot(path=str(artifacts / "alert-marked.png"), full_page=True)
    sent_before = api(running, "/api/status")["stats"]["alerts_sent"]
    drop = json.dumps(copy_of(running, alert["alert_id"]))
    (running.project / "drops" / "inbox" / "tass-copy.json").write_text(drop, encoding="utf-8")
    deadline = time.monotonic() + 60
    while not held_back(running, alert["story_id"]) and time.monotonic() < deadline:
        time.sleep(0.3)
    # A plain copy is stopped as a `duplicate` before the mute is asked; an update of a
    # realert_on_update rule reaches the notifier and is recorded `muted` (test_alert_feedback).
    assert held_back(running, alert["story_id"]), "the copy was not recorded"
    assert api(running, "/api/status")["stats"]["alerts_sent"] == sent_before
    detail = api(running, f"/api/alerts/{alert['alert_id']}")
    assert detail["muted"] is True
    assert "mirror.example" in [s["source"] for s in detail["story_sources"]]
    page.goto(f"{running.base}/alerts/{alert['alert_id']}")
    page.screenshot(path=str(artifacts / "alert-after-copy.png"), full_page=True)
