"""Delivery to a real chat server: Debian's ngircd (IRC) on loopback, via apprise irc://."""

from __future__ import annotations

from tests.support.notifier import drain, enqueue, install, make_alert, write_channels
from tests.support.receivers import irc_server


def test_irc_channel_receives_the_alert_in_plain_text(redis, settings, tmp_path):
    with irc_server(tmp_path) as (port, listener):
        write_channels(settings, (f"irc://newswatch@127.0.0.1:{port}/#news", "chat"))
        install(redis, settings)
        enqueue(redis, make_alert())
        drain(redis)
        lines = listener.said(timeout=10, wanted="tass.com/politics/1")
    text = "\n".join(lines)
    assert "lavrov-terrorism" in text
    assert "https://tass.com/politics/1" in text  # the link survives IRC's 380-character limit
    assert "«Lavrov»" in text  # plain text: hits keep their marks
