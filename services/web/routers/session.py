"""`/login` and `/logout`: a browser signs in with the console token to act."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from services.web.auth import AUTH_COOKIE, SESSION_MAX_AGE_SECONDS
from services.web.deps import CheckedForm, console, render, session_nonce, throttled_check

router = APIRouter(include_in_schema=False)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> HTMLResponse:
    return render(request, "login.html")


@router.post("/login")
def login(request: Request, form: CheckedForm) -> RedirectResponse:
    guard = console(request).guard
    token = form.get("token")
    presented = token if isinstance(token, str) else None
    if not throttled_check(request, lambda: guard.token_ok(presented)):
        raise HTTPException(403, "wrong token")
    response = RedirectResponse("/deliveries", status_code=303)
    response.set_cookie(
        AUTH_COOKIE,
        guard.auth_mark(session_nonce(request)),
        max_age=SESSION_MAX_AGE_SECONDS,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


@router.post("/logout")
def logout(form: CheckedForm) -> RedirectResponse:
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(AUTH_COOKIE)
    return response
