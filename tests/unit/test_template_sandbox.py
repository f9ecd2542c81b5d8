"""A rule's template is bounded in time and size; whatever it does, the alert goes out with
the default message. Also guards the Jinja internals the bounds hook into (an upgrade that
changes them fails here)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import jinja2
import pytest

from services.notifier import sandbox
from services.notifier.outbox import Outgoing
from services.notifier.render import Renderer
from tests.support.notifier import make_alert

BIG = "{% set s = 'a' * 90000 %}"
NESTED_SILENT = (
    "{% set l = [1,2,3,4,5,6,7,8,9,10] %}" + "{% for x in l %}" * 9 + ("{% endfor %}" * 9)
)

# name -> template text: each would hang, eat memory, or raise while rendering.
HOSTILE = {
    "range bomb": "{% for i in range(10**9) %}x{% endfor %}",
    "range at the sandbox's maximum, nested, silent": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    ),
    "nested loops over a list, silent": NESTED_SILENT,
    "nested loops with output": "{% for i in range(1000) %}{% for j in range(1000) %}"
    "{{ i }}{{ j }}{% endfor %}{% endfor %}",
    "recursive macro": "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    "recursive macro fanning out, silent": "{% macro f(n) %}{% if n < 60 %}"
    "{% set a = f(n + 1) %}{% set b = f(n + 1) %}{% endif %}{% endmacro %}{{ f(0) }}",
    "recursive loop": "{% for x in [1] recursive %}{{ loop([x, x]) }}{% endfor %}",
    "string multiplication": "{{ 'a' * 10**9 }}",
    "string multiplication, literal": "{{ 'a' * 1000000000 }}",
    "list multiplication": "{{ ([1] * 1000000000)|length }}",
    "power": "{{ 10 ** (10 ** 10) }}",
    "power in a loop": "{% set ns = namespace(n=10) %}{% for i in range(64) %}"
    "{% set ns.n = ns.n ** 2 %}{% endfor %}{{ ns.n }}",
    "product in a loop": "{% set ns = namespace(n=3) %}{% for i in range(99) %}"
    "{% set ns.n = ns.n * ns.n %}{% endfor %}{{ ns.n }}",
    "doubling with ~": "{% set ns = namespace(s='ab') %}{% for i in range(64) %}"
    "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
    "doubling with +": "{% set ns = namespace(s=['ab']) %}{% for i in range(64) %}"
    "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s|length }}",
    "huge join filter": "{{ range(100000)|join('x' * 90000) }}",
    "huge join method": BIG + "{{ s.join(s) }}",
    "join of a generator": BIG + "{{ range(100000)|map('string')|join(s) }}",
    "huge format method": "{{ '{:>1000000000}'.format(1) }}",
    "format repeating one argument": BIG + "{{ ('{0}' * 20000).format(s) }}",
    "huge printf width": "{{ '%1000000000d' % 1 }}",
    "printf repeating a mapping value": BIG + "{{ ('%(a)s' * 20000) % {'a': s} }}",
    "format filter width": "{{ '%1000000000d'|format(1) }}",
    "center method": "{{ 'a'.center(1000000000) }}",
    "center filter": "{{ 'a'|center(1000000000) }}",
    "replace method": BIG + "{{ s.replace('a', s) }}",
    "replace filter": BIG + "{{ s|replace('a', s) }}",
    "translate": BIG + "{{ s.translate({97: s}) }}",
    "int to bytes": "{{ (1).to_bytes(1000000000, 'big')|length }}",
    "expandtabs": "{{ ('\t' * 50000).expandtabs(50000) }}",
    "indent with a long prefix": "{% set t = 'a\n' * 40000 %}{{ t|indent('x' * 90000) }}",
    "wordwrap with a long wrapstring": "{% set t = 'a ' * 40000 %}"
    "{{ t|wordwrap(1, wrapstring='x' * 90000) }}",
    "tojson indent": "{{ range(10000)|list|tojson(indent=99999) }}",
    "generator collected by a filter": "{{ (range(100000)|map('center', 90000)|list)|length }}",
    "generator collected by a call": "{{ dict(range(100000)|map('center', 90000)|batch(2)) }}",
    "generator collected by loop.length": "{% for x in range(100000)|map('center', 90000) %}"
    "{% if loop.first %}{{ loop.length }}{% endif %}{% endfor %}",
    "generator joined by a method": "{{ ''.join(range(100000)|map('center', 90000)) }}",
    "quadratic codec": "{{ ('"
    + "".join(chr(c) for c in range(0x100, 0x100 + 20000))
    + "').encode('punycode') }}",
    "batch fill": "{{ [1]|batch(1000000000, 'x')|list }}",
    "lipsum": "{{ lipsum(1000000) }}",
    "output flood": BIG + "{% for i in range(100000) %}{{ s }}{% endfor %}",
    "captured block flood": BIG + "{% set x %}{% for i in range(100000) %}{{ s }}{% endfor %}"
    "{% endset %}{{ x|length }}",
    "filter block flood": BIG + "{% filter upper %}{% for i in range(100000) %}{{ s }}"
    "{% endfor %}{% endfilter %}",
    "printing a list of large strings": BIG + "{% set ns = namespace(l=[s]) %}"
    "{% for i in range(20) %}{% set ns.l = ns.l + ns.l %}{% endfor %}{{ ns.l }}",
    "self include twice": "{% include 'hostile.txt.j2' %}{% include 'hostile.txt.j2' %}",
    "self extends": "{% extends 'hostile.txt.j2' %}",
    "include cycle": "{% include 'other.txt.j2' %}",
    "missing include": "{% include 'nowhere.txt.j2' %}",
    "undefined attribute": "{{ alert.nope.deeper }}",
    "undefined call": "{{ alert.nope() }}",
    "syntax error": "{% for %}",
    "deep parentheses": "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}",
    "division by zero": "{{ 1 // 0 }}",
    "sandbox escape": "{{ alert.__class__.__mro__[1].__subclasses__() }}",
    "mutating a list": "{% set l = [] %}{% for i in range(10) %}{{ l.append(l) }}{% endfor %}",
    "over the file size cap": "x" * (70 * 1024),
}


def hostile_message() -> Outgoing:
    return Outgoing.single(make_alert(delivery={"template": "hostile"}))


def renderer_with(tmp_path: Path, text: str, seconds: float = 0.5) -> Renderer:
    (tmp_path / "hostile.txt.j2").write_text(text, encoding="utf-8")
    (tmp_path / "other.txt.j2").write_text("{% include 'hostile.txt.j2' %}", encoding="utf-8")
    return Renderer(tmp_path, seconds=seconds, max_chars=100_000)


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_template_renders_the_default_message(tmp_path, text):
    reports: list[tuple[str, str]] = []
    renderer = renderer_with(tmp_path, text)
    renderer.report = lambda name, reason: reports.append((name, reason))
    default = Renderer(None).render(Outgoing.single(make_alert()), "text")
    assert renderer.render(hostile_message(), "text") == default
    assert len(reports) == 1
    name, reason = reports[0]
    assert name == "hostile.txt.j2 (rule lavrov-terrorism)"
    assert reason.endswith("the default template is used")


def test_a_good_template_with_loops_filters_and_formats_renders_in_full(tmp_path):
    renderer = renderer_with(
        tmp_path,
        "{% extends 'default/alert.txt.j2' %}{% block body %}"
        "{{ alert.matched_terms|map('upper')|join(', ') }} | {{ '%-8s|' % alert.rule[:6] }}"
        "{% for t in alert.matched_terms|select('string') %}{{ loop.length }}{% endfor %}"
        " {{ '{:>4}'.format(7) }} {% for i in range(3) %}{{ i }}{% endfor %}"
        " {{ 'ab' * 2 }} {{ 2 ** 10 }} {{ alert.title ~ '!' }}{% endblock %}",
    )
    rendered = renderer.render(hostile_message(), "text")
    assert rendered.body == (
        "LAVROV, TERRORISM | lavrov  |22    7 012 abab 1024 Lavrov speaks on terrorism (1)!"
    )
    assert rendered.title.startswith("[newswatch] lavrov-terrorism")


def test_each_distinct_failure_is_reported_once(tmp_path):
    reports: list[str] = []
    renderer = renderer_with(tmp_path, "{{ alert.nope.deeper }}")
    renderer.report = lambda name, reason: reports.append(name)
    for fmt in ("text", "text", "markdown", "html"):
        renderer.render(hostile_message(), fmt)
    assert reports == ["hostile.txt.j2 (rule lavrov-terrorism)"]


def test_the_default_report_is_one_escaped_log_line(tmp_path, caplog):
    renderer = renderer_with(tmp_path, "{{ alert.nope.deeper }}")
    message = Outgoing.single(
        make_alert(rule="forged\nERROR fake line", delivery={"template": "hostile"})
    )
    with caplog.at_level(logging.ERROR, logger="services.notifier.render"):
        renderer.render(message, "text")
    (record,) = caplog.records
    assert "\n" not in record.getMessage()
    assert "hostile.txt.j2" in record.getMessage() and "forged" in record.getMessage()


def test_renders_in_parallel_threads_have_their_own_bounds(tmp_path):
    """One thread stuck on a slow template does not cut short a good render in another."""
    (tmp_path / "good.txt.j2").write_text("{% for i in range(200) %}{{ i }}{% endfor %}")
    renderer = renderer_with(tmp_path, HOSTILE["recursive macro fanning out, silent"], 1.0)
    good = Outgoing.single(make_alert(delivery={"template": "good"}))
    results: dict[str, str] = {}

    def render(name: str, message: Outgoing) -> None:
        results[name] = renderer.render(message, "text").body

    threads = [
        threading.Thread(target=render, args=("hostile", hostile_message())),
        threading.Thread(target=render, args=("good", good)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results["good"] == "".join(str(i) for i in range(200))
    assert "Rule: lavrov-terrorism" in results["hostile"]


# --- the Jinja hooks: each case can only be stopped by one of them ---------------------------

HOOKS = {
    "call_binop (intercepted *)": ("{{ 'a' * 200000 }}", "repetition over"),
    "call (built-in methods)": ("{{ 'a'.center(200000) }}", "method: a number argument over"),
    "call (str methods)": ("{{ ('a' * 90000).center(90000) }}", "str.center over"),
    "call (depth)": ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "calls nested over"),
    "wrap_str_format": ("{{ '{:>200000}'.format(1) }}", "format width over"),
    "filters replaced": ("{{ 'a'|center(200000) }}", "filter center"),
    "_parse rewrites for loops": (NESTED_SILENT, "loop iterations"),
    "_parse rewrites output": ("{{ big }}", "printed value over"),
    "_parse rewrites ~": ("{% set s = 'a' * 90000 %}{{ s ~ s }}", "concatenation over"),
    "concat (captured output)": (
        "{% set x %}{% for i in range(3) %}{{ 'a' * 90000 }}{% endfor %}{% endset %}",
        "captured output over",
    ),
    "_load_template (includes)": ("{% include 't.j2' %}", "templates loaded"),
}


@pytest.mark.parametrize(("text", "reason"), HOOKS.values(), ids=HOOKS.keys())
def test_each_jinja_hook_still_applies(text, reason):
    env = sandbox.BoundedEnvironment(loader=jinja2.DictLoader({"t.j2": text}))
    template = env.get_template("t.j2")
    with pytest.raises(sandbox.TemplateLimitError, match=reason):
        sandbox.render_bounded(template, {"big": ["a" * 90000] * 3}, 30, max_chars=100_000)


def test_the_deadline_stops_a_render_between_operations():
    env = sandbox.BoundedEnvironment()
    template = env.from_string(HOSTILE["recursive macro fanning out, silent"])
    with pytest.raises(sandbox.TemplateLimitError, match="time limit"):
        sandbox.render_bounded(template, {}, seconds=0.05, max_chars=100_000)


def test_outside_a_render_budget_the_environment_is_a_plain_sandbox():
    env = sandbox.BoundedEnvironment()
    assert env.from_string("{{ 'a' * 3 }}{% for i in [1, 2] %}{{ i }}{% endfor %}").render() == (
        "aaa12"
    )
