"""Persian phrases whose slot holds a word of a kind, not a person: the month in ``در ماه
اسد`` (in the month of Asad), the script or language in ``به خط پهلوی`` (in Pahlavi script),
the adjective in ``مردی متقی`` (a pious man).

Persian has no capitals to tell a name, and its months, scripts and adjectives are often
names too (Asad, Pahlavi, Mottaqi). A preposition and a noun of month, script or language
before a word make it that month's, script's or language's name (``در ماه پزشکیان`` is not
Persian; ``این ماه پزشکیان گفت``, this month Pezeshkian said, has no preposition). A
person's noun with the indefinite ``-ی`` (``مردی``, a man) is followed by its adjective,
not by a name: Persian names a man so with ``به نام`` (``مردی به نام …``).
"""

from __future__ import annotations

from ..analysis import FieldText
from .capitals import joined
from .cases import primary_language

_ARABIC_LETTERS = str.maketrans("يكة", "یکه")  # as Persian spells them


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PREPOSITIONS = _words("در از تا طی به با برای")
_MONTH = _words("ماه")
_SCRIPT = _words("خط زبان لهجه گویش")
_SCRIPT_PREPOSITIONS = _words("به با")
# Nouns of a person with the indefinite -ی: a man, a woman, someone, an old man or woman, a
# girl, a boy. Not those that are also an adjective or an abstract noun before its
# possessor (``زندگی شخصی پزشکیان``, Pezeshkian's personal life; ``جوانی``, youth).
_SOMEONE = _words("مردی زنی کسی پیرمردی پیرزنی دختری پسری")
_PERSIAN = frozenset({"fa", "prs", "pes"})


def in_persian_frame(text: FieldText, p: int, language: str | None) -> bool:
    """Whether the word at ``p`` fills the slot of a month, a script or language, or an
    adjective after an indefinite person in a Persian article (see the module)."""
    if p == 0 or primary_language(language) not in _PERSIAN or not joined(text, p - 1):
        return False
    raw = text.raw
    before = _plain(raw[p - 1])
    if before in _SOMEONE:
        return True
    if p < 2 or not joined(text, p - 2):
        return False
    preposition = _plain(raw[p - 2])
    return (before in _MONTH and preposition in _PREPOSITIONS) or (
        before in _SCRIPT and preposition in _SCRIPT_PREPOSITIONS
    )


def _plain(word: str) -> str:
    return word.translate(_ARABIC_LETTERS)
