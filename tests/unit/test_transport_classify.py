"""Failure classification from what the transport saw: transient retries, permanent parks."""

from __future__ import annotations

import pytest

from services.core.errors import DeliveryRejected, DeliveryUnavailable
from services.notifier.transport import Observation, classify, retry_after_seconds

OK = Observation("http", 200, "OK")


@pytest.mark.parametrize(
    ("observations", "kind", "text"),
    [
        ([Observation("http", 500, "Internal Server Error")], DeliveryUnavailable, "HTTP 500"),
        ([Observation("http", 503, "")], DeliveryUnavailable, "server error"),
        ([Observation("http", 429, "Too Many Requests")], DeliveryUnavailable, "rate limited"),
        ([Observation("http", 401, "Unauthorized")], DeliveryRejected, "authentication"),
        ([Observation("http", 403, "Forbidden")], DeliveryRejected, "authentication"),
        ([Observation("http", 404, "Not Found")], DeliveryRejected, "refused (HTTP 404"),
        ([Observation("http", 400, "Bad Request")], DeliveryRejected, "HTTP 400"),
        ([Observation("smtp", 421, "try later")], DeliveryUnavailable, "SMTP 421"),
        ([Observation("smtp", 451, "busy")], DeliveryUnavailable, "temporarily"),
        ([Observation("smtp", 550, "no such user")], DeliveryRejected, "SMTP 550"),
        ([Observation("smtp", 535, "bad credentials")], DeliveryRejected, "authentication"),
        ([Observation("error", detail="ConnectionError")], DeliveryUnavailable, "refused"),
        ([Observation("error", detail="ReadTimeout")], DeliveryUnavailable, "timed out"),
        (
            [Observation("error", detail="SMTPServerDisconnected: timed out")],
            DeliveryUnavailable,
            "timed out",
        ),
        ([], DeliveryUnavailable, "no details"),  # a plugin with its own socket (IRC)
        ([OK], DeliveryUnavailable, "no details"),
        ([Observation("http", 500, ""), Observation("http", 404, "")], DeliveryRejected, "404"),
    ],
)
def test_failure_classification(observations, kind, text):
    error = classify(observations, ok=False)
    assert type(error) is kind
    assert text in str(error)


def test_success_is_not_an_error():
    assert classify([Observation("http", 500, ""), OK], ok=True) is None


def test_rate_limit_carries_retry_after():
    error = classify([Observation("http", 429, "", retry_after=30.0)], ok=False)
    assert isinstance(error, DeliveryUnavailable) and error.retry_after == 30.0


@pytest.mark.parametrize(("value", "seconds"), [("120", 120.0), (None, None), ("soon", None)])
def test_retry_after_header(value, seconds):
    assert retry_after_seconds(value) == seconds
