"""html_combine.choose: the article chosen among the extractors' candidates by agreement."""

from __future__ import annotations

import pytest

from workers.cleaning.html_combine import AGREE, agreement, choose, nested, token_bag
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

MENUS = (
    "Home | News | Sport | Weather | Business | Opinion | Contact us",
    "Latest headlines Archive Search Subscribe Advertise With Us",
    "About Us Privacy Policy Terms of Use Site Map Careers Jobs",
    "Copyright 2012 The Daily Example Newspaper Company, all rights reserved.",
)
MORE_STORY = (
    "The talks are the third round this year and the first to include the trade unions.",
    "A spokesman for the ministry said an agreement could be signed before the end of May.",
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


@pytest.mark.parametrize(
    ("primary", "second", "blocks", "expected"),
    [
        # trafilatura kept the story's first paragraphs only: the blocks hold them and more,
        # readability reads the whole story too.
        (STORY, STORY + MORE_STORY, STORY + MORE_STORY, "readability"),
        # trafilatura kept a table layout's menus round the story the blocks read.
        (MENUS[:2] + STORY + MENUS[2:3], STORY, STORY, "readability"),
        # readability confirms trafilatura's fuller reading: the blocks lost paragraphs.
        (STORY + MORE_STORY, STORY + MORE_STORY, STORY, "trafilatura"),
    ],
    ids=["fragment-in-blocks", "menus-round-blocks", "blocks-fragment"],
)  # fmt: skip
def test_nested_readings_ask_readability_and_its_support_decides(
    primary: tuple[str, ...], second: tuple[str, ...], blocks: tuple[str, ...], expected: str
) -> None:
    asked: list[bool] = []

    def readability() -> Candidate:
        asked.append(True)
        return cand("readability", second)

    p, b = cand("trafilatura", primary), cand("blocks", blocks)
    assert agreement(token_bag(p.text), token_bag(b.text)) >= AGREE  # they agree by the F1
    chosen, _ = choose(p, b, readability)
    assert asked
    assert chosen.method == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("one two", "one two three four", True),  # held, twice the size
        ("one two three four", "one two", True),  # either way round
        ("one two three", "one two three four", False),  # held, not half as much again
        ("one two five", "one two three four five six", True),
        ("one nine", "one two three four", False),  # half of it not held
        ("", "one two", False),  # an empty reading holds nothing and is held by nothing
    ],
)
def test_nested_is_one_bag_holding_the_other_with_half_as_much_again(
    a: str, b: str, expected: bool
) -> None:
    assert nested(token_bag(a), token_bag(b)) is expected
