"""Index keys: for each compiled rule, the conjunctions of keys any matching article holds.

A key is (kind, value): ``w`` a folded word of the title/body, ``s`` a title/body word to
compare by stem, ``p`` a prefix bucket (first 1-3 letters of a wildcard's literal prefix),
``f`` a ``field:word`` of source/lang/url (and, in the rule index, of the title for a
``title:`` term), ``n`` a name key of a title/body word (the same name in another script,
spelling or case: :mod:`workers.query.names`), ``g`` a name group (a name word with all its
name keys: held when the article holds any; used by the rule index, see
:func:`index_plan`), ``h`` a name group held in the title (a ``title:`` name term: a name
in thousands of articles' bodies is in few of their titles). Another kind is one
more letter here, one more table in the index and one more set in
:class:`workers.query.index.ArticleKeys`.

A rule's *plan* is a tuple of conjunctions: every article the rule matches holds every key of
at least one conjunction. ``None`` means the rule cannot be keyed (it can match without any
positive word, e.g. ``NOT x``, or ``*ism``) and must always be evaluated.

This is Luwak's term-filtered, multi-term presearcher: for AND (and NEAR) the two children
least likely to be present are combined, so ``"Vladimir Putin" AND sanctions`` needs all
three words, not just ``putin`` shared by thousands of rules; OR needs every branch. Without
corpus statistics, likelihood is estimated from the query text: words written capitalised
(names, places) are rare, lower-case topic words common, stop words very common, short
wildcard prefixes and source/lang/url values match much of the stream. The index then files
each conjunction under the key that the fewest rules share (rule-term statistics).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import lru_cache

from . import matchers as m
from .names.forms import HeldKeys
from .names.matcher import NameWords
from .nodes import DEFAULT_FIELDS
from .text import fold

Key = tuple[str, str]
Conjunction = tuple[Key, ...]  # every key is in a matching article (rarest-looking first)
Plan = tuple[Conjunction, ...]  # at least one conjunction holds
Choice = tuple[Plan, float]  # plan, and the estimated share of articles it lets through
Keys = frozenset[Key]
BUCKET = 3  # letters of a wildcard prefix used as its key
MAX_ALTERNATIVES = 16  # conjunctions of one AND's refined plan (else the simpler plan)
MAX_KEYS = 3  # keys of one conjunction (dropping a key only weakens the filter)

_COMMON_WORDS = """a an and are as at be been but by for from had has have he her his i in is it
    its more new not of on or our out over said says she than that the their them there they
    this to up was we were what when which who will with would year years you after about
    also all people one two government president minister country state police news"""
COMMON = frozenset(_COMMON_WORDS.split())
_BUCKET_SHARE = {1: 0.95, 2: 0.7, 3: 0.4}


Leaf = m.Words | NameWords | m.Wildcard
LeafChoice = Callable[[Leaf], "Choice | None"]


def key_plan(matcher: m.Matcher) -> Plan | None:
    """Conjunctions of keys of which every article matching ``matcher`` holds one whole
    (a name word: itself or one of its name keys, one conjunction per way)."""
    choice = _choose(matcher, _filter_leaf)
    return None if choice is None else choice[0]


def index_choice(matcher: m.Matcher) -> Choice | None:
    """The plan :func:`index_plan` gives ``matcher``, with its estimated share of articles."""
    return _choose(matcher, _index_leaf)


def index_plan(matcher: m.Matcher) -> Plan | None:
    """:func:`key_plan` for the rule index: a name word is one ``g`` key (its name group,
    see :func:`group_key`) instead of one conjunction per name key, so a name combines with
    a topic word (``Putin AND sanctions`` needs both) and a rule is filed a few times, not
    once per spelling, script and case of its name."""
    choice = index_choice(matcher)
    return None if choice is None else choice[0]


GROUP_SEP = "\x1f"  # between a name group's word and its name keys


@lru_cache(maxsize=1024)
def group_key(word: str, name_keys: HeldKeys, kind: str = "g") -> Key:
    """The ``g`` key of a name word: held by an article holding ``word`` or any of
    ``name_keys`` (the index reads both back with :func:`group_parts`); kind ``h``: held in
    its title. Remembered for a while: a first name is a word of thousands of name terms
    (its keys one shared set)."""
    return intern_key((kind, GROUP_SEP.join([word, *sorted(name_keys)])))


def group_parts(value: str) -> tuple[str, list[str]]:
    """The word and the name keys of a ``g`` key's value."""
    word, *name_keys = value.split(GROUP_SEP)
    return word, name_keys


def required_keys(matcher: m.Matcher) -> Keys | None:
    """The keys of the plan's conjunctions (any article matching holds at least one), with
    a name word's own name keys (``n``: what the archive's word filter holds)."""
    choice = _choose(matcher, _filter_leaf)
    return None if choice is None else frozenset(k for conj in choice[0] for k in conj)


def _choose(matcher: m.Matcher, leaf: LeafChoice) -> Choice | None:
    if isinstance(matcher, m.Never):
        return (), 0.0
    if isinstance(matcher, Leaf):
        return leaf(matcher)
    if isinstance(matcher, m.OrMatcher):
        return union([_choose(i, leaf) for i in matcher.items])
    if isinstance(matcher, m.AndMatcher):
        return conjoin([_choose(i, leaf) for i in matcher.items])
    if isinstance(matcher, m.NearMatcher):
        return conjoin([_choose(matcher.left, leaf), _choose(matcher.right, leaf)])
    return None  # NOT, or a matcher type this module does not know


# Leaf choices per matcher object (held, so an id is never reused while cached): the compiler
# shares one matcher per distinct leaf, so a term many rules write is keyed once.
@lru_cache(maxsize=200_000)
def _index_leaf(matcher: Leaf) -> Choice | None:
    if isinstance(matcher, NameWords):
        return _name_groups(matcher)
    if isinstance(matcher, m.Words) and _title_only(matcher):
        return _word_keys(matcher, title=True)
    return _filter_leaf(matcher)


TITLE = "title"


def _title_only(matcher: m.Words | NameWords) -> bool:
    """A ``title:`` term the index files by title keys (stems are compared per language:
    those keep their plain keys)."""
    return matcher.fields == (TITLE,) and matcher.mode != m.STEM


@lru_cache(maxsize=20_000)
def _filter_leaf(matcher: Leaf) -> Choice | None:
    if isinstance(matcher, m.Words):
        return _word_keys(matcher)
    if isinstance(matcher, NameWords):
        return _name_keys(matcher, _name_ways)
    return _wildcard_keys(matcher)


def _word_keys(matcher: m.Words, *, title: bool = False) -> Choice:
    """Every word of a phrase is required, in the field(s) searched (``title``: as a
    ``title:word`` key, held by the few words of the title, for the rule index)."""
    kind = "s" if matcher.mode == m.STEM else "w"
    scoped = any(f not in DEFAULT_FIELDS for f in matcher.fields)
    options: list[tuple[float, Key]] = []
    for word, proper in zip(matcher.words, matcher.proper, strict=True):
        folded = fold(word)
        keys = {
            (kind, folded) if f in DEFAULT_FIELDS and not title else ("f", f"{f}:{folded}")
            for f in matcher.fields
        }
        share = max(0.5 if scoped else 0.0, word_share(folded, proper))
        if len(keys) > 1:  # several scoped fields: the word is in one of them
            return tuple((k,) for k in sorted(keys)), min(1.0, share * len(keys))
        options.append((share, intern_key(keys.pop())))
    options = sorted(set(options))
    shares = [s for s, _ in options]
    return (tuple(k for _, k in options[:MAX_KEYS]),), _joint_share(shares)


def _joint_share(shares: list[float]) -> float:
    """Share of articles holding all: the rarest, discounted (words of a name correlate)."""
    if not shares:
        return 1.0
    joint = shares[0]
    for share in shares[1:]:
        joint *= share**0.5
    return joint


def _name_keys(matcher: NameWords, ways: Callable[[str, str, HeldKeys], Plan]) -> Choice:
    """A word of a name term is found as itself or through one of its name keys: one
    conjunction per way, of the word the least likely to be present."""
    kind = "s" if matcher.mode == m.STEM else "w"
    options: list[tuple[str, HeldKeys, float]] = [
        (word, name_keys, word_share(word, bool(name_keys)))
        for word, name_keys in matcher.index_options()
    ]
    word, name_keys, share = min(options, key=lambda o: o[2])
    return ways(kind, word, name_keys), share


@lru_cache(maxsize=20_000)
def _name_ways(kind: str, word: str, name_keys: HeldKeys) -> Plan:
    """One conjunction per way a name word is found (the phrases of a name share it)."""
    known = _NAME_KEYS.get
    ways = [intern_key((kind, word)), *(known(k) or _name_key(k) for k in sorted(name_keys))]
    return tuple((k,) for k in ways)


def _name_key(value: str) -> Key:
    """The shared ``("n", value)`` key (name keys are most of a large rule set's keys)."""
    found = _NAME_KEYS[value] = ("n", sys.intern(value))
    if len(_NAME_KEYS) >= _MAX_INTERNED:
        _NAME_KEYS.clear()
    return found


def _name_groups(matcher: NameWords) -> Choice:
    """Every word of a name term is required, each as itself or through its name keys:
    one conjunction of the words' group keys (a word without name keys: its plain key)."""
    if matcher.mode == m.STEM:
        return _name_keys(matcher, _name_ways)  # stems are compared per language: the plain plan
    title = _title_only(matcher)  # in the title: its title keys (few articles hold them)
    options: list[tuple[float, Key]] = []
    for word, name_keys in matcher.index_options():
        if title:
            key = group_key(word, name_keys, "h") if name_keys else ("f", f"{TITLE}:{word}")
        else:
            key = group_key(word, name_keys) if name_keys else ("w", word)
        options.append((word_share(word, bool(name_keys)), intern_key(key)))
    options = sorted(set(options))
    shares = [s for s, _ in options]
    return (tuple(k for _, k in options[:MAX_KEYS]),), _joint_share(shares)


def word_share(word: str, proper: bool) -> float:
    """Estimated share of articles containing ``word``."""
    if word in COMMON:
        return 0.6
    scale = 8.0 / max(len(word), 2)
    if word.isdigit():
        return 0.1 * scale
    return (0.002 if proper else 0.05) * scale


def _wildcard_keys(matcher: m.Wildcard) -> Choice | None:
    if not matcher.prefix or any(f not in DEFAULT_FIELDS for f in matcher.fields):
        return None
    bucket = matcher.prefix[:BUCKET]
    return ((intern_key(("p", bucket)),),), _BUCKET_SHARE[len(bucket)]


def union(options: list[Choice | None]) -> Choice | None:
    """Any option's conjunctions (None if one cannot be keyed); their shares added."""
    plan: dict[Conjunction, None] = {}
    share = 0.0
    for option in options:
        if option is None:
            return None
        plan.update(dict.fromkeys(option[0]))
        share += option[1]
    return tuple(plan), min(share, 1.0)


def conjoin(options: list[Choice | None]) -> Choice | None:
    """The two rarest children's plans combined (every pair of their conjunctions)."""
    usable = [o for o in options if o is not None]
    if len(usable) == 2:  # most ANDs and NEARs: the stable sort below, by hand
        if usable[1][1] < usable[0][1]:
            usable.reverse()
    else:
        usable.sort(key=_share)
    if not usable:
        return None
    best = usable[0]
    if len(usable) == 1 or not best[0]:
        return best
    second = usable[1]
    if not second[0] or len(best[0]) * len(second[0]) > MAX_ALTERNATIVES:
        return best
    plan = tuple(_merge(a, b) for a in best[0] for b in second[0])
    return tuple(dict.fromkeys(plan)), best[1] * second[1] ** 0.5


def _share(choice: Choice) -> float:
    return choice[1]


def _merge(first: Conjunction, second: Conjunction) -> Conjunction:
    merged = first + tuple(k for k in second if k not in first)
    return merged[:MAX_KEYS]


def intern_key(key: Key) -> Key:
    """One shared tuple per key: 225,000 rules share most of their keys."""
    found = _KEYS.get(key)
    if found is None:
        if len(_KEYS) >= _MAX_INTERNED:
            _KEYS.clear()  # bounded across reloads; older tuples stay valid, just unshared
        found = _KEYS[key] = (sys.intern(key[0]), sys.intern(key[1]))
    return found


_KEYS: dict[Key, Key] = {}
_NAME_KEYS: dict[str, Key] = {}
_MAX_INTERNED = 2_000_000
