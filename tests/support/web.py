"""The console under test: a Starlette TestClient on the real Valkey, and page helpers."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient
from pydantic import SecretStr

from services.core.settings import Settings
from services.web.app import create_app

TOKEN = "test-console-token-0123456789"


def console_client(settings: Settings, redis: Any, token: str | None = TOKEN) -> TestClient:
    """A client of the console for `settings`, with `token` as NEWSWATCH_WEB_TOKEN."""
    configured = settings.model_copy(update={"web_token": SecretStr(token) if token else None})
    return TestClient(create_app(configured, redis), headers={"accept": "text/html"})


def csrf_of(html: str) -> str:
    """The CSRF token of the first form on a page."""
    found = re.search(r'name="csrf" value="([0-9a-f]*)"', html)
    assert found, "no form with a CSRF token on the page"
    return found.group(1)


def sign_in(client: TestClient, token: str = TOKEN) -> None:
    """Sign the client's browser session in through the login form."""
    page = client.get("/login")
    response = client.post(
        "/login", data={"token": token, "csrf": csrf_of(page.text)}, follow_redirects=False
    )
    assert response.status_code == 303, response.text
