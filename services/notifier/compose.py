"""A message shaped for one target: its body format and its length limits, link kept.

apprise declares per plugin a `body_maxlen` and a `title_maxlen` (0: the service has no
title, apprise then puts the title into the body). Rather than let apprise truncate or split
a message mid-word, the message is made to fit: a digest lists fewer stories ("… and 12
more"), an alert quotes less of its snippet (cut at a sentence or word), and as a last resort
the plain-text message is cut cleanly with the link re-added at its end.
"""

from __future__ import annotations

import html
from typing import Protocol

from services.notifier.fit import cut_clean, fit_body
from services.notifier.outbox import Outgoing
from services.notifier.render import Rendered, Renderer

DIGEST_LIMITS = (10, 5, 3, 1)
MIN_SNIPPET = 40


class Limits(Protocol):
    @property
    def format(self) -> str: ...
    @property
    def body_maxlen(self) -> int: ...
    @property
    def title_maxlen(self) -> int: ...


def compose(renderer: Renderer, message: Outgoing, target: Limits) -> Rendered:
    """The message rendered for `target` and fitted to its limits."""
    shaped = _shape(renderer.render(message, target.format), target)
    if _fits(shaped, target):
        return shaped
    for candidate in _shorter(renderer, message, target):
        shaped = _shape(candidate, target)
        if _fits(shaped, target):
            return shaped
    plain = _shape(renderer.render(message, "text"), target)
    link = message.alerts[0].url if message.kind == "alert" else None
    return Rendered(plain.title, fit_body(plain.body, target.body_maxlen, link), "text")


def _shorter(renderer: Renderer, message: Outgoing, target: Limits) -> list[Rendered]:
    if message.kind == "digest":
        return [renderer.render(message, target.format, limit) for limit in DIGEST_LIMITS]
    full = renderer.render(message, target.format)
    over = len(_shape(full, target).body) - target.body_maxlen
    alert = message.alerts[0]
    room = len(alert.snippet) - over - 2
    if room < MIN_SNIPPET:
        return []
    shorter = alert.model_copy(update={"snippet": cut_clean(alert.snippet, room)})
    return [renderer.render(message.model_copy(update={"alerts": [shorter]}), target.format)]


def _shape(rendered: Rendered, target: Limits) -> Rendered:
    """Title cut to the title limit, or moved into the body when the service has no title."""
    if target.title_maxlen <= 0:
        heading = {
            "html": f"<b>{html.escape(rendered.title)}</b><br>",
            "markdown": f"**{rendered.title}**\n",
        }
        first = heading.get(rendered.format, rendered.title + "\n")
        return Rendered("", f"{first}\n{rendered.body}", rendered.format)
    return Rendered(cut_clean(rendered.title, target.title_maxlen), rendered.body, rendered.format)


def _fits(rendered: Rendered, target: Limits) -> bool:
    return target.body_maxlen <= 0 or len(rendered.body) <= target.body_maxlen
