"""Marking an alert from its page: an action (bearer token for the API, a signed-in session
and CSRF token for the form). "Not relevant" mutes the story for the rule, so the real
notifier records a later copy `muted` and sends nothing; every mark is kept."""

from __future__ import annotations

import json
import time

import pytest

from services.history import alert_query, feedback, mutes
from tests.integration.web.alerts_fixtures import RULE, store_alert
from tests.support.http import local_server
from tests.support.notifier import drain, enqueue, install, make_alert, write_channels
from tests.support.web import TOKEN, csrf_of, sign_in

BEARER = {"authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def alert_id(redis):
    return store_alert(redis, 1, at=time.time(), story="story-9")


def untouched(redis) -> bool:
    return not mutes.is_muted(redis, RULE, "story-9") and feedback.list_marks(redis, RULE) == []


@pytest.mark.parametrize(
    "headers", [{}, {"authorization": "Bearer wrong"}, {"authorization": TOKEN}]
)
def test_api_mark_without_the_token_is_refused(client, redis, alert_id, headers):
    response = client.post(
        f"/api/alerts/{alert_id}/mark", json={"relevant": False}, headers=headers
    )
    assert response.status_code == 401
    assert untouched(redis)


def test_form_mark_when_not_signed_in_is_refused(client, redis, alert_id):
    csrf = csrf_of(client.get("/login").text)
    response = client.post(f"/alerts/{alert_id}/mark", data={"relevant": "no", "csrf": csrf})
    assert response.status_code == 403
    assert untouched(redis)


@pytest.mark.parametrize("csrf", ["", "0" * 64, None])
def test_form_mark_without_the_csrf_token_is_refused(client, redis, alert_id, csrf):
    sign_in(client)
    data = {"relevant": "no"} | ({} if csrf is None else {"csrf": csrf})
    assert client.post(f"/alerts/{alert_id}/mark", data=data).status_code == 403
    assert untouched(redis)


def test_marking_is_disabled_without_a_configured_token(readonly_client, redis, alert_id):
    api = readonly_client.post(
        f"/api/alerts/{alert_id}/mark", json={"relevant": False}, headers=BEARER
    )
    assert api.status_code == 403
    assert "Marking is disabled" in readonly_client.get(f"/alerts/{alert_id}").text
    assert untouched(redis)


def test_api_mark_not_relevant_mutes_the_story_and_records_the_mark(client, redis, alert_id):
    response = client.post(f"/api/alerts/{alert_id}/mark", json={"relevant": False}, headers=BEARER)
    assert response.status_code == 200 and response.json()["muted"] is True
    assert mutes.is_muted(redis, RULE, "story-9")
    [mark] = feedback.list_marks(redis, RULE)
    assert (mark.alert_id, mark.story_id, mark.article_id, mark.relevant) == (
        alert_id,
        "story-9",
        "article-1",
        False,
    )


def test_form_mark_signed_in_mutes_the_story(client, redis, alert_id):
    sign_in(client)
    page = client.get(f"/alerts/{alert_id}").text
    assert 'id="mark-not-relevant"' in page
    response = client.post(
        f"/alerts/{alert_id}/mark",
        data={"relevant": "no", "csrf": csrf_of(page)},
        follow_redirects=False,
    )
    assert response.status_code == 303
    after = client.get(response.headers["location"]).text
    assert "muted for this rule" in after and 'id="current-mark"' in after
    assert mutes.is_muted(redis, RULE, "story-9")


def test_a_relevant_mark_is_kept_and_lifts_the_mute(client, redis, alert_id):
    client.post(f"/api/alerts/{alert_id}/mark", json={"relevant": False}, headers=BEARER)
    client.post(f"/api/alerts/{alert_id}/mark", json={"relevant": True}, headers=BEARER)
    assert [m.relevant for m in feedback.list_marks(redis, RULE)] == [True]
    assert not mutes.is_muted(redis, RULE, "story-9")


@pytest.mark.parametrize("body", [{}, {"relevant": "maybe"}, {"relevant": True, "x": 1}])
def test_api_mark_request_is_validated(client, redis, alert_id, body):
    response = client.post(f"/api/alerts/{alert_id}/mark", json=body, headers=BEARER)
    assert response.status_code == 422
    assert untouched(redis)


def test_marking_an_unknown_alert_is_not_found(client, redis):
    response = client.post("/api/alerts/nope/mark", json={"relevant": False}, headers=BEARER)
    assert response.status_code == 404


def test_after_a_not_relevant_mark_a_copy_of_the_story_is_not_sent(
    client, redis, settings, alert_id
):
    client.post(f"/api/alerts/{alert_id}/mark", json={"relevant": False}, headers=BEARER)
    with local_server() as server:
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
        install(redis, settings)
        copy = make_alert(2, story_id="story-9", title="A copy of the story")
        other = make_alert(3, story_id="story-10", title="Another story")
        enqueue(redis, copy, other)
        drain(redis)
        sent = [json.loads(r.body)["title"] for r in server.requests]
    assert sent == [f"[newswatch] {RULE}: Another story"]
    copy_history = alert_query.get_alert(redis, copy.alert_id)
    assert copy_history is not None and copy_history.decision == "muted"
