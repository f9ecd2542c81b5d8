"""A word after "nicknamed" or "with the call sign" is a nickname (``кот по кличке Гоша``,
``боевик с позывным Марш``, ``на прізвисько Буш``): an animal's or a fighter's, not the
person a rule means, whom news names there by no other word.
"""

from __future__ import annotations

from ..analysis import FieldText
from .capitals import joined

# The nickname's noun after its preposition (Russian, Ukrainian, Belarusian, Bulgarian):
# "by the nickname", "with, under the call sign". Not "by the name" (``по имени Лавров``),
# which names the person.
_NICKNAMED = frozenset(
    (
        "по кличке",
        "по прозвищу",
        "с позывным",
        "под позывным",
        "на кличку",
        "на прізвисько",
        "з позивним",
        "під позивним",
        "па мянушцы",
        "з пазыўным",
        "с прякор",
        "с позивна",
    )
)


def after_a_nickname(text: FieldText, position: int) -> bool:
    """Whether the word at ``position`` follows "nicknamed" or "with the call sign" (see
    _NICKNAMED), spaces between."""
    if position < 2 or not (joined(text, position - 2) and joined(text, position - 1)):
        return False
    raw = text.raw
    return f"{raw[position - 2].lower()} {raw[position - 1].lower()}" in _NICKNAMED
