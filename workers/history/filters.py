"""What the archive's word filter holds for an article, and what a rule needs from it.

Both sides speak the rule index's keys (workers.query.keys): an article's filter holds every
key the index could look up for it (folded words, stems in its language, word prefixes of
3 to PREFIX_MAX letters, ``field:word`` of source, lang and url, name keys), and a rule
requires, for each part an article must have (each side of an AND or NEAR, each word of a
phrase), one of that part's ``required_keys`` (a wildcard: its literal prefix, up to
PREFIX_MAX letters). The index itself needs only one part; requiring all of them here lets
the filter exclude articles that hold a rule's rarest word but not its other words.

Words, stems and prefixes share one namespace: a word equal to another word's stem can only
let an extra article through (a false "may match"), never keep a matching one out.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.history.prefilter import Conjunction
from workers.query import AnalyzedDocument
from workers.query import matchers as m
from workers.query.keys import BUCKET, Keys, required_keys
from workers.query.names.forms import KEYS_VERSION
from workers.query.rules import CompiledRule
from workers.query.stemming import Stem, algorithm, stemmer
from workers.query.text import WORDS_VERSION, split_before

FIELD_MARK = "\x1f"  # before "field:word" items, apart from title/body words
NAME_MARK = "\x1e"  # before name keys (workers.query.names), apart from words
TAG_SEP = "/"  # between a filter tag's stemming algorithm and its name-key version
# Word prefixes held, BUCKET (the index's wildcard key) up to this length: a wildcard's
# longer literal prefix (``terror*``) then excludes words that share only 3 letters.
PREFIX_MAX = 5
_OTHER_FIELDS = ("source", "lang", "url")


def filter_tag(doc: AnalyzedDocument) -> str:
    """The stemming algorithm of the article's language (the reader stems rule words by it),
    the version of the name-key scheme its name keys were made with and that of the words
    (see text.WORDS_VERSION)."""
    return f"{algorithm(doc.language)}{TAG_SEP}{KEYS_VERSION}{TAG_SEP}{WORDS_VERSION}"


def read_tag(tag: str) -> tuple[str, bool, int]:
    """(stemming algorithm, whether the article's name keys are of this code's scheme, the
    words' version); a filter stored before a version was in its tag holds an older
    scheme's keys, and words of version 1."""
    language, sep, versions = tag.partition(TAG_SEP)
    names, _, words = versions.partition(TAG_SEP)
    return language, bool(sep) and names == str(KEYS_VERSION), int(words) if words.isdigit() else 1


def filter_items(doc: AnalyzedDocument) -> set[str]:
    """Every key the rule index could look up for ``doc``, as filter items."""
    vocabulary = doc.vocabulary()
    items = set(vocabulary)
    for size in range(BUCKET, PREFIX_MAX + 1):
        items.update(w[:size] for w in vocabulary if len(w) > size)
    items |= doc.fields["title"].stems(doc.language) | doc.fields["body"].stems(doc.language)
    for name in _OTHER_FIELDS:
        items.update(f"{FIELD_MARK}{name}:{w}" for w in doc.fields[name].postings)
    items.update(f"{NAME_MARK}{key}" for key in doc.all_name_keys())
    return items


def requirements(matcher: m.Matcher) -> list[Keys]:
    """Key sets of which a matching article holds at least one key each (may be empty)."""
    if isinstance(matcher, m.Wildcard) and len(matcher.prefix) > BUCKET:
        keys = required_keys(matcher)
        return [] if keys is None else [frozenset({("p", matcher.prefix[:PREFIX_MAX])})]
    if isinstance(matcher, m.AndMatcher):
        return [keys for item in matcher.items for keys in requirements(item)]
    if isinstance(matcher, m.NearMatcher):
        return requirements(matcher.left) + requirements(matcher.right)
    if isinstance(matcher, m.Words) and len(matcher.words) > 1:
        return [k for word in _single_words(matcher) if (k := required_keys(word)) is not None]
    keys = required_keys(matcher)
    return [] if keys is None else [keys]


def _single_words(matcher: m.Words) -> list[m.Words]:
    return [
        m.Words((word,), matcher.fields, matcher.mode, proper=(proper,))
        for word, proper in zip(matcher.words, matcher.proper, strict=True)
    ]


class RuleRequirements:
    """The requirements of a set of rules, turned into filter items per language tag."""

    def __init__(self, rules: Sequence[CompiledRule]) -> None:
        self.by_rule = [requirements(rule.matcher) for rule in rules]
        # A rule that needs nothing (NOT x, *ism) lets every article through.
        self.unfiltered = not rules or any(not r for r in self.by_rule)

    def for_tag(self, tag: str) -> list[Conjunction] | None:
        """Per rule, the item alternatives of each requirement; None: no filtering."""
        if self.unfiltered:
            return None
        language, names_current, words = read_tag(tag)
        stem = stemmer(language)
        conjunctions: list[Conjunction] = []
        for needed in self.by_rule:
            clauses = [
                c for keys in needed if (c := _items(keys, stem, names_current, words)) is not None
            ]
            if not clauses:
                return None
            conjunctions.append(tuple(clauses))
        return conjunctions


def _items(keys: Keys, stem: Stem, names_current: bool, words: int) -> tuple[str, ...] | None:
    """One requirement's items; None when a key cannot be checked (a short prefix, a name
    key when the article's name keys are of another scheme, a word the article's words
    version may have split: see text.split_before)."""
    found: list[str] = []
    for kind, value in keys:
        if kind in "wsp" and split_before(words, value):
            return None
        if kind == "w":
            found.append(value)
        elif kind == "s":
            found.append(stem(value))
        elif kind == "p" and len(value) >= BUCKET:
            found.append(value[:PREFIX_MAX])
        elif kind == "f":
            found.append(f"{FIELD_MARK}{value}")
        elif kind == "n" and names_current:
            found.append(f"{NAME_MARK}{value}")
        else:
            return None
    return tuple(found)
