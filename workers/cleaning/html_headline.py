"""The headline of an HTML page, from the places pages put it, never the site's own name.

Candidates: ``og:title``, ``twitter:title``, the JSON-LD headline, the ``<h1>`` elements,
``<title>`` and the extractors' own guesses (``html_title_sources``). A page title is usually
"Headline | Site" or "Site - Section - Headline": it is split at its separators and the parts
that name the site are dropped: ``og:site_name``, a heading in the page's banner (a blog's
name), the host name, generic labels. Each part is a candidate, and so is the title left once
the site's name is cut ("Headline – its subtitle"). A candidate then scores by how many of the
other sources say the same (token F1), by how well it agrees with the article's first lines
and with the words of the page's URL slug; a site name, a byline, a date or a box label
("Recent posts", "Comments (41)") is never a candidate.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from urllib.parse import unquote, urlsplit

from workers.cleaning.html_site_name import without_site_name
from workers.cleaning.html_title_sources import TitleSources, read_sources, tidy
from workers.cleaning.title_words import WORD, bag, f1, set_f1

__all__ = ["TitleSources", "choose_headline", "read_sources"]

# Separators between headline, section and site name ("Headline | CBC News", "Site » News").
_SEPARATORS = re.compile(r"\s+[|\-–—:•·»«›‹~/\"]\s+|\s*[|»«›‹]\s*|\s+::\s+")
_BYLINE = re.compile(r"^(by|posted by|written by|author)\b", re.IGNORECASE)
_MAX_WORDS = 40
_OPENING_LINES = 6  # the article's first lines, where its headline is repeated
_OPENING_CHARS = 1000  # of each opening line, compared with the candidates
_MAX_EXTRACTOR_TITLES = 4
_SHORT_WORD = 3  # words this short ("the", "of") say nothing about agreeing with the opening
# The <h1> weighs most: where a page's meta titles (written for search) differ from it, the
# headline a reader sees, and marks, is the <h1>.
_SOURCE_WEIGHT = {
    "og": 1.0, "twitter": 1.0, "ld": 1.0, "title": 1.0, "h1": 1.5, "h2": 0.3, "extractor": 0.6
}  # fmt: skip
_SINGLE_WORD_KINDS = frozenset(("og", "twitter", "ld", "title", "h1"))
_OTHER_PART = 0.5  # a title part that is not its longest: a section label more often
_RUN = 0.8  # adjacent title parts together: a headline with its subtitle, or with the site
_MAX_RUN = 4
_MAX_PARTS = 8
_SLUG_WEIGHT = 1.5
_OPENING_WEIGHT = 2.0
_SLUG_MIN_WORDS = 2
# Words of a date line ("Monday, October 29, 2012 at 8:02 AM").
_DATE_WORDS = frozenset(
    (
     "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "january", "february", "march", "april", "june", "july", "august", "september", "october",
     "november", "december", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday",
     "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "st", "nd", "rd", "th",
     "at", "am", "pm", "on", "posted", "updated", "published", "et", "gmt", "utc",
    )
)  # fmt: skip
# Words of the labels over a page's boxes ("Recent Posts", "Comments (41)", "More From CNN").
_LABEL_WORDS = frozenset(
    (
     "recent", "popular", "most", "read", "related", "latest", "posts", "post", "stories",
     "story", "comments", "comment", "responses", "archive", "archives", "categories",
     "category", "tags", "share", "follow", "subscribe", "search", "translate", "this", "blog",
     "pages", "about", "contact", "menu", "navigation", "sponsor", "sponsors", "leave", "a",
     "reply", "more", "from", "you", "may", "also", "like", "top", "trending", "videos",
     "photos", "sign", "up", "newsletter", "links", "previous", "next", "older", "newer", "our",
     "us", "the", "and", "of", "in", "to", "on", "for",
    )
)  # fmt: skip


@dataclass(frozen=True)
class _Candidate:
    kind: str
    origin: int  # which source value it comes from: parts of one value never support each other
    text: str
    weight: float


def choose_headline(
    sources: TitleSources,
    extractor_titles: Iterable[str],
    opening: Sequence[str],
    url: str | None = None,
) -> str:
    """The best-supported headline candidate, or "" when the page offers none."""
    slug = _slug_words(url)
    # Bounded work whatever the page: a few titles, the opening lines' first words.
    extracted = tuple(tidy(t) for t in islice(extractor_titles, _MAX_EXTRACTOR_TITLES))
    opening = tuple(line[:_OPENING_CHARS] for line in opening[:_OPENING_LINES])
    # A body opening with the page's raw "Headline » Site" title copied is no evidence for it.
    raw = [bag(t) for t in (*sources.title, *sources.og) if _SEPARATORS.search(t)]
    opening = tuple(line for line in opening if bag(line) not in raw)
    sources = without_site_name(sources, opening, slug, extracted)
    site = _site_words(sources, url)
    candidates = [c for c in _candidates(sources, extracted, site) if _acceptable(c, site)]
    if not candidates:
        return ""
    evidence = _Evidence(
        [bag(c.text) for c in candidates],
        [bag(line) for line in opening[:_OPENING_LINES]],
        bag(" ".join(opening[:_OPENING_LINES])),
        slug,
    )
    scored = [(_score(i, candidates, evidence), -i, c.text) for i, c in enumerate(candidates)]
    return max(scored)[2]


def _candidates(
    sources: TitleSources, extractor_titles: Iterable[str], site: set[str]
) -> list[_Candidate]:
    """Every source value's candidates: titles by their parts, headings whole."""
    values = [
        *(("og", v) for v in sources.og),
        *(("twitter", v) for v in sources.twitter),
        *(("ld", v) for v in sources.ld),
        *(("title", v) for v in sources.title),
        *(("h1", v) for v in sources.h1),
        *(("h2", v) for v in sources.h2),
        *(("extractor", v) for v in extractor_titles),
    ]
    found: list[_Candidate] = []
    for origin, (kind, value) in enumerate(values):
        if kind in ("h1", "h2", "ld"):
            found.append(_Candidate(kind, origin, value, 1.0))
            continue
        found.extend(
            _Candidate(kind, origin, part, weight) for part, weight in _title_parts(value, site)
        )
    return found


def _title_parts(value: str, site: set[str]) -> list[tuple[str, float]]:
    """A title's parts without those naming the site, each with its prior weight.

    A part repeated in the title ("Blog - Blog - Post") or made of the site's words names the
    site. The longest part left is the likeliest headline (site and section names are short);
    every run of adjacent parts is offered too, at a lower prior ("Headline – its subtitle"
    wins when another source says it whole).
    """
    spans = _part_spans(value)
    if len(spans) > _MAX_PARTS:  # bounded work: a headline is at a title's start or end
        spans = spans[: _MAX_PARTS // 2] + spans[-_MAX_PARTS // 2 :]
    seen = Counter(value[a:b].casefold() for a, b in spans)
    kept = [
        (a, b)
        for a, b in spans
        if seen[value[a:b].casefold()] == 1 and not _is_site(value[a:b], site)
    ]
    if not kept:
        return []
    longest = max(kept, key=lambda s: len(WORD.findall(value[s[0] : s[1]])))
    parts = [(value[a:b], 1.0 if (a, b) == longest else _OTHER_PART) for a, b in kept]
    for i in range(len(kept)):
        for j in range(i + 1, min(len(kept), i + _MAX_RUN)):
            parts.append((value[kept[i][0] : kept[j][1]], _RUN))
    return parts


def _part_spans(value: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank part of ``value`` between separators."""
    spans, start = [], 0
    for match in (*_SEPARATORS.finditer(value), None):
        end = match.start() if match else len(value)
        text = value[start:end]
        if text.strip():
            lead = len(text) - len(text.lstrip())
            spans.append((start + lead, start + len(text.rstrip())))
        start = match.end() if match else end
    return spans


@dataclass(frozen=True)
class _Evidence:
    """What candidates are scored against (token bags computed once per page)."""

    bags: Sequence[Counter[str]]  # of each candidate, in order
    lines: Sequence[Counter[str]]  # of each opening line
    opening: Counter[str]  # of the opening lines together
    slug: frozenset[str]


def _score(i: int, candidates: Sequence[_Candidate], evidence: _Evidence) -> float:
    """Support from the other sources, agreement with the opening lines and the URL slug."""
    candidate, words = candidates[i], evidence.bags[i]
    best: dict[int, float] = {}
    for other, other_words in zip(candidates, evidence.bags, strict=True):
        if other.origin != candidate.origin:
            agree = _SOURCE_WEIGHT[other.kind] * f1(words, other_words)
            best[other.origin] = max(best.get(other.origin, 0.0), agree)
    # Its words in the article's first lines, and the best match with one of those lines.
    content = Counter({w: n for w, n in words.items() if len(w) > _SHORT_WORD})  # not "the"
    contained = sum((content & evidence.opening).values()) / max(sum(content.values()), 1)
    line_match = max((f1(words, line) for line in evidence.lines), default=0.0)
    own = _SOURCE_WEIGHT[candidate.kind]
    support = sum(best.values())
    # A lone <h2> that opens the body is the header's tagline more often than the headline.
    opens = 0.0 if candidate.kind == "h2" and not support else (contained + line_match) / 2
    return (
        own * candidate.weight * 0.5
        + support
        + _OPENING_WEIGHT * min(own, 1.0) * opens
        + _SLUG_WEIGHT * _slug_share(set(words), evidence.slug)
        - 0.5 * (sum(words.values()) == 1)
    )


def _acceptable(candidate: _Candidate, site: set[str]) -> bool:
    words = {w.casefold() for w in WORD.findall(candidate.text)}
    count = len(WORD.findall(candidate.text))
    least = 1 if candidate.kind in _SINGLE_WORD_KINDS else 2
    return (
        least <= count <= _MAX_WORDS
        and not _is_site(candidate.text, site)
        and not _BYLINE.match(candidate.text)
        and not _is_date(words)
        and not words <= _LABEL_WORDS | site | _numbers(words)
    )


def _is_date(words: set[str]) -> bool:
    """True when every word is a date's (month, weekday, number, "posted on")."""
    return bool(words) and words <= _DATE_WORDS | _numbers(words)


def _numbers(words: set[str]) -> set[str]:
    return {w for w in words if w.isdigit() or re.fullmatch(r"\d+(?:st|nd|rd|th)", w)}


def _is_site(text: str, site: set[str]) -> bool:
    """True when every word of ``text`` belongs to the site's name or host."""
    words = {w.casefold() for w in WORD.findall(text)}
    return bool(words) and words <= site


def _site_words(sources: TitleSources, url: str | None) -> set[str]:
    """Words that name the site: its declared names, its host, common generic labels."""
    words = {"home", "homepage", "news", "blog", "www", "com", "org", "net", "co", "uk"}
    for name in sources.site_names:
        words.update(w.casefold() for w in WORD.findall(name))
    host = urlsplit(url).hostname if url else None
    if host:
        words.update(WORD.findall(host.casefold().replace("_", " ")))
    return words


def _slug_words(url: str | None) -> frozenset[str]:
    """Words of the URL path's last segment that reads as words ("talks-end-in-geneva")."""
    if not url:
        return frozenset()
    for segment in reversed(unquote(urlsplit(url).path).split("/")):
        stem = segment.rsplit(".", 1)[0] if "." in segment else segment
        words = [w for w in re.split(r"[-_+\s]+", stem.casefold()) if w and not w.isdigit()]
        if len(words) >= _SLUG_MIN_WORDS:
            return frozenset(words)
    return frozenset()


def _slug_share(words: set[str], slug: frozenset[str]) -> float:
    """How well the candidate matches the slug: the share of the slug's words it holds (slugs
    drop words), averaged with the set F1 (so a part beats the run that adds the site's name).
    """
    return (len(words & slug) / len(slug) + set_f1(words, slug)) / 2 if slug else 0.0
