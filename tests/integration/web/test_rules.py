"""The rules pages and the tester on an archive the real worker built (real Valkey)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from services.web import tester
from services.web.live_rules import live_rules
from services.web.models import QUERY_MAX_CHARS
from services.web.not_terms import suggest_not_terms
from tests.integration.web.conftest import HOSTILE
from tests.support.archived import SANA_PAGE, TASS_PAGE, message, process
from tests.support.pipeline import run_notifier

FOOTBALL = (
    "Lavrov watches the cup final in Moscow\n\nRussian Foreign Minister Sergey Lavrov attended "
    "the football cup final in Moscow on Sunday, officials said. The minister spoke to players "
    "after the match and praised the organisers of the tournament.\n"
)
RULE = "lavrov-terrorism"


@pytest.fixture
def archived(redis, settings) -> None:
    """The two example articles and a football one, processed by the worker."""
    process(
        redis,
        settings,
        message("tass1", TASS_PAGE),
        message("sana1", SANA_PAGE, source="sana.sy"),
        message("foot1", FOOTBALL, source="agency"),
    )
    run_notifier(redis, settings)  # the alert history: the notifier records its decisions


def ids(articles) -> set[str]:
    return {a["article_id"] for a in articles}


def test_api_rules_counts_what_the_worker_matched(client, archived):
    (row,) = client.get("/api/rules").json()["rules"]
    assert row["name"] == RULE
    assert (row["hits_24h"], row["hits_7d"], row["alerts_7d"]) == (2, 2, 2)
    assert row["last_hit"] is not None and row["last_alert"] is not None


def test_rules_page_lists_the_live_rule_with_its_counts(client, archived):
    text = client.get("/rules").text
    assert f'href="/rules/{RULE}"' in text
    assert '<td class="num">2</td>' in text


def test_rules_page_says_why_the_rules_file_cannot_be_read(client, settings):
    (settings.config_dir / "rules.yaml").write_text("rules: [", encoding="utf-8")
    assert 'id="rules-error"' in client.get("/rules").text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Lavrov AND terror*", {"tass1", "sana1"}),
        ("Lavrov AND football", {"foot1"}),
        ("Lavrov AND cricket", set()),
    ],
)
def test_backtest_finds_the_archived_matches(client, archived, query, expected):
    result = client.post("/api/backtest", json={"query": query}).json()
    assert ids(result["matches"]) == expected
    assert result["total"] == len(expected)
    assert result["added"] is None  # a new query: nothing to compare with


def test_an_edit_of_a_rule_lists_added_and_removed(client, archived):
    body = {"query": "Lavrov AND football", "rule": RULE}
    result = client.post("/api/backtest", json=body).json()
    assert (ids(result["added"]), ids(result["removed"])) == ({"foot1"}, {"tass1", "sana1"})


def test_the_tester_fragment_lists_both_examples(client, archived):
    query = {"query": "Lavrov AND terror*", "rule": RULE}
    text = client.get("/tester/results", params=query).text
    assert text.count('<tr class="match">') == 2
    assert "Lavrov calls for stopping terrorists" in text
    assert "<mark>" in text  # the snippet's hits marked


def test_the_tester_fragment_says_when_nothing_matches(client, archived):
    text = client.get("/tester/results", params={"query": "Lavrov AND cricket"}).text
    assert 'id="tester-none"' in text


def test_a_syntax_error_is_shown_not_run(client, archived):
    result = client.post("/api/backtest", json={"query": "Lavrov AND (terror"}).json()
    assert result["errors"] and result["matches"] == []


@pytest.mark.parametrize(
    ("query", "matched", "line"),
    [
        ("Lavrov AND football", False, "football: not found"),
        ("Lavrov AND NOT Syria", False, "Syria: found, but excluded by NOT"),
        ("Lavrov AND terror*", True, "terms: lavrov"),
    ],
)
def test_why_not_explains_one_archived_article(client, archived, query, matched, line):
    why = client.get("/api/why-not", params={"article_id": "tass1", "query": query}).json()
    assert why["matched"] is matched
    assert any(line in text for text in why["lines"]), why["lines"]


def test_why_not_uses_the_saved_rule_when_no_query_is_given(client, archived):
    why = client.get("/api/why-not", params={"article_id": "foot1", "rule": RULE}).json()
    assert why["matched"] is False
    assert any("terror*: not found" in text for text in why["lines"])


def test_why_not_says_an_unknown_article_is_not_archived(client, archived):
    why = client.get("/api/why-not", params={"article_id": "nope", "query": "x"}).json()
    assert (why["found"], why["lines"]) == (False, ["not in the archive"])


def test_rule_page_shows_its_alerts_and_the_tester(client, archived):
    text = client.get(f"/rules/{RULE}").text
    assert 'id="rule-alerts"' in text
    assert "Lavrov calls for stopping terrorists" in text
    assert 'id="tester-query"' in text
    assert '<script src="/static/rule-tester.js"' in text


def test_rule_page_without_script_renders_the_results_of_its_form(client, archived):
    text = client.get(f"/rules/{RULE}", params={"query": "Lavrov AND football"}).text
    assert 'id="tester-added"' in text and 'id="tester-removed"' in text


@pytest.mark.parametrize("path", ["/rules/no-such-rule", "/tester/suggestions?rule=nope"])
def test_an_unknown_rule_is_404(client, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("path", ["/tester", f"/rules/{RULE}"])
def test_hostile_query_text_is_escaped_where_the_page_shows_it(client, archived, path):
    text = client.get(path, params={"query": HOSTILE}).text
    assert "<script>alert" not in text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in text


def test_hostile_query_text_never_reaches_the_fragment_as_markup(client, archived):
    for query in (HOSTILE, f"Lavrov AND ({HOSTILE}"):
        text = client.get("/tester/results", params={"query": query}).text
        assert "<script>alert" not in text and "<img src=x" not in text


def test_hostile_article_text_is_escaped(client, redis, settings):
    process(redis, settings, message("evil1", f"Lavrov {HOSTILE} terrorism\n\n{HOSTILE} Lavrov."))
    text = client.get("/tester/results", params={"query": "Lavrov"}).text
    assert 'class="match"' in text
    assert "<script>alert" not in text and "<img src=x" not in text
    why = client.get("/tester/why-not", params={"article_id": "evil1", "query": "x"}).text
    assert "<script>alert" not in why


@pytest.mark.parametrize(
    "body",
    [
        {"query": "x" * (QUERY_MAX_CHARS + 1)},
        {"query": ""},
        {"query": "Lavrov", "since": "forever"},
        {"query": "Lavrov", "rule": "r" * 201},
        {"query": "Lavrov", "extra": 1},
    ],
)
def test_backtest_refuses_requests_out_of_bounds(client, body):
    assert client.post("/api/backtest", json=body).status_code == 422


def test_backtest_window_is_at_most_the_archive_days(client, settings):
    result = client.post("/api/backtest", json={"query": "Lavrov", "since": "400d"}).json()
    assert result["since_seconds"] == settings.archive_days * 86400


def test_backtest_is_refused_while_the_tester_is_busy(client):
    with tester.tester_slot(), tester.tester_slot():
        response = client.post("/api/backtest", json={"query": "Lavrov"})
    assert response.status_code == 429
    assert client.post("/api/backtest", json={"query": "Lavrov"}).status_code == 200


def test_backtest_lists_at_most_shown_max(client, redis, settings, monkeypatch):
    monkeypatch.setattr(tester, "SHOWN_MAX", 1)
    process(redis, settings, message("tass1", TASS_PAGE), message("sana1", SANA_PAGE, "sana"))
    result = client.post("/api/backtest", json={"query": "Lavrov"}).json()
    assert (len(result["matches"]), result["total"]) == (1, 2)


def test_backtest_stops_at_its_time_budget(client, archived, monkeypatch):
    monkeypatch.setattr(tester, "TESTER_BUDGET_SECONDS", -1.0)
    result = client.post("/api/backtest", json={"query": "Lavrov"}).json()
    assert (result["complete"], result["matches"]) == (False, [])


def test_a_run_while_typing_has_the_short_budget(client, archived, monkeypatch):
    monkeypatch.setattr(tester, "TYPING_BUDGET_SECONDS", -1.0)
    query = {"query": "Lavrov AND terror*"}
    typing = client.get("/tester/results", params={**query, "typing": "true"}).text
    assert 'id="tester-incomplete"' in typing and "press Test for the full run" in typing
    full = client.get("/tester/results", params=query).text
    assert 'id="tester-incomplete"' not in full and full.count('<tr class="match">') == 2


@dataclass(frozen=True)
class Mark:
    article_id: str
    relevant: bool
    at: float
    rule: str = RULE


def chess(n: int) -> str:
    return f"Lavrov on terrorism {n}\n\nLavrov spoke about terrorism at the chess olympiad {n}.\n"


def plain(n: int) -> str:
    return f"Lavrov on terrorism {n}\n\nLavrov spoke about terrorism at the summit {n}.\n"


def test_not_terms_separate_the_marked_articles(redis, settings):
    pages = [message(f"c{i}", chess(i), f"s{i}") for i in range(3)]
    pages += [message(f"p{i}", plain(i), f"t{i}") for i in range(4)]
    process(redis, settings, *pages)
    live = live_rules(settings.config_dir)
    assert live.rules is not None
    marks = [Mark("c0", False, 1.0), Mark("c1", False, 2.0), Mark("p0", True, 3.0)]
    found = suggest_not_terms(redis, settings, live, live.rules.by_name[RULE], marks)
    assert found[0].term in {"chess", "olympiad"}
    assert (found[0].marked, found[0].others, found[0].removes) == (2, 1, 3)
    assert "lavrov" not in {s.term for s in found}  # the rule's own words are not suggested


def test_no_not_terms_without_marks_not_relevant(redis, settings, archived):
    live = live_rules(settings.config_dir)
    assert live.rules is not None
    marks = [Mark("tass1", False, 1.0), Mark("tass1", True, 2.0)]  # the later mark wins
    assert suggest_not_terms(redis, settings, live, live.rules.by_name[RULE], marks) == []


def test_rule_page_suggestions_fragment_renders_without_marks(client, archived):
    text = client.get("/tester/suggestions", params={"rule": RULE}).text
    assert 'id="no-not-terms"' in text


@pytest.fixture
def team_file(settings) -> None:
    """A team's rules file with its own alias, which rules.yaml does not have."""
    folder = settings.config_dir / "rules.d"
    folder.mkdir(exist_ok=True)
    (folder / "sport-desk.yaml").write_text(
        "version: 1\naliases:\n  games: [football, cup]\n"
        "rules:\n  - name: desk-lavrov-games\n    query: 'Lavrov AND @games'\n",
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"query": "Lavrov AND @games", "rule": "desk-lavrov-games"}, {"foot1"}),
        ({"query": "@games AND NOT cricket", "rule": "desk-lavrov-games"}, {"foot1"}),
    ],
)
def test_an_edit_uses_the_aliases_of_its_own_rules_file(
    client, archived, team_file, body, expected
):
    result = client.post("/api/backtest", json=body).json()
    assert result["errors"] == []
    assert ids(result["matches"]) == expected


def test_a_new_rule_may_not_use_another_files_aliases(client, archived, team_file):
    result = client.post("/api/backtest", json={"query": "Lavrov AND @games"}).json()
    assert result["errors"]
