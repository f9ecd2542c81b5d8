"""`/docs`: the OpenAPI page, served whole from this process.

FastAPI's own page loads Swagger UI from a CDN and starts it with an inline script: blank
where the console has no internet, and at odds with the pages' CSP. Here the Swagger UI
files come from the `fastapi-offline` package (only its files: its app class starts Swagger UI
with an inline script too) and a static script of ours starts it.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)

ASSETS = "/docs-assets"  # fastapi-offline's Swagger UI files (mounted in app.create_app)

PAGE = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>newswatch console API</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="{ASSETS}/swagger-ui.css">
</head>
<body>
<div id="swagger-ui" data-openapi="/openapi.json"></div>
<script src="{ASSETS}/swagger-ui-bundle.js"></script>
<script src="/static/openapi-docs.js"></script>
</body>
</html>
"""


@router.get("/docs", response_class=HTMLResponse)
def docs() -> HTMLResponse:
    """The Swagger UI page of `/openapi.json`."""
    return HTMLResponse(PAGE)
