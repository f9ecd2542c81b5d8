"""East Slavic patronymics, which stand between a given name and a surname: ``Владимир
Вольфович Жириновский`` (Vladimir, son of Wolf, Zhirinovsky) does not name a Volfovich
there, while ``Александр Вольфович заявил`` does (a surname of the same shape)."""

from __future__ import annotations

import re
from functools import lru_cache

from .cases import primary_language

# A man's patronymic in any case (Вольфовича, Сергеевичу, Андрійовичем, Уладзіміравіча) and
# a woman's (Владимировна, Ильинична, Олександрівною, Аляксандраўна): Russian, Ukrainian and
# Belarusian form them with these suffixes (a few old ones, Ильич, Кузьмич, are left out).
_PATRONYMIC = re.compile(
    r".{2,}(?:(?:ов|ев|ав)(?:ич|іч)(?:а|у|ем|ам|е|і)?"
    r"|(?:овн|евн|ичн|івн|ївн|аўн|еўн)(?:а|ы|и|і|е|у|ой|ою|ей))"
)
_LANGUAGES = frozenset(("ru", "uk", "be"))


@lru_cache(maxsize=50_000)  # asked for each place a name is found, and its neighbours
def patronymic(word: str, language: str | None) -> bool:
    """Whether ``word`` (as written) is shaped as a patronymic of ``language``'s names (only
    Russian, Ukrainian and Belarusian name a person by one)."""
    return primary_language(language) in _LANGUAGES and bool(_PATRONYMIC.fullmatch(word.lower()))
