# ruff: noqa: E501  (a drop has one paragraph per line, however long)
"""Text drops built by hand: comment threads, teaser lists, credits and footers around a story.

Each drop is a whole page as a browser or html-text would give it: the <title> line first, a
menu, the headline, the story, then whatever the page shows below it.
"""

from __future__ import annotations

import pytest

from workers.cleaning import clean_text_drop

HEADLINE = "Harbour bridge reopens after two years of repairs"
TITLE_LINE = f"{HEADLINE} | Coastal Herald"
MENU = "\n".join(["Home", "News", "Sport", "Business", "Weather", "Subscribe", "Log in"])
STORY = [
    "The harbour bridge reopened to traffic on Monday morning after two years of repairs that cost the city far more than its engineers had first estimated.",
    "Hundreds of residents walked across the deck before the first cars were allowed through, and the mayor thanked the crews who had worked through two winters.",
    "The repairs replaced the corroded cables, the expansion joints and most of the road surface, which had been closed to lorries since a routine inspection found cracks.",
    "Local shops on both banks said trade had fallen by a third while the crossing was shut, and several owners hope the reopening will bring their customers back.",
    "The council said the bridge should now last another fifty years, although it will review the tolls in the spring once the final bills have been paid.",
]
ARTICLE = "\n\n".join(STORY)
FOOTER = "\n".join(
    [
        "About us",
        "Contact",
        "Privacy policy",
        "Terms of use",
        "© 2024 Coastal Herald. All rights reserved.",
    ]
)

COMMENTS = [
    (
        "river_watcher",
        "I drove across it this morning and the new surface is so much smoother than before, well worth the wait in my opinion. The lanes are wider too, and the lights at the south end finally make sense to anyone who uses them every day.",
    ),
    (
        "Janet P.",
        "Two years is far too long for a repair like this, the council should explain why the budget doubled before anyone praises them. We were told it would take eight months and cost half as much, and nobody has said sorry for that.",
    ),
    (
        "old_salt",
        "My shop lost a lot of customers during the closure and nobody from the council ever offered us any help at all, which is shameful. I hope the people who planned this will at least think about the traders next time they close a road.",
    ),
    (
        "Marcus",
        "Does anyone know whether the cycle lane on the north side is open yet, because the signs at the junction still say it is closed? I would rather not find out halfway across in the rain with a trailer full of shopping behind me.",
    ),
]


def _thread_wordpress(comments: list[tuple[str, str]]) -> str:
    """Name-and-stamp header, then the comment, then "Reply": a common blog layout."""
    blocks = [
        f"{name} says:\n\nMarch {3 + k}, 2024 at {4 + k}:15 pm\n\n{text}\n\nReply"
        for k, (name, text) in enumerate(comments)
    ]
    return f"{len(comments)} Comments\n\n" + "\n\n".join(blocks)


def _thread_posted_by(comments: list[tuple[str, str]]) -> str:
    """The comment, then "Posted by: name at date time": the comment's footer closes it."""
    blocks = [
        f"{text}\n\nPosted by: {name} at March {3 + k}, 2024 {4 + k}:15 PM"
        for k, (name, text) in enumerate(comments)
    ]
    return "Comments\n\n" + "\n\n".join(blocks)


def _thread_relative(comments: list[tuple[str, str]]) -> str:
    """Name with "N hours ago", the comment, then "Like · Reply": a social-widget layout."""
    blocks = [
        f"{name}\n{k + 2} hours ago\n\n{text}\n\nLike · Reply · {k + 1}"
        for k, (name, text) in enumerate(comments)
    ]
    return "Join the discussion\n\n" + "\n\n".join(blocks)


def _page(after_article: str, *, before_headline: str = "", title_line: str = TITLE_LINE) -> str:
    head = (
        f"{title_line}\n\n{MENU}\n\n{before_headline}\n\n"
        if before_headline
        else f"{title_line}\n\n{MENU}\n\n"
    )
    return f"{head}{HEADLINE}\n\nBy Anna Lowe\nMarch 2, 2024\n\n{ARTICLE}\n\n{after_article}\n\n{FOOTER}\n"


def _comment_words(comments: list[tuple[str, str]]) -> list[str]:
    return [text.split(",")[0] for _name, text in comments]


@pytest.mark.parametrize(
    "thread",
    [_thread_wordpress(COMMENTS), _thread_posted_by(COMMENTS), _thread_relative(COMMENTS)],
    ids=["says-reply", "posted-by-footer", "hours-ago-like-reply"],
)
def test_comment_thread_after_the_article_is_dropped(thread: str) -> None:
    body = clean_text_drop(_page(thread)).body
    for opening in _comment_words(COMMENTS):
        assert opening not in body


@pytest.mark.parametrize(
    "thread",
    [_thread_wordpress(COMMENTS), _thread_posted_by(COMMENTS), _thread_relative(COMMENTS)],
    ids=["says-reply", "posted-by-footer", "hours-ago-like-reply"],
)
def test_article_survives_its_comment_thread(thread: str) -> None:
    assert clean_text_drop(_page(thread)).paragraphs == tuple(STORY)


def test_a_long_thread_under_a_short_post_never_becomes_the_article() -> None:
    post = STORY[:2]
    many = [
        (f"reader{k}", f"{text} Comment number {k} adds a little more to the point.")
        for k in range(40)
        for _n, text in COMMENTS[k % 4 : k % 4 + 1]
    ]
    page = (
        f"{TITLE_LINE}\n\n{MENU}\n\n{HEADLINE}\n\nMarch 2, 2024\n\n"
        + "\n\n".join(post)
        + f"\n\n{_thread_wordpress(many)}\n\n{FOOTER}\n"
    )
    article = clean_text_drop(page)
    assert article.paragraphs == tuple(post)
    assert article.title == HEADLINE


def test_a_comment_count_under_the_headline_keeps_the_article() -> None:
    page = f"{TITLE_LINE}\n\n{MENU}\n\n{HEADLINE}\n\n12 Comments\n\n{ARTICLE}\n\n{FOOTER}\n"
    assert clean_text_drop(page).paragraphs == tuple(STORY)


@pytest.mark.parametrize(
    "box",
    [
        "Most Popular\n\nCouncil votes to raise parking charges in the centre\nSchool league tables: how your area did\nStorm warning issued for the weekend",
        "Related stories\n\nBridge closure hits harbour traders\nEngineers find cracks in harbour bridge\nCouncil approves bridge repair budget",
        "Most read (24)\n\nCouncil votes to raise parking charges in the centre (63)\nSchool league tables: how your area did (41)",
    ],
    ids=["most-popular", "related", "counted"],
)
def test_teaser_lists_after_the_article_are_dropped(box: str) -> None:
    article = clean_text_drop(_page(box))
    assert article.paragraphs == tuple(STORY)


def test_a_related_box_inside_the_story_is_dropped_and_the_story_goes_on() -> None:
    box = "Related stories\n\nBridge closure hits harbour traders\nEngineers find cracks in harbour bridge"
    page = (
        f"{TITLE_LINE}\n\n{MENU}\n\n{HEADLINE}\n\n"
        + "\n\n".join([*STORY[:3], box, *STORY[3:]])
        + f"\n\n{FOOTER}\n"
    )
    assert clean_text_drop(page).paragraphs == tuple(STORY)


@pytest.mark.parametrize(
    ("title_line", "before_headline"),
    [
        (TITLE_LINE, "Workers on the bridge deck in January. (Photo: Sam Reed/Getty Images)"),
        ("Coastal Herald", "Photo credit: Sam Reed"),
        ("CBC News", "Most Popular Videos RSS Feed"),
        (f"Coastal Herald - Local - {HEADLINE}", "Local"),
    ],
    ids=["credit-before-headline", "credit-no-title", "site-name-title", "site-first-title"],
)
def test_the_title_is_the_headline(title_line: str, before_headline: str) -> None:
    article = clean_text_drop(_page("", before_headline=before_headline, title_line=title_line))
    assert article.title == HEADLINE
    assert article.paragraphs == tuple(STORY)


def test_the_headline_comes_from_the_page_title_when_the_page_repeats_it_nowhere() -> None:
    page = f"{TITLE_LINE}\n\n{MENU}\n\nBy Anna Lowe\n\n{ARTICLE}\n\n{FOOTER}\n"
    assert clean_text_drop(page).title == HEADLINE


def test_a_footer_only_tail_is_never_the_article() -> None:
    article = clean_text_drop(_page(""))
    assert article.paragraphs == tuple(STORY)
    assert "rights reserved" not in article.body


@pytest.mark.parametrize(
    "promo",
    ["Sign up for our newsletter", "Share this article", "Follow us on Twitter", "Read more"],
)
def test_promo_lines_closing_the_story_are_dropped(promo: str) -> None:
    assert promo not in clean_text_drop(_page(promo)).body


def test_a_short_post_title_beats_the_blog_tagline_repeated_in_the_header() -> None:
    tagline = "News and views from the harbour towns since 1887"
    page = (
        f"Bridge reopens | Coastal Herald | {tagline}\n\n{tagline}\n\n{MENU}\n\n"
        f"Bridge reopens\n\nBy Anna Lowe\nMarch 2, 2024\n\n{ARTICLE}\n\n{FOOTER}\n"
    )
    article = clean_text_drop(page)
    assert article.title == "Bridge reopens"
    assert article.paragraphs == tuple(STORY)
