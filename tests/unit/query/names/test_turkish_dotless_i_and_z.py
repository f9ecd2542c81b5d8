"""Turkish writes an Arabic or Persian name's short e with its ı (Bakıri = Bagheri) and an
Arabic dh with its z (Kazımi = Kadhimi, Münzir = Mundhir): such a word is also read with its
ı as e and its z as dh. A frequent Turkish word is read as written only, and an ı read e
keeps the word's c as c (Bakırcı, a coppersmith, is no Bagheri)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "found"),
    [
        ("Bagheri", "Tümgeneral Bakıri'nin ölümü Tahran'da yasla karşılandı.", ["Bakıri'nin"]),
        ("Bagheri", "Genelkurmay Başkanı Bakıri, tatbikatı izledi.", ["Bakıri"]),
        ("Kadhimi", "Irak Başbakanı Kazımi, Riyad'da Veliaht Prens ile görüştü.", ["Kazımi"]),
        ("Kadhimi", "Kazımi'nin danışmanı açıklama yaptı.", ["Kazımi'nin"]),
        ("Mundhir", "Münzir el-Hamid açıklama yaptı.", ["Münzir"]),
    ],
)
def test_a_turkish_i_or_z_is_read_as_the_name_abroad(
    term: str, text: str, found: list[str]
) -> None:
    assert matched(term, "tr", text) == found


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Bagheri", "Esnaf Bakırcı kepenk kapattı."),  # -cı is not read -je
        ("Baker", "Bakır fiyatları Londra borsasında yükseldi."),  # a frequent word
        ("Karen", "Karın bölgesindeki ağrı sürüyor."),  # a frequent word
        ("Kadhem", "Kazım Karabekir Paşa anıldı."),  # a frequent given name
        ("Shaker", "Çakır açıklama yaptı."),
        ("Hadid", "Hazır giyim ihracatı arttı."),
    ],
)
def test_a_turkish_word_is_not_read_so_otherwise(term: str, text: str) -> None:
    assert matched(term, "tr", text) == []
