"""Messages: templates per format, rule overrides, digests, and fitting a target's limits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from services.notifier.compose import compose
from services.notifier.fit import cut_clean, fit_body
from services.notifier.outbox import Outgoing
from services.notifier.render import Renderer
from tests.support.notifier import make_alert


@dataclass(frozen=True)
class Limits:
    format: str = "text"
    body_maxlen: int = 32768
    title_maxlen: int = 250


ALERT = make_alert(
    published_at=datetime(2026, 11, 3, 9, 30, tzinfo=UTC),
    also_reported_by=["sana.sy", "ria.ru"],
    title="Lavrov <b>& Shoukry",
)


def single(**fields) -> Outgoing:
    return Outgoing.single(make_alert(**fields) if fields else ALERT)


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        (
            "text",
            [
                "Rule: lavrov-terrorism",
                "Matched: Lavrov, terrorism",
                "Source: tass.com (en)",
                "Published: 2026-11-03 09:30 UTC",
                "Also reported by: sana.sy, ria.ru",
                "Link: https://tass.com/politics/1",
                "“«Lavrov» said the fight",
            ],
        ),
        (
            "markdown",
            [
                "**Lavrov \\<b\\>& Shoukry**",
                "> **Lavrov** said the fight against **terrorism**",
                "Also reported by: sana.sy, ria.ru",
                "https://tass.com/politics/1",
            ],
        ),
        (
            "html",
            [
                "Lavrov &lt;b&gt;&amp; Shoukry",
                "<b>Lavrov</b> said",
                "sana.sy, ria.ru",
                '<a href="https://tass.com/politics/1">',
                "2026-11-03 09:30 UTC",
            ],
        ),
    ],
)
def test_alert_in_each_format_says_why_it_fired(fmt, expected):
    rendered = Renderer(None).render(single(), fmt)
    assert rendered.format == fmt
    assert rendered.title == "[newswatch] lavrov-terrorism: Lavrov <b>& Shoukry"  # plain text
    for piece in expected:
        assert piece in rendered.body, (piece, rendered.body)


def test_also_reported_by_is_left_out_when_empty():
    assert "Also reported by" not in Renderer(None).render(single(n=2), "text").body


def test_rule_template_overrides_a_block_and_falls_back_per_format(tmp_path):
    (tmp_path / "brief.txt.j2").write_text(
        '{% extends "default/alert.txt.j2" %}{% block body %}{{ alert.title }} {{ alert.url }}'
        "{% endblock %}",
        encoding="utf-8",
    )
    message = Outgoing.single(make_alert(delivery={"template": "brief"}))
    renderer = Renderer(tmp_path)
    text = renderer.render(message, "text")
    assert text.body == "Lavrov speaks on terrorism (1) https://tass.com/politics/1"
    assert text.title.startswith("[newswatch] lavrov-terrorism")
    html = renderer.render(message, "html")  # no brief.html.j2: the text one, converted by apprise
    assert (html.format, html.body) == ("text", text.body)


def test_a_broken_rule_template_falls_back_to_the_default(tmp_path):
    (tmp_path / "broken.txt.j2").write_text("{% block body %}{{ alert.nope() }}{% endblock %}")
    rendered = Renderer(tmp_path).render(
        Outgoing.single(make_alert(delivery={"template": "broken"})), "text"
    )
    assert "Rule: lavrov-terrorism" in rendered.body


def test_templates_run_sandboxed(tmp_path):
    (tmp_path / "evil.txt.j2").write_text(
        "{% block body %}{{ alert.__class__.__mro__[1].__subclasses__() }}{% endblock %}"
    )
    rendered = Renderer(tmp_path).render(
        Outgoing.single(make_alert(delivery={"template": "evil"})), "text"
    )
    assert "subclasses" not in rendered.body and "Rule:" in rendered.body


def digest(count: int, stories: int | None = None) -> Outgoing:
    alerts = [
        make_alert(n, story_id=f"story-{n % (stories or count)}", source=f"site{n}.example")
        for n in range(count)
    ]
    return Outgoing(id="digest-x", kind="digest", rule="lavrov-terrorism", alerts=alerts, since=0.0)


def test_digest_groups_matches_by_story():
    body = Renderer(None).render(digest(4, stories=2), "text").body
    assert "4 matches for rule lavrov-terrorism" in body
    assert body.count("“«Lavrov»") == 2  # two stories listed
    assert "(also: site2.example)" in body


def test_digest_lists_twenty_stories_then_rolls_up():
    rendered = Renderer(None).render(digest(57), "text")
    assert rendered.body.count("https://tass.com/politics/") == 20
    assert "… and 37 more." in rendered.body
    assert rendered.title == "[newswatch] lavrov-terrorism: 57 matches since 1970-01-01 00:00 UTC"


@pytest.mark.parametrize("maxlen", [380, 250, 160])
def test_alert_fits_a_short_limit_and_keeps_its_link(maxlen):
    long = "Lavrov said many things. " * 30 + "«Lavrov» on «terrorism»."
    message = Outgoing.single(make_alert(snippet=long))
    rendered = compose(Renderer(None), message, Limits(body_maxlen=maxlen, title_maxlen=0))
    assert len(rendered.body) <= maxlen
    assert rendered.title == ""  # the service has no title: it leads the body
    assert rendered.body.startswith("[newswatch] lavrov-terrorism")
    assert rendered.body.rstrip().endswith("https://tass.com/politics/1")


def test_digest_fits_by_listing_fewer_stories():
    rendered = compose(Renderer(None), digest(30), Limits(body_maxlen=1500))
    assert len(rendered.body) <= 1500
    assert "more." in rendered.body


def test_long_title_is_cut_at_a_word():
    message = Outgoing.single(make_alert(title="Lavrov " * 60))
    rendered = compose(Renderer(None), message, Limits(title_maxlen=100))
    assert len(rendered.title) <= 100 and rendered.title.endswith("Lavrov…")


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Short.", 10, "Short."),
        ("One sentence here. Another one follows here.", 30, "One sentence here.…"),
        ("words without any sentence end at all", 20, "words without any…"),
        ("abcdefghijklmnopqrstuvwxyz", 10, "abcdefghi…"),
    ],
)
def test_cut_clean(text, limit, expected):
    assert cut_clean(text, limit) == expected
    assert len(cut_clean(text, limit)) <= limit


def test_fit_body_re_adds_a_cut_link():
    body = "word " * 100 + "\nLink: https://example.org/a"
    fitted = fit_body(body, 80, "https://example.org/a")
    assert len(fitted) <= 80 and fitted.endswith("\nhttps://example.org/a")
