"""The particles a name term writes before its name (``von der Leyen``, ``al-Sisi``) shown
with the name where an article writes them right before it.

A name term leaves its particles out (see compile.PARTICLES): ``von der Leyen`` finds the
``Leyen`` of any article. Where the article writes them too (``Ursula von der Leyen``,
``фон дер Ляйен``, ``φον ντερ Λάιεν``, ``فون دير لاين``), the match shows them, as the
term written without names would: a Latin particle as the term writes it, one of another
script by its name keys. They widen a hit, never make one: an article without them is
matched as before.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..analysis import FieldText
from ..matchers import Hits
from ..text import fold
from .capitals import HYPHENS
from .forms import NO_CASES, article_keys, term_keys
from .function_words import ARABIC_KEY
from .latin import readings, script
from .phonetic import arabic_keys, arabic_keys_of_latin

# The European nobiliary particles (see compile.PARTICLES, which adds the Arabic ones).
EUROPEAN_PARTICLES = "von van der den de la le del della di da das do dos du des ter ten zu"
_EUROPEAN = frozenset(EUROPEAN_PARTICLES.split())
# Definite articles of the languages that write these particles, and English "the".
_ARTICLES = frozenset(
    ("the", "la", "le", "el", "il", "lo", "los", "las", "les", "der", "die", "das")
)

# A particle: as the term writes it (folded), and its keys in the scripts it is read in.
Particle = tuple[str, frozenset[str]]

_LATIN = "Latn"  # a Latin particle counts as written only (``van`` is no ``von``)


def particle_keys(particles: list[str], policy: str) -> tuple[Particle, ...]:
    """Each of ``particles`` (a term's words before its name) folded, with the keys an
    article word of another script shares with it (those of the particle read as a name:
    ``Von`` = ``фон``, ``φον``, ``فون``)."""
    found = []
    for word in particles:
        keys = term_keys(word.capitalize(), policy)
        other = {k for k in keys if not k.startswith(_LATIN)}
        if keys:
            other.update(_arabic_short_keys(word))
        found.append((fold(word), frozenset(other)))
    return tuple(found)


def _arabic_short_keys(word: str) -> set[str]:
    """Arabic keys of the particle ``word`` of one consonant, which a name word alone does not
    get (see phonetic.MIN_ARABIC_CONSONANTS): ``de la`` = ``دي لا`` (de la Fuente = ``دي لا
    فوينتي``), ``da`` = ``دا``; before the name, where the match shows them, only."""
    return {
        f"{ARABIC_KEY}{k}"
        for reading in readings(word.lower(), None)
        for k in arabic_keys_of_latin(reading, 1)
    }


def with_particles(
    fields: Mapping[str, FieldText],
    hits: Hits,
    particles: tuple[Particle, ...],
    language: str | None,
) -> Hits:
    """``hits`` (in ``fields``), each widened to the particles written right before it
    (apart from it and from each other by white space or a hyphen only); sorted."""
    return sorted({(n, particle_start(fields[n], s, particles, language), e) for n, s, e in hits})


def particle_start(
    text: FieldText, start: int, particles: tuple[Particle, ...], language: str | None
) -> int:
    """Where the name at ``start`` begins with the ``particles`` written before it, or
    ``start`` (for a context rule, whose name's neighbours stand before them)."""
    first = start - len(particles)
    if first < 0:
        return start
    for offset, (word, keys) in enumerate(particles):
        p = first + offset
        if not _apart_by_space(text, p) or not _is_particle(text.raw[p], word, keys, language):
            return start
    return first


def _apart_by_space(text: FieldText, p: int) -> bool:
    """Whether only white space or a hyphen parts the words at ``p`` and ``p + 1``."""
    between = text.text[text.ends[p] : text.starts[p + 1]]
    return between in HYPHENS or between.isspace()


def _is_particle(written: str, word: str, keys: frozenset[str], language: str | None) -> bool:
    """Whether the article word ``written`` is the particle ``word`` (folded, with ``keys``):
    as written, or in another script through a key (Arabic words by their letters alone:
    ``بن``, "son of", is a function word that article_keys gives none)."""
    if fold(written) == word:
        return True
    if not keys:
        return False
    if script(written) == "Arab":
        found = frozenset(f"Arab:{k}" for k in arabic_keys(written))
    else:
        found = article_keys(written, language, NO_CASES)
    return not keys.isdisjoint(found)


def after_an_article_alone(
    text: FieldText, start: int, particles: tuple[Particle, ...], language: str | None
) -> bool:
    """Whether the word at ``start``, which the term writes after European ``particles``
    (``de la Fuente``), follows a definite article without the rest of them: the common
    noun or a landmark's word (``La Fuente de Cibeles``, ``the Fuente de los Leones``),
    since news keeps such particles before the name (``De la Fuente dijo``); not after
    other particles (``van der Leyen`` for ``von der Leyen``)."""
    if start == 0 or not particles or any(word not in _EUROPEAN for word, _ in particles):
        return False
    before = start - 1
    return (
        text.raw[before].lower() in _ARTICLES
        and _apart_by_space(text, before)
        and (before == 0 or text.raw[before - 1].lower() not in _EUROPEAN)
        and particle_start(text, start, particles, language) == start
    )
