"""html_combine.choose: the article chosen among the extractors' candidates by agreement."""

from __future__ import annotations

import pytest

from workers.cleaning.html_combine import agreement, choose, token_bag
from workers.cleaning.html_extractors import Candidate

STORY = (
    "The minister said on Tuesday that the talks had been productive and would resume.",
    "Critics said the deal did not go far enough and promised to keep up the pressure.",
    "Negotiators will meet again next month in Geneva to settle the remaining questions.",
)
CAPTION = ("Photo: the minister arrives in Geneva.",)
COMMENTS = (
    "Great article, thanks for sharing this with us all today.",
    "I disagree with every word and will be cancelling my subscription.",
    "Reply Report Like 12 people liked this comment about the minister.",
)


def cand(method: str, paragraphs: tuple[str, ...]) -> Candidate:
    return Candidate(method, "", paragraphs)


def never() -> Candidate:
    raise AssertionError("readability must not run when trafilatura and the blocks agree")


def test_agreeing_primary_is_kept_without_asking_the_second_extractor() -> None:
    chosen, computed = choose(cand("trafilatura", STORY), cand("blocks", STORY), never)
    assert chosen.method == "trafilatura"
    assert [c.method for c in computed] == ["trafilatura", "blocks"]


@pytest.mark.parametrize(
    ("primary", "second", "blocks", "expected"),
    [
        # trafilatura kept a caption only: readability reads the story, the blocks confirm it.
        (CAPTION, STORY, STORY, "readability"),
        # trafilatura found nothing at all: never refuse a page another extractor reads.
        ((), STORY, STORY, "readability"),
        # readability took the comment thread: the blocks side with trafilatura.
        (STORY, COMMENTS, STORY[:1], "trafilatura"),
        # both DOM readers empty: the block scorer's reading.
        ((), (), STORY, "blocks"),
    ],
)
def test_disagreement_goes_to_the_reading_the_others_support(
    primary: tuple[str, ...], second: tuple[str, ...], blocks: tuple[str, ...], expected: str
) -> None:
    chosen, _ = choose(
        cand("trafilatura", primary), cand("blocks", blocks), lambda: cand("readability", second)
    )
    assert chosen.method == expected
    assert chosen.paragraphs


def test_all_empty_gives_an_empty_reading() -> None:
    chosen, _ = choose(cand("trafilatura", ()), cand("blocks", ()), lambda: cand("readability", ()))
    assert chosen.paragraphs == ()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("one two three", "one two three", 1.0),
        ("one two", "three four", 0.0),
        ("", "one", 0.0),
        ("One two", "one TWO three four", 2 * (1.0 * 0.5) / 1.5),
    ],
)
def test_agreement_is_token_f1(a: str, b: str, expected: float) -> None:
    assert agreement(token_bag(a), token_bag(b)) == pytest.approx(expected)
