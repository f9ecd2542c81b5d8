"""Bounds on one query, so no rule can make parsing, checking or matching unbounded.

Each is refused by the parser with the offset where it is exceeded (``rules check`` shows
``file:line:col``). Matching work per rule then grows with the article's word positions and
the number of terms, never with a distance or a nesting depth.
"""

from __future__ import annotations

# Characters of one query (a structured query: of its composed text).
MAX_QUERY_CHARS = 20_000
# Terms, phrases and wildcards in one query, counting every item of each alias it uses.
MAX_QUERY_TERMS = 5_000
# Levels of nesting: parentheses, NOT, field scopes and chained NEAR each add one.
MAX_QUERY_DEPTH = 50
# Largest NEAR/ONEAR distance and phrase slop ("a b"~n), in words.
MAX_DISTANCE = 1_000
# Characters of one wildcard pattern: matching one word costs up to word length x this.
MAX_WILDCARD_CHARS = 100
# Words of one phrase or multi-word term (``"a b c"``, ``anti-terrorism``); each costs a
# lookup per candidate position.
MAX_PHRASE_WORDS = 32
