"""The console's pages render from the real store, escape what articles and feeds wrote,
and carry the security headers."""

from __future__ import annotations

import re

import pytest
import redis as redis_lib
from pydantic import SecretStr

from services.core import keys, stats
from services.core.counters import HOURLY_COUNTERS
from tests.integration.web.conftest import park_one
from tests.support.web import console_client

PAGES = ["/", "/live/overview", "/feeds", "/deliveries", "/login"]
PAGES_SHOWING_HOSTILE = ["/", "/live/overview", "/feeds", "/deliveries"]


@pytest.mark.parametrize("path", [*PAGES, "/docs", "/openapi.json", "/healthz"])
def test_page_renders(client, redis, path):
    assert client.get(path).status_code == 200


@pytest.mark.parametrize("path", PAGES_SHOWING_HOSTILE)
def test_hostile_text_is_escaped(client, hostile, path):
    text = client.get(path).text
    assert hostile not in text
    assert "<script>alert" not in text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in text


def strings(value):
    """Every string in a JSON value (the text as data, not as markup)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = [*value.keys(), *value.values()]
    return [s for item in value for s in strings(item)] if isinstance(value, list) else []


@pytest.mark.parametrize("path", ["/api/status", "/api/feeds", "/api/deliveries"])
def test_api_returns_hostile_text_as_json_data(client, hostile, path):
    response = client.get(path)
    assert response.headers["content-type"] == "application/json"
    assert hostile in strings(response.json())


def test_overview_shows_the_counters(client, redis):
    stats.bump(redis, articles_in=3, processed=3, matched=2, alerts_sent=2)
    text = client.get("/").text
    assert re.search(r'id="count-alerts-sent">2<', text)
    assert re.search(r'id="count-articles-in">3<', text)


def test_overview_chart_has_a_line_per_hourly_counter(client, redis):
    stats.bump(redis, alerts_sent=1)
    text = client.get("/").text
    for name in HOURLY_COUNTERS:
        assert f'class="series {name}"' in text


def test_overview_refreshes_itself_from_its_live_fragment(client, redis):
    text = client.get("/").text
    assert 'data-refresh="/live/overview"' in text
    assert '<script src="/static/console.js"' in text
    assert client.get("/static/console.js").status_code == 200


def test_overview_shows_stale_rules_with_the_error(client, redis):
    redis.hset(keys.rules_state(), mapping={"version": "abc123", "stale": "1", "error": "bad"})
    text = client.get("/").text
    assert "STALE" in text
    assert "abc123" in text


def test_feeds_page_shows_a_failing_feed_with_backoff(client, redis):
    redis.hset(
        keys.feed_state("Reuters"),
        mapping={
            "failures": "3",
            "last_error": "HTTP 503",
            "last_error_at": "1",
            "next_due": "9e12",
        },
    )
    text = client.get("/feeds").text
    assert "Reuters" in text
    assert "failing" in text
    assert "next try in" in text


def test_deliveries_page_lists_parked_entries(client, redis):
    entry = park_one(redis)
    assert entry.id in client.get("/deliveries").text


@pytest.mark.parametrize("path", PAGES)
def test_security_headers(client, path):
    headers = client.get(path).headers
    assert "script-src 'self';" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-content-type-options"] == "nosniff"


def test_redis_password_is_never_shown(settings, redis):
    secret = "hunter2-not-shown"
    with_password = settings.model_copy(
        update={"redis_url": SecretStr(f"redis://:{secret}@127.0.0.1:1/0")}
    )
    with console_client(with_password, redis) as client:
        for path in [*PAGES, "/api/status", "/readyz", "/metrics", "/openapi.json"]:
            assert secret not in client.get(path).text


def test_unknown_page_is_404_html(client):
    response = client.get("/nowhere")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]


def test_redis_away_is_503_not_a_crash(settings):
    away = redis_lib.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.5)
    with console_client(settings, away) as client:
        assert client.get("/").status_code == 503
        assert client.get("/api/status").status_code == 503
        assert client.get("/healthz").status_code == 200
        assert client.get("/readyz").status_code == 503


def test_deliveries_are_listed_up_to_a_limit(client, redis):
    for n in range(3):
        park_one(redis, rule=f"rule-{n}")
    body = client.get("/api/deliveries", params={"limit": 2}).json()
    assert (len(body["parked"]), body["total"]) == (2, 3)


@pytest.mark.parametrize(
    ("error", "shown", "hidden"),
    [
        ("GET https://reader:pa55word@feeds.example.org/x failed", "reader:****@", "pa55word"),
        ("redis://:s3cr3t@cache:6379/0 refused", "redis://:****@", "s3cr3t"),
    ],
)
def test_passwords_in_urls_are_masked_on_pages(client, redis, error, shown, hidden):
    redis.hset(keys.feed_state("f"), mapping={"failures": "1", "last_error": error})
    text = client.get("/feeds").text
    assert shown in text
    assert hidden not in text


def test_the_openapi_page_needs_no_internet(client):
    """Swagger UI and its start-up script come from the console itself (CSP: 'self')."""
    page = client.get("/docs")
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(s.startswith("/") for s in sources)
    assert all(client.get(s).status_code == 200 for s in sources)
    assert "<script>" not in page.text  # no inline script: the script-src stays 'self'
    assert "script-src 'self';" in page.headers["content-security-policy"]
