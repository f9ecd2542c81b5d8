"""Jinja2's sandbox with bounds on time and size: the one place that hooks into its internals.

A rule's template comes from a config file and must never hang the notifier, eat its memory
or fail a delivery. Jinja's `ImmutableSandboxedEnvironment` already stops templates from
reaching into the process; this adds a per-render `Budget` (a deadline, a size cap on every
value and on the output, a count of loop iterations, a depth of calls and of included
templates) checked wherever a template can repeat work or grow data:

- binary operators `*`, `**`, `%`, `+` (intercepted; repetition, powers and printf widths are
  sized before they run) and `~` (rewritten to a sized join);
- every call (macros, methods such as `str.center`/`replace`/`join`/`format`) and filter;
- every `for` loop iteration (the loop's iterable is wrapped when the template is parsed), so
  nested loops that print nothing are bounded too;
- every `{{ … }}` value (sized before it is turned into text) and every buffer join;
- every template loaded by `include`/`extends`/`import`;
- `str.encode`/`bytes.decode` are off limits (the punycode codec is quadratic in pure Python).

A single operation is never long: anything that could build a large value in one step is
sized first, so checking the clock between operations bounds the time. The budget lives in a
context variable, so renders in several threads at once each have their own (no signals).
The hooks used are Jinja's documented sandbox methods (`call_binop`, `call`, `getattr`,
`getitem`, `wrap_str_format`), its `concat` attribute, `_parse` and node classes: the
tests in tests/unit/test_template_sandbox.py fail if an upgrade changes them.
"""

from __future__ import annotations

import contextvars
import math
import re
import string
import time
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import wraps
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.runtime import Context, markup_join, str_join
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import _PassArg, pass_context
from jinja2.visitor import NodeTransformer

DEFAULT_SECONDS = 2.0
DEFAULT_MAX_CHARS = 100_000
MAX_LOOP_ITERATIONS = 1_000_000  # per render, all loops together
MAX_CALL_DEPTH = 64  # nested macro/method calls (recursive macros)
MAX_TEMPLATE_LOADS = 32  # includes, extends and imports per render
MAX_INT_BITS = 16_384  # about 4,900 digits: Python refuses to print much larger ints anyway
ITER_FILTER = "__newswatch_bounded_iter"
VALUE_FILTER = "__newswatch_bounded_value"
CONCAT_FILTER = "__newswatch_bounded_concat"
_NUMBER = re.compile(r"\d+")
_PRINTF_STAR = re.compile(r"%[-#0 +]*\*|%[-#0 +]*\d*\.\*")


class TemplateLimitError(jinja2.TemplateError):
    """A template went over one of its render bounds."""


@dataclass
class Budget:
    """What one render may still spend."""

    deadline: float
    max_chars: int
    iterations: int = 0
    depth: int = 0
    loads: int = 0

    def tick(self) -> None:
        if time.monotonic() > self.deadline:
            raise TemplateLimitError("time limit reached")

    def size(self, value: object, what: str = "value") -> None:
        """Refuse a value whose text would exceed the size cap."""
        if approx_chars(value, self.max_chars) > self.max_chars:
            raise TemplateLimitError(f"{what} over {self.max_chars} characters")

    def chars(self, count: int, what: str) -> None:
        if count > self.max_chars:
            raise TemplateLimitError(f"{what} over {self.max_chars} characters")


_BUDGET: contextvars.ContextVar[Budget | None] = contextvars.ContextVar(
    "newswatch_template_budget", default=None
)


@contextmanager
def budget(seconds: float, max_chars: int) -> Iterator[Budget]:
    """Bounds for the renders made inside the block (in this thread only)."""
    current = Budget(deadline=time.monotonic() + seconds, max_chars=max_chars)
    token = _BUDGET.set(current)
    try:
        yield current
    finally:
        _BUDGET.reset(token)


def _active() -> Budget | None:
    found = _BUDGET.get()
    if found is not None:
        found.tick()
    return found


def approx_chars(value: object, cap: int) -> int:
    """About how many characters `value` prints as; stops counting soon after `cap`."""
    total = 0
    stack: list[object] = [value]
    while stack and total <= cap:
        item = stack.pop()
        if isinstance(item, str | bytes):
            total += len(item)
        elif isinstance(item, bool) or item is None:
            total += 5
        elif isinstance(item, int):
            total += item.bit_length() // 3 + 1
        elif isinstance(item, range):  # prints as "range(a, b)"
            total += 24
        elif isinstance(item, Mapping):
            total += 2 * len(item) + 2
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            total += 2 * len(item) + 2
            stack.extend(item)
        else:  # floats, models from the alert, undefined values: short or bounded by input
            total += 32
    return total


def _int_args(args: Iterable[object], cap: int, what: str) -> None:
    for arg in args:
        if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > cap:
            raise TemplateLimitError(f"{what}: a number argument over {cap}")


def _check_printf(spec: str, args: object, budget: Budget) -> None:
    """`spec % args`: no width or precision above the cap, arguments sized."""
    for number in _NUMBER.findall(spec):
        if len(number) > 9 or int(number) > budget.max_chars:
            raise TemplateLimitError("format width over the size cap")
    values = args if isinstance(args, tuple) else (args,)
    if _PRINTF_STAR.search(spec):
        _int_args(values, budget.max_chars, "format width")
    budget.size(values, "format arguments")
    fields = spec.count("%")  # a mapping's value may be printed by every field
    budget.chars(len(spec) + fields * approx_chars(values, budget.max_chars), "formatted text")


def _check_format_string(spec: str, args: object, budget: Budget) -> None:
    """`spec.format(...)`: no width in a field's format spec above the cap, and every field
    printing the largest argument still within it."""
    fields = 0
    for _, field_name, field_spec, _ in string.Formatter().parse(spec):
        fields += field_name is not None
        for number in _NUMBER.findall(field_spec or ""):
            if len(number) > 9 or int(number) > budget.max_chars:
                raise TemplateLimitError("format width over the size cap")
    if "{" in spec:
        _int_args(_flatten(args), budget.max_chars, "format width")
    budget.size(args, "format arguments")
    budget.chars(len(spec) + fields * approx_chars(args, budget.max_chars), "formatted text")


def _flatten(args: object) -> list[object]:
    if isinstance(args, tuple | list):
        return list(args)
    if isinstance(args, Mapping):
        return list(args.values())
    return [args]


def _check_binop(op: str, left: Any, right: Any, budget: Budget) -> None:
    if op == "**":
        _check_power(left, right)
    elif op == "*":
        _check_product(left, right, budget)
    elif op == "%" and isinstance(left, str):
        _check_printf(left, right, budget)
    elif op == "+" and not (isinstance(left, int | float) and isinstance(right, int | float)):
        budget.size(left)
        budget.size(right)
        total = approx_chars(left, budget.max_chars) + approx_chars(right, budget.max_chars)
        budget.chars(total, "joined value")


def _check_power(base: Any, exponent: Any) -> None:
    if not (isinstance(base, int) and isinstance(exponent, int)):
        return
    if exponent <= 0 or abs(base) <= 1:
        return
    if base.bit_length() * exponent > MAX_INT_BITS:
        raise TemplateLimitError(f"power over {MAX_INT_BITS} bits")


def _check_product(left: Any, right: Any, budget: Budget) -> None:
    if isinstance(left, int) and isinstance(right, int):
        if left.bit_length() + right.bit_length() > MAX_INT_BITS:
            raise TemplateLimitError(f"product over {MAX_INT_BITS} bits")
        return
    count, sequence = (right, left) if isinstance(right, int) else (left, right)
    if isinstance(count, int) and isinstance(sequence, str | bytes | list | tuple):
        if count <= 0:
            return
        per_copy = (
            len(sequence)
            if isinstance(sequence, str | bytes)
            else approx_chars(sequence, budget.max_chars)
        )
        if count > budget.max_chars or per_copy * count > budget.max_chars:
            raise TemplateLimitError(f"repetition over {budget.max_chars} characters")


# Text codecs run in pure Python (punycode and idna are quadratic): not for templates.
_CODEC_METHODS = frozenset({"encode", "decode"})
# Methods whose integer arguments set the size of their result.
_WIDTH_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})


def _check_call(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any], budget: Budget) -> None:
    """Size the result of a built-in method before it runs: no size argument over the cap
    (`int.to_bytes(n)`, `str.center(n)`), and str/bytes methods that multiply text sized."""
    if isinstance(obj, types.BuiltinFunctionType | types.BuiltinMethodType):
        _int_args([*args, *kwargs.values()], budget.max_chars, "method")
    owner = getattr(obj, "__self__", None)
    name = getattr(obj, "__name__", "")
    if not isinstance(owner, str | bytes):
        return
    if name in _WIDTH_METHODS:
        width = max([0, *(a for a in (*args, *kwargs.values()) if isinstance(a, int))])
        factor = _occurrences(owner, "\t") + 1 if name == "expandtabs" else 1
        budget.chars(len(owner) + width * factor, f"str.{name}")
    elif name == "replace" and args:
        _check_replace(owner, args[0], args[1] if len(args) > 1 else "", budget)
    elif name == "join" and args:
        _check_join(owner, args[0], budget)
    elif name == "translate" and args and isinstance(args[0], Mapping):
        longest = max((approx_chars(v, budget.max_chars) for v in args[0].values()), default=1)
        budget.chars(len(owner) * longest, "translated text")


def _occurrences(text: str | bytes, part: str | bytes) -> int:
    if isinstance(text, str) and isinstance(part, str):
        return text.count(part)
    if isinstance(text, bytes) and isinstance(part, bytes):
        return text.count(part)
    if isinstance(text, bytes):
        return text.count(b"\t") if part == "\t" else 0
    return 0


def _check_replace(text: object, old: object, new: object, budget: Budget) -> None:
    if not (isinstance(text, str | bytes) and isinstance(old, str | bytes)):
        return
    if not isinstance(new, str | bytes):
        return
    hits = _occurrences(text, old) if old else len(text) + 1
    budget.chars(len(text) + hits * max(0, len(new) - len(old)), "replaced text")


def _check_join(separator: str | bytes, items: object, budget: Budget) -> None:
    if isinstance(items, str | list | tuple | range | Mapping):
        count = len(items)
        budget.size(items, "joined items")
        digits = len(str(max(abs(items.start), abs(items.stop)))) if isinstance(items, range) else 0
        budget.chars(count * (len(separator) + digits), "joined text")


def _bounded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that checks the clock, sizes its input and arguments, and its result.

    The wrapper takes the render context (as a `pass_context` filter) so Jinja never runs it
    at compile time on constant arguments, where no budget would apply.
    """
    passes = _PassArg.from_obj(function)

    @pass_context
    @wraps(function)
    def bounded(context: Context, *args: Any, **kwargs: Any) -> Any:
        budget = _active()
        if budget is not None:
            args = _checked_filter_args(name, args, kwargs, budget)
        result = function(*_passed(passes, context), *args, **kwargs)
        if budget is not None:
            budget.size(result, f"result of filter {name}")
        return result

    return bounded


def _passed(passes: _PassArg | None, context: Context) -> tuple[Any, ...]:
    if passes is _PassArg.context:
        return (context,)
    if passes is _PassArg.eval_context:
        return (context.eval_ctx,)
    if passes is _PassArg.environment:
        return (context.environment,)
    return ()


def _checked_filter_args(
    name: str, args: tuple[Any, ...], kwargs: dict[str, Any], budget: Budget
) -> tuple[Any, ...]:
    if args and _lazy(args[0]):
        items = _sized(args[0], budget, f"items for filter {name}")
        args = (list(items) if name == "join" else items, *args[1:])
    budget.size(args[:1], f"input of filter {name}")
    _int_args([*args[1:], *kwargs.values()], budget.max_chars, f"filter {name}")
    if name in _MULTIPLYING_FILTERS and args:
        _check_filter(name, list(args), kwargs, budget)
    return args


# Filters whose output can be a multiple of their input: sized before they run.
_MULTIPLYING_FILTERS = frozenset({"join", "replace", "format", "wordwrap", "indent", "tojson"})


def _lazy(value: object) -> bool:
    """A generator (from `map`, `select`, `batch`…): its items are only made when consumed."""
    return isinstance(value, Iterator)


def _sized(items: Iterator[Any], budget: Budget, what: str) -> Iterator[Any]:
    """A generator's items, refused once together they exceed the size cap, so whatever
    collects them (`list`, `join`, `dict()`, `loop.length`) stays within it."""
    total = 0
    for item in items:
        budget.tick()
        total += approx_chars(item, budget.max_chars) + 1
        budget.chars(total, what)
        yield item


def _bounded_argument(value: Any, budget: Budget) -> Any:
    return _sized(value, budget, "call argument") if _lazy(value) else value


def _check_filter(name: str, values: list[Any], kwargs: dict[str, Any], budget: Budget) -> None:
    value = values[0]
    if name == "join":
        separator = values[1] if len(values) > 1 else kwargs.get("d", "")
        _check_join(str(separator), value, budget)
    elif name == "replace" and len(values) >= 3:
        _check_replace(str(value), values[1], values[2], budget)
    elif name == "format":
        _check_printf(str(value), tuple(values[1:]) or dict(kwargs), budget)
    else:
        _check_layout(name, values, kwargs, budget)


def _check_layout(name: str, values: list[Any], kwargs: dict[str, Any], budget: Budget) -> None:
    """wordwrap, indent and tojson add a string or indentation per line: sized per line."""
    size = approx_chars(values[0], budget.max_chars)
    options = [*values[1:], *kwargs.values()]
    if name == "tojson":
        indent = next((o for o in options if isinstance(o, int)), 0)
        budget.chars(size * (1 + indent), "filter tojson")
        return
    added = max([1, *(approx_chars(o, budget.max_chars) for o in options if isinstance(o, str))])
    if name == "indent":
        added = max(added, *(o for o in options if isinstance(o, int)), 1)
    lines = size if name == "wordwrap" else str(values[0]).count("\n") + 1
    budget.chars(size + lines * added, f"filter {name}")


@pass_context
def _bounded_iter(context: Context, iterable: Any) -> Any:
    """A `for` loop's iterable, counting iterations and checking the clock on each."""
    budget = _BUDGET.get()
    if budget is None:
        return iterable
    if _lazy(iterable):
        iterable = _sized(iterable, budget, "items of a loop")
    return _counted(iterable)


def _counted(iterable: Any) -> Iterator[Any]:
    for item in iterable:
        budget = _active()
        if budget is not None:
            budget.iterations += 1
            if budget.iterations > MAX_LOOP_ITERATIONS:
                raise TemplateLimitError(f"over {MAX_LOOP_ITERATIONS} loop iterations")
        yield item


@pass_context
def _bounded_value(context: Context, value: Any) -> Any:
    """A `{{ … }}` value, sized before it is turned into text."""
    budget = _active()
    if budget is not None:
        budget.size(value, "printed value")
    return value


@pass_context
def _bounded_concat(context: Context, pieces: tuple[Any, ...]) -> Any:
    """`a ~ b`: the pieces sized together before they are joined."""
    budget = _active()
    if budget is not None:
        budget.size(pieces, "concatenation")
    if context.eval_ctx.autoescape:
        return markup_join(pieces)
    return str_join(pieces)


def bounded_concat(parts: Iterable[str]) -> str:
    """Jinja's join of an output buffer, refused before it grows over the size cap."""
    budget = _active()
    if budget is None:
        return "".join(parts)
    collected: list[str] = []
    total = 0
    for part in parts:
        total += len(part)
        budget.chars(total, "captured output")
        collected.append(part)
    return "".join(collected)


class _BoundLoops(NodeTransformer):
    """Parse-time rewrite: loop iterables counted, printed values sized, `~` joins sized."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = _filter(node.iter, ITER_FILTER)
        return node

    def visit_Output(self, node: nodes.Output) -> nodes.Node:
        self.generic_visit(node)
        node.nodes = [
            n if isinstance(n, nodes.TemplateData) else _filter(n, VALUE_FILTER) for n in node.nodes
        ]
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        pieces = nodes.Tuple(list(node.nodes), "load", lineno=node.lineno)
        return _filter(pieces, CONCAT_FILTER)


def _filter(node: nodes.Node, name: str) -> nodes.Filter:
    return nodes.Filter(node, name, [], [], None, None, lineno=node.lineno)


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox, with every repeatable or growing operation checked against the budget."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.globals.pop("lipsum", None)  # lipsum(n) builds n paragraphs in one call
        self.filters = {
            name: _bounded_filter(name, function) for name, function in self.filters.items()
        }
        self.filters[ITER_FILTER] = _bounded_iter
        self.filters[VALUE_FILTER] = _bounded_value
        self.filters[CONCAT_FILTER] = _bounded_concat
        self.concat = bounded_concat  # type: ignore[method-assign]

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        bound = _BoundLoops().visit(tree)
        assert isinstance(bound, nodes.Template)
        return bound

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if attr in _CODEC_METHODS and isinstance(obj, str | bytes | bytearray):
            return False  # codecs such as punycode take minutes on one crafted string
        return bool(super().is_safe_attribute(obj, attr, value))

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        budget = _active()
        if budget is not None:
            _check_binop(operator, left, right, budget)
        return super().call_binop(context, operator, left, right)

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        budget = _active()
        if budget is None:
            return super().call(context, obj, *args, **kwargs)
        args = tuple(_sized(a, budget, "call argument") if _lazy(a) else a for a in args)
        kwargs = {
            k: _sized(v, budget, "call argument") if _lazy(v) else v for k, v in kwargs.items()
        }
        _check_call(obj, args, kwargs, budget)
        budget.depth += 1
        try:
            if budget.depth > MAX_CALL_DEPTH:
                raise TemplateLimitError(f"calls nested over {MAX_CALL_DEPTH} deep")
            result = super().call(context, obj, *args, **kwargs)
        finally:
            budget.depth -= 1
        budget.size(result, "call result")
        return result

    def getattr(self, obj: Any, attribute: str) -> Any:
        _active()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        _active()
        return super().getitem(obj, argument)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        spec = str(value.__self__)
        inner = wrapped

        @wraps(inner)
        def checked(*args: Any, **kwargs: Any) -> str:
            budget = _active()
            if budget is not None:
                _check_format_string(spec, (*args, *kwargs.values()), budget)
            return inner(*args, **kwargs)

        return checked

    def _load_template(self, name: str, globals: Any) -> jinja2.Template:
        budget = _active()
        if budget is not None:
            budget.loads += 1
            if budget.loads > MAX_TEMPLATE_LOADS:
                raise TemplateLimitError(f"over {MAX_TEMPLATE_LOADS} templates loaded")
        return super()._load_template(name, globals)


def render_bounded(
    template: jinja2.Template, variables: Mapping[str, Any], seconds: float, max_chars: int
) -> str:
    """The template's output, or TemplateLimitError (or the template's own error)."""
    with budget(seconds, max_chars) as spent:
        pieces: list[str] = []
        total = 0
        for chunk in template.generate(variables):
            total += len(chunk)
            spent.chars(total, "output")
            spent.tick()
            pieces.append(chunk)
        return "".join(pieces)


def finite(seconds: float) -> float:
    """A usable time limit (no NaN or infinity from a setting)."""
    return seconds if math.isfinite(seconds) and seconds > 0 else DEFAULT_SECONDS
