"""The console application: routers, static files, and the middleware around every request.

Middleware, outermost first:
- BodyLimit: a request body over `MAX_BODY_BYTES` is refused with 413 (declared or streamed);
- headers: CSP without inline script, no framing, no referrer, no sniffing; a session nonce
  cookie for every visitor (the CSRF tokens of its forms are derived from it).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from importlib.resources import files
from typing import Any

import redis as redis_lib
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from prometheus_client import CollectorRegistry
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.core.settings import Settings
from services.web import routers
from services.web.auth import SESSION_COOKIE, SESSION_MAX_AGE_SECONDS, Guard, new_nonce, valid_nonce
from services.web.deps import Console, render
from services.web.metrics import StatusCollector
from services.web.routers import docs
from services.web.templating import make_templates

MAX_BODY_BYTES = 64 * 1024
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
# The OpenAPI page (routers.docs: Swagger UI from this process) sets style attributes.
DOCS_PATHS = ("/docs",)
DOCS_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cache-Control": "no-store",
}


class BodyLimit:
    """Refuse request bodies over `max_bytes`, by Content-Length or as they stream in.

    The body (at most `max_bytes`) is read before the application runs and handed to it
    unchanged, so a chunked upload is cut at the limit whatever the route does.
    """

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > self.max_bytes:
            await _too_large(scope, receive, send)
            return
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break  # the client went away: the app sees the disconnect
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                await _too_large(scope, receive, send)
                return
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


async def _too_large(scope: Scope, receive: Receive, send: Send) -> None:
    response = PlainTextResponse("request body too large", status_code=413)
    await response(scope, receive, send)


async def _headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    nonce = request.cookies.get(SESSION_COOKIE)
    fresh = not valid_nonce(nonce)
    request.state.session_nonce = new_nonce() if fresh else nonce
    response = await call_next(request)
    docs = request.url.path in DOCS_PATHS
    response.headers["Content-Security-Policy"] = DOCS_CSP if docs else PAGE_CSP
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if fresh:
        response.set_cookie(
            SESSION_COOKIE,
            request.state.session_nonce,
            max_age=SESSION_MAX_AGE_SECONDS,
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
        )
    return response


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return not path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if _wants_html(request):
        response = render(request, "error.html", exc.status_code, message=str(exc.detail))
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response
    return JSONResponse({"detail": exc.detail}, exc.status_code, headers=exc.headers)


async def _store_down(request: Request, exc: Exception) -> Response:
    message = "Redis is unavailable: the console shows nothing until it is back"
    if _wants_html(request):
        return render(request, "error.html", 503, message=message)
    return JSONResponse({"detail": message}, 503)


async def _invalid(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    # Only the error messages and where: never the input (it may be long or hostile).
    errors = [{"loc": e.get("loc"), "msg": e.get("msg")} for e in exc.errors()[:20]]
    return JSONResponse({"detail": errors}, 422)


def create_app(settings: Settings, redis: Any) -> FastAPI:
    """The console for `settings`, reading and acting through the `redis` client."""
    token = settings.web_token.get_secret_value() if settings.web_token else None
    app = FastAPI(
        title="newswatch console",
        summary="What newswatch is doing: status, alerts, stories, rules and the tester, "
        "feeds, parked deliveries, metrics.",
        version="1",
        docs_url=None,  # routers.docs serves it without a CDN
        redoc_url=None,
    )
    app.state.console = Console(settings, redis, Guard(token or None), make_templates())
    registry = CollectorRegistry(auto_describe=False)
    registry.register(StatusCollector(redis))
    app.state.metrics_registry = registry
    app.middleware("http")(_headers)
    app.add_middleware(BodyLimit, max_bytes=MAX_BODY_BYTES)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(redis_lib.RedisError, _store_down)
    app.add_exception_handler(RequestValidationError, _invalid)
    static = files("services.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    assets = files("fastapi_offline").joinpath("static")  # Swagger UI 5 (OpenAPI 3.1)
    app.mount(docs.ASSETS, StaticFiles(directory=str(assets)), name="docs-assets")
    for router in routers.ALL:
        app.include_router(router)
    return app
