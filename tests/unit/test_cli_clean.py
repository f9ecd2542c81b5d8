"""`newswatch clean` shows what the pipeline keeps of files."""

from __future__ import annotations

import json

from services.cli import main
from tests.conftest import SEEDS

TASS = SEEDS / "tass-lavrov-terrorists-migration.txt"


def test_clean_json_prints_one_record_per_file(capsys):
    assert main(["clean", "--json", str(TASS), str(SEEDS / "sana-lavrov-cairo.txt")]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [set(r) for r in records] == [
        {"path", "title", "body", "source", "language", "published_at"}
    ] * 2
    assert records[0]["title"].startswith("Lavrov calls for stopping terrorists")
    assert records[0]["language"] == "en"
    assert records[0]["published_at"].startswith("2017-10-23")


def test_clean_text_output_shows_title_and_body(capsys):
    assert main(["clean", str(TASS)]) == 0
    out = capsys.readouterr().out
    assert "# Lavrov calls for stopping terrorists" in out
    assert "Most read" not in out


def test_clean_reports_unusable_files_and_exits_1(tmp_path, capsys):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.7 binary")
    missing = tmp_path / "missing.txt"
    assert main(["clean", str(binary), str(missing), str(TASS)]) == 1
    captured = capsys.readouterr()
    assert "scan.txt" in captured.err and "missing.txt" in captured.err
    assert "# Lavrov calls" in captured.out
