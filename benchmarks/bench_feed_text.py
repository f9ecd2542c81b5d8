"""Feed entry text and the tokeniser after issue 14, beside the previous code in the same run.

* Feed entries to plain text: the title (entities, double escapes) and the body HTML (line
  wraps joined, ``<br><br>`` paragraphs) per entry, against the previous cleaner
  (:mod:`benchmarks.feed_text_baseline`), on generated entries shaped like WordPress feeds.
* JSON Feed items read field by field (with notes and link resolution) against the previous
  whole-item pydantic read (which refused an item with one bad field: 1 in 10 here).
* Tokenising and folding a ~5 KB article (what ``analyze`` does per field) with invisible
  characters joining words and the Latin-ASCII table, against the previous tokeniser: on
  English text, and on text where one word in ten is Polish, German or Nordic (warm caches,
  as in a worker).

Run: ``.venv/bin/python -m benchmarks.harness --only feed_text [--quick]``.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from benchmarks import feed_text_baseline as old
from benchmarks.corpus import sentence
from benchmarks.harness import Row
from services.poller.json_feed import json_entry
from workers.cleaning.feed import html_to_paragraphs, plain_title
from workers.query.text import fold, scan_words

STAGE = "feed text"
SEED = 14
_WORDS = tuple(
    [
        "the",
        "minister",
        "said",
        "talks",
        "in",
        "the",
        "capital",
        "would",
        "resume",
        "next",
        "week",
        "after",
        "a",
        "statement",
        "on",
        "trade",
        "security",
        "and",
        "energy",
        "officials",
        "from",
        "both",
        "governments",
        "met",
        "for",
        "four",
        "hours",
        "sources",
        "close",
        "to",
        "the",
        "negotiations",
        "described",
        "the",
        "atmosphere",
        "as",
        "constructive",
        "while",
        "opposition",
        "leaders",
        "criticised",
        "the",
        "agreement",
        "parliament",
        "will",
        "vote",
        "on",
        "the",
        "budget",
        "before",
        "the",
        "summit",
    ]
)
_FOREIGN = tuple(
    [
        "Wałęsa",
        "Łódź",
        "Gdańsk",
        "Kraków",
        "Ørsted",
        "Søren",
        "Straße",
        "Müller",
        "Þórsdóttir",
        "Guðmundsson",
        "Đoković",
        "Æbeltoft",
        "Œuvre",
        "São",
        "Diyarbakır",
        "Lav\xadrov",
        "Shou\xadkry",
    ]
)


def _sentence(rng: random.Random, foreign: float) -> str:
    words = [
        rng.choice(_FOREIGN) if rng.random() < foreign else rng.choice(_WORDS)
        for _ in range(rng.randint(8, 20))
    ]
    return sentence(words)


def _entry(rng: random.Random) -> tuple[str, str]:
    """A title with references and a body of wrapped <p> paragraphs, as feeds send them."""
    title = f"Lavrov&#8217;s aide meets Shoukry &amp;amp; {rng.choice(_WORDS)} &#8212; talks"
    paragraphs = []
    for _ in range(rng.randint(3, 8)):
        lines = [_sentence(rng, 0.02) for _ in range(rng.randint(2, 4))]
        paragraphs.append("<p>" + "\n".join(lines) + "</p>")
    return title, "\n".join(paragraphs) + "<br><br><em>Read more &raquo;</em>"


def _article(rng: random.Random, foreign: float, chars: int = 5000) -> str:
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < chars:
        parts.append(_sentence(rng, foreign))
    return " ".join(parts)


def _json_item(rng: random.Random, i: int) -> dict[str, object]:
    return {
        "id": f"item-{i}",
        "url": f"/story/{i}",
        "title": f"Story {i}: {rng.choice(_WORDS)} talks",
        "content_html": f"<p>{_sentence(rng, 0.0)}</p>",
        "summary": _sentence(rng, 0.0),
        "date_published": "2024-05-01T12:30:00+02:00" if i % 10 else "Wed, 01 May 2024 12:30 GMT",
        "authors": [{"name": "Jane Doe"}],
    }


def _paired(
    new: Callable[[], object], old: Callable[[], object], items: int, repeats: int
) -> tuple[float, float]:
    """Median time per item (microseconds) of each, passes interleaved so that a change in
    the machine's load falls on both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeats):
        for work, found in ((new, times[0]), (old, times[1])):
            started = time.perf_counter()
            work()
            found.append((time.perf_counter() - started) / items * 1e6)
    return statistics.median(times[0]), statistics.median(times[1])


def _postings(text: str, scan: Callable[[str], list[str]], fold_: Callable[[str], str]) -> int:
    postings: dict[str, list[int]] = {}
    for pos, word in enumerate(map(fold_, scan(text))):
        postings.setdefault(word, []).append(pos)
    return len(postings)


def run(quick: bool = False) -> list[Row]:
    rng = random.Random(SEED)
    repeats = 3 if quick else 9
    entries = [_entry(rng) for _ in range(50 if quick else 200)]

    def new_entries() -> None:
        for title, body in entries:
            plain_title(title)
            html_to_paragraphs(body)

    def old_entries() -> None:
        for title, body in entries:
            old.plain_title(title)
            old.html_to_paragraphs(body)

    items = [_json_item(rng, i) for i in range(200 if quick else 1000)]
    bases = ("https://example.org/", "https://example.org/feed.json")

    def new_items() -> None:
        for raw in items:
            json_entry(raw, bases)

    def old_items() -> None:
        for raw in items:
            old.json_entry(raw)

    entry_times = _paired(new_entries, old_entries, len(entries), repeats)
    item_times = _paired(new_items, old_items, len(items), repeats)
    rows = [
        Row(STAGE, "feed entry title+body to text", *entry_times, "µs/entry",
            note="baseline: the previous cleaner (line wraps became paragraphs)"),
        Row(STAGE, "JSON Feed item read (relative links)", *item_times, "µs/item",
            note="baseline: the previous whole-item pydantic read (no link resolution)"),
    ]  # fmt: skip
    for label, foreign in (("English", 0.0), ("1 word in 10 Polish/Nordic", 0.1)):
        articles = [_article(rng, foreign) for _ in range(20 if quick else 100)]

        def new_tokens(articles: list[str] = articles) -> None:
            for text in articles:
                _postings(text, scan_words, fold)

        def old_tokens(articles: list[str] = articles) -> None:
            for text in articles:
                _postings(text, old.scan_words, old.fold)

        new_tokens(), old_tokens()  # warm the fold caches, as in a running worker
        token_times = _paired(new_tokens, old_tokens, len(articles), repeats)
        rows.append(
            Row(STAGE, f"tokenise+fold 5 KB article ({label})", *token_times, "µs/article",
                note="baseline: the previous tokeniser and fold")
        )  # fmt: skip
    return rows


if __name__ == "__main__":
    from benchmarks.harness import format_table

    print(format_table(run(quick=False)))
