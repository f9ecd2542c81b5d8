"""Sentence openers whose capital says nothing: the words that follow show an ordinary word.

A name opening a sentence is usually followed by its verb (``Tajani ha incontrato``,
``Vance told``). Two word patterns after an opener are those of an ordinary word instead:
a copula and an article, a definition (``Magyar is the language``, ``Albanese è la lingua``,
``Alcaraz es un municipio``), and a conjunction and three lower-case words, the first no
article or possessive, a list of common nouns (``Pellegrini e turisti``, ``Rubio y de ojos
azules``; not ``Putin and his allies``, ``Tusk i prezydent Nawrocki``). There the opener
counts as a name only if the article also writes it capitalised inside a sentence (see
capitals), and only if the language writes it often enough to be an ordinary word at all
(``Magyar``; not ``Amarasuriya is the country's prime minister``).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from functools import lru_cache

from .cases import primary_language
from .serbian import to_latin
from .word_frequencies import frequent_words

# Per language: the present and past third-person copula, the articles a definition's noun
# takes, the coordinating conjunctions. Languages without articles have no definition
# pattern; their conjunctions still count.
_COPULAS = {
    "en": "is was",
    "de": "ist war",
    "nl": "is was",
    "fr": "est était fut",
    "it": "è era fu",
    "es": "es era fue",
    "pt": "é era foi",
    "ro": "este e era",
}
_ARTICLES = {
    "en": "a an the",
    "de": "der die das ein eine",
    "nl": "de het een",
    "fr": "le la les l un une",
    "it": "il lo la l i gli le un una uno",
    "es": "el la los las un una uno",
    "pt": "o a os as um uma",
    "ro": "un o",
    "el": "ο η το οι τα τον την του της των",
}
# Possessives, which a name's list goes on with as articles do (``Putin and his allies``).
_POSSESSIVES = {
    "en": "his her their its",
    "de": "sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer",
    "nl": "zijn haar hun",
    "fr": "son sa ses leur leurs",
    "it": "suo sua suoi sue loro",
    "es": "su sus",
    "pt": "seu sua seus suas",
    "ro": "său sa săi sale",
    "pl": "jego jej ich",
    "cs": "jeho její jejich",
    "ru": "его её их",
    "uk": "його її їхні",
}
# Nouns for a person, which a definition of a person takes (``Slim es el hombre más rico``,
# ``Slim is the richest man``): a common noun is not defined as a man or a woman, a name is.
_PERSONS = {
    "en": "man woman person",
    "de": "mann frau person mensch",
    "nl": "man vrouw persoon",
    "fr": "homme femme personne",
    "it": "uomo donna persona",
    "es": "hombre mujer persona",
    "pt": "homem mulher pessoa",
    "ro": "om bărbat femeie persoană",
}
_CONJUNCTIONS = {
    "en": "and or",
    "de": "und oder",
    "nl": "en of",
    "fr": "et ou",
    "it": "e ed o",
    "es": "y e o u",
    "pt": "e ou",
    "ro": "și sau",
    "pl": "i oraz lub",
    "cs": "a i nebo",
    "sk": "a i alebo",
    "hr": "i ili",
    "sr": "i ili и или",
    "ru": "и или",
    "uk": "і й та або",
    "bg": "и или",
    "el": "και ή",
    "hu": "és vagy",
}


def _table(source: dict[str, str]) -> dict[str, frozenset[str]]:
    return {language: frozenset(words.split()) for language, words in source.items()}


COPULAS = _table(_COPULAS)
ARTICLES = _table(_ARTICLES)
POSSESSIVES = _table(_POSSESSIVES)
PERSONS = _table(_PERSONS)
CONJUNCTIONS = _table(_CONJUNCTIONS)
_NONE: frozenset[str] = frozenset()


def ordinary_words(following: list[str], language: str | None) -> int:
    """How many of the words ``following`` a sentence opener (up to the next four, as
    written) make a pattern of an ordinary word in ``language``: two for a copula and an
    article (not defining a person: ``Slim es el hombre``), four for a conjunction and
    three lower-case words, the first no article or possessive; 0 for none."""
    if len(following) < 2 or not following[1][:1].islower():
        return 0
    code = primary_language(language)
    first, second = following[0].lower(), following[1].lower()
    if first in CONJUNCTIONS.get(code, _NONE):
        # A list of people goes on with an article, a possessive or a title and a name
        # (``Putin and his allies``, ``Μητσοτάκης και ο Ερντογάν``, ``Tusk i prezydent
        # Nawrocki``); a list of common nouns goes on in lower case.
        listed = following[1:LIST_REACH]
        nouns = (
            len(listed) == LIST_REACH - 1
            and all(w[:1].islower() for w in listed)
            and second not in ARTICLES.get(code, _NONE) | POSSESSIVES.get(code, _NONE)
        )
        return LIST_REACH if nouns else 0
    definition = first in COPULAS.get(code, _NONE) and second in ARTICLES.get(code, _NONE)
    return 2 if definition and not _of_a_person(following[2:DEFINED_REACH], code) else 0


# How many words after an opener a definition's noun is looked for in (the copula, the
# article and two more: ``es el hombre``, ``is the richest man``).
DEFINED_REACH = 4


def _of_a_person(defined: list[str], code: str) -> bool:
    """Whether ``defined`` (a definition's words after its article) name a person."""
    persons = PERSONS.get(code, _NONE)
    return any(word.lower() in persons for word in defined)


# How many words after an opener the conjunction pattern reads: the conjunction and three.
LIST_REACH = 4


@lru_cache(maxsize=256)  # bounded: an article's language tag is input
def first_words(language: str | None) -> frozenset[str]:
    """The words that may follow an opener in one of :func:`ordinary_words`' patterns
    (a quick test before it; empty for a language without tables)."""
    code = primary_language(language)
    return COPULAS.get(code, _NONE) | CONJUNCTIONS.get(code, _NONE)


# A word at least this frequent in its language (Zipf scale: three times in ten million
# words; ``magyar`` in English 2.55) may be an ordinary word; a rarer one opening a
# sentence is a name whatever follows (``Amarasuriya``, ``Hamdok``: 0).
ORDINARY = 2.5


def may_be_ordinary(word: str, language: str | None) -> bool:
    """Whether ``word`` (as written) is at least ORDINARY in ``language`` (wordfreq's lists);
    True where there is no list to tell (a doubt stays a doubt)."""
    code = primary_language(language)
    frequent = _frequent_hashes(_LISTS.get(code, code))
    if frequent is None:
        return True
    key = hash(to_latin(word.lower()) if code == "sr" else word.lower())
    i = bisect_left(frequent, key)
    return i < len(frequent) and frequent[i] == key


# wordfreq has one Serbo-Croatian list, in Latin letters (Serbian Cyrillic: see serbian).
_LISTS = dict.fromkeys(("sr", "hr", "bs"), "sh")


@lru_cache(maxsize=32)  # asked only for the languages of the tables above
def _frequent_hashes(code: str | None) -> array[int] | None:
    """The hashes of the words of ``code``'s wordfreq list (its long one, if any) at least
    ORDINARY, sorted; None for a language without a list. Read on first use: only a
    doubtful opener asks. Hashes, not words: 8 bytes a word, where a set of the words of
    the 18 languages above held about 150 MB (a hash another word shares only keeps a
    doubt, as before this test)."""
    if not code:
        return None
    buckets = frequent_words(code, ORDINARY, ("large", "small"))  # its long list, if any
    if not buckets:
        return None
    found = {hash(word) for _, words in buckets for word in words}
    return array("q", sorted(found))
