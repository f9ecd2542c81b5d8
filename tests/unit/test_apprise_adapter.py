"""The apprise internals notifier.transport relies on: if an apprise upgrade moves them,
these fail (and receivers would silently lose the message ids)."""

from __future__ import annotations

import apprise
import apprise.plugins.email.base as apprise_email

from services.notifier import transport


def plugin(url: str) -> object:
    app = apprise.Apprise()
    assert app.add(url)
    return app[0]


def test_webhook_plugins_keep_extra_headers_in_a_dict():
    for url in (
        "json://127.0.0.1/x",
        "jsons://127.0.0.1/x",
        "form://127.0.0.1/x",
        "xml://127.0.0.1/x",
    ):
        assert isinstance(plugin(url).headers, dict), url


def test_json_plugin_keeps_extra_payload_fields_in_a_dict():
    assert isinstance(plugin("json://127.0.0.1/x").payload_extras, dict)


def test_email_plugin_names_each_mail_through_make_msgid():
    transport.install()
    assert hasattr(apprise_email, "make_msgid")
    assert isinstance(
        plugin("mailto://u:p@127.0.0.1:2525?to=a@example.org&from=n@example.org").headers, dict
    )
    with transport._mail_id("<fixed@newswatch.alerts>"):
        assert apprise_email.make_msgid(domain="x") == "<fixed@newswatch.alerts>"
    assert apprise_email.make_msgid(domain="x") != "<fixed@newswatch.alerts>"


def test_a_stamped_copy_leaves_the_target_plugin_untouched():
    original = plugin("json://127.0.0.1/x?+X-Token=abc")
    stamp = transport.Stamp("alert-1", "<alert-1.t@newswatch.alerts>", {"schema": 1})
    copied = transport.stamped(original, stamp)
    assert copied.headers["Idempotency-Key"] == "alert-1"
    assert copied.headers["X-Token"] == "abc"
    assert copied.payload_extras["newswatch"] == {"schema": 1}
    assert "Idempotency-Key" not in original.headers
    assert "newswatch" not in original.payload_extras


def test_a_targets_timeouts_bound_its_send():
    assert transport.send_bound_seconds(plugin("json://127.0.0.1/x?cto=2&rto=7")) == 9.0
    assert transport.send_bound_seconds(plugin("json://127.0.0.1/x")) == 8.0
