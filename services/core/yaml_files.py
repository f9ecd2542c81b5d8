"""Load user-edited YAML safely: size cap, no duplicate keys, no alias bombs, clear errors.

PyYAML silently keeps the last of duplicate keys, and aliases can expand to gigabytes when
walked, so both are refused here before pydantic validates the shape.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from services.core.errors import ConfigError

M = TypeVar("M", bound=BaseModel)

MAX_YAML_BYTES = 2 * 1024 * 1024
# From this many characters on, libyaml parses (the rules files of a large installation);
# smaller documents, and any document libyaml finds an error in, go through the pure-Python
# loader, whose messages are the ones users see.
FAST_YAML_CHARS = 64 * 1024
MAX_ALIASES = 100
# Nesting levels of collections: PyYAML composes and constructs recursively, so a deeper
# document would end in RecursionError instead of a positioned error.
MAX_YAML_DEPTH = 50


class _StrictMappings:
    """Mapping construction that refuses duplicate and non-scalar keys (both loaders)."""

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[attr-defined]
            if not isinstance(key, str | int | float | bool | None):
                raise yaml.constructor.ConstructorError(
                    None, None, "mapping keys must be plain values", key_node.start_mark
                )
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)  # type: ignore[misc]


class _StrictLoader(_StrictMappings, yaml.SafeLoader):
    """SafeLoader that refuses duplicate mapping keys, counts alias use, bounds nesting."""

    alias_count = 0
    depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        self.depth += 1
        try:
            if self.depth > MAX_YAML_DEPTH:
                event = self.peek_event()  # type: ignore[no-untyped-call]
                raise yaml.constructor.ConstructorError(
                    None, None, f"nested more than {MAX_YAML_DEPTH} levels deep", event.start_mark
                )
            return self._compose_counted(parent, index)
        finally:
            self.depth -= 1

    def _compose_counted(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self.alias_count += 1
            if self.alias_count > MAX_ALIASES:
                event = self.peek_event()  # type: ignore[no-untyped-call]
                raise yaml.constructor.ConstructorError(
                    None, None, f"more than {MAX_ALIASES} aliases", event.start_mark
                )
        return super().compose_node(parent, index)


class _StrictCLoader(_StrictMappings, yaml.CSafeLoader):
    """libyaml's parser and composer (several times faster: large rules files) with the same
    constructor checks. libyaml bounds nesting itself (1000 levels) and composes an alias as
    a reference, so depth and alias use are counted on the node graph before constructing."""


def _check_graph(root: yaml.Node) -> None:
    """Refuse what _StrictLoader refuses while composing: deep nesting, many aliases."""
    seen: set[int] = set()
    aliases = 0
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            aliases += 1
            if aliases > MAX_ALIASES:
                raise _graph_error(f"more than {MAX_ALIASES} aliases", node)
            continue
        seen.add(id(node))
        if depth > MAX_YAML_DEPTH:
            raise _graph_error(f"nested more than {MAX_YAML_DEPTH} levels deep", node)
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


class _Unusual(Exception):
    """A node :func:`_construct_plain` leaves to PyYAML's constructor."""


def _construct_plain(loader: Any, node: yaml.Node, seen: set[int], depth: int = 1) -> Any:
    """The data of an alias-free node graph of plain mappings, sequences and scalars, at
    most MAX_YAML_DEPTH deep, built in one pass without PyYAML's per-node generator machinery
    (a large rules file: several times faster). Scalars other than strings go through the
    loader's own constructor; anything else (an alias, deeper nesting, a merge key, a
    duplicate or non-scalar key, another collection tag) raises _Unusual and the caller
    checks and constructs the document the usual way, errors included."""
    if id(node) in seen or depth > MAX_YAML_DEPTH:
        raise _Unusual
    seen.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        return node.value if node.tag == _STR else loader.construct_object(node)
    if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ:
        return [_construct_plain(loader, item, seen, depth + 1) for item in node.value]
    if not isinstance(node, yaml.MappingNode) or node.tag != _MAP:
        raise _Unusual
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _MERGE:
            raise _Unusual
        key = _construct_plain(loader, key_node, seen, depth + 1)
        if key in mapping or not isinstance(key, str | int | float | bool | None):
            raise _Unusual
        mapping[key] = _construct_plain(loader, value_node, seen, depth + 1)
    return mapping


_MERGE = "tag:yaml.org,2002:merge"


def _graph_error(problem: str, node: yaml.Node) -> yaml.MarkedYAMLError:
    return yaml.constructor.ConstructorError(None, None, problem, node.start_mark)


def load_yaml_text(text: str, source: str) -> Any:
    """Parse YAML text; errors name `source:line:column`."""
    return load_yaml_nodes(text, source)[0]


def load_yaml_nodes(
    text: str, source: str, *, max_bytes: int = MAX_YAML_BYTES
) -> tuple[Any, yaml.Node | None]:
    """Parse YAML text into data and its node tree (each node has start/end marks).

    For files whose later checks should point at a line and column (the rules file: a query
    syntax error at offset k is reported inside the query's scalar). Same safety as
    `load_yaml_text`; the node is None for an empty document. ``max_bytes``: the size cap
    (the rules files have their own setting, NEWSWATCH_RULES_MAX_BYTES).
    """
    if len(text) > max_bytes or len(text.encode()) > max_bytes:
        raise ConfigError(f"{source}: larger than {max_bytes} bytes")
    if len(text) >= FAST_YAML_CHARS and yaml.__with_libyaml__:
        try:
            return _load_with(_StrictCLoader(text), source, graph_checked=True)
        except ConfigError:
            pass  # say it as the pure-Python loader does (its messages are the documented ones)
    return _load_with(_StrictLoader(text), source, graph_checked=False)


def _load_with(loader: Any, source: str, *, graph_checked: bool) -> tuple[Any, yaml.Node | None]:
    """Compose, check and construct one document; YAML errors as ConfigError at file:line:col."""
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        if graph_checked:
            try:
                return _construct_plain(loader, node, set()), node
            except _Unusual:
                _check_graph(node)  # then constructed below, as any document is
        return loader.construct_document(node), node
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else source
        raise ConfigError(f"{where}: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: {exc}") from None
    finally:
        loader.dispose()


def load_yaml_file(path: Path) -> Any:
    """Read and parse one YAML file."""
    try:
        if path.stat().st_size > MAX_YAML_BYTES:
            raise ConfigError(f"{path}: larger than {MAX_YAML_BYTES} bytes")
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    return load_yaml_text(text, str(path))


def validation_message(source: str, exc: ValidationError) -> str:
    """One readable line per pydantic error, without echoing input values."""
    parts = []
    for err in exc.errors(include_input=False, include_url=False):
        loc = ".".join(str(p) for p in err["loc"]) or "(top level)"
        parts.append(f"{source}: {loc}: {err['msg']}")
    return "\n".join(parts)


def load_model(path: Path, model: type[M]) -> M:
    """Load a YAML file into a pydantic model, with errors that name the file and field."""
    data = load_yaml_file(path)
    try:
        return model.model_validate(data if data is not None else {})
    except ValidationError as exc:
        raise ConfigError(validation_message(str(path), exc)) from None
