"""The names benchmark's false-match tally: what names on adds beside exact matching and
beside hand-written aliases, over the distractors outside the documented trade-off."""

from __future__ import annotations

from benchmarks.bench_names import Tally, distractor_rows, load

# Distractor, then whether (names on, exact, aliases) matched it.
CASES = [
    (["Bullock", "ru", "Сандра Буллок"], (True, False, True)),  # a namesake the alias finds
    (["Bullock", "ru", "Сандры Буллок"], (True, False, False)),  # ...in a case it misses
    (["Bullock", "en", "Sandra Bullock"], (True, True, True)),  # found as written too
    (["Lavrov", "ru", "лавровый лист"], (False, False, False)),
    (["Lavrov", "ru", "Лаврова", "trade-off"], (True, False, False)),  # documented: left out
]


def test_a_tally_counts_what_names_on_adds_beside_exact_and_beside_aliases() -> None:
    tally = Tally()
    distractors = [d for d, _ in CASES]
    modes = ("variants", "exact", "aliases")
    tally.add(distractors, {m: [h[i] for _, h in CASES] for i, m in enumerate(modes)})
    assert tally.distractors == 4
    assert tally.matched == {"variants": 3, "exact": 1, "aliases": 2}
    assert (tally.over_exact, tally.over_aliases) == (2, 1)


def test_a_tally_adds_up_over_parts_and_reports_shares() -> None:
    people, distractors = load()
    tally = Tally()
    distractor_rows(people, distractors, tally=tally)
    distractor_rows(people, distractors, tally=tally)
    assert tally.distractors == 2 * sum(d[3:] != ["trade-off"] for d in distractors)
    rows = {row.metric: row for row in tally.rows("both")}
    added = rows["false matches names add on both distractors (matched on, not off)"]
    assert added.value == round(100.0 * tally.over_exact / tally.distractors, 1)
