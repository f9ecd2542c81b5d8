"""html_prune: the reader-comment thread is cut off the chosen article, never the article."""

from __future__ import annotations

import pytest

from workers.cleaning.html_prune import without_comment_thread

POST = (
    "The council voted on Tuesday to close the old library and move its books to the school.",
    "Residents who spoke at the meeting said the building should become a community centre.",
    "The mayor said a decision on the building would be taken after the summer recess.",
)
TYPEPAD_THREAD = (
    "I went to that library every week as a child and I am sad to see it close.",
    "Posted by: Ann Reader | Apr 6, 2007 1:11:01 PM",
    "The school is a better place for the books anyway, they will actually be read there.",
    "Posted by: Bob | Apr 6, 2007 1:21:27 PM",
    "Nobody asked the people who use the library what they wanted, which is typical.",
    "Posted by: Carol | Apr 6, 2007 1:29:00 PM",
)
WORDPRESS_THREAD = (
    "Ann says:",
    "I went to that library every week as a child and I am sad to see it close.",
    "Reply",
    "Bob says:",
    "The school is a better place for the books anyway, they will actually be read there.",
    "Reply",
    "Carol says:",
    "Nobody asked the people who use the library what they wanted, which is typical.",
    "Reply",
)
LABELLED_REPLIES = (
    "3 Comments",
    "Ann Reader",
    "I went to that library every week as a child and I am sad to see it close.",
    "April 6, 2007 at 1:11 pm",
    "The school is a better place for the books anyway.",
)
POLL = (
    "Should the library stay open?",
    "Response",
    "Votes",
    "Yes, it should stay where it is.",
    "114",
    "No, the school is a better place.",
    "42",
)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # Each comment ends with its "Posted by: name | date" footer (TypePad, Movable Type).
        (POST + TYPEPAD_THREAD, POST),
        # Each comment opens with "name says:" and ends with "Reply" (WordPress).
        (POST + WORDPRESS_THREAD, POST),
        # A comment-section label over one stamp: not enough stamps for a thread, but a section.
        (POST + LABELLED_REPLIES, POST),
        # Posted with a trailing "Leave a Reply" form label only.
        ((*POST, "Leave a Reply"), POST),
    ],
    ids=["typepad-footers", "wordpress-headers", "count-label", "reply-form-label"],
)
def test_comment_thread_after_the_article_is_cut(
    paragraphs: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert without_comment_thread(paragraphs, "en") == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        POST,
        # A dateline and a byline are not a thread.
        ("By Ann Reporter", "April 6, 2007 1:11 PM", *POST),
        # "2 comments" right under the headline of a long story does not end the story.
        ("2 Comments", *POST),
        # Nothing but a thread: kept rather than refused (some article must stand above a cut).
        TYPEPAD_THREAD,
        # A poll's "Response" column header is a label with no comment stamp below it.
        POST + POLL,
        (),
    ],
    ids=["plain-story", "dateline", "count-under-headline", "thread-only", "poll", "empty"],
)
def test_reading_without_a_thread_below_an_article_is_unchanged(
    paragraphs: tuple[str, ...],
) -> None:
    assert without_comment_thread(paragraphs, "en") == paragraphs
