"""The Jinja2 environment of the pages: autoescaped always, templates from the package."""

from __future__ import annotations

import re
import time
from typing import Any

from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, StrictUndefined


def when(epoch: float | None) -> str:
    """An epoch time as `2026-12-02 07:30:21 UTC`, or a dash."""
    if not epoch:
        return "—"
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(epoch))


def ago(seconds: float | None) -> str:
    """A duration as `42 s`, `7 min` or `3.5 h`."""
    if seconds is None:
        return "—"
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


# A password in a URL's user info (`scheme://user:password@host`): shown as `****` on pages.
URL_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^\s/@:]*):([^\s/@]+)@")


def redact(value: Any) -> Any:
    """Every `{{ value }}` of a page passes here: URL passwords in any text are masked (error
    messages may quote a URL), then Jinja2 escapes the text."""
    if isinstance(value, str) and "@" in value:
        return URL_PASSWORD.sub(r"\1:****@", value)
    return value


def make_templates() -> Jinja2Templates:
    env = Environment(
        loader=PackageLoader("services.web", "templates"),
        autoescape=True,  # every value is escaped: article titles and feed names are hostile
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=redact,
    )
    env.filters["when"] = when
    env.filters["ago"] = ago
    return Jinja2Templates(env=env)
