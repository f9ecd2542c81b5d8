"""The seed drops: headline found exactly, every story paragraph kept, no furniture kept."""

from __future__ import annotations

import pytest

from tests.unit.cleaning.conftest import seed_text
from workers.cleaning import clean_text_drop

HEADLINES = [
    ("sana", "Attempts to Isolate Anyone Inadmissible during Anti-Terrorism Struggle: Lavrov"),
    (
        "tass",
        "Lavrov calls for stopping terrorists’ migration elsewhere after defeat in Syria, Iraq",
    ),
]

# The opening words of every article paragraph.
KEPT = [
    ("sana", "CAIRO- Anti-terrorism initiatives should not be based"),
    ("sana", "“It is important that they (anti-terrorism efforts)"),
    ("sana", "“This is exactly what President Vladimir Putin’s initiative"),
    ("sana", "Lavrov also said that anti-terrorism efforts were among"),
    ("sana", "“The attack that took place in recent days"),
    ("sana", "Lavrov added that the sides demonstrated unity"),
    ("sana", "“(We) also discussed in a most detailed manner"),
    ("sana", "Egypt continues supporting the Astana process"),
    ("sana", "“Our Egyptian friends support the Astana process"),
    ("sana", "He said the Astana process will make it possible"),
    ("tass", "MOSCOW, October 23. /TASS/. The international community"),
    ("tass", "Lavrov said the sides discussed the situation in the Middle East"),
    ("tass", '"The task of all participants of anti-terrorist steps'),
    ("tass", "The initiative of Russian President Vladimir Putin to create a global anti-terror "
             "coalition, based on mutual trust"),
    ("tass", '"We support the efforts of the Iraqi government'),
]  # fmt: skip

# Lines that are page furniture, never article paragraphs.
DROPPED = [
    ("sana", "You might also like"),
    ("sana", "Latest news"),
    ("sana", "UN Resident and Humanitarian Coordinator in Syria"),
    ("tass", "Back to Main page"),
    ("tass", "Read also"),
    ("tass", "Operation in Syria nearing completion — Russian defense minister"),
    ("tass", "{{item.group_date}}"),
    ("tass", "Show more"),
    ("tass", "Share"),
    ("tass", "Реклама"),
    ("tass", "Most read"),
    ("tass", "© AP Photo/Raqqa Media Center"),
    ("tass", "Putin sacks Russian deputy foreign minister"),
    ("tass", "Russian Politics & Diplomacy"),
]


@pytest.mark.parametrize(("seed", "headline"), HEADLINES)
def test_headline_is_found_exactly(seed: str, headline: str) -> None:
    assert clean_text_drop(seed_text(seed)).title == headline


@pytest.mark.parametrize(("seed", "opening"), KEPT)
def test_every_article_paragraph_is_kept(seed: str, opening: str) -> None:
    paragraphs = clean_text_drop(seed_text(seed)).paragraphs
    assert any(p.startswith(opening) for p in paragraphs)


@pytest.mark.parametrize(("seed", "furniture"), DROPPED)
def test_furniture_is_dropped(seed: str, furniture: str) -> None:
    paragraphs = clean_text_drop(seed_text(seed)).paragraphs
    assert not any(p.startswith(furniture) for p in paragraphs)


@pytest.mark.parametrize("seed", ["sana", "tass"])
def test_headline_is_not_repeated_in_body(seed: str) -> None:
    article = clean_text_drop(seed_text(seed))
    assert article.title not in article.paragraphs


@pytest.mark.parametrize("seed", ["sana", "tass"])
def test_seed_language_is_english(seed: str) -> None:
    assert clean_text_drop(seed_text(seed)).language == "en"


def test_tass_date_comes_from_its_header() -> None:
    published = clean_text_drop(seed_text("tass")).published_at
    assert published is not None
    assert published.date().isoformat() == "2017-10-23"
