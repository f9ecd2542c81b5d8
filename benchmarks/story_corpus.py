"""A generated stream of news pages with known stories, for the story-clustering benchmark.

Originals are the human-labelled bodies of the real pages in ../shared/bench/textdrops, plus
"independent reports": several articles about one invented event, written separately (their
own sentences from a word-bigram model of the real bodies) but sharing the event's names,
place, figures and one quoted statement, the way two agencies covering one meeting do. Those
are the hard negatives: same event, different stories.

Copies are made the way syndication makes them: the page re-wrapped in another site's menus,
teasers and footer with another headline style, then one to three edits: paragraphs cut,
paragraphs added, a few sentences edited. Every page goes through the real text-drop cleaner.
"""

from __future__ import annotations

import itertools
import json
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus import PEOPLE, PLACES, TOPICS

MENUS = [
    "Home",
    "World",
    "Politics",
    "Business",
    "Markets",
    "Tech",
    "Science",
    "Health",
    "Sport",
    "Culture",
    "Opinion",
    "Video",
    "Podcasts",
    "Newsletters",
    "Subscribe",
    "Sign in",
    "Search",
    "Latest",
    "Most read",
    "Europe",
    "Middle East",
    "Africa",
    "Asia",
    "Americas",
    "Weather",
]
FOOTERS = [
    "Share this article",
    "Follow us on social media",
    "© {site} {year}. All rights reserved.",
    "Terms of use",
    "Privacy policy",
    "Contact us",
    "Advertise with us",
    "Cookie settings",
    "Read more:",
    "Related stories",
    "Comments (0)",
    "Print",
    "Email this story",
]
MIN_PARAGRAPHS = 3  # a one-paragraph page is a cleaning problem, not a syndication one
SITES = ["wire.example", "daily-post", "globe-news", "capital-times", "herald", "dispatch"]


@dataclass(frozen=True)
class Page:
    """One page in the stream: ``story`` is the key of the original it copies, or its own."""

    key: str
    page: str
    story: str
    is_copy: bool
    kind: str  # "original", "report" (independent report of a shared event) or "copy"


@dataclass(frozen=True)
class Article:
    title: str
    paragraphs: list[str]


def textdrops_dir() -> Path:
    beside = Path(__file__).resolve().parents[1] / ".." / "shared" / "bench" / "textdrops"
    return beside if beside.is_dir() else Path("/work/shared/bench/textdrops")


def real_articles() -> list[Article]:
    """The labelled article bodies, titled by their first words."""
    truth = json.loads((textdrops_dir() / "ground-truth.json").read_text(encoding="utf-8"))
    articles = []
    for entry in truth.values():
        paragraphs = [p.strip() for p in entry["articleBody"].split("\n") if p.strip()]
        if len(paragraphs) >= MIN_PARAGRAPHS:
            articles.append(Article(" ".join(paragraphs[0].split()[:9]), paragraphs))
    return articles


class Bigrams:
    """Word-bigram text model of the real bodies: real vocabulary, real common phrases."""

    def __init__(self, texts: list[str]) -> None:
        self.next: dict[str, list[str]] = defaultdict(list)
        self.starts: list[str] = []
        for text in texts:
            tokens = text.split()
            for a, b in itertools.pairwise(tokens):
                self.next[a].append(b)
                if a.endswith(".") and b[:1].isupper():
                    self.starts.append(b)

    def sentence(self, rng: random.Random, names: list[str]) -> str:
        word = rng.choice(self.starts)
        out = [word]
        while not word.endswith((".", "?", "!")) and len(out) < 32:
            word = rng.choice(self.next.get(word) or self.starts)
            out.append(word)
        if names and rng.random() < 0.6:
            out.insert(rng.randint(1, len(out)), rng.choice(names))
        text = " ".join(out)
        return text if text.endswith((".", "?", "!")) else text + "."

    def paragraph(self, rng: random.Random, names: list[str]) -> str:
        return " ".join(self.sentence(rng, names) for _ in range(rng.randint(2, 4)))


def event_reports(rng: random.Random, model: Bigrams, count: int) -> list[Article]:
    """``count`` independently written reports of one event: shared facts and one quote."""
    a, b = rng.sample(PEOPLE, 2)
    place, topic = rng.choice(PLACES), rng.choice(TOPICS)
    figure, day = rng.randint(3, 900), rng.choice(["Monday", "Tuesday", "Wednesday", "Friday"])
    names = [a, b, place, topic]
    quote = model.sentence(rng, names).rstrip(".")
    facts = [
        f"{a} met {b} in {place} on {day} to discuss {topic}.",
        f"On {day}, {a} and {b} held talks on {topic} in {place}.",
        f"{b} received {a} in {place} on {day}; {topic} topped the agenda.",
        f"Talks between {a} and {b} on {topic} took place in {place} on {day}.",
    ]
    figures = [
        f"Officials put the figure at {figure}.",
        f"The number cited was {figure}.",
        f"According to officials, {figure} were involved.",
    ]
    reports = []
    for _ in range(count):
        paragraphs = [model.paragraph(rng, names) for _ in range(rng.randint(4, 8))]
        paragraphs[0] = rng.choice(facts) + " " + paragraphs[0]
        paragraphs[rng.randrange(len(paragraphs))] += " " + rng.choice(figures)
        where = rng.randrange(1, len(paragraphs))
        paragraphs[where] = f"“{quote},” {a} said. " + paragraphs[where]
        reports.append(Article(f"{a} and {b} discuss {topic} in {place}", paragraphs))
    return reports


def wrap(rng: random.Random, article: Article, teasers: list[str]) -> str:
    """The article as a page of one site, the way a browser's select-all copies it."""
    site = rng.choice(SITES)
    style = rng.randrange(4)
    title = [
        article.title,
        article.title.upper(),
        f"{article.title} | {site}",
        f"UPDATE: {article.title}",
    ][style]
    menu = rng.sample(MENUS, rng.randint(5, 12))
    lines = [site, *menu, "", title, "", f"{rng.randint(1, 28)} March 2024, {site}", ""]
    for i, paragraph in enumerate(article.paragraphs):
        lines += [paragraph, ""]
        if i == 1 and rng.random() < 0.5:
            lines += ["Read also", rng.choice(teasers) + "…", ""]
    lines += ["Related stories", *rng.sample(teasers, 3)]
    lines += [f.format(site=site, year=2024) for f in rng.sample(FOOTERS, rng.randint(3, 6))]
    return "\n".join(lines) + "\n"


def edit(rng: random.Random, model: Bigrams, article: Article) -> Article:
    """A syndicated copy: one to three of cut paragraphs, added paragraphs, edited sentences."""
    paragraphs = list(article.paragraphs)
    for change in rng.sample(["cut", "add", "edit"], rng.randint(1, 3)):
        if change == "cut" and len(paragraphs) > 3:
            keep = max(3, round(len(paragraphs) * rng.uniform(0.5, 0.9)))
            if rng.random() < 0.5:
                paragraphs = paragraphs[:keep]  # the tail trimmed to fit
            else:
                drop = set(rng.sample(range(len(paragraphs)), len(paragraphs) - keep))
                paragraphs = [p for i, p in enumerate(paragraphs) if i not in drop]
        elif change == "add":
            for _ in range(rng.randint(1, 2)):
                paragraphs.insert(rng.randint(0, len(paragraphs)), model.paragraph(rng, []))
        elif change == "edit":
            for _ in range(rng.randint(1, 4)):
                i = rng.randrange(len(paragraphs))
                words = paragraphs[i].split()
                for _ in range(rng.randint(1, 3)):
                    words[rng.randrange(len(words))] = rng.choice(model.starts).lower()
                paragraphs[i] = " ".join(words)
    return Article(article.title, paragraphs)


def build_stream(seed: int, reals: int, events: int, copies: int) -> list[Page]:
    """Originals (``reals`` real bodies, at most 57, and ``events`` events of 2-3 reports)
    and ``copies`` copies of random originals, in publication order (copies after originals)."""
    rng = random.Random(seed)
    real = real_articles()
    rng.shuffle(real)
    # The text model learns from one half; the other half are the stream's real originals.
    # (A bigram chain repeats runs of its training text: reports generated from the very
    # articles in the stream would be partial copies of them, not independent reports.)
    half = len(real) // 2
    model = Bigrams([" ".join(a.paragraphs) for a in real[half:]])
    originals = [("original", a) for a in real[: min(reals, half)]]
    for _ in range(events):
        originals += [("report", r) for r in event_reports(rng, model, rng.randint(2, 3))]
    teasers = [a.title for a in real]
    timed: list[tuple[float, Page]] = []
    for n, (kind, article) in enumerate(originals):
        key, when = f"o{n}", rng.random()
        timed.append((when, Page(key, wrap(rng, article, teasers), key, False, kind)))
        originals[n] = (key, article)  # type: ignore[assignment]
    for c in range(copies):
        key, article = rng.choice(originals)
        base = next(t for t, p in timed if p.key == key)
        page = wrap(rng, edit(rng, model, article), teasers)
        timed.append((base + rng.uniform(0.001, 0.3), Page(f"c{c}", page, key, True, "copy")))
    timed.sort(key=lambda item: item[0])
    return [page for _, page in timed]
