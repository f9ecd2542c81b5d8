"""A name in an oblique case keeps its place before a capitalised word (not before a
woman's surname; any name keeps it before an acronym or a known place), and Czech cases of
names ending in a vowel or women's names of men's names in -o; Czech, Slovak and Polish cases
of men's names in -a; Slavic vowels that drop out of the cases; the endings Turkic languages
add to a name without an apostrophe."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Budanov", "pl", "Według Budanowa Rosja szykuje ofensywę.", "Budanowa"),
        ("Budanov", "cs", "Podle Budanova Rusko chystá ofenzívu.", "Budanova"),
        ("Lavrov", "pl", "Według Ławrowa Moskwa jest gotowa.", "Ławrowa"),
    ],
)
def test_a_name_in_an_oblique_case_before_a_capitalised_word_is_found(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Simonyte", "Ingridos Šimonytės Vyriausybė atsistatydino.", "Šimonytės"),
        ("Paluckas", "Parlamentas pritarė Gintauto Palucko Vyriausybės programai.", "Palucko"),
        ("Skvernelis", "Sauliaus Skvernelio Vyriausybei pareikštas nepasitikėjimas.", "Skvernelio"),
    ],
)
def test_a_lithuanian_leaders_genitive_before_the_capitalised_government_is_found(
    term: str, text: str, form: str
) -> None:
    """Lithuanian capitalises its Government (Vyriausybė), which news names after its
    leader's genitive: that word stands where a surname does, not a given name."""
    assert matched(term, "lt", text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Sisi", "en", "Sissy Spacek starred in the film."),
        ("Budanov", "pl", "Budanow Kyryło przemawiał."),  # nominative: a given name's place
    ],
)
def test_a_nominative_before_a_capitalised_word_stays_a_given_names_place(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Tajani", "Ministr se setkal s Tajanim v Římě.", "Tajanim"),
        ("Pellegrini", "Premiér jednal s Pellegrinim.", "Pellegrinim"),
        ("Vance", "Prezident se sešel s Vancem v Mnichově.", "Vancem"),
        ("Rutte", "Ministr jednal s Ruttem v Bruselu.", "Ruttem"),
        ("Svyrydenko", "Premiérka Svyrydenková přijela do Prahy.", "Svyrydenková"),
    ],
)
def test_czech_cases_of_names_in_i_and_e_and_women_of_names_in_o(
    term: str, text: str, form: str
) -> None:
    assert matched(term, "cs", text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text", "found"),
    [
        ("Boric", "ru", "Борис Джонсон выступил с речью.", []),
        ("Petro", "uk", "Петро Порошенко виступив у Раді.", []),
        ("Abiy", "ru", "Премьер-министр Эфиопии Абий Ахмед открыл плотину.", ["Абий"]),
        ("Lavrov", "ru", "Лавров заявил о переговорах.", ["Лавров"]),
    ],
)
def test_a_cyrillic_word_opening_a_run_of_capitals_is_a_given_name(
    term: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(term, language, text) == found


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Okamura", "cs", "Premiér poděkoval Okamurovi za podporu.", "Okamurovi"),
        ("Okamura", "sk", "Novinári kritizovali Okamuru za výroky.", "Okamuru"),
        ("Okamura", "sk", "Stretol sa s Okamurom v Prahe.", "Okamurom"),
        ("Okamura", "pl", "Premier podziękował Okamurze za poparcie.", "Okamurze"),
        ("Ramaphosa", "pl", "Premier przyznał Ramaphosie rację.", "Ramaphosie"),
        (
            "Christodoulides",
            "pl",
            "Premier rozmawiał z Christodulidisem o Cyprze.",
            "Christodulidisem",
        ),
    ],
)
def test_czech_slovak_and_polish_cases_of_mens_names_in_a(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Sosa", "Premier podziękował Sosie za poparcie.", "Sosie"),
        ("Mota", "Rozmawiano o Mocie w Lizbonie.", "Mocie"),
        ("Suda", "Minister przyznał Sudzie rację.", "Sudzie"),
        ("Lima", "Prezydent podziękował Limie za wizytę.", "Limie"),
        ("Kola", "Według Koli rozmowy trwały do rana.", "Koli"),
    ],
)
def test_polish_cases_of_short_names_in_a_whose_last_consonant_softens(
    term: str, text: str, form: str
) -> None:
    """The ending takes the stem's last consonant (Sos-ie, Mo-cie): a name of four letters
    still keeps a stem of three."""
    assert matched(term, "pl", text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Nauseda", "lt", "Prezidento Nausėdos komanda pareiškė.", "Nausėdos"),
        ("Nauseda", "lt", "Premjerė padėkojo Nausėdai.", "Nausėdai"),
        ("Nauseda", "lv", "Ministrs satika Nausēdu Viļņā.", "Nausēdu"),
        ("Orpo", "fi", "Orpon hallitus esitteli budjetin.", "Orpon"),
        ("Putin", "et", "Putini sõnul on sõda vältimatu.", "Putini"),
        ("Nauseda", "lt", "Nausėdos komanda pareiškė.", "Nausėdos"),
        ("Paluckas", "lt", "Palucko vyriausybė pristatė biudžetą.", "Palucko"),
        ("Spruds", "lv", "Sprūda vizīte Kijivā ilga divas dienas.", "Sprūda"),
    ],
)
def test_baltic_cases_of_names_in_a_and_a_finnic_or_baltic_genitive_opening_a_sentence(
    term: str, language: str, text: str, form: str
) -> None:
    """Lithuanian and Latvian cases of names in -a; a Finnish, Estonian, Lithuanian or
    Latvian genitive is the possessive, standing before its noun, which opens sentences (a
    Slavic genitive there stays a common word)."""
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Paluckas", "lt", "Premjero Gintauto Palucko komanda pareiškė.", "Palucko"),
        ("Paluckas", "lt", "Prezidentas padėkojo premjerui Paluckui.", "Paluckui"),
        ("Landsbergis", "lt", "Pasak ministro Gabrieliaus Landsbergio, tai klaida.", "Landsbergio"),
        ("Skvernelis", "lt", "Seimo pirmininkas susitiko su Skverneliu.", "Skverneliu"),
        ("Simonyte", "lt", "Pasak Ingridos Šimonytės, biudžetas subalansuotas.", "Šimonytės"),
        ("Spruds", "lv", "Premjere pateicās ministram Sprūdam par darbu.", "Sprūdam"),
        ("Karins", "lv", "Ārlietu ministrs tikās ar Kariņu.", "Kariņu"),
        ("Kalniete", "lv", "Deputāti pateicās Sandrai Kalnietei par darbu.", "Kalnietei"),
        ("Kalniete", "lv", "Pēc Sandras Kalnietes domām, sankcijas jāpastiprina.", "Kalnietes"),
        ("Melbarde", "lv", "Partija izvirzīja Daci Melbārdi sarakstā pirmo.", "Melbārdi"),
        ("Melbarde", "lv", "Par to runāja ar Daci Melbārdi.", "Melbārdi"),
        ("Valtonen", "fi", "Ulkoministeri Elina Valtosen mukaan tilanne on vakava.", "Valtosen"),
        ("Kaikkonen", "fi", "Toimittajat kysyivät asiaa Kaikkoselta.", "Kaikkoselta"),
        ("Nebenzia", "pl", "Stanowisko Wasilija Nebenzi poparły Chiny.", "Nebenzi"),
        ("Kania", "pl", "Według Stanisława Kani partia przetrwa.", "Kani"),
    ],
)
def test_cases_replace_a_baltic_nominative_ending_a_finnish_nen_and_a_polish_ia(
    term: str, language: str, text: str, form: str
) -> None:
    """A Lithuanian or Latvian name keeps its nominative ending in a rule (-as, -is, -ys,
    -ė, -s, -š, -e), which the other cases replace; a Finnish -nen declines on a stem in -se;
    Polish names in -ia take -i."""
    assert matched(term, language, text) == [form]


def test_a_slavic_genitive_opening_a_sentence_stays_a_common_word() -> None:
    assert matched("Putin", "ru", "Путина на Камчатке началась раньше обычного.") == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Rama", "sq", "Qeveria e Ramës miratoi buxhetin.", "Ramës"),
        ("Putin", "sq", "Takimi me Putinin u anulua.", "Putinin"),
        ("Meloni", "sq", "Qeveria e Melonit miratoi ligjin për emigracionin.", "Melonit"),
        ("Tajani", "sq", "Ministri u takua me Tajanin në Romë.", "Tajanin"),
        ("Rama", "sr", "Вучић се састао са Рамом у Тирани.", "Рамом"),
        ("Rama", "hr", "Plenković se sastao s Ramom u Tirani.", "Ramom"),
        ("Burhan", "fr", "Le général Burhane a rejeté la trêve.", "Burhane"),
        ("Klingbeil", "de", "Klingbeils Haushalt sorgt für Streit.", "Klingbeils"),
    ],
)
def test_albanian_serbo_croatian_french_and_german_endings(
    term: str, language: str, text: str, form: str
) -> None:
    """Albanian cases (of names in -a, a consonant or -i); Serbo-Croatian cases of men's
    names in -a; French -ane for an Arabic -an; a German genitive, a possessive, opening a
    sentence."""
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Lubinets", "ru", "Заявление Лубинца было резким.", "Лубинца"),
        ("Lubinets", "uk", "Заява Лубінця була різкою.", "Лубінця"),
        ("Lubinets", "ru", "Встреча с Лубинцом прошла в Киеве.", "Лубинцом"),
        ("Tsyhanok", "ru", "Позиция Цыганка известна.", "Цыганка"),
        ("Pavel", "cs", "Projev prezidenta Petra Pavla zazněl v Senátu.", "Pavla"),
        ("Pavel", "cs", "Premiér se setkal s Pavlem na Hradě.", "Pavlem"),
        ("Kaczmarek", "pl", "Wypowiedź Kaczmarka była ostra.", "Kaczmarka"),
        ("Havlicek", "cs", "Návrh Havlíčka prošel.", "Havlíčka"),
        ("Mendel", "pl", "Prawa Mendla opisują dziedziczenie cech.", "Mendla"),
        ("Hegel", "pl", "Filozofia Hegla wpłynęła na Marksa.", "Hegla"),
        ("Godel", "pl", "Prace Gödla zmieniły logikę.", "Gödla"),
        ("Vogel", "pl", "Według Vogla rynek się ochłodził.", "Vogla"),
        ("Sybiha", "ru", "Позиция Сибиги известна.", "Сибиги"),
        ("Deripaska", "ru", "Активы Дерипаски заморожены.", "Дерипаски"),
    ],
)
def test_a_vowel_that_drops_out_of_the_cases_and_the_genitive_i_after_a_velar(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Nebenzya", "uk", "Заява Небензі в Радбезі ООН.", "Небензі"),
        ("Nebenzya", "uk", "Посол США зустрілася з Небензею.", "Небензею"),
        ("Garcia", "uk", "Уряд Гарсії подав у відставку.", "Гарсії"),
        ("Garcia", "uk", "Переговори з Гарсією тривали годину.", "Гарсією"),
    ],
)
def test_ukrainian_cases_of_names_in_ya(term: str, language: str, text: str, form: str) -> None:
    """Ukrainian -я names: -і after a consonant, -ї after a vowel, -ею/-єю (as Russian -и, -ей)."""
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text", "found"),
    [
        # a woman's given name spelled as a man's genitive, before her surname
        ("Zamir", "ru", "Журналистка Замира Исмаилова получила премию.", []),
        ("Pavel", "cs", "Herečka Pavla Nováková získala cenu.", []),
        ("Zamir", "ru", "Заявление Замира было резким.", ["Замира"]),
        # a man's genitive in -ова before a woman's surname: his, and she speaks next
        ("Lavrov", "ru", "Слова Лаврова Захарова прокомментировала в Telegram.", ["Лаврова"]),
        ("Peskov", "uk", "Заяву Пєскова Захарова не коментувала.", ["Пєскова"]),
        # an acronym after the name is no surname: the name keeps its place
        ("Lavrov", "ru", "Об этом заявил Лавров РИА Новости.", ["Лавров"]),
        ("Peskov", "ru", "Об этом сообщил Песков ТАСС.", ["Песков"]),
        ("Lavrov", "ru", "Об этом заявил Лавров Сергей.", []),
        # nor is a known place
        ("Zelensky", "tr", "Zelenskiy Moskova’ya gitmeyecek.", ["Zelenskiy"]),
        ("Zelensky", "en", "Zelenskiy Kyiv visit was postponed.", ["Zelenskiy"]),
    ],
)
def test_what_follows_a_name_tells_a_given_names_place(
    term: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(term, language, text) == found


@pytest.mark.parametrize(
    ("term", "language", "text", "found"),
    [
        ('"Kim Jong Un"', "ru", "Переговоры с Ким Чен Ыном прошли в Пхеньяне.", ["Ким Чен Ыном"]),
        ('"Kim Jong Un"', "pl", "Spotkanie z Kim Dzong Unem trwało godzinę.", ["Kim Dzong Unem"]),
        ('"Yoon Suk Yeol"', "ru", "Адвокат Юн Сок Ёля подал апелляцию.", ["Юн Сок Ёля"]),
        ("Biya", "ru", "Рыбаки вышли на Бию на рассвете.", []),
    ],
)
def test_a_one_syllable_name_ending_in_a_consonant_keeps_a_stem_of_two_letters(
    term: str, language: str, text: str, found: list[str]
) -> None:
    """Ын, Un and Ёль decline on a stem of two letters (Ыном, Unem, Ёля); a name ending in a
    vowel needs three (Бию, the river, is not Biya's)."""
    assert matched(term, language, text) == found


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Film z udziałem Iriny Lwowej zdobył nagrodę.", "Lwowej"),
        ("Rozmawialiśmy z aktorką Iriną Lwową.", "Lwową"),
    ],
)
def test_a_short_womans_surname_keeps_the_stem_its_case_ending_repeats(
    text: str, form: str
) -> None:
    """Polish Lwowej and Lwową are Lwowa's cases: the -ow- the ending and the nominative
    share is the stem's (lwow-), which is long enough, not an ending's (lw-)."""
    assert matched("Lvova", "pl", text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Salvini", "az", "Dünən Salvininin bəyanatı yayıldı.", "Salvininin"),
        ("Lindner", "uz", "Vazir Lindnerga maktub yubordi.", "Lindnerga"),
        ("Wilders", "kk", "Кеше Вилдерстің мәлімдемесі жарияланды.", "Вилдерстің"),
        ("Abascal", "tk", "Düýn Abaskalyň beýanaty çap edildi.", "Abaskalyň"),
        ("Habeck", "ky", "Министр Хабекке кат жазды.", "Хабекке"),
    ],
    ids=["Azerbaijani genitive", "Uzbek dative", "Kazakh genitive", "Turkmen genitive",
         "Kyrgyz dative"],
)  # fmt: skip
def test_turkic_endings_added_to_a_name(term: str, language: str, text: str, form: str) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Scholz", "cs", "návštěva Olafa Scholze v Praze", "Scholze"),
        ("Marx", "cs", "učení Karla Marxe", "Marxe"),
        ("Scholz", "hu", "Orbán Viktor Scholzcal tárgyalt", "Scholzcal"),
        ("Katz", "hu", "Szijjártó Péter Katzcal tárgyalt", "Katzcal"),
        ("Syrskyi", "et", "Kindral Oleksandr Sõrskõi teatas pealetungist.", "Sõrskõi"),
        ("Rybakina", "et", "Jelena Rõbakina võitis finaali.", "Rõbakina"),
    ],
)
def test_czech_sibilant_genitive_hungarian_cal_and_estonian_o_tilde(
    term: str, language: str, text: str, form: str
) -> None:
    """Czech -e genitive after a sibilant, Hungarian -cal after a z said ts, Estonian õ
    for the Russian and Ukrainian ы and и."""
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Andriukaitis", "Vytenio Andriukaičio pozicija nepasikeitė.", "Andriukaičio"),
        ("Andriukaitis", "Žurnalistai uždavė klausimų Andriukaičiui po posėdžio.", "Andriukaičiui"),
        ("Andriukaitis", "Komisaras susitiko su Andriukaičiu Briuselyje.", "Andriukaičiu"),
        ("Andriukaitis", "Opozicija ragina Andriukaitį atsistatydinti.", "Andriukaitį"),
        ("Juozapaitis", "Seimo narys Vytautas Juozapaitis susitiko su rinkėjais.", "Juozapaitis"),
        ("Juozapaitis", "Premjeras padėkojo Juozapaičiui už darbą.", "Juozapaičiui"),
        # A rule typed without the marks of the name's consonants (Zemaitis for Žemaitis)
        ("Zemaitis", "Tęsiamos partizanų vado Jono Žemaičio palaikų paieškos.", "Žemaičio"),
    ],
)
def test_a_lithuanian_name_in_tis_writes_its_t_soft_in_the_cases(
    term: str, text: str, form: str
) -> None:
    """Lithuanian writes a name's t (d) before the io, iu of its genitive, dative and
    instrumental as č (dž): Andriukaitis, Andriukaičio, Andriukaičiui, Andriukaičiu."""
    assert matched(term, "lt", text) == [form]
