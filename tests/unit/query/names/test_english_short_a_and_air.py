"""English and French names as the Russian, Ukrainian, Bulgarian, Greek and Arabic press
write them by their sound: an English ai before an r said e (Blair = Блэр = Блер = Μπλερ,
Sinclair = Синклер, Baird = Бэрд); an English first a closed by a doubled consonant or by a
nasal and a consonant said e (Abbott = Эбботт = Ебботт, Hancock = Хэнкок = Генкок, Campbell
= Кэмпбелл, Carrie = Кэрри); a French final -anc's silent c (LeBlanc = Леблан = Λεμπλάν =
لوبلان). Not a look-alike: the abbot (аббат), the mass (Месса) for Massa, the mayor (Мэр)
for Mair, Anthony (Энтони) for Antoni, Arabic words for Arabic names (يبس for Abbas)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Blair", "ru", "Доклад Чилкота возложил на Блэра ответственность за Ирак.", "Блэра"),
        ("Blair", "uk", "Тоні Блер зустрівся з президентом у Києві.", "Блер"),
        ("Blair", "el", "Ο Τόνι Μπλερ επισκέφθηκε την Αθήνα.", "Μπλερ"),
        ("Sinclair", "ru", "Писатель Эптон Синклер разоблачал мясную промышленность.", "Синклер"),
        ("Baird", "ru", "Министр иностранных дел Канады Джон Бэрд прибыл в Киев.", "Бэрд"),
        ("Laird", "ru", "Министр обороны Мелвин Лэрд посетил Сайгон.", "Лэрд"),
        ("Abbott", "ru", "Бывший премьер Австралии Тони Эбботт стал советником.", "Эбботт"),
        ("Abbott", "uk", "Губернатор Ебботт підписав указ.", "Ебботт"),
        ("Hancock", "ru", "Джазмен Херби Хэнкок выступил в Москве.", "Хэнкок"),
        ("Hancock", "uk", "Генкок визнав, що порушив правила.", "Генкок"),
        ("Campbell", "ru", "Заместитель госсекретаря Курт Кэмпбелл прибыл в Пекин.", "Кэмпбелл"),
        ("Campbell", "uk", "Наомі Кемпбелл відвідала показ.", "Кемпбелл"),
        ("Hannity", "ru", "Ведущий Fox News Шон Хэннити взял интервью у Трампа.", "Хэннити"),
        ("Mattis", "ru", "Министр обороны Джеймс Мэттис подал в отставку.", "Мэттис"),
        ("Bannon", "uk", "Стів Беннон постав перед судом.", "Беннон"),
        ("Harris", "ru", "Вице-президент Камала Харрис выступила в Чикаго.", "Харрис"),
        ('"Carrie Lam"', "ru", "Глава Гонконга Кэрри Лам ушла в отставку.", "Кэрри Лам"),
        ('"Carrie Lam"', "uk", "Керрі Лам заявила про відставку.", "Керрі Лам"),
        ("LeBlanc", "ru", "Министр Доминик Леблан встретился с коллегами из США.", "Леблан"),
        ("LeBlanc", "el", "Ο υπουργός Ντομινίκ Λεμπλάν δήλωσε ότι.", "Λεμπλάν"),
        ("LeBlanc", "ar", "قال الوزير دومينيك لوبلان إن كندا سترد.", "لوبلان"),
        ("Blanc", "ru", "Тренер Лоран Блан возглавил клуб.", "Блан"),
    ],
)
def test_an_english_or_french_name_is_found_as_said(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Abbott", "ru", "Аббат монастыря принял паломников."),
        ("Abbott", "uk", "Абат монастиря зустрів паломників."),
        ("Massa", "ru", "Месса прошла в соборе Святого Петра."),
        ("Massi", "ru", "Лионель Месси забил гол."),
        ("Antoni", "ru", "Госсекретарь Энтони Блинкен прибыл в Киев."),
        ("Rambo", "ru", "Поэт Артюр Рембо родился в Шарлевиле."),
        ("Mair", "ru", "Мэр Лондона Садик Хан выступил с заявлением."),
        ("Mair", "uk", "Мер Києва Віталій Кличко заявив про відключення."),
        ("Abbas", "ar", "يبس الزرع في الحقول بسبب الجفاف."),
        ("Hassan", "ar", "يسن البرلمان قانونا جديدا."),
        ("Blanc", "ru", "Белое вино блан де блан подорожало."),
    ],
)
def test_a_look_alike_is_not_found(term: str, language: str, text: str) -> None:
    assert matched(term, language, text) == []
