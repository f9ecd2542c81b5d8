"""What every router shares: the console's state, the action guards, and page rendering.

A router adds an action like this:
- JSON API: `dependencies=[Depends(require_bearer)]` on the route (401 without the token,
  403 when no token is configured);
- form: a `form: ActionForm` parameter (a signed-in session and the form's
  CSRF token, else 403); every form in a template includes `{% include "_csrf.html" %}`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from starlette.datastructures import FormData

from services.core.settings import Settings
from services.web.auth import AUTH_COOKIE, Guard

# Form posts are small (ids and a token): more fields than this are refused.
FORM_MAX_FIELDS = 1100


@dataclass(frozen=True)
class Console:
    """The state every request reads: settings, the Redis client, the guard, templates."""

    settings: Settings
    redis: Any
    guard: Guard
    templates: Jinja2Templates


@dataclass(frozen=True)
class SessionView:
    """What a page knows of its visitor: may they act, and the CSRF token for forms."""

    actions_enabled: bool
    signed_in: bool
    csrf: str


def console(request: Request) -> Console:
    state: Console = request.app.state.console
    return state


def redis_client(request: Request) -> Any:
    return console(request).redis


def session_nonce(request: Request) -> str:
    """The browser's session nonce (the middleware issues one to every visitor)."""
    nonce: str = request.state.session_nonce
    return nonce


def session_view(request: Request) -> SessionView:
    guard = console(request).guard
    nonce = session_nonce(request)
    return SessionView(
        actions_enabled=guard.enabled,
        signed_in=guard.signed_in(nonce, request.cookies.get(AUTH_COOKIE)),
        csrf=guard.csrf_token(nonce) if guard.enabled else "",
    )


def require_bearer(request: Request) -> None:
    """An API action: the request must carry `Authorization: Bearer <NEWSWATCH_WEB_TOKEN>`."""
    guard = console(request).guard
    if not guard.enabled:
        raise HTTPException(403, "actions are disabled: NEWSWATCH_WEB_TOKEN is not set")
    authorization = request.headers.get("authorization")
    if authorization is None or not throttled_check(
        request, lambda: guard.bearer_ok(authorization)
    ):
        raise HTTPException(
            401, "this action needs the console token", headers={"WWW-Authenticate": "Bearer"}
        )


def throttled_check(request: Request, check: Callable[[], bool]) -> bool:
    """``check()`` of a presented token, counted against the client's address: 429 while
    that address has had too many wrong tokens (see services/web/throttle.py)."""
    throttle = console(request).guard.throttle
    address = request.client.host if request.client else "unknown"
    wait = throttle.wait_seconds(address)
    if wait:
        raise HTTPException(
            429, "too many wrong tokens: try again later", headers={"Retry-After": str(wait)}
        )
    ok = check()
    (throttle.succeeded if ok else throttle.failed)(address)
    return ok


async def checked_form(request: Request) -> FormData:
    """The posted form, when it carries this browser's CSRF token (else 403)."""
    guard = console(request).guard
    if not guard.enabled:
        raise HTTPException(403, "actions are disabled: NEWSWATCH_WEB_TOKEN is not set")
    form = await request.form(max_files=0, max_fields=FORM_MAX_FIELDS)
    csrf = form.get("csrf")
    if not guard.csrf_ok(session_nonce(request), csrf if isinstance(csrf, str) else None):
        raise HTTPException(403, "the form is stale or forged (CSRF check failed): reload it")
    return form


async def require_form_action(
    request: Request, form: Annotated[FormData, Depends(checked_form)]
) -> FormData:
    """A form action: CSRF-checked and from a signed-in browser (else 403)."""
    if not session_view(request).signed_in:
        raise HTTPException(403, "sign in with the console token to do this")
    return form


# Parameter types routes declare: `redis: RedisDep`, `form: ActionForm`, `form: CheckedForm`.
RedisDep = Annotated[Any, Depends(redis_client)]
CheckedForm = Annotated[FormData, Depends(checked_form)]
ActionForm = Annotated[FormData, Depends(require_form_action)]


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page from `template`, with the visitor's session view as `session`."""
    response: HTMLResponse = console(request).templates.TemplateResponse(
        request, template, {"session": session_view(request), **context}, status_code=status_code
    )
    return response
