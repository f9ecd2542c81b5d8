"""Links from an alert message back to the console: its `/alerts/{id}` page.

The base is NEWSWATCH_PUBLIC_URL, else derived from NEWSWATCH_WEB_ADDRESS (a wildcard
listen address becomes 127.0.0.1); with neither, messages carry no link.
"""

from __future__ import annotations

from urllib.parse import quote

from services.core.settings import Settings

# Listen-on-everything addresses: readers reach such a console at the loopback address.
_WILDCARD_HOSTS = {"0.0.0.0", "[::]"}  # noqa: S104 - compared against, never bound


def console_base(settings: Settings) -> str:
    """The console's base URL without a trailing slash, or '' when there is none."""
    if settings.public_url:
        return settings.public_url.rstrip("/")
    if not settings.web_address:
        return ""
    host, port = settings.web_address.rsplit(":", 1)
    return f"http://{'127.0.0.1' if host in _WILDCARD_HOSTS else host}:{port}"


def alert_page(base: str, alert_id: str) -> str:
    """The alert's console page under `base`, or '' without a base."""
    return f"{base}/alerts/{quote(alert_id, safe='')}" if base else ""
