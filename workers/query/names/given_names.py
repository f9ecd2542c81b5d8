"""East Slavic given names as each language of the region writes the same name.

Russian, Belarusian, Bulgarian and Serbian news write a Ukrainian's given name in its Russian
form (``Volodymyr Zelensky`` = ``Владимир Зеленский``, ``Andriy Yermak`` = ``Андрей Ермак``),
Ukrainian news a Russian's in its Ukrainian form (``Vladimir Putin`` = ``Володимир Путін``),
and a Belarusian's is written either way (``Alyaksandr`` = ``Aleksandr`` = ``Oleksandr``).
The forms differ in more than spelling (Volodymyr, Vladimir, Uladzimir), so no key of one
meets another. This is a table of ONE name's forms across the languages of one region (what a
news monitor's name-variant lists hold): no nicknames, and no translations of other names.
It applies only to a word written as a given name in a name of several words (``"Volodymyr
Zelensky"``, or ``Volodymyr Zelensky`` without quotes), never to a surname term, and only to
the scripts that write these forms (Cyrillic, Greek, Latin spelled by sound).
"""

from __future__ import annotations

from functools import lru_cache

from .forms import HEARD_LATIN, term_keys

# Each line: one name's usual Latin spellings in Ukrainian, Russian and Belarusian (folded,
# lower case), the forms a rule may write and the article's script may spell.
_FORMS = """
volodymyr wolodymyr vladimir wladimir uladzimir
oleksandr oleksander aleksandr alexandr alexander aleksander alyaksandr aliaksandr
mykola nikolai nikolay nikolaj mikalai mikalay
andriy andrii andrij andrei andrey andrej
serhiy serhii serhij sergei sergey sergej siarhei
oleksiy oleksii oleksij aleksei alexei aleksey alexey aliaksei
dmytro dmitry dmitri dmitriy dmitrii dzmitry dzmitri
yuriy yurii yuri yury jurij
petro pyotr petr piatro
mykhailo mykhaylo mikhail mikhal
kyrylo kirill kiryl
vitaliy vitalii vitaly vitali vitalij
yulia yuliia yuliya iuliia
olena yelena elena alena
hanna anna ganna
oleh oleg aleh
ihor igor ihar
vasyl vasily vasiliy vasili vasil
hryhoriy hryhorii grigory grigoriy grigori ryhor
heorhiy heorhii georgy georgiy georgi
yevhen yevgeny yevgeniy evgeny evgeniy yauhen
maksym maxim maksim
pavlo pavel paval
bohdan bogdan bahdan
valeriy valerii valery valeri
anatoliy anatolii anatoly anatoli
arseniy arsenii arseny arseni
denys denis dzianis
kateryna yekaterina ekaterina katsiaryna
tetiana tetyana tatiana tatyana tatsiana
iryna irina
liudmyla lyudmila ludmila liudmila
svitlana svetlana sviatlana
halyna galina halina
yevheniya yevgenia evgenia yauhenia
illia illya ilya ilia
mykyta nikita mikita
fedir fyodor fedor
hennadiy hennadii gennady gennadiy
borys boris barys
vadym vadim
olha olga volha
nadiya nadezhda nadzeya
matviy matvei matvey
semen semyon siamion
"""
_GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(line.split()) for line in _FORMS.strip().splitlines()
)
_GROUP_OF: dict[str, frozenset[str]] = {form: group for group in _GROUPS for form in group}

# The scripts whose news write these forms (keys of their article words; ~: a case form).
_SCRIPTS = ("Cyrl", "Grek", HEARD_LATIN)
_KINDS = tuple(f"{s}{c}:" for s in _SCRIPTS for c in ("", "~"))


def other_forms(word: str) -> tuple[str, ...]:
    """The other forms of the East Slavic given name ``word`` (any case), capitalised; ()
    for a word that is none."""
    group = _GROUP_OF.get(word.lower())
    if group is None:
        return ()
    return tuple(sorted(f.capitalize() for f in group if f != word.lower()))


@lru_cache(maxsize=1024)
def other_form_keys(word: str, policy: str) -> frozenset[str]:
    """Keys of the other forms of the given name ``word`` under ``policy``, in the scripts
    that write them (see _SCRIPTS); none for a word that is no such name."""
    return frozenset(
        k for form in other_forms(word) for k in term_keys(form, policy) if k.startswith(_KINDS)
    )
