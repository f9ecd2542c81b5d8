"""The names evaluation's lists: one line for each mention a rule misses and each distractor
names add (what a change is compared by), and a new batch measured and appended."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import names_lists
from benchmarks.bench_names import Mention, Person

LAVROV = Person(
    "Lavrov",
    ("Lavrov", "Лавров"),
    (
        Mention(0, "ru", "Лаврова", "Встреча Лаврова и Шукри прошла в Каире."),
        Mention(0, "en", "top diplomat", "Russia's top diplomat arrived in Cairo."),
    ),
)
DISTRACTORS = [
    ["Lavrov", "ru", "Поэт Лавров читал стихи в библиотеке."],  # names on only
    ["Lavrov", "en", "Lavrov arrived in Cairo."],  # matched as written too
    ["Lavrov", "ru", "Лаврова выиграла турнир.", "trade-off"],  # documented: left out
    ["Lavrov", "ru", "Лавровый лист кладут в суп."],  # no match
]


def test_lines_name_each_miss_and_each_false_match_names_add() -> None:
    out = list(names_lists.lines([LAVROV], DISTRACTORS, "part", {}))
    assert out == [
        "MISS\tpart\tLavrov\ten\ttop diplomat\tRussia's top diplomat arrived in Cairo.",
        "FALSE\tpart\tLavrov\tru\tПоэт Лавров читал стихи в библиотеке.",
    ]


BATCH = """\
people:
  - rule: "Lavrov"
    aliases: ["Lavrov"]
    mentions:
      - ["ru", "Лаврову", "Слово дали Лаврову."]
distractors:
  - ["Lavrov", "ru", "Лавровый лист."]
"""


def test_a_batch_is_measured_as_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "fresh999.yaml"
    batch.write_text(BATCH, encoding="utf-8")
    names_lists.measure(batch)
    report = capsys.readouterr().err
    assert "1 people, 1 mentions; recall Latn 0.0 / Cyrl 100.0 / Grek 0.0 / Arab 0.0 %" in report
    assert "names add 0 of 1 distractors (0.0 %)" in report


def test_a_batch_is_appended_under_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = tmp_path / "names_eval.yaml"
    table.write_text("people: []\ndistractors: []\n", encoding="utf-8")
    bench = tmp_path / "bench_names.py"
    bench.write_text('HELD_OUT_BATCHES = (\n    "fresh1",\n)\n', encoding="utf-8")
    batch = tmp_path / "new.yaml"
    batch.write_text(BATCH, encoding="utf-8")
    monkeypatch.setattr(names_lists, "DATA", table)
    monkeypatch.setattr(names_lists, "HELD_OUT_BATCHES", ("fresh1",))
    monkeypatch.setattr(names_lists, "_table", lambda: {})
    names_lists.append(batch, "fresh2")
    text = table.read_text(encoding="utf-8")
    assert '\nfresh2:\n  - rule: "Lavrov"' in text and "\nfresh2_distractors:\n" in text
    assert bench.read_text(encoding="utf-8").endswith('    "fresh1",\n    "fresh2",\n)\n')
