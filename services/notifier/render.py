"""The words of a message: Jinja2 templates rendered in each target's own body format.

HTML for email, Markdown for chat services that read it, plain text otherwise (apprise's
`notify_format`, or a URL's `?format=`). A rule may name its own template (`delivery:
template: brief`): `config/templates/brief.<fmt>.j2` (`brief-digest.<fmt>.j2` for digests),
falling back to `brief.txt.j2` (converted by apprise) and then to the defaults. Templates run
in Jinja's sandbox: a template file can format a message, not reach into the process, and
a rule's template renders within a time limit and an output-size limit (services.notifier.sandbox).
A broken, slow or oversized template never loses an alert: whatever goes wrong, one log line
names the rule and the template, and the default template is used.
"""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from services.core.failures import describe
from services.core.logs import escape as escape_log
from services.notifier import sandbox, templates_default
from services.notifier.links import alert_page
from services.notifier.outbox import Outgoing
from services.notifier.policy import describe_time

log = logging.getLogger(__name__)

SEPARATOR = "\x1e"  # between a template's title and body
FORMAT_EXT = {"text": "txt", "markdown": "md", "html": "html"}
DIGEST_LIST_MAX = 20
TEMPLATE_MAX_BYTES = 64 * 1024  # a larger template file is refused before it is read
TEMPLATE_FILES_MAX = 500  # templates checked by the reload loop
REPORTED_MAX = 1000  # distinct template failures remembered (each logged once)
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


class SizedFileLoader(jinja2.FileSystemLoader):
    """Template files from a folder; one over TEMPLATE_MAX_BYTES is refused unread."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        for folder in self.searchpath:
            path = Path(folder) / template
            if path.is_file() and path.stat().st_size > TEMPLATE_MAX_BYTES:
                raise jinja2.TemplateError(f"template file over {TEMPLATE_MAX_BYTES} bytes")
        return super().get_source(environment, template)


def make_environment(templates_dir: Path | None, bounded: bool = False) -> SandboxedEnvironment:
    """Defaults under `default/`, a rule's templates by name from `templates_dir`; `bounded`
    for rules' own templates (time and size limits per render)."""
    loaders: list[jinja2.BaseLoader] = [
        jinja2.PrefixLoader({"default": jinja2.DictLoader(templates_default.DEFAULTS)})
    ]
    if templates_dir is not None:
        loaders.append(SizedFileLoader(str(templates_dir)))
    kind = sandbox.BoundedEnvironment if bounded else SandboxedEnvironment
    env = kind(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(marked_html=marked_html, marked_md=marked_md, md=md)
    return env


Report = Callable[[str, str], None]


def log_failure(name: str, reason: str) -> None:
    """The default report of a template failure: one log line."""
    log.error("template %s failed: %s", escape_log(name), reason)


class Renderer:
    """Renders alerts and digests; one per notifier process (templates are cached).

    Safe to share between threads: each render has its own budget. A rule's template that
    fails (missing variable, syntax error, over a limit, anything) is reported once per
    distinct failure through `report` and the default template is used instead.
    """

    def __init__(
        self,
        templates_dir: Path | None,
        seconds: float = sandbox.DEFAULT_SECONDS,
        max_chars: int = sandbox.DEFAULT_MAX_CHARS,
        report: Report = log_failure,
        public_url: str = "",
    ) -> None:
        self.templates_dir = templates_dir
        self.public_url = public_url  # the console's base: messages link to its alert pages
        self.env = make_environment(templates_dir, bounded=True)
        self.defaults = make_environment(None)
        self.seconds = sandbox.finite(seconds)
        self.max_chars = max_chars
        self.report = report
        self._reported: set[tuple[str, str]] = set()
        self._checked: dict[str, tuple[int, int]] = {}
        self._lock = threading.Lock()

    def render(self, message: Outgoing, fmt: str, limit: int | None = None) -> Rendered:
        """The message in `fmt` (or in text when only a text template exists)."""
        base = "alert" if message.kind == "alert" else "digest"
        variables = (
            alert_vars(message, self.public_url)
            if message.kind == "alert"
            else digest_vars(message, limit, self.public_url)
        )
        if message.template:
            custom = self._custom(base, message, fmt, variables)
            if custom is not None:
                return custom
        ext = FORMAT_EXT.get(fmt, "txt")
        default = self.defaults.get_template(f"default/{base}.{ext}.j2")
        return _render_blocks(default, variables, fmt)

    def _custom(
        self, base: str, message: Outgoing, fmt: str, variables: dict[str, Any]
    ) -> Rendered | None:
        """The rule's own template in `fmt` (else its text one); None when it has none or
        it fails."""
        stem = message.template if base == "alert" else f"{message.template}-digest"
        ext = FORMAT_EXT.get(fmt, "txt")
        for name, used_fmt in ((f"{stem}.{ext}.j2", fmt), (f"{stem}.txt.j2", "text")):
            try:
                template = self.env.get_template(name)
                rendered = self._bounded(template, variables, used_fmt)
            except jinja2.TemplateNotFound as exc:
                if exc.name != name:  # an include or extends inside it is missing
                    self._failed(message.rule, name, exc)
                    return None
                continue
            # Item edge: whatever a template does wrong, the alert goes out with the default.
            except Exception as exc:  # noqa: BLE001
                self._failed(message.rule, name, exc)
                return None
            if not rendered.title:
                default = self.defaults.get_template(f"default/{base}.txt.j2")
                rendered = replace(rendered, title=_render_blocks(default, variables, "text").title)
            return rendered
        return None

    def _bounded(self, template: jinja2.Template, variables: dict[str, Any], fmt: str) -> Rendered:
        output = sandbox.render_bounded(
            template, {**variables, "separator": SEPARATOR}, self.seconds, self.max_chars
        )
        return _split(output, fmt)

    def _failed(self, rule: str | None, name: str, exc: BaseException) -> None:
        """Report a template failure once (until it changes)."""
        reason = describe(exc)
        key = (f"{name} (rule {rule})", reason)
        with self._lock:
            if key in self._reported:
                return
            if len(self._reported) >= REPORTED_MAX:
                self._reported.clear()
            self._reported.add(key)
        self.report(key[0], f"{reason}; the default template is used")

    def check_templates(self) -> None:
        """Compile every changed template file, reporting each one that does not compile (once
        per edit), so a broken edit shows before an alert needs it."""
        if self.templates_dir is None or not self.templates_dir.is_dir():
            return
        seen: dict[str, tuple[int, int]] = {}
        for path in sorted(self.templates_dir.rglob("*.j2"))[:TEMPLATE_FILES_MAX]:
            name = path.relative_to(self.templates_dir).as_posix()
            try:
                st = path.stat()
            except OSError:
                continue
            seen[name] = (st.st_mtime_ns, st.st_size)
            if self._checked.get(name) != seen[name]:
                self._check_one(name)
        if seen != self._checked:
            with self._lock:
                self._reported.clear()  # an edit: report anew what still fails
        self._checked = seen

    def _check_one(self, name: str) -> None:
        try:
            self.env.get_template(name)
        # Item edge: one broken template file is that file's problem only.
        except Exception as exc:  # noqa: BLE001
            folder = self.templates_dir or Path()
            where = f"line {exc.lineno}: " if isinstance(exc, jinja2.TemplateSyntaxError) else ""
            self.report(str(folder / name), where + describe(exc))


def _render_blocks(template: jinja2.Template, variables: dict[str, Any], fmt: str) -> Rendered:
    """A default template rendered (trusted: no render bounds), as title and body."""
    return _split(template.render(variables, separator=SEPARATOR), fmt)


def _split(output: str, fmt: str) -> Rendered:
    """Title and body: the parts before and after the separator (all body without one)."""
    title, found, body = output.partition(SEPARATOR)
    if not found:
        title, body = "", output
    title = " ".join(title.split())
    if fmt == "html":  # a title is plain text (an email subject), whatever the body
        title = html.unescape(title)
    return Rendered(title=title, body=body.strip(), format=fmt)


def alert_vars(message: Outgoing, public_url: str = "") -> dict[str, Any]:
    """An alert's template variables; `page` is its console page ('' without a console)."""
    alert = message.alerts[0]
    published = f"{alert.published_at:%Y-%m-%d %H:%M} UTC" if alert.published_at else ""
    page = alert_page(public_url, alert.alert_id)
    return {"alert": alert, "published": published, "kind": "alert", "page": page}


def digest_vars(message: Outgoing, limit: int | None, public_url: str = "") -> dict[str, Any]:
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
                "page": alert_page(public_url, alert.alert_id),
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
