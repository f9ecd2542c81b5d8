"""One-word Latin names that Arabic writes as two words: ``Nasrallah`` = ``نصر الله``,
``Abdelaziz`` = ``عبد العزيز``, ``Imamoglu`` = ``إمام أوغلو``, ``Akhundzada`` = ``آخوند
زاده``, ``Salahuddin`` = ``صلاح الدين``, ``Abubakar`` = ``أبو بكر``, ``Ahmadinejad`` =
``أحمدي نجاد``.

Arabic writes apart what Latin spellings join: the "servant of" and "father of" that open a
name (عبد, أبو; Latin joins the article of the next word too: Abd-el-Aziz), God's name and
"of the faith" that close one (الله, الدين), the Turkish and Persian endings "son of"
(-oğlu, أوغلو) and "born of" (-zadeh, زاده), the Persian "of the town" and "of the race"
(-abadi, آبادي; -nejad, نجاد; Persian itself parts them with a zero-width non-joiner), the
Turkish "rock" (-kaya, كايا: Yerlikaya = يرلي كايا) and a Turkic surname's closing Muhammad
(-muhamedov, محمدوف: Berdimuhamedov = بيردي محمدوف), and a Bosnian surname's -begović
and -pašić after a given name (Izetbegović = عزت بيغوفيتش). A name term so shaped also finds
its two parts side by side in Arabic script; one that opens with "servant of" or "father
of" also in the other scripts, which write it apart with its article (``Абдель Ати`` for
``Abdelatty``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text import fold

# The endings, as Latin spells them after the name's first part (at least three letters).
_ENDINGS = re.compile(
    r"(?P<first>[a-z]{3,}?)(?P<last>[ao]llah|ullah?|oglu|ogly|zade[h]?|zadah?|"
    r"[uei]ddine?|uddeen|[ae]ldin|abadi|ne[jz]had|nejad|kaya|m[uo]k?hamm?[ae]d[oe][vw]|"
    r"begovic|pasic)"  # Bosnian: Izetbegovic = عزت بيغوفيتش (fold drops the ć)
)
# "Servant of" or "father of" (abu, abou, and abi, its genitive: Lebanese surnames, Abi
# Nader = أبي نادر, Latin Abinader), then the next word's article as Latin attaches it (el,
# ul, al, ol, or a vowel and the doubled sun letter: Abderrahmane), then that word.
_OPENINGS = re.compile(
    r"(?P<first>abd|abu|abou|abi)(?:[aeiou]?l|[aeiou](?=(?P<sun>[^aeiou])(?P=sun)))?"
)
_LEAST = 3  # letters of the part after an opening


def spelled_parts(word: str) -> tuple[str, str] | None:
    """The two words other scripts may write the one-word name ``word`` as, when it opens
    with "servant of" or "father of": the opening with its article as Latin spells it, then
    the rest (``Abdelatty`` = ``Абдель Ати``, ``Abdulhamid`` = ``Абдул Хамид``, ``Abubakar``
    = ``Абу Бакар``); None for another word."""
    folded = fold(word)
    if not folded.isascii() or not folded.isalpha():
        return None
    opening = _OPENINGS.match(folded)
    if opening is None or opening["sun"] or len(folded) - opening.end() < _LEAST:
        return None
    return folded[: opening.end()].capitalize(), folded[opening.end() :].capitalize()


def arabic_parts(word: str) -> tuple[str, str] | None:
    """The two words Arabic writes the one-word name ``word`` as (Latin spellings), or None
    when it is not so shaped."""
    folded = fold(word)
    if not folded.isascii() or not folded.isalpha():
        return None
    ending = _ENDINGS.fullmatch(folded)
    if ending:
        return ending["first"].capitalize(), ending["last"].capitalize()
    opening = _OPENINGS.match(folded)
    if opening:
        rest = folded[opening.end() :]
        if opening["sun"]:
            rest = rest[1:]  # the article's doubled letter: Abd-er-Rahmane
        if len(rest) >= _LEAST:
            return opening["first"].capitalize(), rest.capitalize()
    return None


# "Servant of" as a word of its own, folded, in the scripts that write it apart (Arabic with
# a conjunction or preposition written onto it: وعبد, لعبد), and the article that may stand
# as a word between it and the name of God it opens (``Abd al Rahman``, ``Абд аль Азиз``).
_SERVANT_OF_WORDS = (
    "abd abdel abdul abdal abdol abdil абд абдель абдул абдуль абдаль абдал αμπντ αμπντελ"
    " αμπντουλ αμπνταλ عبد وعبد لعبد بعبد فعبد"
)
_ARTICLE_WORDS = "al el ul ал аль эль ель ул уль αλ ελ"
_SERVANT_OF = frozenset(_SERVANT_OF_WORDS.split())
_ARTICLES = frozenset(_ARTICLE_WORDS.split())


def after_servant_of(raw: Sequence[str], position: int) -> bool:
    """Whether the word at ``position`` of ``raw`` (a field's words as written) closes a
    name opened by "servant of" (``عبد الرحمن``, ``Абдель Азиз``, ``Abd al Karim``): there
    it is one of God's names, part of a given name (Abd al-Rahman), not a surname of its
    own (``Rahmon`` does not find the ``الرحمن`` of ``محمد بن عبد الرحمن``)."""
    before = position - 1
    if before >= 0 and fold(raw[before]) in _ARTICLES:
        before -= 1
    return before >= 0 and fold(raw[before]) in _SERVANT_OF
