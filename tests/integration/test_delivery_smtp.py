"""Delivery to a real SMTP server (aiosmtpd) on loopback: HTML mail, 4xx retried, 5xx parked."""

from __future__ import annotations

import email
import time

import pytest

from services.notifier import parking
from tests.support.notifier import drain, enqueue, install, make_alert, write_channels
from tests.support.receivers import silent_server, smtp_receiver

PASSWORD = "mail-pass-1234"


@pytest.mark.parametrize(
    ("replies", "password", "received", "parked_error"),
    [
        ([], PASSWORD, 1, None),
        (["421 4.3.0 try again later"], PASSWORD, 1, None),  # transient, then accepted
        (["451 4.3.0 busy", "451 4.3.0 busy", "451 4.3.0 busy"], PASSWORD, 0, "SMTP 451"),
        (["550 5.7.1 relay denied"], PASSWORD, 0, "refused (SMTP 550"),  # permanent at once
        ([], "wrong-password", 0, "authentication failed (SMTP 535"),
    ],
)
def test_smtp_replies_decide_retry_or_park(
    redis, settings, replies, password, received, parked_error
):
    with smtp_receiver(password=PASSWORD) as smtp:
        smtp.replies[:] = replies
        write_channels(settings, (smtp.url(password=password), "email"))
        install(redis, settings, attempts=3, backoff_seconds=0.01)
        enqueue(redis, make_alert())
        drain(redis, wait_seconds=3)
        assert len(smtp.messages) == received
    entries = parking.list_parked(redis)
    assert [parked_error in e.error for e in entries] == ([True] if parked_error else [])
    if parked_error and "451" not in parked_error:
        assert entries[0].attempts == 1  # permanent: never retried


def test_email_is_html_with_the_hit_in_bold_and_a_plain_subject(redis, settings):
    alert = make_alert(title="Lavrov & Shoukry meet", also_reported_by=["sana.sy"])
    with smtp_receiver(password=PASSWORD) as smtp:
        write_channels(settings, (smtp.url(password=PASSWORD), "email"))
        install(redis, settings)
        enqueue(redis, alert)
        drain(redis)
        (raw,) = smtp.messages
    message = email.message_from_bytes(raw)
    assert message["Subject"] == "[newswatch] lavrov-terrorism: Lavrov & Shoukry meet"
    html = next(p for p in message.walk() if p.get_content_type() == "text/html")
    text = html.get_payload(decode=True).decode()
    assert "<b>Lavrov</b> said the fight against <b>terrorism</b>" in text
    assert "Lavrov &amp; Shoukry meet" in text
    assert "sana.sy" in text and 'href="https://tass.com/politics/1"' in text


def test_smtp_server_that_never_answers_times_out_as_transient(redis, settings):
    with silent_server() as port:
        url = f"mailto://127.0.0.1:{port}?to=desk@example.org&from=nw@example.org&cto=1&rto=1"
        write_channels(settings, (url, "email"))
        install(redis, settings, attempts=1)
        started = time.monotonic()
        enqueue(redis, make_alert())
        drain(redis)
    assert time.monotonic() - started < 5
    (entry,) = parking.list_parked(redis)
    assert "timed out" in entry.error
