"""The commonest prepositions of the Slavic and Baltic languages, one word each."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SOUTH_SLAVIC = "u na s sa iz do od po o pri bez za pod nad kroz među pred k ka prema"
_SOUTH_SLAVIC_CYRL = "у на с са из до од по о при без за под над кроз међу пред к ка према"
# The commonest prepositions of the languages that decline names into a dative (see cases).
PREPOSITIONS = {
    "ru": _words("в во на с со к ко по о об обо от до из за под над при без для про через у"),
    "uk": _words("в у на з із зі до від по про при без для за під над через між о об к"),
    "be": _words("у ў на з са да ад па пра пры без для за пад над праз паміж аб к"),
    "pl": _words("w we na z ze do od po o przy bez dla za pod nad przez między przed u ku"),
    "cs": _words("v ve na s se z ze do od po o při bez pro za pod nad přes mezi před u k ke"),
    "sk": _words("v vo na s so z zo do od po o pri bez pre za pod nad cez medzi pred u k ku"),
    "sl": _words("v na s z do od po o pri brez za pod nad čez med pred k h"),
    "sr": _words(_SOUTH_SLAVIC + " " + _SOUTH_SLAVIC_CYRL),
    "hr": _words(_SOUTH_SLAVIC),
    "bs": _words(_SOUTH_SLAVIC),
    "lv": _words("ar uz no pie par pret bez līdz pēc aiz pa starp caur virs zem pār priekš"),
    "lt": _words("su į iš nuo prie per be už po apie pas ties iki tarp"),
}
