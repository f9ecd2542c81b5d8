"""html_prune: the reader-comment thread is cut off the chosen article, never the article."""

from __future__ import annotations

import pytest

from workers.cleaning import clean_html
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


PAGE_STORY = (
    "The council voted on Tuesday to close the old library and move its books to the new "
    "school building on the hill.",
    "Residents who spoke at the meeting said the building should become a community centre "
    "rather than be sold to developers.",
    "The mayor said a decision on the building would be taken after the summer recess, once "
    "the council had heard from everyone.",
    "Campaigners have collected more than two thousand signatures and plan to hand them to "
    "the council at its next meeting.",
)
PAGE_COMMENTS = (
    ("Ann Reader", "I went to that library every week as a child and I am sad to see it go."),
    ("Bob Smith", "The school is a better place for the books, they will be read there."),
    ("Carol Jones", "Nobody asked the people who use the library what they wanted, as usual."),
    ("Dan Brown", "Keep the building and open a cafe in it, that would bring people back."),
)


def _comment(number: int, name: str, text: str, style: str) -> str:
    if style == "footer":
        return f"<p>{text}</p><p>Posted by: {name} | Apr 6, 2007 1:{10 + number}:01 PM</p>"
    return f"<p>{name} says:</p><p>{text}</p><p>Reply</p>"


@pytest.mark.parametrize("style", ["footer", "header"])
def test_clean_html_leaves_out_a_thread_marked_up_like_the_post(style: str) -> None:
    # No "comment" class or id anywhere: the extractors take the thread for more of the post.
    thread = "".join(_comment(i, n, t, style) for i, (n, t) in enumerate(PAGE_COMMENTS))
    page = (
        "<html><head><title>Council closes library</title></head><body><div class='post'>"
        "<h1>Council closes library</h1>" + "".join(f"<p>{p}</p>" for p in PAGE_STORY)
        + "<h3>4 Comments</h3>" + thread + "</div></body></html>"
    )  # fmt: skip
    article = clean_html(page)
    assert article.paragraphs == PAGE_STORY
