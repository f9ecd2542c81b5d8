"""Rule sets of media-monitoring size: realistic rules and articles, and a rules.d folder.

Rules have 2-4 terms: names of people (first and last name), places and organisations drawn
from large generated lists with a Zipf popularity (a few names are in thousands of rules and
in many articles, as real news names are), combined with topic words; some phrases,
wildcards, NOT and NEAR. Articles (~5 KB) are about a cast of names and a few topics, so
well under 1 % of the rules match one. Deterministic per seed.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.bench_rules import FILLER, SYLLABLES, TOPICS
from workers.query import Document

NAME_OFFSET = 10
_ORG_KINDS = """Bank Group Party Airlines Energy Telecom Motors Institute Holdings Council
Foundation Petroleum Pharma Media Union Systems""".split()


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


class Zipf:
    """Items drawn with probability proportional to 1/(rank + offset) (Zipf-Mandelbrot: the
    most popular of 25,000 names is in about 1 % of the picks)."""

    def __init__(self, items: Sequence[str] | Sequence[tuple[str, str]], offset: int = 0) -> None:
        self.items = list(items)
        weights = (1.0 / (r + 1 + offset) for r in range(len(self.items)))
        self.cum = list(itertools.accumulate(weights))

    def pick(self, rng: random.Random) -> object:
        return rng.choices(self.items, cum_weights=self.cum)[0]


class ScaleVocabulary:
    """25,000 people, 10,000 places, 5,000 organisations, the news topics; fixed per seed."""

    def __init__(self, rng: random.Random) -> None:
        first = sorted({_word(rng, 2) for _ in range(600)})
        last = sorted({_word(rng, rng.randint(2, 4)) for _ in range(40_000)})
        people = [(rng.choice(first), name) for name in rng.sample(last, min(len(last), 25_000))]
        self.people = Zipf(people, NAME_OFFSET)
        places = sorted({_word(rng, rng.randint(2, 4)) for _ in range(12_000)})[:10_000]
        self.places = Zipf(places, NAME_OFFSET)
        orgs = {f"{_word(rng, rng.randint(2, 3))} {rng.choice(_ORG_KINDS)}" for _ in range(6000)}
        self.orgs = Zipf(sorted(orgs)[:5000], NAME_OFFSET)
        self.topics = Zipf(TOPICS)

    def person(self, rng: random.Random) -> tuple[str, str]:
        found = self.people.pick(rng)
        assert isinstance(found, tuple)
        return found

    def place(self, rng: random.Random) -> str:
        return str(self.places.pick(rng))

    def org(self, rng: random.Random) -> str:
        return str(self.orgs.pick(rng))

    def topic(self, rng: random.Random) -> str:
        return str(self.topics.pick(rng))


def make_scale_rule(rng: random.Random, vocab: ScaleVocabulary) -> str:
    """One rule of 2-4 terms around a name, a place or an organisation."""
    first, last = vocab.person(rng)
    place, org = vocab.place(rng), vocab.org(rng)
    topic, other = vocab.topic(rng), vocab.topic(rng)
    while other == topic:
        other = vocab.topic(rng)
    stem = topic[: max(4, len(topic) - 3)]
    shapes: list[Callable[[], str]] = [
        lambda: f'"{first} {last}" AND {topic}',
        lambda: f"{last} AND ({topic} OR {other})",
        lambda: f'"{org}" AND {topic}',
        lambda: f'"{first} {last}" AND {place} NOT {other}',
        lambda: f"{last} NEAR/5 {stem}*",
        lambda: f"{place} AND {topic} AND {other}",
        lambda: f"title:{last} AND {topic}",
        lambda: f'"{place} {topic}"~5 AND {last}',
        lambda: f"{last} AND {place}",
        lambda: f'"{org}" AND {stem}* AND NOT {other}',
    ]
    return rng.choice(shapes)()


def make_scale_article(rng: random.Random, vocab: ScaleVocabulary) -> Document:
    """A ~5 KB article about a cast of 2-5 people, 1-3 places, 0-2 organisations, 3-6 topics."""
    cast = [vocab.person(rng) for _ in range(rng.randint(2, 5))]
    places = [vocab.place(rng) for _ in range(rng.randint(1, 3))]
    orgs = [vocab.org(rng) for _ in range(rng.randint(0, 2))]
    topics = [vocab.topic(rng) for _ in range(rng.randint(3, 6))]
    sentences: list[str] = []
    size, target = 0, rng.randint(4400, 5300)
    while size < target:
        sentence = _sentence(rng, cast, places, orgs, topics)
        sentences.append(sentence)
        size += len(sentence) + 1
    first, last = cast[0]
    title = f"{first} {last} in {places[0]}: {topics[0]} and {topics[-1]}"
    return Document(title=title, body=" ".join(sentences), source="wire", language="en")


def _sentence(
    rng: random.Random,
    cast: list[tuple[str, str]],
    places: list[str],
    orgs: list[str],
    topics: list[str],
) -> str:
    words: list[str] = []
    for _ in range(rng.randint(10, 22)):
        roll = rng.random()
        if roll < 0.03:
            first, last = rng.choice(cast)
            words.append(f"{first} {last}" if rng.random() < 0.3 else last)
        elif roll < 0.04:
            words.append(rng.choice(places))
        elif roll < 0.045 and orgs:
            words.append(rng.choice(orgs))
        elif roll < 0.15:
            words.append(rng.choice(topics))
        else:
            words.append(rng.choice(FILLER))
    return " ".join(words).capitalize() + "."


def write_rules_folder(
    folder: Path, texts: Sequence[str], files: int, prefix: str = "team"
) -> list[Path]:
    """The rules as ``files`` files of a rules.d folder, one team per file (file notify)."""
    folder.mkdir(parents=True, exist_ok=True)
    per_file = -(-len(texts) // files)
    written = []
    for f in range(files):
        chunk = texts[f * per_file : (f + 1) * per_file]
        lines = ["version: 1", f"notify: [{prefix}{f:02d}]", "rules:"]
        for i, text in enumerate(chunk):
            quoted = text.replace("'", "''")
            lines.append(f"  - name: {prefix}{f:02d}-{i}\n    query: '{quoted}'")
        path = folder / f"{prefix}{f:02d}.yaml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        written.append(path)
    return written
