"""Turkish spellings of Arabic names: an inner i where English news write e (Mikdad =
Mekdad) and the high vowel Turkish puts between a final consonant pair (Sakır = Saqr,
Sadır = Sadr); common Turkish words and other names stay apart."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched
from workers.query.names.latin import _without_turkish_epenthesis


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Mekdad", "Suriye Dışişleri Bakanı Faysal Mikdad Ankara'ya gelecek.", "Mikdad"),
        ("Mekdad", "Esad, Mikdad'ı dışişleri bakanlığına atadı.", "Mikdad'ı"),
        ("Saqr", "Şeyh Suud bin Sakır el-Kasımi Abu Dabi'de ağırlandı.", "Sakır"),
        ("Sadr", "Iraklı Şii lider Mukteda es-Sadır taraftarlarını çağırdı.", "Sadır"),
    ],
)
def test_turkish_vowels_of_an_arabic_name_are_found(term: str, text: str, form: str) -> None:
    assert matched(term, "tr", text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Kelis", "Kilis'te düzenlenen festivale binlerce kişi katıldı."),  # a place
        ("Delek", "Gazeteci Dilek Güngör yeni kitabını tanıttı."),  # a common given name
        ("Amr", "Bakanlık, Emir Kusturica'nın Ankara konserini iptal etti."),  # a common word
        ("Shukr", "Maç sonunda taraftarlar Şükür Stadı önünde toplandı."),
        ("Bennett", "Binnet Hanım çay bahçesini yeniden açtı."),
        ("Pelosi", "Pilosu arızalanan uçak acil iniş yaptı."),
    ],
)
def test_turkish_vowels_add_no_look_alike(term: str, text: str) -> None:
    assert matched(term, "tr", text) == []


@pytest.mark.parametrize(
    ("word", "clustered"),
    [
        ("sakır", "sakr"),
        ("şükür", "şükr"),
        ("bekir", "bekr"),
        ("kadir", "kadir"),  # i after a: not in harmony, a long vowel of the name
        ("mikdad", "mikdad"),
    ],
)
def test_only_a_vowel_in_harmony_opens_a_final_pair(word: str, clustered: str) -> None:
    assert _without_turkish_epenthesis(word) == clustered
