"""The headline of an HTML page, from the places pages put it, never the site's own name.

Candidates: ``og:title``, ``twitter:title``, the first ``<h1>`` elements, ``<title>`` and the
extractors' own guesses. A page title is usually "Headline | Site" or "Site - Section -
Headline": it is split at its separators and the parts that name the site (``og:site_name``,
``application-name``, the host name, generic labels such as "Home") are dropped. Each
candidate then scores by how many of the other sources say the same (token F1) and by how well
it agrees with the article's first lines; a candidate that is the site name, a byline or
"Home" scores nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.html

_WORD = re.compile(r"\w+")
# Separators between headline, section and site name ("Headline | CBC News", "Site » News").
_SEPARATORS = re.compile(r"\s+[|\-–—:•·»«›‹~/\"]\s+|\s*[|»«›‹]\s*|\s+::\s+")
# What may stand between a site's name and the headline in a page title ("Blog: Headline").
_AFFIX_GLUE = ' \t|-–—:•·»«›‹~/"'
_BYLINE = re.compile(r"^(by|posted by|written by|author)\b", re.IGNORECASE)
_MAX_H1 = 3
_MAX_WORDS = 40
_MIN_WORDS = 2
_OPENING_LINES = 6  # the article's first lines, where its headline is repeated
_SOURCE_WEIGHT = {"og": 1.0, "twitter": 1.0, "title": 1.0, "h1": 1.2, "h2": 0.3, "extractor": 0.6}


@dataclass(frozen=True)
class TitleSources:
    """The raw headline candidates of one page, and the names of its site."""

    og: tuple[str, ...] = ()
    twitter: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    h1: tuple[str, ...] = ()
    h2: tuple[str, ...] = ()
    site_names: tuple[str, ...] = ()


def read_sources(root: lxml.html.HtmlElement) -> TitleSources:
    """Collect the headline candidates of a parsed page (before any element is removed)."""

    def content(xpath: str) -> tuple[str, ...]:
        return tuple(_tidy(str(v)) for v in root.xpath(xpath) if str(v).strip())[:2]

    h1 = tuple(_tidy(h.text_content()) for h in root.iter("h1"))
    h2 = tuple(_tidy(h.text_content()) for h in root.iter("h2"))
    return TitleSources(
        og=content("//meta[@property='og:title']/@content"),
        twitter=content("//meta[@name='twitter:title']/@content"),
        title=content("//title/text()"),
        h1=tuple(h for h in h1 if h)[:_MAX_H1],
        h2=tuple(h for h in h2 if h)[:_MAX_H1],
        site_names=content(
            "//meta[@property='og:site_name']/@content|//meta[@name='application-name']/@content"
        ),
    )


def choose_headline(
    sources: TitleSources,
    extractor_titles: Iterable[str],
    opening: Sequence[str],
    url: str | None = None,
) -> str:
    """The best-supported headline candidate, or "" when the page offers none."""
    sources = _without_site_affixes(sources, opening)
    site = _site_words(sources, url)
    candidates: list[tuple[str, str]] = []
    for kind, values in (
        ("og", sources.og),
        ("twitter", sources.twitter),
        ("title", sources.title),
        ("h1", sources.h1),
        ("h2", sources.h2),
        ("extractor", tuple(extractor_titles)),
    ):
        for value in values:
            candidates.extend((kind, part) for part in _headline_parts(value, site))
    candidates = [(k, c) for k, c in candidates if _acceptable(c, site)]
    if not candidates:
        return ""
    opening_words = _bag(" ".join(opening[:_OPENING_LINES]))
    scored = [
        (_score(kind, text, candidates, opening_words), -i, text)
        for i, (kind, text) in enumerate(candidates)
    ]
    return max(scored)[2]


def _score(
    kind: str, text: str, candidates: Sequence[tuple[str, str]], opening: Counter[str]
) -> float:
    """Support from the other sources, plus agreement with the article's opening lines."""
    words = _bag(text)
    support = sum(
        _SOURCE_WEIGHT[other_kind] * _f1(words, _bag(other))
        for other_kind, other in candidates
        if other is not text
    )
    in_opening = sum((words & opening).values()) / max(sum(words.values()), 1)
    return _SOURCE_WEIGHT[kind] * 0.5 + support + 2.0 * in_opening


def _headline_parts(value: str, site: set[str]) -> list[str]:
    """A title split at its separators, without the parts that name the site.

    "Headline | CBC News" gives "Headline"; a title with no separator is its own part; when
    the parts left are several (a section and a headline), the longest one is offered:
    section labels and site names are short.
    """
    parts = [p.strip() for p in _SEPARATORS.split(value) if p.strip()]
    kept = [p for p in parts if not _is_site(p, site)]
    return [max(kept, key=lambda p: len(_WORD.findall(p)))] if kept else []


def _without_site_affixes(sources: TitleSources, opening: Sequence[str] = ()) -> TitleSources:
    """Page titles cut of a site name that another source names on its own.

    A blog's ``<h1>`` is often its name, and its title "Name: Headline". The ``<h1>`` is taken
    for the site's name when the title has that form, or when the rest of the title is a
    heading of its own (an ``<h2>``) or opens the article and the ``<h1>`` does not; then the
    name goes from the titles and never becomes the headline.
    A declared site name (``og:site_name``) goes from the titles wherever it stands.
    """
    headings = [_bag(h) for h in (*sources.h2, *opening[:_OPENING_LINES])]
    declared_names = {n.casefold() for n in sources.site_names}

    def heads(text: str) -> bool:
        return any(_f1(_bag(text), h) >= 0.8 for h in headings)

    def names_site(name: str, declared: bool) -> bool:
        for title in (*sources.title, *sources.og):
            rest = _cut_affix(title, name)
            if not rest:
                continue
            if declared or _blog_style(title, name):
                return True
            if rest.casefold() not in declared_names and heads(rest) and not heads(name):
                return True
        return False

    affixes = [n for n in sources.site_names if len(n) >= 3 and names_site(n, True)]
    affixes += [n for n in sources.h1 if len(n) >= 3 and names_site(n, False)]
    if not affixes:
        return sources
    return TitleSources(
        og=tuple(_cut_all(t, affixes) for t in sources.og),
        twitter=tuple(_cut_all(t, affixes) for t in sources.twitter),
        title=tuple(_cut_all(t, affixes) for t in sources.title),
        h1=tuple(h for h in sources.h1 if h not in affixes),
        h2=sources.h2,
        site_names=(*sources.site_names, *affixes),
    )


def _blog_style(title: str, name: str) -> bool:
    """A title in the "Blog Name: Post title" (or "Post title: Blog Name") form."""
    folded, key = title.casefold(), name.casefold()
    return folded.startswith(key + ":") or folded.endswith(": " + key)


def _cut_all(title: str, affixes: Sequence[str]) -> str:
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


def _acceptable(text: str, site: set[str]) -> bool:
    words = _WORD.findall(text)
    return (
        _MIN_WORDS <= len(words) <= _MAX_WORDS
        and not _is_site(text, site)
        and not _BYLINE.match(text)
    )


def _is_site(text: str, site: set[str]) -> bool:
    """True when every word of ``text`` belongs to the site's name or host."""
    words = {w.casefold() for w in _WORD.findall(text)}
    return bool(words) and words <= site


def _site_words(sources: TitleSources, url: str | None) -> set[str]:
    """Words that name the site: its declared names, its host, common generic labels."""
    words = {"home", "homepage", "news", "blog", "www", "com", "org", "net", "co", "uk"}
    for name in sources.site_names:
        words.update(w.casefold() for w in _WORD.findall(name))
    host = urlsplit(url).hostname if url else None
    if host:
        words.update(_WORD.findall(host.casefold().replace("_", " ")))
    return words


def _tidy(text: str) -> str:
    return " ".join(text.split())


def _bag(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in _WORD.findall(text))


def _f1(a: Counter[str], b: Counter[str]) -> float:
    shared = sum((a & b).values())
    if not shared:
        return 0.0
    precision, recall = shared / sum(a.values()), shared / sum(b.values())
    return 2 * precision * recall / (precision + recall)
