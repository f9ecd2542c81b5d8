"""`/alerts`, `/alerts/{id}`, `/stories` and their API on the real store: search and paging,
the article with its hits marked (escaped: article text is hostile), the story's other
sources, the outcome per target."""

from __future__ import annotations

import re
import time

import pytest

from services.core import keys
from services.core.models import ArticleMessage
from services.poller.intake import Intake
from tests.integration.test_stories_pipeline import TASS_PAGE, message, mirror_copy
from tests.integration.web.alerts_fixtures import RULE, archive_article, store_alert
from tests.integration.web.conftest import HOSTILE
from tests.support.pipeline import run_notifier, run_workers

NOW = time.time()


def listed(client, path: str) -> list[str]:
    return [a["alert_id"] for a in client.get(path).json()["alerts"]]


@pytest.fixture
def three(redis):
    """alert-1 (tass.com, an hour ago), alert-2 (mirror.example, now, about Cairo), alert-3
    (tass.com, two days ago)."""
    store_alert(redis, 1, at=NOW - 3600)
    store_alert(redis, 2, at=NOW, source="mirror.example", title="Lavrov in Cairo on terror")
    store_alert(redis, 3, at=NOW - 2 * 86400)


def iso(epoch: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(epoch))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["alert-2", "alert-1", "alert-3"]),
        (f"rule={RULE}", ["alert-2", "alert-1", "alert-3"]),
        ("rule=other", []),
        ("source=TASS.com", ["alert-1", "alert-3"]),
        ("text=cairo", ["alert-2"]),
        (f"since={iso(NOW - 7200)}", ["alert-2", "alert-1"]),
        (f"until={iso(NOW - 7200)}", ["alert-3"]),
        (f"since={iso(NOW - 7200)}&source=tass.com", ["alert-1"]),
    ],
)
def test_api_alerts_filters(client, three, query, expected):
    assert listed(client, f"/api/alerts?{query}") == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [("", ["alert-2", "alert-1", "alert-3"]), ("source=tass.com", ["alert-1", "alert-3"])],
)
def test_alerts_page_filters(client, three, query, expected):
    text = client.get(f"/alerts?{query}").text
    assert re.findall(r'href="/alerts/(alert-\d+)"', text) == expected


def test_alerts_page_takes_the_form_date_fields(client, three):
    text = client.get(f"/alerts?since={iso(NOW - 7200)[:16]}&until=").text
    assert re.findall(r'href="/alerts/(alert-\d+)"', text) == ["alert-2", "alert-1"]


def test_alerts_page_refuses_a_bad_date(client, three):
    assert client.get("/alerts?since=yesterday").status_code == 400


def test_api_alerts_pages(client, redis):
    for n in range(7):
        store_alert(redis, n, at=NOW - n)
    first = client.get("/api/alerts?limit=5").json()
    second = client.get(f"/api/alerts?limit=5&offset={first['next_offset']}").json()
    assert [a["alert_id"] for a in first["alerts"] + second["alerts"]] == [
        f"alert-{n}" for n in range(7)
    ]
    assert second["next_offset"] is None


def test_alerts_page_links_the_next_page_with_its_filters(client, redis):
    for n in range(55):
        store_alert(redis, n, at=NOW - n)
    first = client.get("/alerts?source=tass.com").text
    assert len(re.findall(r'href="/alerts/alert-', first)) == 50
    assert '<a href="/alerts?source=tass.com&amp;offset=50" id="next-page">' in first
    second = client.get("/alerts?source=tass.com&offset=50").text
    assert len(re.findall(r'href="/alerts/alert-', second)) == 5
    assert 'id="next-page"' not in second and 'id="prev-page"' in second


def test_alert_page_marks_the_rules_hits(client, redis):
    alert_id = store_alert(redis, 1, at=NOW)
    text = client.get(f"/alerts/{alert_id}").text
    assert (
        '<mark class="hit">Lavrov</mark> said the fight against <mark class="hit">terrorism</mark>'
        in text
    )
    assert 'id="hits-note"' not in text


def test_api_alert_gives_the_hits_as_segments(client, redis):
    alert_id = store_alert(redis, 1, at=NOW)
    article = client.get(f"/api/alerts/{alert_id}").json()["article"]
    assert [s["text"] for s in article["text"]["body"] if s["hit"]] == ["Lavrov", "terrorism"]


HOSTILE_BODY = f"Lavrov on terrorism: {HOSTILE} and <b>bold</b>"


@pytest.mark.parametrize("path", ["/alerts", "/alerts/alert-1"])
def test_hostile_title_and_body_are_escaped(client, redis, path):
    store_alert(redis, 1, at=NOW, title=HOSTILE, body=HOSTILE_BODY, source=HOSTILE)
    text = client.get(path).text
    assert "<script>alert" not in text and "<b>bold" not in text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in text


def test_hostile_text_inside_a_hit_is_escaped(client, redis):
    store_alert(redis, 1, at=NOW, body="<i>Lavrov</i> on terror<script>x</script>")
    text = client.get("/alerts/alert-1").text
    assert '&lt;i&gt;<mark class="hit">Lavrov</mark>&lt;/i&gt;' in text
    assert "<script>x" not in text


@pytest.mark.parametrize(
    ("url", "linked"),
    [("javascript:alert(1)", False), ("data:text/html,x", False), ("https://tass.com/1", True)],
)
def test_an_article_link_is_shown_only_for_web_urls(client, redis, url, linked):
    store_alert(redis, 1, at=NOW)
    archive_article(redis, "article-1", "t", "b", "tass.com", "story-1", NOW, [RULE], url=url)
    assert (f'href="{url}"' in client.get("/alerts/alert-1").text) is linked


def test_alert_page_shows_the_outcome_per_target(client, redis):
    store_alert(redis, 1, at=NOW, outcome="parked")
    text = client.get("/alerts/alert-1").text
    assert re.search(r'<tr class="bad"><td>json 127.0.0.1</td><td>parked</td>', text)


def test_alert_page_lists_the_storys_other_sources(client, redis):
    store_alert(redis, 1, at=NOW, story="story-x")
    archive_article(redis, "copy-1", "Lavrov copy", "b", "mirror.example", "story-x", NOW, [RULE])
    archive_article(redis, "other", "Another story", "b", "other.example", "story-y", NOW, [])
    sources = client.get("/api/alerts/alert-1").json()["story_sources"]
    assert [(s["article_id"], s["source"]) for s in sources] == [("copy-1", "mirror.example")]
    assert "Lavrov copy" in client.get("/alerts/alert-1").text


def test_alert_page_says_when_the_article_left_the_archive(client, redis):
    store_alert(redis, 1, at=NOW)
    redis.delete(keys.ARCHIVE_DOCS)
    assert 'id="no-article"' in client.get("/alerts/alert-1").text


def test_alert_page_says_when_the_rule_is_gone(client, redis, settings):
    store_alert(redis, 1, at=NOW)
    (settings.config_dir / "rules.yaml").write_text("version: 1\nrules: []\n", encoding="utf-8")
    text = client.get("/alerts/alert-1").text
    assert "no longer in the live rules" in text and "<mark" not in text


@pytest.mark.parametrize("path", ["/alerts/nope", "/api/alerts/nope", "/alerts/bad%20id"])
def test_an_unknown_alert_is_not_found(client, redis, path):
    assert client.get(path).status_code in (404, 422)


@pytest.fixture
def two_copies(redis, settings):
    """The TASS story and a mirror's copy, processed by the real workers and notifier."""
    copies: list[ArticleMessage] = [
        message("tass1", "tass.com", TASS_PAGE),
        message("mirror1", "mirror.example", mirror_copy()),
    ]
    Intake(redis, batch_size=50, seen_ttl_seconds=3600).submit(copies)
    run_workers(redis, settings)
    run_notifier(redis, settings)


def test_stories_page_and_api_list_sources_and_rules(client, two_copies):
    [story] = client.get("/api/stories").json()["stories"]
    assert (story["sources"], story["rules"]) == (["tass.com", "mirror.example"], [RULE])
    text = client.get("/stories").text
    assert "tass.com, mirror.example" in text and f'href="/alerts?rule={RULE}"' in text


def test_stories_page_escapes_titles(client, redis, settings):
    Intake(redis, batch_size=50, seen_ttl_seconds=3600).submit(
        [message("h1", "tass.com", TASS_PAGE.replace("Lavrov", f"Lavrov {HOSTILE}", 1))]
    )
    run_workers(redis, settings)
    assert "<script>alert" not in client.get("/stories").text


def test_a_processed_alert_shows_its_copy_from_the_pipeline(client, two_copies):
    [alert] = client.get("/api/alerts").json()["alerts"]
    detail = client.get(f"/api/alerts/{alert['alert_id']}").json()
    assert [s["source"] for s in detail["story_sources"]] == ["mirror.example"]
    assert any(
        s["hit"] for s in detail["article"]["text"]["body"] + detail["article"]["text"]["title"]
    )
