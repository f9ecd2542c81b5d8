"""An Arabic word found for a Latin name term that Arabic writes far more often than Latin
news write the name (``سعيد`` happy for Saied, ``السلام`` peace for Salam) is the name only
beside a name's neighbours: a title, a given name, a verb of saying or meeting, a noun of a
person's acts — there or anywhere else in the article. Names Latin news write as often
(``بوتين``) and given names (``محمد``) are found as before."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.arabic_words import also_a_word, arabic_zipf, latin_zipf


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Saied", "كان يوما سعيد للجميع."),
        ("Salam", "وقعت الأطراف اتفاق السلام في جنيف."),
        ("Haddad", "نكست الأعلام في يوم الحداد."),
        ("Khatib", "صعد الخطيب إلى المنبر."),
        ("Sharif", "يضم الحرم الشريف المسجد الأقصى."),
        ("Munir", "ينتظرنا غد منير."),
        ("Saar", "انخفض سعر النفط في الأسواق."),
        ("Salah", "صلاح المرء في أخلاقه."),
        ("Saied", "ورأت الصحف أن سعيد حقق مكاسب."),
        ("Assad", "ربض الأسد تحت الشجرة."),
        ("Salam", "رفرف السلام فوق المدينة."),
    ],
    ids=[
        "happy",
        "peace, after a noun",
        "mourning, after a noun",
        "the preacher, after a verb of moving",
        "noble, after a noun",
        "bright",
        "price",
        "righteousness, opening the sentence",
        "after a function word, the article naming him nowhere else",
        "the lion, after a rare verb of three consonants",
        "peace, after a rare verb of four consonants",
    ],
)
def test_an_ordinary_word_spelled_as_the_name_is_not_found(query: str, text: str) -> None:
    assert matched(query, "ar", text) == []


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Saied", "استقبل الرئيس قيس سعيد وزير الخارجية.", ["سعيد"]),
        ("Saied", "انتقد الرئيس سعيد البرلمان.", ["سعيد"]),
        ("Salam", "أكد رئيس مجلس الوزراء اللبناني نواف سلام دعم الجيش.", ["سلام"]),
        ("Salam", "وأضاف سلام أن الحكومة ماضية في الإصلاحات.", ["سلام"]),
        ("Salam", "أقرت حكومة سلام الموازنة.", ["سلام"]),
        ("Sharif", "فاز الحزب بزعامة شريف بالانتخابات.", ["شريف"]),
        ("Salam", "انتقدت المعارضة سياسات سلام الاقتصادية.", ["سلام"]),
        ("Haddad", "صرح وزير الاقتصاد البرازيلي فرناندو حداد بأن التضخم تراجع.", ["حداد"]),
        ("Salam", "اجتمع بيتر سلام بالوفد.", ["سلام"]),
        ("Khatib", "قال وزير الاستخبارات إسماعيل الخطيب إن الشبكة فككت.", ["الخطيب"]),
        (
            "Saied",
            "وصل الرئيس التونسي قيس سعيد إلى الجزائر. ورأت الصحف أن سعيد حقق مكاسب.",
            ["سعيد"],
        ),
        ("Mohamed", "فاز محمد بالجائزة.", ["محمد"]),
        ("Putin", "جرت مكالمة بين بوتين وترامب.", ["بوتين"]),
        ("Saied", "تجمع المشيعون حول نعش سعيد في المقبرة.", ["سعيد"]),
        ("Salam", "أعلن المستشفى وفاة سلام بعد صراع مع المرض.", ["سلام"]),
    ],
    ids=[
        "after a given name",
        "after a title",
        "after an office's words",
        "after a verb of saying",
        "after a noun of a person's acts",
        "after 'led by', a preposition joined",
        "after 'policies of'",
        "after a foreign given name, after an office",
        "after a foreign given name Arabic seldom writes, spelled with its vowels",
        "with the article, after a given name",
        "anywhere, once the article names him beside a title",
        "a given name itself",
        "a name Latin news write as often",
        "after a noun of a person's death (coffin)",
        "after a noun of a person's death (death)",
    ],
)
def test_the_name_is_found_beside_a_names_neighbours(
    query: str, text: str, found: list[str]
) -> None:
    assert matched(query, "ar", text) == found


@pytest.mark.parametrize(
    ("arabic", "name", "ordinary"),
    [
        ("سعيد", "saied", True),
        ("للشرع", "sharaa", True),  # read without the preposition and article joined to it
        ("بوتين", "putin", False),
        ("لافروف", "lavrov", False),  # rarer in Arabic than COMMON
    ],
)
def test_which_words_are_more_often_ordinary(arabic: str, name: str, ordinary: bool) -> None:
    assert also_a_word(arabic, name) is ordinary


def test_the_word_lists_are_read_as_wordfreq_writes_them() -> None:
    """Fails if a wordfreq upgrade changes its lists' format (buckets of words by
    centibel): the commonest words of both sides sit where wordfreq puts them."""
    assert 6.0 <= arabic_zipf("في") <= 8.0
    assert 7.0 <= latin_zipf("the") <= 8.0
    assert latin_zipf("zzyzx") == 0.0


@pytest.mark.parametrize(
    ("query", "text", "form"),
    [
        ("Arafat", "أحيا الفلسطينيون ذكرى رحيل ياسر عرفات.", "عرفات"),
        ("Hakim", "فاز تيار عمار الحكيم بعدد من المقاعد.", "الحكيم"),
        ("Abadi", "شارك ائتلاف حيدر العبادي في الانتخابات.", "العبادي"),
    ],
)
def test_a_common_given_name_before_the_surname_is_a_names_neighbour(
    query: str, text: str, form: str
) -> None:
    """Given names Arabic news write every day (ياسر, عمار, حيدر, ماجد, نوري...) tell the
    word after them is a surname, even one Arabic writes more often as an ordinary word
    (عرفات Mount Arafat, الحكيم the wise), with no title or verb before them."""
    assert matched(query, "ar", text) == [form]


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Hariri", "قال رفيق الحريري إن لبنان لن يركع.", ["الحريري"]),
        ("Hariri", "قال بهاء الحريري إنه سيعود إلى بيروت.", ["الحريري"]),
        ("Hariri", "قال إن الحريري الطبيعي أغلى من الصناعي.", []),
    ],
    ids=["a given name after said", "another given name", "a function word between"],
)
def test_a_verb_of_saying_the_function_word_lists_hold_is_a_names_neighbour(
    query: str, text: str, found: list[str]
) -> None:
    """قال (said) is among stopwords-iso's Arabic function words: before a given name it is
    still a name's neighbour, as أكد (stressed) is; a function word between still parts them."""
    assert matched(query, "ar", text) == found
