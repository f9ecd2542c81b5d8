"""One error hierarchy for newswatch.

Every failure we raise on purpose belongs to one of two families, because what a caller
should do next depends only on that:

    NewswatchError
    ├── TransientError          retry later: the same input may succeed
    │   ├── FetchTimeout        a source did not answer in time
    │   ├── FetchUnavailable    connection refused/reset, HTTP 5xx, 429
    │   ├── DeliveryUnavailable an alert channel is down or rate-limited
    │   └── StoreUnavailable    Redis/Valkey cannot be reached
    └── PermanentError          retrying the same input cannot help
        ├── ConfigError         a config file or setting is invalid
        ├── FetchRefused        a URL or response breaks a safety rule (private address,
        │                       size cap, redirect loop, not a feed)
        ├── InputRejected       an article or drop file cannot be used (binary, empty, ...)
        └── DeliveryRejected    a channel refused the message for good (auth, 5xx SMTP)

Foreign errors are wrapped at the boundary with ``raise ... from exc`` so callers only ever
catch these. Messages are single readable lines and never contain secrets.
"""

from __future__ import annotations


class NewswatchError(Exception):
    """Base of every error newswatch raises on purpose."""

    transient: bool = False


class TransientError(NewswatchError):
    """The operation may succeed if retried later."""

    transient = True

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermanentError(NewswatchError):
    """Retrying the same input cannot succeed."""


class FetchTimeout(TransientError):
    """A source did not answer within its connect/read timeout or overall deadline."""


class FetchUnavailable(TransientError):
    """A source refused the connection or answered with a retryable HTTP status."""


class DeliveryUnavailable(TransientError):
    """An alert channel could not take the message now."""


class StoreUnavailable(TransientError):
    """The Redis/Valkey server cannot be reached."""


class ConfigError(PermanentError):
    """A configuration file or setting is invalid."""


class FetchRefused(PermanentError):
    """A URL or response was refused by a safety rule or is not usable."""


class InputRejected(PermanentError):
    """An article or drop file cannot be turned into text worth matching."""


class DeliveryRejected(PermanentError):
    """An alert channel refused the message in a way retrying cannot fix."""
