"""The newswatch query language: parse, check, compile and match watch rules against articles.

Pure library (no I/O). Typical use::

    index = RuleIndex.build([RuleSpec("lavrov", parse_query("Lavrov AND terror*"))])
    for match in index.match(analyze(Document(title=..., body=...))):
        print(match.rule, match.terms, match.spans)

Syntax (compatible with Lucene / Elasticsearch ``query_string`` where they overlap)
---------------------------------------------------------------------------------
``Lavrov``                 a whole word (never part of a word: ``ball`` does not match
                           ``football``), case- and accent-insensitive (``sao`` = ``São``)
``=US``                    case-sensitive (still whole-word): matches ``US``, not ``us``/``Us``;
                           also ``="New York"``. Compared as written (accents count too)
``"Sergey Lavrov"``        exact phrase (consecutive words, in order)
``"Lavrov terrorism"~10``  all words, any order, with at most 10 other words among them
``terror*``  ``wom?n``     wildcards inside one word: ``*`` any letters, ``?`` exactly one
``a AND b``  ``a b``       both (adjacent terms are ANDed, as in Google Alerts; ``&&`` too)
``a OR b``                 either (``||`` too)
``NOT a``  ``-a``  ``!a``  without ``a``; ``+a`` is the same as ``a``
``a NEAR/5 b``             ``a`` and ``b`` in the same field, at most 5 words between, any order
                           (occurrences that overlap count as near, as in SQLite FTS5)
``a ONEAR/5 b``            the same, ``a`` ending before ``b`` starts. Operands: terms,
                           phrases, wildcards, aliases and OR groups of those
``title:x`` ``body:x``     field scopes, on a term, phrase, alias or ``(group)``; also
``source:`` ``lang:``      ``url:``. Without a scope a term searches the title and the body
``@lavrov``                an alias: OR of its items; an item with spaces is a phrase, ``=X``
                           is case-sensitive, ``x*`` a wildcard
``( ... )``                grouping; ``\\`` escapes the next character

Operators are upper case (``and`` is a word). Precedence, tightest first: field scope and
parentheses, ``NEAR``/``ONEAR`` (left to right), ``NOT``/``-``/``+``, ``AND`` (explicit or
implicit), ``OR``. So ``a OR b c`` is ``a OR (b AND c)`` and ``NOT a NEAR/3 b`` is
``NOT (a NEAR/3 b)``. Differences from Lucene: the implicit operator is AND; ``-x`` always
means ``NOT x``; ``"a b"~n`` is unordered (Lucene charges 2 extra for reversed words);
fuzzy ``~``, boosts ``^``, ranges and regular expressions are rejected with a hint.

Words (see :mod:`workers.query.text`): runs of letters and digits in any script;
punctuation splits them, so ``anti-terrorism`` in an article is found by ``terrorism``,
``anti`` and ``anti-terrorism`` (which, like every multi-word term, is searched as a phrase),
and ``Lavrov's`` by ``Lavrov``. CJK text is one word per character, so ``北京`` is the phrase
``北 京``. Folding removes case and Latin/Greek/Cyrillic diacritics, folds letters that do not
decompose as ICU's Latin-ASCII does (``Łódź`` = ``lodz``, ``Straße`` = ``strasse``) and drops
invisible characters inside words (``Lav\u00adrov`` = ``lavrov``); ``ё`` = ``е``, but ``й``
stays distinct from ``и``. With ``stemming`` on a rule, words of the title and body are
compared by their Snowball stem in the article's language (English if unknown), so
``terrorist`` finds ``terrorists``; phrases and NEAR still hold; wildcards and case-sensitive
terms are never stemmed. With ``names`` on a rule (``scripts`` or ``variants``; ``exact``,
the default of RuleSpec, matches as written), a capitalised word of a term also finds the same
name in other scripts, spellings and, by the article's language, grammatical cases: see
:mod:`workers.query.names`.
"""

from __future__ import annotations

from .native import use_build

use_build(__path__)  # the compiled modules, if built from these sources (see native)

from .analysis import AnalyzedDocument, Document, analyze
from .budget import BudgetExceeded, Deadline
from .checks import check_query
from .index import RuleIndex
from .nodes import FIELDS, Part, Problem, Query, QuerySyntaxError
from .parser import parse_query
from .printer import to_text
from .rules import CompiledRule, RuleMatch, RuleSource, RuleSpec
from .structured import structured_query
from .why import Failure, why_not

__all__ = [
    "FIELDS",
    "AnalyzedDocument",
    "BudgetExceeded",
    "CompiledRule",
    "Deadline",
    "Document",
    "Failure",
    "Part",
    "Problem",
    "Query",
    "QuerySyntaxError",
    "RuleIndex",
    "RuleMatch",
    "RuleSource",
    "RuleSpec",
    "analyze",
    "check_query",
    "parse_query",
    "structured_query",
    "to_text",
    "why_not",
]
