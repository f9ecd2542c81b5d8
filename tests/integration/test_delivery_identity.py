"""Every delivery carries its message's id, so a receiver can drop the rare second copy:
webhooks as headers and in a documented JSON object, e-mail as a stable Message-ID."""

from __future__ import annotations

import email
import json

import pytest

from services.core import keys
from services.notifier import lanes
from services.notifier.links import console_base
from services.notifier.outbox import Outgoing
from services.notifier.payload import message_object
from tests.support.http import Recorded, local_server
from tests.support.notifier import drain, enqueue, install, make_alert, write_channels
from tests.support.receivers import smtp_receiver


def ok(_: Recorded) -> tuple[int, dict[str, str], bytes]:
    return 200, {}, b"{}"


def digest() -> Outgoing:
    alerts = [make_alert(n) for n in (1, 2)]
    return Outgoing(
        id="digest-abc-1",
        kind="digest",
        rule="lavrov-terrorism",
        alerts=alerts,
        since=1_700_000_000.0,
    )


@pytest.mark.parametrize(
    ("message", "scheme"),
    [
        (Outgoing.single(make_alert(7, also_reported_by=["reuters.com"])), "json"),
        (digest(), "json"),
        (Outgoing.single(make_alert(8)), "form"),  # a form webhook: headers, no JSON object
        (Outgoing.single(make_alert(9)), "xml"),
    ],
)
def test_webhook_receives_the_message_id_and_object(redis, settings, message, scheme):
    with local_server() as server:
        server.routes["/hook"] = ok
        write_channels(settings, (f"{scheme}://127.0.0.1:{server.port}/hook", "team"))
        ctx = install(redis, settings)
        lanes.enqueue(redis, message, [ctx.channels.current()[0].id], ctx.clock())
        drain(redis)
        (request,) = server.requests
    assert request.headers["Idempotency-Key"] == message.id
    assert request.headers["X-Newswatch-Alert-Id"] == message.id
    if scheme == "json":
        body = json.loads(request.body)
        assert body["newswatch"] == message_object(message, console_base(settings))
        assert body["title"] and body["message"]  # apprise's own fields are kept


def test_json_object_lists_every_alert_field(redis, settings):
    alert = make_alert(3, also_reported_by=["bbc.co.uk"], story_version=2)
    with local_server() as server:
        server.routes["/hook"] = ok
        write_channels(settings, (f"json://127.0.0.1:{server.port}/hook", "team"))
        install(redis, settings)
        enqueue(redis, alert)
        drain(redis)
        sent = json.loads(server.requests[0].body)["newswatch"]["alert"]
    assert sent["alert_id"] == alert.alert_id
    assert sent["also_reported_by"] == ["bbc.co.uk"]
    assert sent["matched_terms"] == ["Lavrov", "terrorism"]
    assert (sent["story_id"], sent["story_version"]) == (alert.story_id, 2)
    assert sent["rules_version"] == "v1" and sent["url"] == alert.url


def message_ids(raw: list[bytes]) -> list[list[str]]:
    return [email.message_from_bytes(m).get_all("Message-ID") or [] for m in raw]


def test_email_message_id_is_stable_per_target_and_differs_between_targets(redis, settings):
    with smtp_receiver() as smtp:
        write_channels(settings, (smtp.url(), "team"), (smtp.url(), "desk"))
        ctx = install(redis, settings)
        first, second = ctx.channels.current()
        enqueue(redis, make_alert(notify=["team", "desk"]))
        drain(redis)
        # the rare copy: a notifier died after the send and before the mark
        redis.delete(keys.delivered("alert-1", first.id))
        lanes.enqueue(redis, Outgoing.single(make_alert()), [first.id], ctx.clock())
        drain(redis)
        ids = message_ids(smtp.messages)
        headers = [email.message_from_bytes(m)["X-Newswatch-Alert-Id"] for m in smtp.messages]
    assert all(len(one) == 1 for one in ids)  # exactly one Message-ID header each
    flat = [one[0] for one in ids]
    assert len(flat) == 3 and len(set(flat)) == 2  # the copy repeats its target's id
    assert f"<alert-1.{first.id}@newswatch.alerts>" in flat
    assert f"<alert-1.{second.id}@newswatch.alerts>" in flat
    assert headers == ["alert-1"] * 3
