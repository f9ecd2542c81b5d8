"""The words of a message: Jinja2 templates rendered in each target's own body format.

HTML for email, Markdown for chat services that read it, plain text otherwise (apprise's
`notify_format`, or a URL's `?format=`). A rule may name its own template (`delivery:
template: brief`): `config/templates/brief.<fmt>.j2` (`brief-digest.<fmt>.j2` for digests),
falling back to `brief.txt.j2` (converted by apprise) and then to the defaults. Templates run
in Jinja's sandbox: a template file can format a message, not reach into the process.
A broken template never loses an alert: it is logged and the default is used.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from services.notifier import templates_default
from services.notifier.outbox import Outgoing
from services.notifier.policy import describe_time

log = logging.getLogger(__name__)

SEPARATOR = "\x1e"  # between a template's title and body
FORMAT_EXT = {"text": "txt", "markdown": "md", "html": "html"}
DIGEST_LIST_MAX = 20
_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>"})


@dataclass(frozen=True)
class Rendered:
    """A message ready for one target: title, body and the body's format."""

    title: str
    body: str
    format: str  # text | markdown | html


def _marked(text: str, open_: str, close: str) -> str:
    return text.replace("«", open_).replace("»", close)


def marked_html(text: str) -> Markup:
    """The snippet with hits in bold, everything else escaped."""
    return Markup(_marked(str(escape(text)), "<b>", "</b>"))  # noqa: S704 - input escaped


def md(text: object) -> str:
    return str(text).translate(_MD_SPECIAL)


def marked_md(text: str) -> str:
    return _marked(md(text), "**", "**")


def make_environment(templates_dir: Path | None) -> SandboxedEnvironment:
    """Defaults under `default/`, a rule's templates by name from `templates_dir`."""
    loaders: list[jinja2.BaseLoader] = [
        jinja2.PrefixLoader({"default": jinja2.DictLoader(templates_default.DEFAULTS)})
    ]
    if templates_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(templates_dir)))
    env = SandboxedEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(marked_html=marked_html, marked_md=marked_md, md=md)
    return env


class Renderer:
    """Renders alerts and digests; one per notifier process (templates are cached)."""

    def __init__(self, templates_dir: Path | None) -> None:
        self.env = make_environment(templates_dir)

    def render(self, message: Outgoing, fmt: str, limit: int | None = None) -> Rendered:
        """The message in `fmt` (or in text when only a text template exists)."""
        base = "alert" if message.kind == "alert" else "digest"
        variables = alert_vars(message) if message.kind == "alert" else digest_vars(message, limit)
        for name, used_fmt in self._candidates(base, message.template, fmt):
            try:
                template = self.env.get_template(name)
            except jinja2.TemplateNotFound:
                continue
            try:
                rendered = _render_blocks(template, variables, used_fmt)
            except jinja2.TemplateError as exc:
                log.error("template %s failed (%s); using the default", name, exc)
                continue
            if not rendered.title:
                default = self.env.get_template(f"default/{base}.txt.j2")
                rendered = replace(rendered, title=_render_blocks(default, variables, "text").title)
            return rendered
        return _render_blocks(self.env.get_template(f"default/{base}.txt.j2"), variables, "text")

    @staticmethod
    def _candidates(base: str, custom: str | None, fmt: str) -> list[tuple[str, str]]:
        ext = FORMAT_EXT.get(fmt, "txt")
        found: list[tuple[str, str]] = []
        if custom:
            stem = custom if base == "alert" else f"{custom}-digest"
            found += [(f"{stem}.{ext}.j2", fmt), (f"{stem}.txt.j2", "text")]
        found.append((f"default/{base}.{ext}.j2", fmt))
        return found


def _render_blocks(template: jinja2.Template, variables: dict[str, Any], fmt: str) -> Rendered:
    """Title and body: the parts before and after the separator (all body without one)."""
    output = template.render(variables, separator=SEPARATOR)
    title, found, body = output.partition(SEPARATOR)
    if not found:
        title, body = "", output
    title = " ".join(title.split())
    if fmt == "html":  # a title is plain text (an email subject), whatever the body
        title = html.unescape(title)
    return Rendered(title=title, body=body.strip(), format=fmt)


def alert_vars(message: Outgoing) -> dict[str, Any]:
    alert = message.alerts[0]
    published = f"{alert.published_at:%Y-%m-%d %H:%M} UTC" if alert.published_at else ""
    return {"alert": alert, "published": published, "kind": "alert"}


def digest_vars(message: Outgoing, limit: int | None) -> dict[str, Any]:
    """Matches grouped by story, oldest first; at most `limit` stories listed, then a count."""
    stories: dict[str, dict[str, Any]] = {}
    for alert in sorted(message.alerts, key=lambda a: a.matched_at):
        story = stories.get(alert.story_id)
        if story is None:
            stories[alert.story_id] = {
                "title": alert.title,
                "url": alert.url,
                "source": alert.source,
                "published": f"{alert.published_at:%Y-%m-%d %H:%M}" if alert.published_at else "",
                "snippet": alert.snippet,
                "matched_terms": list(alert.matched_terms),
                "also": [s for s in alert.also_reported_by if s != alert.source],
            }
        else:
            also = [alert.source, *alert.also_reported_by]
            story["also"] += [s for s in also if s not in story["also"] and s != story["source"]]
    listed = list(stories.values())
    shown = min(len(listed), limit or DIGEST_LIST_MAX, DIGEST_LIST_MAX)
    since = describe_time(message.since) if message.since is not None else "the last digest"
    return {
        "rule": message.rule,
        "count": len(message.alerts),
        "since": since,
        "stories": listed[:shown],
        "more": len(listed) - shown,
        "kind": "digest",
    }
