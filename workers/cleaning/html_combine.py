"""Choose a page's article among the extractors' candidates, by their agreement.

Two extractors that read the same text are rarely both wrong; when they disagree, one of them
kept a fragment (a caption, a teaser) or the wrong block (a comment thread). The rule and its
thresholds were chosen on two development sets and checked half against half (ids split by
hash; the F1 differs by under 0.003 between halves; see benchmarks/bench_cleaning_dev). On
cleaning-dev, ``AGREE`` from 0.5 to 0.9 moves the F1 from 0.922 to 0.924 while readability runs
on 18 % to 26 % of the pages (asking it on every page reaches no higher); 0.7 takes most of
that gain at 18 %. ``DISAGREE`` from 0.3 to 0.6 and ``NESTED`` from 1.3 to 2 move it by under
0.001:

1. trafilatura and the block scorer agree (token F1 ≥ ``AGREE``) and neither reading holds the
   other with ``NESTED`` times as many words: trafilatura's text, whose paragraph boundaries
   come from the markup. readability is not even run (cheap pages). A nested pair agrees by
   the F1 yet is a choice between a fragment and the fragment plus more (trafilatura cut to a
   photo post's first caption; trafilatura keeping a table layout's menus round the block
   scorer's story): readability is asked and the rules below decide.
2. Otherwise readability is asked too. When trafilatura and readability disagree with each other
   (token F1 < ``DISAGREE``), one of them kept a fragment or the wrong block: the block scorer
   arbitrates, and the DOM reading nearer to it wins (the block scorer's own paragraphs are
   coarser, and it keeps comment threads more often).
3. Otherwise the medoid: the non-empty candidate that agrees best with the other two (ties to
   the earlier, more precise extractor).

An empty candidate agrees with nothing, so a page one extractor cannot read goes to another, and
a page is empty only when every extractor found nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from workers.cleaning.html_extractors import Candidate
from workers.cleaning.title_words import f1 as agreement  # token F1 of two bags

_WORD = re.compile(r"\w+")
AGREE = 0.7
DISAGREE = 0.4
NESTED = 1.5  # one reading this many times the other's words, holding it: a nested pair
_HELD = 0.9  # share of the smaller reading's words found in the larger one


def choose(
    primary: Candidate, blocks: Candidate, second: Callable[[], Candidate]
) -> tuple[Candidate, tuple[Candidate, ...]]:
    """The chosen candidate and every candidate computed (``second`` only when needed)."""
    bags = {id(c): token_bag(c.text) for c in (primary, blocks)}
    first, check = bags[id(primary)], bags[id(blocks)]
    if primary.paragraphs and agreement(first, check) >= AGREE and not nested(first, check):
        return primary, (primary, blocks)
    other = second()
    bags[id(other)] = token_bag(other.text)
    computed = (primary, other, blocks)
    if agreement(bags[id(primary)], bags[id(other)]) < DISAGREE:
        # The two DOM scorers read different blocks: the block scorer arbitrates.
        for_primary = agreement(bags[id(primary)], bags[id(blocks)])
        for_other = agreement(bags[id(other)], bags[id(blocks)])
        if for_primary or for_other:
            return (primary if for_primary >= for_other else other), computed
    return medoid(computed, [bags[id(c)] for c in computed]), computed


def medoid(candidates: Sequence[Candidate], bags: Sequence[Counter[str]]) -> Candidate:
    """The non-empty candidate with the highest summed agreement with the others."""
    best, best_score = candidates[0], -1.0
    for i, candidate in enumerate(candidates):
        if not candidate.paragraphs:
            continue
        score = sum(agreement(bags[i], bags[j]) for j in range(len(candidates)) if j != i)
        if score > best_score:
            best, best_score = candidate, score
    return best


def nested(a: Counter[str], b: Counter[str]) -> bool:
    """One bag holds the other (``_HELD`` of its words) and has ``NESTED`` times its size."""
    small, large = (a, b) if a.total() <= b.total() else (b, a)
    if not small or large.total() < NESTED * small.total():
        return False
    return (small & large).total() >= _HELD * small.total()


def token_bag(text: str) -> Counter[str]:
    """Case-folded word tokens as a multiset."""
    return Counter(_WORD.findall(text.casefold()))
