# ruff: noqa: E501  (a drop has one paragraph per line, however long)
"""Text drops built by hand: sidebars never reach the body, in English and in Russian."""

from __future__ import annotations

import pytest

from workers.cleaning import clean_text_drop

MENU = "\n".join(["Home", "News", "Sport", "Football", "Tennis", "Weather", "Subscribe", "Log in"])

FOOTBALL = f"""{MENU}

City edge United in late derby thriller

Sport
Saturday 4 May 2024

Manchester City beat United 2-1 on Saturday after a late header from their captain settled a tense derby at the Etihad, keeping the title race alive with three games left.

United had taken the lead before half-time when their young winger cut inside and curled a shot into the far corner, silencing the home crowd for the first time this season.

The home side levelled within ten minutes of the restart, and after a long spell of pressure the winner came from a corner in the 88th minute, to the relief of the manager.

"It was not our best game, but the players never stopped believing," the manager told reporters after the match. "We will need the same spirit next week."

Share
Tweet
Latest news
Lavrov calls for united front against terrorism in Syria
Terrorist attack foiled in the capital, police say
Lavrov meets his Iraqi counterpart to discuss terror threat
Election results delayed by storm
Most read
1
Transfer rumours: who is moving this summer
2
Weather warning for the weekend
© 2024 Sports Daily. All rights reserved.
Privacy policy
Contact us
"""

RUSSIAN = """Главная
Новости
Политика
Экономика
Спорт

Лавров призвал к борьбе с терроризмом

Министр иностранных дел России Сергей Лавров заявил в понедельник, что международное сообщество должно не допустить перемещения террористов в другие страны после их поражения в Сирии и Ираке.

По его словам, стороны обсудили ситуацию на Ближнем Востоке и в регионе в целом, уделив особое внимание борьбе с международным терроризмом.

Читайте также

Операция в Сирии близится к завершению

Лавров также отметил, что инициатива президента о создании глобальной антитеррористической коалиции полностью отвечает этой задаче, и призвал партнёров к сотрудничеству.

Реклама
{{item.group_date}}
Читайте также
Курс доллара вырос на открытии торгов
Погода на выходные: дожди и похолодание
"""


def test_football_body_never_mentions_the_sidebar() -> None:
    body = clean_text_drop(FOOTBALL).body.casefold()
    assert "lavrov" not in body
    assert "terror" not in body


def test_football_headline() -> None:
    assert clean_text_drop(FOOTBALL).title == "City edge United in late derby thriller"


def test_football_body_keeps_the_report() -> None:
    paragraphs = clean_text_drop(FOOTBALL).paragraphs
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("Manchester City beat United 2-1")


@pytest.mark.parametrize(
    "furniture",
    ["Читайте также", "Операция в Сирии близится к завершению", "Реклама", "{{item.group_date}}",
     "Курс доллара", "Главная"],
)  # fmt: skip
def test_russian_furniture_is_dropped(furniture: str) -> None:
    assert furniture not in clean_text_drop(RUSSIAN).body


def test_russian_article_is_kept() -> None:
    article = clean_text_drop(RUSSIAN)
    assert article.title == "Лавров призвал к борьбе с терроризмом"
    assert article.language == "ru"
    assert len(article.paragraphs) == 3


def test_language_hint_wins_over_detection() -> None:
    assert clean_text_drop(FOOTBALL, language_hint="en").language == "en"


@pytest.mark.parametrize("text", ["", "   \n\n  \n"])
def test_empty_text_gives_an_empty_article(text: str) -> None:
    article = clean_text_drop(text)
    assert article.paragraphs == ()
    assert article.stats.lines_kept == 0


def test_stats_count_lines_and_characters() -> None:
    article = clean_text_drop(FOOTBALL)
    assert article.stats.method == "text-drop"
    assert article.stats.lines_kept == len(article.paragraphs)
    assert 0 < article.stats.chars_kept < article.stats.chars_in
