"""A rule's index plan straight from its syntax tree, each distinct leaf planned once.

Gives what :func:`keys.index_plan` gives for the compiled rule (the same conjunctions, the
same estimated shares), without building the rule's AND/OR/NEAR/NOT matchers: a rules file
of 225,000 rules is planned when loaded and its matchers are compiled only later, for the
rules an article makes candidates. Realistic rules share names, places and topics, so a
leaf (a term, phrase or wildcard with its options) is planned once per process, and the
processes checking a folder's files together hand each other the leaves they planned
(:func:`planned_leaves`, :func:`adopt_leaves`): a popular name is planned once, not by each.
"""

from __future__ import annotations

from .compiler import compile_node, name_particles
from .keys import Choice, Plan, conjoin, index_choice, intern_key, union
from .names.forms import EXACT
from .nodes import DEFAULT_FIELDS, Alias, And, Field, Near, Node, Not, Or, Phrase, Term, Wildcard

MAX_LEAF_CHOICES = 200_000  # bounded across reloads (then planned again: same result)
LeafKey = tuple[str | bool | int | tuple[str, ...] | None, ...]  # plain values (marshal)
_LEAVES: dict[LeafKey, Choice | None] = {}
# Planned here since planned_leaves() last ran (None: not asked yet, nothing kept).
_NEW: list[tuple[LeafKey, Choice | None]] | None = None
_KIND = {Term: "t", Phrase: "p"}

# A leaf's options: (stemming, fields, names); a Field node narrows fields.
Options = tuple[bool, tuple[str, ...], str]


def tree_plan(root: Node, *, stemming: bool, names: str) -> Plan | None:
    """The index plan of the rule whose query is ``root`` (None: it cannot be keyed)."""
    choice = _choice(root, (stemming, DEFAULT_FIELDS, names))
    return None if choice is None else choice[0]


def keyable(root: Node, *, stemming: bool) -> bool:
    """Whether the rule can be filed in the index at all, as :func:`tree_plan` finds under
    any name policy (a policy changes a term's keys, never whether it has some), without
    working out any name's keys: what a check that plans nothing needs to know."""
    return tree_plan(root, stemming=stemming, names=EXACT) is not None


def _choice(node: Node, options: Options) -> Choice | None:
    if isinstance(node, Term | Phrase | Wildcard):
        return _leaf(node, options)
    if isinstance(node, And):
        particles = name_particles(node.items, options[2])  # left out, as the compiler does
        items = [item for k, item in enumerate(node.items) if k not in particles]
        return conjoin([_choice(item, options) for item in items])
    if isinstance(node, Or | Alias):
        return union([_choice(item, options) for item in node.items])
    if isinstance(node, Field):
        return _choice(node.item, (options[0], (node.name,), options[2]))
    if isinstance(node, Near):
        return conjoin([_choice(node.left, options), _choice(node.right, options)])
    assert isinstance(node, Not)
    return None  # an article without the word matches: no key is required


def _leaf(node: Term | Phrase | Wildcard, options: Options) -> Choice | None:
    """The leaf's choice, as its shared compiled matcher is planned (once per process)."""
    if isinstance(node, Wildcard):
        key: LeafKey = ("*", node.pattern, options[1])
    else:
        slop = node.slop if isinstance(node, Phrase) else None
        key = (_KIND[type(node)], node.text, node.case_sensitive, slop, *options)
    if key in _LEAVES:
        return _LEAVES[key]
    if len(_LEAVES) >= MAX_LEAF_CHOICES:
        _LEAVES.clear()
    stemming, fields, names = options
    matcher = compile_node(node, stemming=stemming, fields=fields, names=names)
    found = _LEAVES[key] = index_choice(matcher)
    if _NEW is not None and len(_NEW) < MAX_LEAF_CHOICES:
        _NEW.append((key, found))
    return found


def planned_leaves() -> list[tuple[LeafKey, Choice | None]]:
    """The leaves this process planned since it was last asked (plain values: marshal);
    the first call starts keeping them (a process that never asks keeps none)."""
    global _NEW
    found, _NEW = _NEW or [], []
    return found


def adopt_leaves(leaves: list[tuple[LeafKey, Choice | None]]) -> None:
    """Take the leaves another process planned (with the same code: the same choices) as if
    planned here; their keys shared with this process's own (see keys.intern_key)."""
    for key, choice in leaves:
        if key in _LEAVES or len(_LEAVES) >= MAX_LEAF_CHOICES:
            continue
        if choice is not None:
            plan = tuple(tuple(intern_key(k) for k in conj) for conj in choice[0])
            choice = plan, choice[1]
        _LEAVES[key] = choice
