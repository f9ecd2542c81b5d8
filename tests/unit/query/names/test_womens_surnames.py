"""A woman's surname spelled as a man's oblique case (Russian, Ukrainian, Belarusian) is hers,
not his, where her given name, patronymic or a noun for a woman stands beside it; a man's
genitive beside a word that only looks like one is still his."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("Zakharov", "ru", "Официальный представитель МИД Мария Захарова заявила о переговорах."),
        ("Putin", "ru", "Людмила Путина развелась с президентом в 2013 году."),
        ("Lavrov", "ru", "Журналисты поздравили Анну Лаврову с победой."),
        ("Naryshkin", "ru", "Наталья Кирилловна Нарышкина была матерью Петра Первого."),
        ("Lavrov", "ru", "Теннисистка Лаврова вышла в финал турнира."),
        ("Medvedev", "uk", "Фігуристка Медведєва виграла золото."),
        ("Peskov", "ru", "Участница Пескова Ирина Васильевна выиграла турнир."),
    ],
    ids=[
        "her given name before",
        "her given name, sentence start",
        "her given name in a case",
        "her patronymic before",
        "a noun for a woman before",
        "a noun for a woman, Ukrainian",
        "surname first, before her patronymic",
    ],
)
def test_a_womans_surname_beside_her_name_is_not_the_mans_case(
    query: str, language: str, text: str
) -> None:
    assert matched(query, language, text) == []


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("Lavrov", "ru", "Встреча Сергея Лаврова и Марии Захаровой прошла.", ["Лаврова"]),
        ("Lavrov", "ru", "После заявления Лаврова Мария Захарова уточнила детали.", ["Лаврова"]),
        ("Navalny", "ru", "Вдова Навального выступила в Европарламенте.", ["Навального"]),
        ("Volodin", "ru", "Пьесу Александра Володина поставили в МХТ.", ["Володина"]),
        ("Kaczynski", "uk", "Позицію Ярослава Качинського обговорили.", ["Качинського"]),
        ("Lavrov", "ru", "Сергея Лаврова встретили в аэропорту.", ["Лаврова"]),
        ("Putin", "ru", "Жена Путина Людмила Александровна развелась с ним.", ["Путина"]),
        ("Zakharova", "ru", "Мария Захарова заявила о переговорах.", ["Захарова"]),
        ("Zakharova", "ru", "Брифинг Марии Захаровой прошёл в среду.", ["Захаровой"]),
        ("Tsikhanouskaya", "ru", "Встреча со Светланой Тихановской прошла.", ["Тихановской"]),
        ("Navalnaya", "ru", "Выступление Юлии Навальной в Европарламенте.", ["Навальной"]),
    ],
    ids=[
        "a man's given name before",
        "her name after his genitive, inside the sentence",
        "a relative's noun governs his genitive",
        "a woman's name that is also a man's genitive",
        "the same, Ukrainian",
        "his given name opening the sentence",
        "his genitive before his wife's name and patronymic",
        "a rule for the woman herself",
        "hers, in an oblique case",
        "hers, Belarusian in Russian",
        "hers, an adjective's case",
    ],
)
def test_a_mans_oblique_case_beside_such_words_is_still_his(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("language", "woman", "man"),
    [
        ("pl", "Tenisistka Maria Ławrowa awansowała do finału.", "Spotkanie Ławrowa z Rubio."),
        ("hr", "Teniserka Marija Lavrova izborila je finale.", "Sastanak Lavrova i Rubija."),
        ("sr", "Тенисерка Марија Лаврова изборила је финале.", "Састанак Лаврова и Рубија."),
        ("sl", "Igralka Marija Lavrova je v finalu.", "Srečanje Lavrova in Rubia."),
    ],
)
def test_a_russian_womans_surname_is_hers_in_languages_that_spell_it_as_his_genitive(
    language: str, woman: str, man: str
) -> None:
    assert (matched("Lavrov", language, woman), bool(matched("Lavrov", language, man))) == (
        [],
        True,
    )


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Dendias", "Η Δένδια δήλωσε ότι η μεταρρύθμιση θα προχωρήσει.", []),
        ("Dendias", "Η ομιλία της Δένδια προκάλεσε αντιδράσεις.", []),
        ("Georgiadis", "Η ομιλία της Μαρίας Γεωργιάδη προκάλεσε αντιδράσεις.", []),
        ("Papadopoulos", "Η κυρία Παπαδοπούλου μίλησε στους δημοσιογράφους.", []),
        ("Dendias", "Η ομιλία του Δένδια προκάλεσε αντιδράσεις.", ["Δένδια"]),
        ("Papadopoulos", "Ο Παπαδόπουλος μίλησε στους δημοσιογράφους.", ["Παπαδόπουλος"]),
    ],
    ids=[
        "after η opening the sentence",
        "after της",
        "after her given name",
        "after κυρία",
        "a man's genitive after του",
        "the nominative",
    ],
)
def test_a_greek_womans_surname_after_a_feminine_article_is_hers(
    query: str, text: str, found: list[str]
) -> None:
    assert matched(query, "el", text) == found


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Duda", "Певица Дуду выпустила новый альбом.", []),
        ("Duda", "Журналисты спросили Дуду о выборах.", ["Дуду"]),
        ("Mizulina", "Слова Елены Мизулиной возмутили блогеров.", ["Мизулиной"]),
    ],
    ids=[
        "a man's name in -a: a woman's case beside a woman's noun is hers",
        "a man's name in -a: his case elsewhere",
        "a woman's surname term keeps her cases beside her given name",
    ],
)
def test_only_a_term_shaped_as_a_womans_surname_keeps_cases_beside_women(
    query: str, text: str, found: list[str]
) -> None:
    assert matched(query, "ru", text) == found


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Politkovskaya", "pl", "Dziennikarka Anna Politkowska zginęła.", "Politkowska"),
        ("Politkovskaya", "pl", "Zabójcy Anny Politkowskiej skazani.", "Politkowskiej"),
        ("Politkovskaya", "cs", "Vražda Anny Politkovské.", "Politkovské"),
        ("Politkovskaya", "sk", "Vražda Anny Politkovskej.", "Politkovskej"),
        ("Politkovskaya", "uk", "Журналістка Анна Політковська загинула.", "Політковська"),
        ("Navalnaya", "pl", "Biuro Julii Nawalnej potępiło wyrok.", "Nawalnej"),
    ],
)
def test_a_russian_womans_adjectival_surname_in_its_short_slavic_form(
    term: str, language: str, text: str, form: str
) -> None:
    """English ends it in -aya; Ukrainian, Polish, Czech and Slovak in -a, -á, with their
    adjectival cases."""
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("language", "text"),
    [("pl", "Julia Nawalna powiedziała."), ("cs", "Prohlášení Julije Navalné.")],
)
def test_the_short_form_of_his_widows_surname_is_not_navalny(language: str, text: str) -> None:
    assert matched("Navalny", language, text) == []
