"""Short quoted names: «Байрактар», „Калина“, «Лада Калина», Роберт «Мадяр» Бровди.

News sets the name of a title, a brand, a product, a ship, a team or a call sign in
quotation marks; a person's own name it does not. A word a name term finds only in another
script, spelling or case that stands alone inside quotation marks, or among at most
MAX_QUOTED_WORDS capitalised words there, is that thing's name, not the person's (the drone
«Байрактар», not Bayraktar; the car «Лада Калина», not Kalin). Quoted speech is longer or
has lower-case words (``«Лавров прав»``), so its names still count; so does a name as
written (``"Bayraktar"``), which matching as written finds too.
"""

from __future__ import annotations

import re

from ..analysis import FieldText

MAX_QUOTED_WORDS = 3
# Nouns for a work or a publication that news writes before its quoted title (Russian,
# Ukrainian, Bulgarian, Serbian, Polish, Czech, Greek), in the cases a title follows them.
_WORK_NOUNS = (
    "фильм фильма фильме фильму фильмом книга книги книгу книге книгой роман романа романе"
    " пьеса пьесы пьесу спектакль спектакля песня песни песню альбом альбома сериал сериала"
    " картина картины картину поэма поэмы газета газеты газете журнал журнала передача"
    " передачи фільм фільму фільмі книжка книжки книгу пісня пісні серіал вистава вистави"
    " филм филма книгата песента film filmu filmie książka książki książkę powieść piosenka"
    " serial kniha knihy knihu píseň ταινία ταινίας βιβλίο βιβλίου τραγούδι σειρά"
)
_WORKS = frozenset(_WORK_NOUNS.split())
# Every script's quotation marks, either way round (German „…“, Danish »…«, English “…”).
_QUOTES = frozenset('«»„“”"‹›‟「」『』')
_MARKS = re.compile("[" + re.escape("".join(sorted(_QUOTES))) + "]")


def in_short_quote(text: FieldText, position: int) -> bool:
    """Whether the word at ``position`` of ``text`` stands inside quotation marks that hold
    one word, or at most MAX_QUOTED_WORDS capitalised words, with nothing but spaces and
    hyphens between them."""
    # The usual case: no quotation mark opens within reach (a quick look first).
    return _mark_within_reach(text, position) and quoted_among_few(text, position)


def quoted_among_few(text: FieldText, position: int) -> bool:
    """:func:`in_short_quote` without its quick look for a mark within reach (the full one)."""
    first = _quoted_edge(text, position, -1)
    if first is None:
        return False
    last = _quoted_edge(text, position, 1)
    if last is None or last - first >= MAX_QUOTED_WORDS:
        return False
    # A title or brand capitalises its words (``«Лада Калина»``); a short quote of speech
    # does not (``«Лавров прав»``: Lavrov is right), nor does a Slavic or Greek title,
    # which the noun for a work before it tells (``фильм «Калина красная»``).
    if first == last or all(w[:1].isupper() for w in text.raw[first : last + 1]):
        return True
    return first > 0 and text.raw[first - 1].lower() in _WORKS


def _mark_within_reach(text: FieldText, position: int) -> bool:
    """Whether a quotation mark stands in the text from the end of the word
    MAX_QUOTED_WORDS before ``position`` (or the field's start) to the word's start, where
    :func:`_quoted_edge` looks for the opening one: one search of those few characters."""
    first = position - MAX_QUOTED_WORDS
    start = text.ends[first] if first >= 0 else 0
    return _MARKS.search(text.text, start, text.starts[position]) is not None


def _quoted_edge(text: FieldText, position: int, step: int) -> int | None:
    """The first (``step`` -1) or last (1) word of the quoted span holding ``position``
    within MAX_QUOTED_WORDS words, or None if no quotation mark is that near."""
    starts, ends, raw = text.starts, text.ends, text.text
    size = len(starts)
    for word in range(position, position + step * MAX_QUOTED_WORDS, step):
        if not 0 <= word < size:
            return None
        if step < 0:
            gap = raw[ends[word - 1] if word else 0 : starts[word]]
        else:
            gap = raw[ends[word] : starts[word + 1] if word + 1 < size else len(raw)]
        if any(c in _QUOTES for c in gap):
            return word
        if gap.strip(" -\u00a0"):
            return None  # other punctuation first: not one quoted name
    return None
