"""Every action needs the console token: the API by bearer token, forms by a signed-in
session plus the form's CSRF token; without a configured token actions are disabled."""

from __future__ import annotations

import pytest

from services.core import keys
from services.web.throttle import MAX_FAILURES
from tests.integration.web.conftest import park_one
from tests.support.web import TOKEN, csrf_of, sign_in

BEARER = {"authorization": f"Bearer {TOKEN}"}


def parked_ids(redis):
    return {k.decode() for k in redis.hkeys(keys.PARKED)}


@pytest.mark.parametrize(
    "headers",
    [{}, {"authorization": "Bearer wrong"}, {"authorization": TOKEN}, {"authorization": "Basic x"}],
)
def test_api_retry_without_the_token_is_refused(client, redis, headers):
    entry = park_one(redis)
    response = client.post("/api/deliveries/retry", json={"ids": [entry.id]}, headers=headers)
    assert response.status_code == 401
    assert parked_ids(redis) == {entry.id}


def test_api_retry_with_the_token_queues_the_delivery(client, redis):
    entry = park_one(redis)
    response = client.post(
        "/api/deliveries/retry", json={"ids": [entry.id, "nope"]}, headers=BEARER
    )
    assert response.status_code == 200
    assert [e["id"] for e in response.json()["queued"]] == [entry.id]
    assert response.json()["missing"] == ["nope"]
    assert parked_ids(redis) == set()


def test_api_retry_all(client, redis):
    park_one(redis, rule="a")
    park_one(redis, rule="b")
    response = client.post("/api/deliveries/retry", json={"all": True}, headers=BEARER)
    assert len(response.json()["queued"]) == 2


@pytest.mark.parametrize("body", [{}, {"all": True, "ids": ["x"]}, {"ids": ["x" * 65]}, {"x": 1}])
def test_api_retry_request_is_validated(client, redis, body):
    response = client.post("/api/deliveries/retry", json=body, headers=BEARER)
    assert response.status_code == 422


def test_actions_are_disabled_without_a_configured_token(readonly_client, redis):
    entry = park_one(redis)
    api = readonly_client.post("/api/deliveries/retry", json={"all": True}, headers=BEARER)
    form = readonly_client.post("/deliveries/retry", data={"all": "1", "csrf": ""})
    assert (api.status_code, form.status_code) == (403, 403)
    assert "Retry is disabled" in readonly_client.get("/deliveries").text
    assert parked_ids(redis) == {entry.id}


def test_form_retry_without_signing_in_is_refused(client, redis):
    entry = park_one(redis)
    csrf = csrf_of(client.get("/login").text)
    response = client.post("/deliveries/retry", data={"id": entry.id, "csrf": csrf})
    assert response.status_code == 403
    assert parked_ids(redis) == {entry.id}


@pytest.mark.parametrize("csrf", [None, "", "0" * 64])
def test_form_retry_with_a_bad_csrf_token_is_refused(client, redis, csrf):
    entry = park_one(redis)
    sign_in(client)
    data = {"id": entry.id} if csrf is None else {"id": entry.id, "csrf": csrf}
    assert client.post("/deliveries/retry", data=data).status_code == 403
    assert parked_ids(redis) == {entry.id}


def test_csrf_token_of_another_session_is_refused(client, settings, redis):
    from tests.support.web import console_client

    entry = park_one(redis)
    with console_client(settings, redis) as other:
        foreign = csrf_of(other.get("/login").text)
    sign_in(client)
    assert (
        client.post("/deliveries/retry", data={"id": entry.id, "csrf": foreign}).status_code == 403
    )


def test_form_retry_signed_in_with_csrf_is_accepted(client, redis):
    entry = park_one(redis)
    sign_in(client)
    page = client.get("/deliveries").text
    response = client.post(
        "/deliveries/retry", data={"id": entry.id, "csrf": csrf_of(page)}, follow_redirects=False
    )
    assert response.status_code == 303
    assert parked_ids(redis) == set()
    assert "Queued 1" in client.get(response.headers["location"]).text


def test_login_with_a_wrong_token_is_refused(client):
    csrf = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"token": "wrong", "csrf": csrf}, follow_redirects=False)
    assert response.status_code == 403
    assert "nw_auth" not in response.headers.get("set-cookie", "")


def test_login_without_csrf_is_refused(client):
    client.get("/login")
    response = client.post("/login", data={"token": TOKEN}, follow_redirects=False)
    assert response.status_code == 403


def test_sign_out_ends_the_session(client, redis):
    entry = park_one(redis)
    sign_in(client)
    csrf = csrf_of(client.get("/deliveries").text)
    client.post("/logout", data={"csrf": csrf})
    assert client.post("/deliveries/retry", data={"id": entry.id, "csrf": csrf}).status_code == 403


def test_session_cookies_are_http_only_and_same_site_strict(client):
    cookie = client.get("/").headers["set-cookie"].lower()
    assert "httponly" in cookie
    assert "samesite=strict" in cookie


def test_declared_oversized_body_is_refused(client):
    response = client.post("/api/deliveries/retry", content=b"x" * 70_000, headers=BEARER)
    assert response.status_code == 413


def test_streamed_oversized_body_is_refused(client):
    chunks = (b"x" * 10_000 for _ in range(10))
    response = client.post("/api/deliveries/retry", content=chunks, headers=BEARER)
    assert response.status_code == 413


def test_api_refuses_every_token_after_too_many_wrong_ones(client, redis):
    for _ in range(MAX_FAILURES):
        wrong = {"authorization": "Bearer wrong"}
        assert (
            client.post("/api/deliveries/retry", json={"all": True}, headers=wrong).status_code
            == 401
        )
    response = client.post("/api/deliveries/retry", json={"all": True}, headers=BEARER)
    assert response.status_code == 429
    assert int(response.headers["retry-after"]) > 0


def test_login_refuses_every_token_after_too_many_wrong_ones(client):
    csrf = csrf_of(client.get("/login").text)
    for _ in range(MAX_FAILURES):
        client.post("/login", data={"token": "wrong", "csrf": csrf}, follow_redirects=False)
    response = client.post("/login", data={"token": TOKEN, "csrf": csrf}, follow_redirects=False)
    assert response.status_code == 429
    assert "nw_auth" not in response.headers.get("set-cookie", "")
