"""Syntax tree -> matchers: text analysis of query terms and field scoping happen here, once."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from itertools import pairwise
from typing import cast

from . import matchers as m
from .glob import Glob
from .names.compile import PARTICLES, name_words, particles_before_a_name
from .names.forms import EXACT
from .nodes import DEFAULT_FIELDS, Alias, And, Field, Near, Node, Not, Or, Phrase, Term, Wildcard
from .text import fold, surfaces, words

_WILD_CHARS = re.compile(r"[*?]")
_NEVER = m.Never()  # one for every empty term or alias: what holds it can be shared too


def compile_node(
    node: Node,
    *,
    stemming: bool = False,
    fields: tuple[str, ...] = DEFAULT_FIELDS,
    names: str = EXACT,
    given: bool = False,
    lead: tuple[str, ...] = (),
) -> m.Matcher:
    """The matcher for ``node``; ``stemming`` applies to words in the title and body only;
    ``names`` is the name policy (exact, scripts, variants) of capitalised words there;
    ``given``: a term written as a given name (see :func:`given_names`); ``lead``: the
    particles written right before the term, left out of an AND (shown where an article
    writes them before the name: see :func:`name_particles`)."""
    if isinstance(node, Term | Phrase):
        return _term(node, stemming, fields, names, given, lead)
    if isinstance(node, Wildcard):
        return _TERMS.get(("*", node.pattern, fields), lambda: wildcard(node.pattern, fields))
    if isinstance(node, Field):
        return compile_node(node.item, stemming=stemming, fields=(node.name,), names=names)
    if isinstance(node, Near):
        left = compile_node(node.left, stemming=stemming, fields=fields, names=names)
        right = compile_node(node.right, stemming=stemming, fields=fields, names=names)
        key = ("near", left, right, node.distance, node.ordered)
        return _SHAPES.get(key, lambda: m.NearMatcher(left, right, node.distance, node.ordered))
    if isinstance(node, Not):
        item = compile_node(node.item, stemming=stemming, fields=fields, names=names)
        return _SHAPES.get(("not", item), lambda: m.NotMatcher(item))
    particles = name_particles(node.items, names) if isinstance(node, And) else frozenset()
    givens = given_names(node.items, particles) if isinstance(node, And) and names != EXACT else ()
    items = tuple(
        compile_node(
            i,
            stemming=stemming,
            fields=fields,
            names=names,
            given=k in givens,
            lead=_lead(node.items, particles, k) if particles else (),
        )
        for k, i in enumerate(node.items)
        if k not in particles
    )
    if isinstance(node, And):
        return _SHAPES.get(("and", *items), lambda: m.AndMatcher(items))
    assert isinstance(node, Or | Alias)
    live = tuple(i for i in items if not isinstance(i, m.Never))
    return _SHAPES.get(("or", *live), lambda: m.OrMatcher(live)) if live else _NEVER


class _SharedMatchers:
    """Matchers shared by key: made once, then handed to every rule that asks again.

    Bounded: when full it is emptied; matchers already handed out stay valid, just no longer
    shared with rules compiled later. Keys hold what they name (operands included), so an
    operand's id is never reused while it is a key."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._made: dict[tuple[object, ...], m.Matcher] = {}

    def get(self, key: tuple[object, ...], make: Callable[[], m.Matcher]) -> m.Matcher:
        found = self._made.get(key)
        if found is None:
            if len(self._made) >= self.limit:
                self._made.clear()
            found = self._made[key] = make()
        return found

    def release_unheld(self) -> int:
        """Drop the matchers only this table holds (no compiled rule, nor a shared matcher
        made of them, holds them any more); how many. A rule set's compiled rules are
        bounded (compiled.MAX_COMPILED_RULES), this table only by its limit: a worker that
        met every rule of 225,000 held every term's matcher and its names' keys. A rule
        compiled later makes a dropped one again. Beside other threads: a matcher handed
        out meanwhile stays valid, just no longer shared."""
        made = self._made
        probe: tuple[object, ...] = (_PROBE, object())  # this call's own
        made[probe] = m.Never()  # held by this table alone: the count that says "unheld"
        entries = list(made.items())
        counts = [sys.getrefcount(value) for _, value in entries]
        made.pop(probe, None)
        alone = next((c for (key, _), c in zip(entries, counts, strict=True) if key is probe), 0)
        dropped = 0
        for (key, value), count in zip(entries, counts, strict=True):
            if count <= alone and key is not probe and made.get(key) is value:
                del made[key]
                dropped += 1
        return dropped


_PROBE = "probe of release_unheld"


# One matcher per distinct term and options, shared by every rule holding the term: it is
# compiled once, held once, and its hits are found once per article (AnalyzedDocument.memo).
_TERMS = _SharedMatchers(limit=100_000)
# One matcher per distinct AND, OR, NOT or NEAR of the same (shared) operands: rules written
# alike (the same query in several teams' files) hold one matcher, so an article evaluates
# and explains it once (see rules.CompiledRule.match).
_SHAPES = _SharedMatchers(limit=100_000)


def release_unheld_matchers() -> int:
    """Drop the shared matchers no compiled rule holds (see _SharedMatchers.release_unheld):
    the shapes first, again until none is left (a shape's key holds its operands, among
    them shapes), then the terms; how many."""
    dropped = 0
    while True:
        found = _SHAPES.release_unheld()
        dropped += found
        if not found:
            return dropped + _TERMS.release_unheld()


_NO_PARTICLES: frozenset[int] = frozenset()


def name_particles(items: tuple[Node, ...], names: str) -> frozenset[int]:
    """Which of an AND's ``items`` are particles of a name under the name policy ``names``
    (none under ``exact``): a lower-case particle (see names.compile.PARTICLES) written
    right before a capitalised word, other particles between (``bin Salman``, ``von der
    Leyen``), left out as in a name term."""
    if names == EXACT or not any(isinstance(i, Term) and i.text in PARTICLES for i in items):
        return _NO_PARTICLES  # most ANDs: no particle word at all (planning asks for each)
    terms, nexts = _side_by_side(items)
    return frozenset(
        particles_before_a_name(
            [
                t is not None and nexts[k] and t.text.islower() and t.text in PARTICLES
                for k, t in enumerate(terms)
            ],
            [t is not None and t.text[:1].isupper() for t in terms],
        )
    )


def _lead(items: tuple[Node, ...], particles: frozenset[int], k: int) -> tuple[str, ...]:
    """The texts of the ``particles`` of an AND's ``items`` written right before item ``k``
    (``von der`` before ``Leyen``)."""
    first = k
    while first - 1 in particles:
        first -= 1
    return tuple(cast("Term", items[i]).text for i in range(first, k))


def given_names(items: tuple[Node, ...], particles: frozenset[int]) -> frozenset[int]:
    """Which of an AND's ``items`` are written as given names: a capitalised word written
    right before another, ``particles`` between (``Donald Trump``, ``Ursula von der Leyen``
    without quotes: a full name whose words may stand apart); its other spellings count
    before a capitalised word too, where a surname term's do not (see
    names.capitals.as_surnames)."""
    terms, nexts = _side_by_side(items)
    given = set()
    for k, t in enumerate(terms):
        if t is None or not t.text[:1].isupper() or not nexts[k]:
            continue
        after = k + 1
        while after in particles:
            after += 1
        if after < len(terms) and (found := terms[after]) and found.text[:1].isupper():
            given.add(k)
    return frozenset(given)


def _side_by_side(items: tuple[Node, ...]) -> tuple[list[Term | None], list[bool]]:
    """An AND's plain terms (None for other items), and whether each is written right
    before the next."""
    terms = [i if isinstance(i, Term) and not i.case_sensitive else None for i in items]
    return terms, [_next_to(a, b) for a, b in pairwise(terms)] + [False]


def _next_to(first: Term | None, second: Term | None) -> bool:
    """Whether two terms are written side by side, no operator between."""
    if first is None or second is None:
        return False
    return 0 < second.offset - (first.offset + len(first.text)) <= _NEXT_WORD


_NEXT_WORD = 2  # characters between two words written side by side (no operator between)


def _term(
    node: Term | Phrase,
    stemming: bool,
    fields: tuple[str, ...],
    names: str,
    given: bool,
    lead: tuple[str, ...] = (),
) -> m.Matcher:
    slop = node.slop if isinstance(node, Phrase) else None
    key = (type(node), node.text, node.case_sensitive, slop, stemming, fields, names, given, lead)

    def make() -> m.Matcher:
        found = _words(node.text, node.case_sensitive, slop, stemming, fields)
        return name_words(found, node.text, names, given, lead) if names != EXACT else found

    return _TERMS.get(key, make)


def _words(
    text: str, case: bool, slop: int | None, stemming: bool, fields: tuple[str, ...]
) -> m.Matcher:
    written = surfaces(text)
    found = tuple(written if case else words(text))
    if not found:
        return _NEVER
    if case:
        mode = m.CASE
    elif stemming and all(f in DEFAULT_FIELDS for f in fields):
        mode = m.STEM
    else:
        mode = m.PLAIN
    proper = tuple(w[:1].isupper() for w in written)
    return m.Words(found, fields, mode, slop, proper)


def wildcard(pattern: str, fields: tuple[str, ...]) -> m.Wildcard:
    """``terror*`` -> prefix scan; any other ``*``/``?`` pattern -> prefix scan plus a glob
    match in time linear in the word (no backtracking regex)."""
    folded = fold(pattern)
    prefix = _WILD_CHARS.split(folded, maxsplit=1)[0]
    rest = folded[len(prefix) :]
    if rest.strip("*") == "":
        return m.Wildcard(prefix, None, fields)
    return m.Wildcard(prefix, Glob(_squeeze_stars(folded)), fields)


def _squeeze_stars(pattern: str) -> str:
    """``a**b`` is ``a*b``."""
    while "**" in pattern:
        pattern = pattern.replace("**", "*")
    return pattern
