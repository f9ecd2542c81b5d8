"""A name alone in quotation marks, or among a few capitalised quoted words, is a title's,
a brand's, a ship's or a call sign's (see names.quotes): found in another script or case
there, it is not the rule's person; quoted speech and the name as written still count."""

from __future__ import annotations

import random

import pytest

from tests.unit.query.test_names import matched
from workers.query import Document, analyze
from workers.query.names.quotes import in_short_quote, quoted_among_few


@pytest.mark.parametrize(
    ("term", "language", "text"),
    [
        ("Kalashnikov", "ru", "Концерн «Калашников» увеличил выпуск автоматов."),
        ("Putin", "ru", "Ледокол «Путин» вышел из порта Мурманска."),
        ("Lavrov", "pl", "Statek „Ławrow” wpłynął do portu w Gdańsku."),
        ("Zelensky", "el", "Η σειρά «Ζελένσκι» προβλήθηκε στην κρατική τηλεόραση."),
        ("Erdogan", "ru", "Танкер «Эрдоган» прибыл в порт Новороссийска."),
        ("Shoigu", "uk", "Боєць із позивним «Шойгу» потрапив у полон."),
        ("Tolstoy", "ru", "Книга «Толстой и Достоевский» вышла в 1902 году."),
        ("Gorky", "uk", "Фільм «Горький міст» вийшов у прокат."),
    ],
)
def test_a_short_quoted_name_in_another_script_is_not_the_person(
    term: str, language: str, text: str
) -> None:
    assert matched(term, language, text) == []


@pytest.mark.parametrize(
    ("term", "language", "text", "form"),
    [
        ("Lavrov", "ru", "Посол заявил: «Лавров прав».", "Лавров"),
        ("Lavrov", "ru", "«Лавров сказал нам, что переговоры идут», — заявил посол.", "Лавров"),
        ("Putin", "ru", "На митинге звучал лозунг «Путин — вор».", "Путин"),
        ("Merz", "ru", "Мерц назвал план «ошибкой».", "Мерц"),
        ("Bayraktar", "tr", 'Şirket "Bayraktar" markasını tescil ettirdi.', "Bayraktar"),
        ("Lavrov", "ru", "Встреча Лаврова и Шукри прошла в Каире.", "Лаврова"),
    ],
)
def test_quoted_speech_and_names_as_written_still_count(
    term: str, language: str, text: str, form: str
) -> None:
    assert matched(term, language, text) == [form]


@pytest.mark.parametrize(
    ("text", "word", "quoted"),
    [
        ("Дрон «Байрактар» сбит.", "Байрактар", True),
        ("Дрон «Лада Калина Спорт» сбит.", "Калина", True),
        ("Дрон «Раз Два Три Четыре» сбит.", "Два", False),  # longer than a name
        ("«Калина красная» вышла в 1974 году.", "Калина", False),  # a lower-case word
        ("Дрон Байрактар сбит.", "Байрактар", False),
        ("«Дрон», сказал Байрактар, «сбит».", "Байрактар", False),  # between two quotes
        ("«Байрактар»", "Байрактар", True),  # the whole field
    ],
)
def test_what_counts_as_a_short_quoted_name(text: str, word: str, quoted: bool) -> None:
    field = analyze(Document("", text)).fields["body"]
    assert in_short_quote(field, field.raw.index(word)) is quoted


def _random_text(rng: random.Random) -> str:
    pieces = ["Дрон", "Байрактар", "сбит", "Лада", "Калина", "«", "»", "„", "“", '"', ",", "-", "."]
    return " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))


def test_looking_for_a_mark_within_reach_first_changes_no_answer() -> None:
    rng = random.Random(16)
    texts = [_random_text(rng) for _ in range(400)]
    fields = [analyze(Document("", text)).fields["body"] for text in texts]
    places = [(f, p) for f in fields for p in range(len(f.raw))]
    quick = [in_short_quote(f, p) for f, p in places]
    assert quick == [quoted_among_few(f, p) for f, p in places]
    assert any(quick) and not all(quick)
