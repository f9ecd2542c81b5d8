"""Offline and live agree: `newswatch match` / `rules test` on a file and the live pipeline
on the same file dropped in the inbox see the same article (title, source, language, url)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from services.cli import main
from services.offline import FileReading, document_from_file
from services.poller.service import Poller
from tests.support.pipeline import delivered_alerts, run_notifier, run_workers


def body(tag: str) -> str:
    """Distinct text per file (so each is its own story) that the shipped rule matches."""
    words = " ".join(f"{tag}{n}" for n in range(80))
    return f"Lavrov condemned terrorism in Cairo. {words}."


def html(tag: str, head: str) -> str:
    return (
        f"<html><head><title>Lavrov on terrorism ({tag})</title>{head}</head>"
        f"<body><article><h1>Lavrov on terrorism ({tag})</h1><p>{body(tag)}</p>"
        f"<p>{body(tag + 'x')}</p></article></body></html>"
    )


FILES = {
    "plain.txt": f"Lavrov on terrorism (plain)\n\n{body('plain')}\n",
    "canonical.html": html("canon", '<link rel="canonical" href="https://www.tass.com/p/1">'),
    "named.html": html("named", '<meta property="og:site_name" content="SANA">'),
    "given.json": json.dumps(
        {
            "title": "Lavrov on terrorism (json)",
            "text": body("json"),
            "source": "wire",
            "url": "https://example.org/a",
        }
    ),
    "reuters/sorted.html": html("sorted", '<link rel="canonical" href="https://tass.com/p/2">'),
}
SOURCES = {
    "plain.txt": "drop",
    "canonical.html": "tass.com",
    "named.html": "SANA",
    "given.json": "wire",
    "reuters/sorted.html": "reuters",
}


@pytest.fixture
def dropped(settings) -> dict[str, Path]:
    paths = {}
    for name, content in FILES.items():
        path = settings.inbox_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        paths[name] = path
    return paths


@pytest.fixture
def env(settings, monkeypatch):
    monkeypatch.setenv("NEWSWATCH_CONFIG_DIR", str(settings.config_dir))
    monkeypatch.setenv("NEWSWATCH_DROP_DIR", str(settings.drop_dir))
    monkeypatch.setenv("NEWSWATCH_STATE_DIR", str(settings.state_dir))
    return settings


def test_match_and_the_live_pipeline_see_the_same_article(redis, settings, dropped):
    reading = FileReading.from_settings(settings)
    offline = {name: document_from_file(path, reading) for name, path in dropped.items()}
    Poller(settings, redis).run_once(threading.Event())
    run_workers(redis, settings)
    run_notifier(redis, settings)
    assert list((settings.inbox_dir / "reuters").iterdir()) == []  # taken; the folder stays
    live = {a["title"]: a for a in delivered_alerts(settings)}
    assert len(live) == len(FILES)
    for name, doc in offline.items():
        alert = live[doc.title]
        seen = (alert["source"], alert["language"], alert["url"] or "")
        assert seen == (doc.source, doc.language, doc.url), name
        assert doc.source == SOURCES[name], name


def test_match_json_names_each_file_source(env, dropped, capsys):
    assert main(["match", "--json", *map(str, dropped.values())]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    by_path = {r["path"]: r["source"] for r in records}
    assert by_path == {str(dropped[name]): source for name, source in SOURCES.items()}


@pytest.mark.parametrize(
    ("query", "verdict"), [("source:tass.com", "match"), ("source:drop", "no match")]
)
def test_rules_test_matches_on_the_source_the_pipeline_gives(env, dropped, capsys, query, verdict):
    assert main(["rules", "test", query, str(dropped["canonical.html"])]) == 0
    assert capsys.readouterr().out.splitlines()[0].endswith(f": {verdict}")
