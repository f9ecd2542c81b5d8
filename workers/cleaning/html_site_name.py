"""The site's name among a page's title sources, cut so that it never becomes the headline.

The site's name is what the page declares (``og:site_name``, unless that is what ``og:title``
says), a heading linking the site's home, a heading in the page's banner (unless a title or
the URL states it), an ``<h1>`` at an edge of the title where the title reads "Name: Post" or
its rest is a heading of its own, and a "Name: " prefix whose rest the page or the URL states
on its own. ``without_site_name`` cuts those names from the titles and drops them from the
headings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from workers.cleaning.html_title_sources import TitleSources
from workers.cleaning.title_words import WORD, bag, f1, set_f1

# What may stand between a site's name and the headline in a page title ("Blog: Headline").
_AFFIX_GLUE = ' \t|-–—:•·»«›‹~/"'
AGREES = 0.8  # token F1 of two texts that say the same
SLUG_AGREES = 0.8  # set F1 of a text's words with the URL slug's: the URL names that text
_MIN_NAME_CHARS = 3


def without_site_name(
    sources: TitleSources,
    opening: Sequence[str],
    slug: frozenset[str],
    extractor_titles: Sequence[str],
) -> TitleSources:
    """The sources with the site's name cut from the titles and dropped from the headings."""
    page = _Page.of(sources, opening, slug, extractor_titles)
    declared = [n for n in sources.site_names if page.home_name(n)]
    sources = replace(sources, site_names=tuple(declared))
    titles = (*sources.title, *sources.og)
    affixes = list(declared)
    affixes += [n for n in sources.home_headings if page.home_name(n)]
    affixes += [n for n in sources.banner_headings if page.banner_name(n)]
    affixes += [n for n in sources.h1 if page.names_site(n, titles)]
    # "Blog Name: Post" with no heading naming the blog: the post is a heading of its own.
    titles = tuple(cut_all(t, affixes) for t in titles)
    prefixes = {t.split(": ", 1)[0] for t in titles if ": " in t}
    affixes += [n for n in prefixes if page.names_site(n, titles, blog_style=False)]
    if not affixes:
        return sources
    return TitleSources(
        og=tuple(cut_all(t, affixes) for t in sources.og),
        twitter=tuple(cut_all(t, affixes) for t in sources.twitter),
        title=tuple(cut_all(t, affixes) for t in sources.title),
        h1=tuple(h for h in sources.h1 if h not in affixes),
        h2=tuple(h for h in sources.h2 if h not in affixes),
        site_names=(*sources.site_names, *affixes),
        ld=sources.ld,
    )


@dataclass(frozen=True)
class _Page:
    """What a page says elsewhere, against which a would-be site name is checked."""

    sources: TitleSources
    headings: Sequence[Counter[str]]  # headings, opening lines and extractor titles
    openers: Sequence[Counter[str]]  # the <h1>s and the opening lines
    stated: Sequence[Counter[str]]  # og:title, twitter:title, JSON-LD headline
    slug: frozenset[str]

    @classmethod
    def of(
        cls,
        sources: TitleSources,
        opening: Sequence[str],
        slug: frozenset[str],
        extractor_titles: Sequence[str],
    ) -> _Page:
        return cls(
            sources,
            [bag(h) for h in (*sources.h1, *sources.h2, *opening, *extractor_titles)],
            [bag(h) for h in (*sources.h1, *opening)],
            [bag(s) for s in (*sources.og, *sources.twitter, *sources.ld)],
            slug,
        )

    def names_site(self, name: str, titles: Sequence[str], blog_style: bool = True) -> bool:
        """True when ``name`` stands at an edge of a title as the site's name."""
        if len(name) < _MIN_NAME_CHARS:
            return False
        for title in titles:
            rest = _cut_affix(title, name)
            if not rest:
                continue
            if blog_style and _blog_style(title, name):
                return True
            if self._slugged(rest) and not self._slugged(name):
                return True  # the URL names the rest: the strongest evidence
            longer = len(WORD.findall(rest)) >= len(WORD.findall(name))
            declared = rest.casefold() in {n.casefold() for n in self.sources.site_names}
            if longer and not declared and self._heads(rest):
                # The name stands apart: neither it nor the whole title is a heading.
                # (An <h2> naming the site is a sidebar's "About <blog>": no evidence.)
                return not self._opens(name) and self._best(title) < self._best(rest)
        return False

    def home_name(self, name: str) -> bool:
        """A heading linking home, or a declared name, unless og:title / JSON-LD state it."""
        words = bag(name)
        return len(name) >= _MIN_NAME_CHARS and not any(f1(words, s) >= AGREES for s in self.stated)

    def banner_name(self, name: str) -> bool:
        """A banner heading, unless a title or the URL states it (then it is the headline)."""
        words = bag(name)
        return (
            self.home_name(name)
            and not any(f1(words, bag(t)) >= AGREES for t in self.sources.title)
            and set_f1(set(words), self.slug) < SLUG_AGREES
        )

    def _opens(self, text: str) -> bool:
        words = bag(text)
        return any(f1(words, h) >= AGREES for h in self.openers)

    def _best(self, text: str) -> float:
        words = bag(text)
        return max((f1(words, h) for h in self.headings), default=0.0)

    def _slugged(self, text: str) -> bool:
        return set_f1(set(bag(text)), self.slug) >= SLUG_AGREES

    def _heads(self, text: str) -> bool:
        return self._slugged(text) or self._best(text) >= AGREES


def _blog_style(title: str, name: str) -> bool:
    """A title in the "Blog Name: Post title" form, or "Post title: Blog Name" with the name
    the shorter part (else the name is a headline after its site's: "Review: Headline")."""
    folded, key = title.casefold(), name.casefold()
    if folded.startswith(key + ":"):
        return True
    shorter = 2 * len(WORD.findall(name)) < len(WORD.findall(title))
    return folded.endswith(": " + key) and shorter


def cut_all(title: str, affixes: Sequence[str]) -> str:
    """The title cut of every name in ``affixes`` found at its start or end."""
    for affix in affixes:
        title = _cut_affix(title, affix) or title
    return title


def _cut_affix(title: str, name: str) -> str:
    """The title without ``name`` at its start or end (joined by a separator), else ""."""
    folded, key = title.casefold(), name.casefold()
    if len(folded) <= len(key):
        return ""
    if folded.startswith(key) and title[len(name)] in _AFFIX_GLUE:
        return title[len(name) :].lstrip(_AFFIX_GLUE)
    if folded.endswith(key) and title[-len(name) - 1] in _AFFIX_GLUE:
        return title[: -len(name)].rstrip(_AFFIX_GLUE)
    return ""
