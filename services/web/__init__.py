"""The console: `newswatch web`, server-rendered pages, a JSON API, Prometheus metrics.

Layout (add a page group by adding a router module; see routers/__init__.py):
- app.py: the application factory, middleware (security headers, body limit, session cookie)
- auth.py: the token, signed-in sessions and CSRF tokens (constant-time comparisons)
- deps.py: dependencies every router shares (the console's state, `require_bearer`,
  `require_form_action`) and `render` for pages
- models.py: the pydantic models of the JSON API
- routers/: one module per page group, each with its pages and its `/api/` routes
- templates/, static/: Jinja2 templates (autoescaped) and the CSS/JS (package data)
"""
