"""The particles a name term writes before its name (von, van, de, al-, bin) are shown with
the name where an article writes them right before it, in Latin as the term writes them and
in other scripts by their keys; an article without them is matched as before."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("query", "language", "text", "found"),
    [
        ("von der Leyen", "de", "Gestern sprach Ursula von der Leyen in Rom.", ["von der Leyen"]),
        ('"von der Leyen"', "it", "Von der Leyen ha parlato a Roma.", ["Von der Leyen"]),
        ("von der Leyen", "sk", "Rozhovor s von der Leyenovou trval.", ["von der Leyenovou"]),
        ("von der Leyen", "bg", "Урсула фон дер Лайен пристигна в Рим.", ["фон дер Лайен"]),
        ("von der Leyen", "el", "Η φον ντερ Λάιεν μίλησε στη Ρώμη.", ["φον ντερ Λάιεν"]),
        ("von der Leyen", "ar", "وصلت فون دير لاين إلى روما.", ["فون دير لاين"]),
        ("van Gogh", "ru", "Картины Винсента ван Гога выставлены в Риме.", ["ван Гога"]),
        ("van Gogh", "el", "Οι πίνακες του βαν Γκογκ εκτέθηκαν.", ["βαν Γκογκ"]),
        ("al-Sisi", "en", "The envoy met al-Sisi in Rome.", ["al-Sisi"]),
        ("al-Sisi", "ru", "Посол встретился с аль-Сиси в Риме.", ["аль-Сиси"]),
        ("bin Salman", "en", "Mohammed bin Salman flew to Rome.", ["bin Salman"]),
        # Particles the article leaves out, spells otherwise in Latin, or parts from the name
        # by a mark: the name alone, matched as before.
        ("von der Leyen", "de", "Frau Leyen sprach in Rom.", ["Leyen"]),
        ("von der Leyen", "nl", "Ursula van der Leyen sprak in Rome.", ["Leyen"]),
        ("von der Leyen", "de", "Sie kam von der, Leyen sprach.", ["Leyen"]),
        ("von der Leyen", "ru", "Урсула дер Ляйен выступила.", ["Ляйен"]),
        ("al-Sisi", "en", "President el-Sisi arrived in Rome.", ["Sisi"]),
    ],
)
def test_the_particles_before_the_name_are_shown(
    query: str, language: str, text: str, found: list[str]
) -> None:
    assert matched(query, language, text) == found


@pytest.mark.parametrize(
    ("query", "language", "text"),
    [
        ("von der Leyen", "de", "Die Rede von der Tribüne war kurz."),
        ("al-Sisi", "en", "The al- prefix is common."),
    ],
)
def test_particles_alone_match_nothing(query: str, language: str, text: str) -> None:
    assert matched(query, language, text) == []


@pytest.mark.parametrize(
    "query",
    ['Ursula NEAR/0 "von der Leyen"', "Rome NEAR/2 al-Sisi"],
)
def test_near_counts_the_particles_as_exact_matching_does(query: str) -> None:
    """A hit holds the particles the article writes, as the term's exact phrase would: a
    NEAR finds with names what it finds without them."""
    text = "Ursula von der Leyen met in Rome with al-Sisi."
    assert matched(query, "en", text, names="exact")
    assert matched(query, "en", text) == matched(query, "en", text, names="exact")
