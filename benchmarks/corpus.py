"""Deterministic generated news corpus and rules for the benchmarks."""

from __future__ import annotations

import random
from pathlib import Path

PEOPLE = [
    "Lavrov",
    "Shoukry",
    "Guterres",
    "Erdogan",
    "Macron",
    "Scholz",
    "Modi",
    "Lula",
    "Blinken",
    "Wang",
    "Sunak",
    "Meloni",
    "Sanchez",
    "Tusk",
    "Zelensky",
    "Ruto",
]
PLACES = [
    "Cairo",
    "Moscow",
    "Damascus",
    "Baghdad",
    "Ankara",
    "Paris",
    "Berlin",
    "Delhi",
    "Brasilia",
    "Beijing",
    "London",
    "Rome",
    "Madrid",
    "Warsaw",
    "Kyiv",
    "Nairobi",
]
TOPICS = [
    "terrorism",
    "sanctions",
    "elections",
    "inflation",
    "pipeline",
    "ceasefire",
    "refugees",
    "drought",
    "vaccines",
    "tariffs",
    "cyberattack",
    "summit",
    "strike",
    "earthquake",
    "corruption",
    "protests",
    "budget",
    "uranium",
    "shipping",
    "wildfire",
]
FILLER = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "for",
    "on",
    "that",
    "with",
    "said",
    "was",
    "as",
    "by",
    "at",
    "from",
    "it",
    "an",
    "be",
    "has",
    "are",
    "minister",
    "government",
    "officials",
    "talks",
    "meeting",
    "agreement",
    "country",
    "international",
    "security",
    "cooperation",
    "region",
    "week",
    "statement",
    "report",
    "spokesman",
    "president",
    "foreign",
    "economic",
    "military",
    "support",
    "efforts",
    "situation",
    "process",
    "development",
    "policy",
]


def sentence(words: list[str]) -> str:
    """Words as a sentence: the first letter capitalised, the names in it left as written
    (``str.capitalize`` would lower-case them, and a name rule needs a name's capital)."""
    text = " ".join(words)
    return text[:1].upper() + text[1:] + "."


def article_text(rng: random.Random, index: int) -> str:
    """A 3-6 KB article: headline, then paragraphs of news-like sentences."""
    person, place, topic = rng.choice(PEOPLE), rng.choice(PLACES), rng.choice(TOPICS)
    lines = [f"{person} discusses {topic} in {place} (report {index})", ""]
    target = rng.randint(3000, 6000)
    size = 0
    while size < target:
        words = [rng.choice(FILLER) for _ in range(rng.randint(12, 24))]
        if rng.random() < 0.3:  # the story's own names recur; others appear rarely
            words[rng.randrange(len(words))] = rng.choice([person, place, topic])
        elif rng.random() < 0.03:
            words[rng.randrange(len(words))] = rng.choice(PEOPLE + PLACES + TOPICS)
        line = sentence(words)
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"article-{i:05d}.txt").write_text(article_text(rng, i), encoding="utf-8")


def rules_yaml(count: int, seed: int = 11) -> str:
    """`count` rules: person AND topic-prefix, as an analyst would write them."""
    rng = random.Random(seed)
    lines = ["version: 1", "rules:"]
    for i in range(count):
        person, topic = rng.choice(PEOPLE), rng.choice(TOPICS)
        lines += [f"  - name: rule-{i:03d}", f"    query: {person} AND {topic[:6]}*"]
    return "\n".join(lines) + "\n"
