"""Names as Cyrillic, Greek and Arabic write them, by their sound in the name's language:
French nasals (a final -in as -en, en as an, the consonant after a final nasal silent), and
in a name spelled the French way also eau and au as o, ill as y, -iez as -ie, j as zh, u as
ü; a Spanish ll between vowels as y in Greek and Arabic; a Hungarian name's s, cs, ly; a
Portuguese nh and lh; a Swedish -sson name's o."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.spoken import arabic_spoken_spellings, spoken_spellings


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Darmanin", "ru", "Министр юстиции Дарманен посетил тюрьму.", "Дарманен"),
        ("Jospin", "el", "Ο πρώην πρωθυπουργός Ζοσπέν μίλησε στη Βουλή.", "Ζοσπέν"),
        ("Vautrin", "ar", "قالت الوزيرة كاترين فوتران إن الإصلاح سيستمر.", "فوتران"),
        ("Melenchon", "ru", "Лидер левых Меланшон призвал к забастовке.", "Меланшон"),
        ("Bertrand", "ru", "Глава региона Ксавье Бертран выступил против.", "Бертран"),
        ("Clement", "el", "Ο υπουργός Κλεμάν απάντησε στους βουλευτές.", "Κλεμάν"),
        ("Retailleau", "ru", "Министр внутренних дел Ретайо ужесточил правила.", "Ретайо"),
        ("Wauquiez", "el", "Ο Λοράν Βοκιέ επέκρινε την κυβέρνηση.", "Βοκιέ"),
        ("Castillo", "el", "Ο πρώην πρόεδρος Καστίγιο καταδικάστηκε.", "Καστίγιο"),
        ("Padilla", "ar", "قال الوزير بادييا إن المفاوضات ستستمر.", "بادييا"),
        ("Kocsis", "ru", "Глава фракции Кочиш выступил в парламенте.", "Кочиш"),
        ("Matolcsy", "ar", "قال محافظ البنك المركزي ماتولتشي إن التضخم تراجع.", "ماتولتشي"),
        ("Coelho", "ru", "Министр Коэлью выступил в парламенте.", "Коэлью"),
        ("Pinho", "el", "Ο υπουργός Πίνιο μίλησε στη Βουλή.", "Πίνιο"),
        ("Jonsson", "ru", "Министр обороны Швеции Юнссон посетил Киев.", "Юнссон"),
        ("Johansson", "uk", "Єврокомісарка Юханссон заявила про нові правила.", "Юханссон"),
    ],
    ids=["final -in", "final -in, Greek", "final -in, Arabic", "en before ch",
         "silent d after a nasal", "en before a silent t", "eau and ill", "au and -iez",
         "Spanish ll, Greek", "Spanish ll, Arabic", "Hungarian cs and s", "Hungarian cs, y",
         "Portuguese lh, final o as u", "Portuguese nh", "Swedish o as u",
         "Swedish o as u, Ukrainian"],
)  # fmt: skip
def test_a_french_name_is_found_as_other_scripts_say_it(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Durant", "يتسبب دوران الأرض في تعاقب الليل والنهار."),  # rotation: no French Duran
        ("Illa", "أيا كان القرار فإن الحكومة ستنفذه."),  # whichever: too short for ll as y
    ],
)
def test_an_arabic_word_a_reading_would_spell_is_no_name(term: str, text: str) -> None:
    """Arabic writes many words as a French nasal or a Spanish ll would read a short or
    English name."""
    assert matched(term, "ar", text) == []


@pytest.mark.parametrize(
    ("term", "spellings", "arabic"),
    [
        ("Darmanin", ("darmanen",), ("darmanen",)),
        ("Bertrand", ("bertran",), ()),  # not spelled the French way: not for Arabic
        ("Retailleau", ("retayo",), ("retayo", "rutayo")),  # its schwa as Arabic و
        ("Wauquiez", ("wokie",), ("wokie",)),
        ("Juppé", ("zhyuppe", "zhippe"), ("zhyuppe",)),
        ("Putin", (), ()),  # too short for -en: Путен is no word, but بوتان is butane
        ("Macron", (), ()),
        ("Stoltenberg", (), ()),
        ("Trump", (), ()),
        ("Castillo", ("castiyo",), ("castiyo",)),
        ("Illa", ("iya",), ()),
        ("Bryant", (), ()),  # English: Брайант, not Брайан (Bryan)
        ("Reilly", (), ()),  # English: no French eill
        ("Kocsis", ("kochish",), ("kochish",)),
        ("Gulyas", ("guyash",), ("gulyash",)),  # Arabic writes its ly: غولياش
        ("Szijjarto", (), ()),  # sz alone: Polish too
        ("Kelly", (), ()),
        ("Marinho", ("marinyo", "marinyu"), ("marinyo", "marinyu")),
        ("Rubio", (), ()),  # no Portuguese spelling: its o stays
        ("Johansson", ("juhansson",), ()),  # Swedish: the o of -sson stays (Юханссон)
        ("Johnson", (), ()),  # English
    ],
)
def test_which_terms_are_read_by_their_languages_sound(
    term: str, spellings: tuple[str, ...], arabic: tuple[str, ...]
) -> None:
    assert (spoken_spellings(term), arabic_spoken_spellings(term)) == (spellings, arabic)
