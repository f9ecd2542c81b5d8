"""A name after "my sister", "our father": ``Moje sestra Kačka``, ``Моя сестра Рама``.

A first person's possessive and a noun of kin before a word name a relative of the writer
or the speaker by the given name (``my brother Lech``), not the surname of a person in the
news: a public person's relatives name them by their given name too. Such a word found
through a one-word name's keys is doubted as a sentence opener is (see matcher): the name
only where the article names the person elsewhere, as an article quoting a public person
about a watched relative does (``моя жена Мелания``). The genitive after a noun of kin
(``сестра Путина``) has no possessive before it.
"""

from __future__ import annotations

from functools import lru_cache

from ..analysis import FieldText, Positions
from .capitals import joined
from .cases import primary_language

# Per language: the first person's possessives (my, our), then the nouns of kin in the
# nominative singular.
_KIN = {
    "en": (
        "my our",
        """brother sister mother father son daughter husband wife grandmother grandfather
        grandson granddaughter aunt uncle cousin niece nephew mom mum dad""",
    ),
    "de": (
        "mein meine unser unsere",
        """bruder schwester mutter vater sohn tochter mann frau oma opa großmutter großvater
        enkel enkelin tante onkel cousin cousine neffe nichte""",
    ),
    "fr": (
        "mon ma notre",
        """frère sœur soeur mère père fils fille mari femme grand-mère grand-père tante
        oncle cousin cousine neveu nièce""",
    ),
    "es": (
        "mi nuestro nuestra",
        """hermano hermana madre padre hijo hija marido esposo esposa mujer abuela abuelo
        nieto nieta tía tío primo prima sobrino sobrina""",
    ),
    "it": (
        "mio mia nostro nostra",
        """fratello sorella madre padre figlio figlia marito moglie nonna nonno zia zio
        cugino cugina""",
    ),
    "pt": (
        "meu minha nosso nossa",
        """irmão irmã mãe pai filho filha marido esposa mulher avó avô neto neta tia tio
        primo prima sobrinho sobrinha""",
    ),
    "pl": (
        "mój moja nasz nasza",
        """brat siostra matka mama ojciec tata syn córka mąż żona babcia dziadek wnuk wnuczka
        ciocia wujek kuzyn kuzynka""",
    ),
    "cs": (
        "můj moje má náš naše",
        """bratr sestra matka máma otec táta syn dcera manžel manželka žena muž babička
        dědeček děda vnuk vnučka teta strýc bratranec sestřenice""",
    ),
    "sk": (
        "môj moja moje náš naša naše",
        """brat sestra matka mama otec syn dcéra manžel manželka žena muž babka dedko dedo
        vnuk vnučka teta strýko bratranec sesternica""",
    ),
    "ru": (
        "мой моя наш наша",
        """брат сестра мать мама отец папа сын дочь дочка муж жена бабушка дедушка внук
        внучка тётя тетя дядя""",
    ),
    "uk": (
        "мій моя наш наша",
        """брат сестра мати мама батько тато син донька дочка чоловік дружина бабуся дідусь
        онук онука тітка дядько""",
    ),
}


@lru_cache(maxsize=64)  # bounded: an article's language tag is input
def _kin(language: str | None) -> tuple[frozenset[str], frozenset[str]] | None:
    words = _KIN.get(primary_language(language))
    if words is None:
        return None
    return frozenset(words[0].split()), frozenset(words[1].split())


def after_my_relative(text: FieldText, positions: Positions, language: str | None) -> Positions:
    """The ``positions`` whose word follows a first person's possessive and a noun of kin
    (only white space between): a relative's given name."""
    kin = _kin(language)
    if kin is None:
        return []  # the usual case
    raw = text.raw
    possessives, relatives = kin
    return [
        p
        for p in positions
        if p > 1
        and raw[p - 1].lower() in relatives
        and raw[p - 2].lower() in possessives
        and joined(text, p - 2)
        and joined(text, p - 1)
    ]
