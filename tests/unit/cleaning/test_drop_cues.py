"""Line cues of comment threads and teaser boxes, one line at a time."""

from __future__ import annotations

import pytest

from workers.cleaning.comments import is_section_label, marker_strength
from workers.cleaning.line_features import LineFeatures, features, split_lines
from workers.cleaning.lists import is_counted_teaser, is_list_label, is_promo


def _features(text: str) -> LineFeatures:
    return features(split_lines(text), frozenset())[0]


@pytest.mark.parametrize(
    ("line", "strength"),
    [
        ("john_doe 3 hours ago", 2),
        ("March 3, 2012 at 4:15 pm", 2),
        ("Posted by: Ellen at September 10, 2012 11:40 AM", 2),
        ("Progress Trap said,", 2),
        ("Alex says:", 2),
        ("Reply", 2),
        ("Like · Reply · 3", 2),
        ("Report abuse", 2),
        ("Reply • Share ›", 2),
        ("by ravenswood1000 (543817) (Score: 5, Interesting)", 2),
        ("March 3, 2012", 1),
        ("By Anna Lowe, 11/20/2019 01:14 PM", 1),
        ("Share", 0),
        ("The council said the bridge should now last another fifty years.", 0),
    ],
)
def test_marker_strength(line: str, strength: int) -> None:
    assert marker_strength(line, _features(line)) == strength


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("12 Comments", True),
        ("{ 131 comments }", True),
        ("One comment", True),
        ("8 appreciated comments on “New work”", True),
        ("Leave a Reply", True),
        ("Add your comment", True),
        ("Join the discussion", True),
        ("Comments are closed.", True),
        ("You must be logged in to post a comment.", True),
        ("Comments", True),
        ("Recent comments", False),
        ("by Chris Pearson · 131 comments", False),
        ("The comments from the minister angered the opposition.", False),
    ],
)
def test_section_label(line: str, label: bool) -> None:
    assert is_section_label(line, _features(line)) is label


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Most Popular", True),
        ("Most read in world news", True),
        ("Related posts:", True),
        ("You might also like", True),
        ("More from Business", True),
        ("Around the web", True),
        ("Popular in the community", False),
        ("Most people said they would vote again.", False),
    ],
)
def test_list_label(line: str, label: bool) -> None:
    assert is_list_label(line, _features(line)) is label


@pytest.mark.parametrize(
    ("line", "promo"),
    [
        ("Sign up for our newsletter", True),
        ("Follow us on Twitter", True),
        ("Read more »", True),
        ("© 2024 Coastal Herald. All rights reserved.", True),
        ("The harbour bridge reopened to traffic on Monday morning.", False),
    ],
)
def test_promo(line: str, promo: bool) -> None:
    assert is_promo(line, _features(line)) is promo


@pytest.mark.parametrize(
    ("line", "counted"),
    [("Microsoft Surface pricing revealed (44)", True), ("It rained (a lot).", False)],
)
def test_counted_teaser(line: str, counted: bool) -> None:
    assert is_counted_teaser(line, _features(line)) is counted
