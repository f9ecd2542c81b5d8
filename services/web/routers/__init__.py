"""One module per page group, each an APIRouter with its pages and its `/api/` routes.

To add a page group: write `routers/<group>.py` with `router = APIRouter()`, its templates
under templates/ (extending `base.html`), its API models in `services/web/models.py`, guard
actions with `deps.require_bearer` / `deps.require_form_action`, and list it in ALL below
(and in `base.html`'s navigation).
"""

from __future__ import annotations

from fastapi import APIRouter

from services.web.routers import (
    alerts,
    deliveries,
    docs,
    feeds,
    health,
    overview,
    rules,
    session,
    stories,
)

ALL: list[APIRouter] = [
    overview.router,
    alerts.router,
    stories.router,
    feeds.router,
    deliveries.router,
    rules.router,
    session.router,
    health.router,
    docs.router,
]
