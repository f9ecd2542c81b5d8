"""Differential test against SQLite FTS5 on the syntax both support: AND, OR, binary NOT,
phrases, prefixes and NEAR, over generated ASCII documents and queries."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator

import pytest

from workers.query import Document, RuleIndex, RuleSpec, analyze, parse_query

VOCAB = ["lavrov", "lavrova", "cairo", "terror", "terrorism", "talks", "attack", "sport"]


@pytest.fixture(scope="module")
def fts() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='unicode61')")
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no FTS5")
    yield conn
    conn.close()


def leaf(rng: random.Random) -> tuple[str, str]:
    """A term, prefix or phrase, as (newswatch syntax, FTS5 syntax)."""
    roll = rng.random()
    if roll < 0.5:
        word = rng.choice(VOCAB)
        return word, word
    if roll < 0.75:
        prefix = rng.choice(VOCAB)[: rng.randint(3, 5)] + "*"
        return prefix, prefix
    phrase = '"' + " ".join(rng.choice(VOCAB) for _ in range(rng.randint(2, 3))) + '"'
    return phrase, phrase


def query(rng: random.Random, depth: int = 0) -> tuple[str, str]:
    """A random query as (newswatch syntax, FTS5 syntax), fully parenthesised."""
    if depth > 2 or rng.random() < 0.3:
        return leaf(rng)
    roll = rng.random()
    if roll < 0.2:
        (a, fa), (b, fb), n = leaf(rng), leaf(rng), rng.randint(0, 3)
        return f"{a} NEAR/{n} {b}", f"NEAR({fa} {fb}, {n})"
    (a, fa), (b, fb) = query(rng, depth + 1), query(rng, depth + 1)
    if roll < 0.55:
        return f"({a} AND {b})", f"({fa} AND {fb})"
    if roll < 0.85:
        return f"({a} OR {b})", f"({fa} OR {fb})"
    return f"({a} AND NOT {b})", f"({fa} NOT {fb})"


@pytest.mark.parametrize("seed", range(4))
def test_matches_agree_with_sqlite_fts5(fts: sqlite3.Connection, seed: int) -> None:
    rng = random.Random(seed)
    bodies = [" ".join(rng.choice(VOCAB) for _ in range(rng.randint(0, 12))) for _ in range(80)]
    fts.execute("DELETE FROM docs")
    fts.executemany("INSERT INTO docs(rowid, body) VALUES (?, ?)", enumerate(bodies))
    docs = [analyze(Document("", body)) for body in bodies]
    for _ in range(60):
        ours, theirs = query(rng)
        index = RuleIndex.build([RuleSpec("q", parse_query(ours))])
        expected = [
            r[0] for r in fts.execute("SELECT rowid FROM docs WHERE docs MATCH ?", (theirs,))
        ]
        found = [i for i, doc in enumerate(docs) if index.match(doc)]
        assert (ours, sorted(found)) == (ours, sorted(expected))
