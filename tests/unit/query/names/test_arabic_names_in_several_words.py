"""A name of several words as Arabic writes it in more or fewer: a word of it that Arabic
writes as two (``Amir-Abdollahian`` = ``أمير عبد اللهيان``, ``Ekrem Imamoglu`` = ``أكرم
إمام أوغلو``), a capitalised article word joined to the name after it (``El Erian`` =
``العريان``, ``للعريان``), and particles of one consonant shown with the name (``de la`` =
``دي لا``)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        (
            '"Ekrem Imamoglu"',
            "ar",
            "وقال رئيس بلدية إسطنبول أكرم إمام أوغلو إن المدينة مستعدة للانتخابات.",
            "أكرم إمام أوغلو",
        ),
        (
            '"Kemal Kilicdaroglu"',
            "ar",
            "التقى زعيم المعارضة كمال كليتشدار أوغلو بأنصاره في أنقرة.",
            "كمال كليتشدار أوغلو",
        ),
        (
            '"Ahmet Davutoglu"',
            "ar",
            "وأجرى أردوغان وأحمد داود أوغلو محادثات مغلقة في القصر الرئاسي.",
            "وأحمد داود أوغلو",
        ),
        (
            '"Hossein Amir-Abdollahian"',
            "ar",
            "أكد حسين أمير عبد اللهيان أن طهران لا تسعى إلى توسيع الحرب.",
            "حسين أمير عبد اللهيان",
        ),
        (
            '"Mahmoud Ahmadinejad"',
            "ar",
            "وقال الرئيس الإيراني الأسبق محمود أحمدي نجاد إنه سيترشح مجددا.",
            "محمود أحمدي نجاد",
        ),
        (
            '"Abdolrahim Mousavi"',
            "ar",
            "قال رئيس الأركان الإيراني عبد الرحيم موسوي إن القوات في حالة تأهب.",
            "عبد الرحيم موسوي",
        ),
    ],
)
def test_a_word_arabic_writes_as_two_in_a_name_of_several(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        (
            '"Mohamed El Erian"',
            "ar",
            "وقال الخبير الاقتصادي محمد العريان إن التضخم سيستمر لفترة أطول.",
            "محمد العريان",
        ),
        (
            '"El Erian"',
            "ar",
            "وحذر العريان من أن الاحتياطي الفدرالي تأخر في رفع الفائدة.",
            "العريان",
        ),
        (
            '"Al Khater"',
            "ar",
            "وأكدت وزيرة الدولة للتعاون الدولي لولوة الخاطر أن الوساطة مستمرة.",
            "الخاطر",
        ),
        ('"Al Khater"', "ar", "وفي تصريح للخاطر أكدت أن الوساطة مستمرة.", "للخاطر"),
    ],
)
def test_a_capitalised_article_is_joined_to_the_name_in_arabic(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        (
            '"de Guindos"',
            "ar",
            "وقال نائب رئيس البنك المركزي الأوروبي لويس دي غيندوس إن التضخم يتراجع.",
            "دي غيندوس",
        ),
        (
            '"de la Fuente"',
            "ar",
            "وقال المدرب لويس دي لا فوينتي إن المنتخب جاهز للبطولة.",
            "دي لا فوينتي",
        ),
    ],
)
def test_particles_of_one_consonant_are_shown_in_arabic(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        # "Amir" (emir) and "Abd" + another name of God: no Abdollahian.
        ('"Hossein Amir-Abdollahian"', "ar", "استقبل أمير قطر وزير الخارجية عبد الله بن زايد."),
        ('"Amir Abdollahian"', "ar", "وأعلن أمير الكويت تعيين عبد الله الأحمد وزيرا للخارجية."),
        ('"Ekrem Imamoglu"', "ar", "أكرم إمام المسجد ضيوفه بعد صلاة الجمعة."),  # honoured
        ('"Al Baker"', "ar", "استيقظ المزارعون في الصباح الباكر لجني المحصول."),  # early
        ('"Al Baker"', "en", "James Baker met Saudi officials in Riyadh on Tuesday."),
        ('"Al Baker"', "en", "Baker Hughes said the rig count fell again this week."),
        ('"Al Thani"', "ar", "استقبل الملك عبدالله الثاني وفدا من رجال الأعمال في عمان."),
        ('"Al Thani"', "ar", "وجاء الفريق في المركز الثاني في ترتيب الدوري."),  # second
        ('"El Erian"', "ar", "وظهر في الصورة طفل عريان يبحث عن الطعام بين الأنقاض."),  # naked
    ],
)
def test_look_alikes_are_not_the_name(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
