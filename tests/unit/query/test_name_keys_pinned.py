"""The name keys of a table of names and article words, pinned: a change made for speed must
leave every key as it was (a change of the key scheme on purpose bumps forms.KEYS_VERSION and
rewrites the table: ``python -m tests.unit.query.test_name_keys_pinned``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from workers.query.names.forms import KEYS_VERSION, POLICIES, article_keys, term_keys

PINNED = Path(__file__).with_name("name_keys_pinned.json")

# Rule terms: names of each rule of the key scheme (phonetic.py, latin.py, cases.py), in
# several scripts, and synthetic names of the rules scale benchmark.
_TERMS = """Lavrov Lawrow Ławrow Лавров Λαβρόφ لافروف Zelensky Zelenskyy Selenskyj Зеленский
    Babiš Babis Łukaszenka Lukashenko Лукашэнка Haniyeh Hanija Kishida Кисида Trump Трамп
    Tramp Steinmeier Nawrocki Guterres Sánchez Jinping Xi Qiang Lagarde May Carney Barrot
    Meloni Fatima Duda Tebboune Hollande Gorbachev Горбачёв Scholz Schulz Orban Urban Vučić
    Vucic Sinwar Araghchi Johnson Vance Cameron Biden Байден بايدن Putin بوتين Shoukry
    Choukri Erdogan Ερντογάν Antonio Αντόνιο Modi Ruto Рута Takaichi Hegseth Fico Bukele
    Haftar Rutte Musk Hunter Truss Peugeot Rice Vasli Holla Vivi Gartesha
    Airlines Bango Banliberhol Bannese Bantelturrov Begarhol Berenkokor Dinberenko Dintetoich
    Doholichgo Drukaski Druvila Enkoshamarli Garvassov Holskyskyenko Ichsha Kasovpesha
    Kulavich Lavbanva Ligoskina Marsovvasski Mimarturkor Moovariban Naneholrov Ovasedose
    Panbershazel Peshaichkor Raskydin Rovtezelra Shabeturra Skyovago Telturvashol
    Turberenkolo Vienkoenkora Zelsovturna Zozelbe lavrov NATO"""
TERMS = _TERMS.split()

# Article words and the language of their article (None: unknown).
WORDS = [
    ("Лаврова", "ru"), ("Лавровым", "ru"), ("Lavrovas", "lt"), ("Ławrowa", "pl"),
    ("Babišem", "cs"), ("Łukaszenki", "pl"), ("Лукашэнка", "be"), ("Tramp", "sr"),
    ("Džonson", "sr"), ("Tramp", "en"), ("Zelenskog", "hr"), ("Зеленського", "uk"),
    ("Λαβρόφ", "el"), ("لافروف", "ar"), ("ولافروف", "ar"), ("بوتين", None), ("Putinem", "cs"),
    ("Meloni", "it"), ("Merkelovou", "cs"), ("Orbánt", "hu"), ("Trumpin", "fi"),
    ("Erdoğan'ın", "tr"), ("Sánchezem", "pl"), ("Kovalenko", None), ("Dinberenkom", "ru"),
    ("Lavbanvou", "cs"), ("Рове", "ru"), ("Vucicem", "sr"), ("Ruto", "sw"), ("Scholza", "pl"),
]  # fmt: skip


def current_keys() -> dict[str, object]:
    """Every pinned key as the code computes it now (plain lists: JSON)."""
    terms = {f"{t} {p}": sorted(term_keys(t, p)) for t in TERMS for p in POLICIES}
    words = {
        f"{w} {lang} {cases}": sorted(article_keys(w, lang, cases))
        for w, lang in WORDS
        for cases in ("all", "nominative", "not locative", "none")
    }
    return {"keys_version": KEYS_VERSION, "terms": terms, "words": words}


@pytest.fixture(scope="module")
def pinned() -> dict[str, object]:
    return dict(json.loads(PINNED.read_text(encoding="utf-8")))


@pytest.mark.parametrize("part", ["terms", "words"])
def test_name_keys_are_the_pinned_ones(pinned: dict[str, object], part: str) -> None:
    assert pinned["keys_version"] == KEYS_VERSION, "key scheme changed: rewrite the table"
    assert current_keys()[part] == pinned[part]


if __name__ == "__main__":
    PINNED.write_text(json.dumps(current_keys(), ensure_ascii=False, indent=0) + "\n", "utf-8")
    sys.exit(0)
