"""A y between two a's is a consonant, which Arabic writes ي between two alefs (Iwaya =
إيوايا, Kaya = كايا): keyed as one, so a name of one other consonant is found too; a word
whose vowel letters alone would fold to the same key (إيفا, Eva) is not, nor one whose ي
follows a letter the key leaves out (رعايا, subjects)."""

from __future__ import annotations

import pytest

from tests.unit.query.test_names import matched


@pytest.mark.parametrize(
    ("term", "text", "form"),
    [
        ("Iwaya", "التقى رئيس الوزراء الكوري الجنوبي بالوزير إيوايا في سول.", "إيوايا"),
        ("Kaya", "قال المغني التركي أحمد كايا إن الأغنية ممنوعة.", "كايا"),
        ("Maya", "قالت الممثلة مايا دياب إن الحفل تأجل.", "مايا"),
    ],
)
def test_a_glide_between_alefs_is_found(term: str, text: str, form: str) -> None:
    assert matched(term, "ar", text) == [form]


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("Iwaya", "قالت الممثلة إيفا لونغوريا إن الفيلم جاهز."),  # Eva
        ("Kaya", "ناقش المجلس قضايا الأمن الإقليمي."),  # issues
        ("Kaya", "اشترى سيارة كيا جديدة."),  # Kia
        ("Raya", "بدأت الحكومات إجلاء رعايا أجانب من البلاد."),  # subjects
        ("Maya", "انقطعت المياه عن الحي."),  # water
    ],
)
def test_other_words_are_not_the_glide_name(term: str, text: str) -> None:
    assert matched(term, "ar", text) == []
