"""A name's dative opening a sentence (verbs of lacking, liking and happening put their
person first: ``Хачанову не хватило``, ``Lehečkovi chyběl``) is found where the language
writes the word too rarely to be an ordinary one and no preposition follows; an ordinary
word's frequent dative that spells like a name's (``Миру нужен мир``, ``Královi``), and a
dative before a preposition (``Ribaru na otoku``), stay no name there."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Khachanov", "ru", "Хачанову не хватило одного сета до победы.", "Хачанову"),
        ("Sapic", "sr", "Шапићу је ово био други мандат.", "Шапићу"),
        ("Modric", "hr", "Modriću je ovo bila posljednja utakmica.", "Modriću"),
        ("Lehecka", "cs", "Lehečkovi chyběl jen jeden bod.", "Lehečkovi"),
        ("Fico", "sk", "Ficovi sa návrh nepáčil.", "Ficovi"),
        ("Hurkacz", "pl", "Hurkaczowi zabrakło sił w trzecim secie.", "Hurkaczowi"),
        ("Yarmolenko", "uk", "Ярмоленку забракло хвилини до рекорду.", "Ярмоленку"),
        ("Simonyte", "lt", "Šimonytei pavyko suburti koaliciją.", "Šimonytei"),
        ("Rinkevics", "lv", "Rinkēvičam šī ir otrā vizīte Vašingtonā.", "Rinkēvičam"),
    ],
)
def test_a_rare_dative_opening_a_sentence_is_the_name(
    term: str, language: str, text: str, form: str
) -> None:
    assert form in matched(term, language, text)


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Mir", "ru", "Миру нужен мир, а не война."),
        ("Bog", "ru", "Богу молились всю ночь."),
        ("Kral", "cs", "Královi se návrh nelíbil."),
        ("Krol", "pl", "Królowi zabrakło odwagi."),
        ("Kralj", "sr", "Краљу је ово био последњи рат."),
        ("Kmet", "sl", "Kmetu je suša uničila pridelek."),
        # a rare word's dative qualified by a prepositional phrase: an ordinary noun's
        ("Ribar", "hr", "Ribaru na otoku pomogli su susjedi."),
        ("Pekar", "ru", "Пекарю из соседнего села выдали премию."),
    ],
)
def test_a_frequent_dative_opening_a_sentence_stays_a_doubt(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "text", "found"),
    [
        # Czech se before a verb: the reflexive pronoun of the dative's verb
        ("Macron", "Macronovi se nepodařilo sestavit vládu.", ["Macronovi"]),
        ("Fiala", "Fialovi se nelíbilo rozhodnutí soudu.", ["Fialovi"]),
        ("Orban", "Orbánovi se podařilo udržet většinu.", ["Orbánovi"]),
        # se before a sibilant or two consonants: the preposition (with)
        ("Kovar", "Kovarovi se Skotskem nevyšlo nic.", []),
        ("Kovar", "Kovarovi se psem nikdo nepomohl.", []),
    ],
)
def test_a_czech_reflexive_se_after_a_dative_opener(term: str, text: str, found: list[str]) -> None:
    assert matched(term, "cs", text) == found
