"""The words of an alert: a title line and a plain-text body that says why it fired."""

from __future__ import annotations

from services.core.models import AlertMessage


def alert_title(alert: AlertMessage) -> str:
    return f"[newswatch] {alert.rule}: {alert.title}"[:250]


def alert_body(alert: AlertMessage) -> str:
    lines = [
        alert.title,
        "",
        f"“{alert.snippet}”",
        "",
        f"Rule: {alert.rule}",
        f"Matched: {', '.join(alert.matched_terms)}",
        f"Source: {alert.source}" + (f" ({alert.language})" if alert.language else ""),
    ]
    if alert.published_at:
        lines.append(f"Published: {alert.published_at:%Y-%m-%d %H:%M} UTC")
    if alert.url:
        lines.append(f"Link: {alert.url}")
    return "\n".join(lines)
