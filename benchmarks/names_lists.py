"""Every false match and every miss of the names evaluation, one line each, for comparing a
change with its base (``diff`` two runs), and the first measure of a new held-out batch.

- ``python -m benchmarks.names_lists`` prints, for every part of ``names_eval.yaml``, the
  distractors names add (matched with ``names: variants``, not with ``exact``; trade-off
  ones left out) as ``FALSE`` lines and the mentions the rule misses as ``MISS`` lines; the
  totals go to stderr.
- ``python -m benchmarks.names_lists --batch FILE`` measures a batch not yet in the table
  (a YAML file of ``people:`` and ``distractors:``, in the table's format): recall per
  script and the false matches names add, and their lines. A batch's distractors may name
  any person of the table or of the batch.
- ``python -m benchmarks.names_lists --append FILE NAME`` adds such a batch to the table as
  part ``NAME`` and to ``HELD_OUT_BATCHES`` (after it was measured as written).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import yaml

from benchmarks.bench_names import (
    DATA,
    HELD_OUT_BATCHES,
    SCRIPTS,
    Mention,
    Person,
    _table,
    found,
    load,
    spec,
)
from workers.query import RuleIndex
from workers.query.names.latin import script

PARTS = ("", "unseen_", *(f"{batch}_" for batch in HELD_OUT_BATCHES))


def _people_by_rule() -> dict[str, Person]:
    """Every person of the table by rule (a distractor names one of any part)."""
    every: dict[str, Person] = {}
    for part in PARTS:
        for person in load(part)[0]:
            every.setdefault(person.rule, person)
    return every


def lines(
    people: list[Person], distractors: list[list[str]], label: str, also: dict[str, Person]
) -> Iterator[str]:
    """The FALSE and MISS lines of one part."""
    for person in people:
        index = RuleIndex.build([spec(person.rule, person.aliases, "variants")])
        for m in person.mentions:
            if not found(index, m.language, m.text, m.form):
                yield f"MISS\t{label}\t{person.rule}\t{m.language}\t{m.form}\t{m.text}"
    by_rule = {**also, **{p.rule: p for p in people}}
    for rule, language, text, *kind in distractors:
        if kind == ["trade-off"]:
            continue
        person = by_rule[rule]
        on = RuleIndex.build([spec(rule, person.aliases, "variants")])
        off = RuleIndex.build([spec(rule, person.aliases, "exact")])
        if found(on, language, text, None) and not found(off, language, text, None):
            yield f"FALSE\t{label}\t{rule}\t{language}\t{text}"


def _part_lines(part: str) -> list[str]:
    people, distractors = load(part)
    return list(lines(people, distractors, part.rstrip("_") or "people", _people_by_rule()))


def every_part() -> None:
    with ProcessPoolExecutor(2) as pool:
        results = list(pool.map(_part_lines, PARTS))
    out = [line for part in results for line in part]
    print("\n".join(out))
    false = sum(line.startswith("FALSE") for line in out)
    misses = sum(line.startswith("MISS") for line in out)
    print(f"false {false} misses {misses}", file=sys.stderr)


def _batch(path: Path) -> tuple[list[Person], list[list[str]]]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    people = [
        Person(p["rule"], tuple(p["aliases"]), tuple(_mentions(i, p["mentions"])))
        for i, p in enumerate(data["people"])
    ]
    return people, [list(d) for d in data["distractors"]]


def _mentions(person: int, rows: list[list[str]]) -> Iterator[Mention]:
    for language, form, text in rows:
        if not isinstance(language, str):
            raise ValueError(f"language {language!r} is not a string: quote it")
        yield Mention(person, language, form, text)


def measure(path: Path) -> None:
    """Recall per script and the false matches names add, of a batch as written."""
    people, distractors = _batch(path)
    out = list(lines(people, distractors, path.stem, _people_by_rule()))
    print("\n".join(out))
    misses: dict[str, int] = dict.fromkeys(SCRIPTS, 0)
    for line in out:
        if line.startswith("MISS"):
            misses[script(line.split("\t")[4])] += 1
    totals = dict.fromkeys(SCRIPTS, 0)
    for person in people:
        for m in person.mentions:
            totals[script(m.form)] += 1
    recall = " / ".join(
        f"{kind} {100.0 * (totals[kind] - misses[kind]) / max(totals[kind], 1):.1f}"
        for kind in SCRIPTS
    )
    chosen = [d for d in distractors if d[3:] != ["trade-off"]]
    false = sum(line.startswith("FALSE") for line in out)
    print(
        f"{len(people)} people, {sum(totals.values())} mentions; recall {recall} %", file=sys.stderr
    )
    print(
        f"names add {false} of {len(chosen)} distractors "
        f"({100.0 * false / max(len(chosen), 1):.1f} %)",
        file=sys.stderr,
    )


def append(path: Path, name: str) -> None:
    """Add a measured batch to the table and to the held-out batches."""
    if name in _table() or not re.fullmatch(r"fresh\d+", name):
        raise SystemExit(f"{name}: not a new part name of the form freshNN")
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^people:", f"{name}:", text, count=1, flags=re.M)
    text = re.sub(r"^distractors:", f"{name}_distractors:", text, count=1, flags=re.M)
    with DATA.open("a", encoding="utf-8") as table:
        table.write(text if text.endswith("\n") else text + "\n")
    bench = DATA.with_name("bench_names.py")
    source = bench.read_text(encoding="utf-8")
    last = HELD_OUT_BATCHES[-1]
    source = source.replace(f'    "{last}",\n)', f'    "{last}",\n    "{name}",\n)', 1)
    bench.write_text(source, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=Path, help="measure a batch not yet in the table")
    parser.add_argument("--append", nargs=2, metavar=("FILE", "NAME"), help="add a batch")
    args = parser.parse_args()
    if args.batch:
        measure(args.batch)
    elif args.append:
        append(Path(args.append[0]), args.append[1])
    else:
        every_part()


if __name__ == "__main__":
    main()
