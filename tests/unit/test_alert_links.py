"""Every alert message links to its console page (NEWSWATCH_PUBLIC_URL, else derived from
NEWSWATCH_WEB_ADDRESS): in each default template, digest or not, and in the JSON payload."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from services.core.settings import Settings
from services.notifier.links import alert_page, console_base
from services.notifier.outbox import Outgoing
from services.notifier.payload import message_object
from services.notifier.render import Renderer
from tests.support.notifier import make_alert

BASE = "https://news.example.org/nw"
PAGE = f"{BASE}/alerts/alert-1"


def settings(**fields: str) -> Settings:
    return Settings(_env_file=None, **fields)  # type: ignore[call-arg, arg-type]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, "http://127.0.0.1:8080"),
        ({"public_url": "https://news.example.org/nw/"}, BASE),
        ({"web_address": "0.0.0.0:9000"}, "http://127.0.0.1:9000"),
        ({"web_address": "[::1]:9000"}, "http://[::1]:9000"),
        ({"web_address": ""}, ""),
        ({"web_address": "", "public_url": BASE}, BASE),
    ],
)
def test_console_base(fields, expected):
    assert console_base(settings(**fields)) == expected


@pytest.mark.parametrize(
    "bad", ["javascript:alert(1)", "news.example.org", "http://a b", "ftp://x"]
)
def test_public_url_must_be_a_web_address(bad):
    with pytest.raises(ValidationError):
        settings(public_url=bad)


def test_no_base_no_link():
    assert alert_page("", "alert-1") == ""


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_alert_messages_link_to_their_page(fmt):
    rendered = Renderer(None, public_url=BASE).render(Outgoing.single(make_alert(1)), fmt)
    assert PAGE in rendered.body


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_digest_messages_link_to_each_storys_alert_page(fmt):
    alerts = [make_alert(1), make_alert(2)]
    digest = Outgoing(id="d-1", kind="digest", rule="r", alerts=alerts, since=0.0)
    body = Renderer(None, public_url=BASE).render(digest, fmt).body
    assert PAGE in body and f"{BASE}/alerts/alert-2" in body


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_without_a_console_messages_carry_no_page_link(fmt):
    body = Renderer(None).render(Outgoing.single(make_alert(1)), fmt).body
    assert "/alerts/" not in body


def test_the_json_payload_carries_the_page():
    assert message_object(Outgoing.single(make_alert(1)), BASE)["alert"]["page"] == PAGE
    assert message_object(Outgoing.single(make_alert(1)))["alert"]["page"] is None
