"""Words that say a woman's surname follows: ``Мария Захарова`` is not Zakharov's genitive.

In Russian, Ukrainian and Belarusian a woman's surname is spelled as a man's oblique case
(Захарова, Лаврову, Медведєва), as is a Russian woman's in Polish, Croatian, Serbian and
Slovenian (Ławrowa, Lavrova), so a one-word rule for a man would find every woman of his
surname. Where the word follows a woman's given name, her patronymic or a noun for a woman
(``теннисистка``, ``tenisistka``), or opens a sentence before her given name (a
surname-first list: ``Пескова Ирина``), it is hers (see capitals.as_surnames). The lists
hold the commonest given names and nouns in their nominative; their other cases come from
the first declension they follow.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cases import primary_language

# Left out: women's names spelled as the genitive of a man's (Александра, Ярослава, Богдана,
# Евгения, Валерия, Яна, Милана, Валентина; Belarusian Алеся, of Алесь: ``Александра
# Володина`` is also Alexander Volodin's).
_RUSSIAN_GIVEN = (
    "Анна Мария Елена Ольга Татьяна Наталья Наталия Ирина Светлана Екатерина Юлия Анастасия"
    " Дарья Марина Людмила Галина Надежда Вера Нина Лариса Алла Тамара Ксения"
    " Виктория Полина Алина Алёна Кристина Вероника Софья София Елизавета Маргарита Оксана"
    " Инна Жанна Зоя Лидия Антонина Раиса Зинаида Римма Эльвира Василиса Ульяна Арина Диана"
    " Карина Ангелина Олеся Лилия Таисия Варвара Майя Регина Снежана Эмилия Евдокия Нелли"
    " Алиса Ева Лейла Гульнара Эльмира Зарема Фатима Мадина Асель Динара Лиана Любовь Нонна"
    " Ирэна Эвелина Инесса Изабелла Агата Стефания"
)
_UKRAINIAN_GIVEN = (
    "Олена Ольга Оксана Наталія Наталя Тетяна Ірина Юлія Людмила Галина Ганна Анна Марія"
    " Катерина Світлана Вікторія Анастасія Дарина Дар'я Соломія Лариса Надія Любов"
    " Віра Ніна Тамара Зоя Іванна Христина Уляна Леся Марина Інна Алла Лілія Софія Єлизавета"
    " Вероніка Аліна Діана Ірена Роксолана Маргарита Поліна Ангеліна"
)
_BELARUSIAN_GIVEN = (
    "Святлана Вольга Алена Таццяна Марыя Наталля Ірына Ганна Кацярына Людміла Юлія Марына"
    " Вераніка Вікторыя Надзея Галіна Дар'я Анастасія Ксенія Вера"
)
# Nouns for a woman by what she does or is, not by whom she is related to: a wife, widow,
# daughter, aide or founder is followed by the genitive of whose (``вдова Навального``).
_RUSSIAN_WOMEN = (
    "теннисистка фигуристка гимнастка биатлонистка лыжница пловчиха спортсменка чемпионка"
    " легкоатлетка волейболистка баскетболистка шахматистка конькобежка актриса певица"
    " балерина писательница поэтесса журналистка телеведущая художница студентка"
    " школьница пенсионерка госпожа депутатка активистка правозащитница блогерша блогерка"
    " предпринимательница россиянка украинка белоруска москвичка участница"
)
_UKRAINIAN_WOMEN = (
    "тенісистка фігуристка гімнастка біатлоністка лижниця плавчиня спортсменка чемпіонка"
    " легкоатлетка волейболістка баскетболістка шахістка акторка актриса співачка"
    " письменниця поетеса журналістка телеведуча художниця студентка школярка"
    " пенсіонерка пані депутатка активістка правозахисниця блогерка підприємниця українка"
    " учасниця киянка"
)
_BELARUSIAN_WOMEN = "спартсменка чэмпіёнка актрыса спявачка пісьменніца журналістка пані актывістка"
# Polish, and the languages that spell a Russian woman's surname as her own (Ławrowa,
# Lavrova) and a man's genitive alike: Croatian, Serbian (Latin; its Cyrillic is spelled
# from it), Bosnian, Slovenian. Left out as above: Aleksandra, Kamila, Bogdana,
# Jana, Dominika, Justyna.
_POLISH_GIVEN = (
    "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Elżbieta Zofia Krystyna Joanna"
    " Magdalena Monika Beata Natalia Karolina Marta Dorota Paulina Iga Irena Jadwiga Halina"
    " Danuta Teresa Renata Agata Kinga Izabela Alicja Weronika Julia Urszula"
    " Sylwia Jolanta Bożena Grażyna Wanda Hanna Ilona Edyta Iwona Klaudia Patrycja Emilia"
    " Oliwia Wiktoria Zuzanna Maja Lena Helena Daria Swietłana Tatiana Olga Jelena Julija"
)
# South Slavic: left out too are the women's names spelled as a man's genitive (Ivana,
# Jovana, Dragana, Gordana, Petra, Marina, Martina, Josipa, Andreja, Mateja, Simona,
# Teodora, Danijela, Julija; of a name in -o: Branka, Željka, Vlatka, Dubravka, Nina; Tina,
# Sandra): ``Izjave Ivana Anušića`` are Ivan Anušić's (his given name in the genitive).
_SOUTH_SLAVIC_GIVEN = (
    "Marija Ana Jelena Milica Maja Tijana Snežana Vesna Ljiljana Mirjana Biljana Sanja Tanja"
    " Nataša Svetlana Katarina Sofija Anđela Kristina Ivona Lucija Ema Mia Nikolina Kolinda"
    " Dijana Mojca Urška Tjaša Špela Eva Katja Alenka Irena Barbara Tatjana Olga Natalija"
    " Anna"
)
_POLISH_WOMEN = (
    "tenisistka łyżwiarka gimnastyczka aktorka piosenkarka dziennikarka pisarka poetka"
    " działaczka posłanka senatorka sportsmenka mistrzyni zawodniczka pani aktywistka"
    " prezenterka modelka studentka emerytka rosjanka ukrainka białorusinka"
)
_SOUTH_SLAVIC_WOMEN = (
    "teniserka tenisačica glumica pjevačica pevačica novinarka spisateljica književnica"
    " aktivistkinja sportašica sportistkinja zastupnica poslanica gospođa igralka pevka"
    " pisateljica aktivistka poslanka gospa"
)
# Greek: a woman's surname is spelled as a man's genitive too (Μπακογιάννη, Κεραμέως), and
# the article before it says whose: the feminine η, της, την (a man's is ο, του, τον). Given
# names in their nominative and genitive (``της Ντόρας``), nouns for a woman likewise.
_GREEK_GIVEN = (
    "Μαρία Μαρίας Ελένη Ελένης Αικατερίνη Αικατερίνης Κατερίνα Κατερίνας Βασιλική Βασιλικής"
    " Σοφία Σοφίας Άννα Άννας Γεωργία Γεωργίας Ιωάννα Ιωάννας Δήμητρα Δήμητρας Ντόρα Ντόρας"
    " Φώφη Φώφης Νίκη Νίκης Όλγα Όλγας Ζωή Ζωής Έφη Έφης Ευαγγελία Ευαγγελίας Χριστίνα"
    " Χριστίνας Αναστασία Αναστασίας Ειρήνη Ειρήνης Παναγιώτα Παναγιώτας Κωνσταντίνα"
    " Κωνσταντίνας Αφροδίτη Αφροδίτης Μαριλένα Μαριλένας Μαρέβα Μαρέβας Τασούλα Τασούλας"
)
_GREEK_WOMEN = (
    "η της την κυρία κυρίας γιαγιά γιαγιάς μητέρα μητέρας τραγουδίστρια τραγουδίστριας"
    " αθλήτρια αθλήτριας πρωταθλήτρια πρωταθλήτριας καθηγήτρια καθηγήτριας βουλευτίνα"
    " ηθοποιός"
)
_SERBIAN_CYRILLIC = str.maketrans("abvgdđežzijklmnoprstćufhcčš", "абвгдђежзијклмнопрстћуфхцчш")


def _serbian_cyrillic(words: str) -> str:
    """Serbian Latin ``words`` (lower case) as Serbian Cyrillic spells them."""
    for pair, letter in (("lj", "љ"), ("nj", "њ"), ("dž", "џ")):
        words = words.replace(pair, letter)
    return words.translate(_SERBIAN_CYRILLIC)


_GIVEN = {
    "ru": _RUSSIAN_GIVEN,
    "uk": _UKRAINIAN_GIVEN,
    "be": _BELARUSIAN_GIVEN,
    "pl": _POLISH_GIVEN,
    **dict.fromkeys(("hr", "bs", "sl"), _SOUTH_SLAVIC_GIVEN),
    "sr": f"{_SOUTH_SLAVIC_GIVEN} {_serbian_cyrillic(_SOUTH_SLAVIC_GIVEN.lower())}",
    "el": _GREEK_GIVEN,
}
_NOUNS = {
    "ru": _RUSSIAN_WOMEN,
    "uk": _UKRAINIAN_WOMEN,
    "be": _BELARUSIAN_WOMEN,
    "pl": _POLISH_WOMEN,
    **dict.fromkeys(("hr", "bs", "sl"), _SOUTH_SLAVIC_WOMEN),
    "sr": f"{_SOUTH_SLAVIC_WOMEN} {_serbian_cyrillic(_SOUTH_SLAVIC_WOMEN)}",
    "el": _GREEK_WOMEN,
}
# Endings of the first declension after the nominative's -a or -я: genitive, dative,
# accusative, instrumental, locative, vocative of each language (over-generated: harmless,
# as every form is a woman's word).
_AFTER_A = ("а", "ы", "и", "і", "е", "у", "ой", "ою", "ей", "ею", "ом", "о")
_AFTER_YA = ("я", "и", "і", "ї", "е", "ю", "ей", "ею", "єю", "ёй")
_AFTER_LATIN_A = ("a", "y", "i", "ie", "ę", "ą", "o", "e", "u", "om", "ji")
# A woman's patronymic in any case (Владимировна, Ильинична, Володимирівна, Уладзіміраўна).
_PATRONYMIC = re.compile(r".{2,}(?:овн|евн|ичн|івн|ївн|аўн|еўн)(?:а|ы|и|і|е|у|ой|ою|ей)")


def _forms(word: str) -> list[str]:
    """``word`` (a nominative, lower case, ё as е) in the cases of the first declension."""
    if word.endswith("а"):
        return [word[:-1] + e for e in _AFTER_A]
    if word.endswith("я"):
        return [word[:-1] + e for e in _AFTER_YA]
    if word.endswith("a"):
        return [word[:-1] + e for e in _AFTER_LATIN_A]
    return [word]


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е").replace("’", "'")


@lru_cache(maxsize=256)  # bounded: an article's language tag is input
def _womens_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(given names, nouns for women) of ``language`` in every case, folded."""
    given = {f for w in _GIVEN.get(language, "").split() for f in _forms(_fold(w))}
    nouns = {f for w in _NOUNS.get(language, "").split() for f in _forms(_fold(w))}
    return frozenset(given), frozenset(nouns)


def womans_form(term_word: str) -> bool:
    """Whether a rule's name word (folded) may be a woman's surname, as the Slavic ones
    written in Latin or Cyrillic letters end (``Zakharova``, ``Mizulina``,
    ``Tsikhanouskaya``, ``Kowalska``, ``Sabalenka``, ``Навальная``): her given name beside
    its cases then says nothing against it. A man's name ending in -a otherwise (``Lula``,
    ``Duda``, ``Rama``) is his: a woman's noun or given name before its case is another's."""
    return term_word.endswith(_WOMENS_ENDINGS)


# -ova, -eva, -ina, -yna, -aya, -aja, -ka (-ska, -cka, -enka), -ia (Lithuanian -ienė is in
# no rule's Latin spelling), and their Cyrillic spellings.
_WOMENS_ENDINGS = (
    "ova", "eva", "ina", "yna", "aya", "aja", "ka", "ia", "ya",
    "ова", "ева", "ёва", "ина", "ына", "ая", "яя", "ка", "ия", "ья",
)  # fmt: skip


@lru_cache(maxsize=50_000)  # asked for the word before each place a name is found
def womans_word(word: str, language: str | None) -> bool:
    """Whether ``word`` (as written) says that a woman's surname follows in ``language``: her
    given name or patronymic (capitalised), or a noun for a woman (``Теннисистка`` opening
    a sentence too)."""
    given, nouns = _womens_words(primary_language(language))
    folded = _fold(word)
    if folded in nouns:
        return True
    return word[:1].isupper() and (folded in given or bool(given and _PATRONYMIC.fullmatch(folded)))


def womans_given_name(word: str, language: str | None) -> bool:
    """Whether the capitalised ``word`` is a woman's given name in ``language``."""
    return word[:1].isupper() and _fold(word) in _womens_words(primary_language(language))[0]


def short_adjectival_form(term: str) -> str | None:
    """A Russian woman's adjectival surname as English spells it (``Navalnaya``,
    ``Politkovskaya``, German ``Nawalnaja``) with the short ending -a that Ukrainian,
    Polish, Czech and Slovak give it (``Навальна``, ``Nawalna``, ``Navalná``); None for a
    term not so spelled."""
    found = _ADJECTIVAL_ENDING.search(term)
    return term[: found.start()] + "a" if found else None


# -aya, -aja, -aia after a consonant, in a term of at least four letters before it (not Maya)
_ADJECTIVAL_ENDING = re.compile(r"(?<=[^\W\d_aeiouy])(?<=\w{4})(?:aya|aja|aia)$")
