"""Index keys: for each compiled rule, a set of keys of which any matching article has one.

A key is (kind, value): ``w`` a folded word of the title/body, ``s`` a title/body word to
compare by stem, ``p`` a prefix bucket (first 1-3 letters of a wildcard's literal prefix),
``f`` a ``field:word`` of source/lang/url. ``None`` means the rule cannot be keyed (it can
match without any positive word, e.g. ``NOT x``, or ``*ism``) and must always be evaluated.

For AND the keys of the child most likely to be absent suffice; OR needs every branch's keys.
Without corpus statistics, likelihood is estimated from the query text: words written
capitalised (names, places) are rare, lower-case topic words common, stop words very common,
short wildcard prefixes and source/lang/url values match much of the stream.
"""

from __future__ import annotations

from . import matchers as m
from .names.matcher import NameWords
from .nodes import DEFAULT_FIELDS
from .text import fold

Key = tuple[str, str]
Keys = frozenset[Key]
Choice = tuple[Keys, float]  # keys, and the estimated share of articles holding one of them
BUCKET = 3  # letters of a wildcard prefix used as its key

_COMMON_WORDS = """a an and are as at be been but by for from had has have he her his i in is it
    its more new not of on or our out over said says she than that the their them there they
    this to up was we were what when which who will with would year years you after about
    also all people one two government president minister country state police news"""
COMMON = frozenset(_COMMON_WORDS.split())
_BUCKET_SHARE = {1: 0.95, 2: 0.7, 3: 0.4}


def required_keys(matcher: m.Matcher) -> Keys | None:
    """Keys of which every article matching ``matcher`` contains at least one."""
    choice = _choose(matcher)
    return None if choice is None else choice[0]


def _choose(matcher: m.Matcher) -> Choice | None:
    if isinstance(matcher, m.Never):
        return frozenset(), 0.0
    if isinstance(matcher, m.Words):
        return _word_keys(matcher)
    if isinstance(matcher, NameWords):
        return _name_keys(matcher)
    if isinstance(matcher, m.Wildcard):
        return _wildcard_keys(matcher)
    if isinstance(matcher, m.OrMatcher):
        return _union([_choose(i) for i in matcher.items])
    if isinstance(matcher, m.AndMatcher):
        return _cheapest([_choose(i) for i in matcher.items])
    if isinstance(matcher, m.NearMatcher):
        return _cheapest([_choose(matcher.left), _choose(matcher.right)])
    return None  # NOT, or a matcher type this module does not know


def _word_keys(matcher: m.Words) -> Choice:
    """Any one word of a phrase is required; pick the rarest-looking one."""
    kind = "s" if matcher.mode == m.STEM else "w"
    options: list[Choice] = []
    for word, proper in zip(matcher.words, matcher.proper, strict=True):
        folded = fold(word)
        keys = frozenset(
            (kind, folded) if f in DEFAULT_FIELDS else ("f", f"{f}:{folded}")
            for f in matcher.fields
        )
        share = 0.5 if any(f not in DEFAULT_FIELDS for f in matcher.fields) else 0.0
        options.append((keys, max(share, word_share(folded, proper))))
    return min(options, key=lambda o: o[1])


def _name_keys(matcher: NameWords) -> Choice:
    """A word of a name term is found as itself or through one of its name keys (``n``)."""
    kind = "s" if matcher.mode == m.STEM else "w"
    options = [
        (frozenset({(kind, w), *(("n", k) for k in keys)}), word_share(w, bool(keys)))
        for w, keys in matcher.index_options()
    ]
    return min(options, key=lambda o: o[1])


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
    return frozenset({("p", bucket)}), _BUCKET_SHARE[len(bucket)]


def _union(options: list[Choice | None]) -> Choice | None:
    keys: set[Key] = set()
    share = 0.0
    for option in options:
        if option is None:
            return None
        keys.update(option[0])
        share += option[1]
    return frozenset(keys), min(share, 1.0)


def _cheapest(options: list[Choice | None]) -> Choice | None:
    usable = [o for o in options if o is not None]
    return min(usable, key=lambda o: o[1]) if usable else None
