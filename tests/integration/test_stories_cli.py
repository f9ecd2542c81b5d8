"""`newswatch stories`: recent stories with their sources and the rules that alerted."""

from __future__ import annotations

import json

import pytest

from services.cli import main
from services.core.models import ArticleMessage
from services.poller.intake import Intake
from tests.integration.test_stories_pipeline import TASS_PAGE, message, mirror_copy
from tests.support.pipeline import run_workers


@pytest.fixture
def two_copies(redis, settings, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no .env from the checkout
    monkeypatch.setenv("NEWSWATCH_REDIS_URL", settings.redis_url_value())
    copies: list[ArticleMessage] = [
        message("tass1", "tass.com", TASS_PAGE),
        message("mirror1", "mirror.example", mirror_copy()),
    ]
    Intake(redis, batch_size=50, seen_ttl_seconds=3600).submit(copies)
    run_workers(redis, settings)


def test_stories_json_lists_sources_and_rules(two_copies, capsys):
    assert main(["stories", "--json"]) == 0
    (story,) = json.loads(capsys.readouterr().out)
    assert (story["story_id"], story["sources"], story["rules"], story["articles"]) == (
        "tass1",
        ["tass.com", "mirror.example"],
        ["lavrov-terrorism"],
        2,
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["stories"], "sources: tass.com, mirror.example (2 articles)"),
        (["stories", "--since", "90m"], "rules: lavrov-terrorism"),
        (["stories", "--since", "0"], "no stories in that window"),
    ],
)
def test_stories_text(two_copies, capsys, args, expected):
    assert main(args) == 0
    assert expected in capsys.readouterr().out


def test_since_must_be_a_duration(capsys):
    with pytest.raises(SystemExit):
        main(["stories", "--since", "yesterday"])
    assert "duration" in capsys.readouterr().err
