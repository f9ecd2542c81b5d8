"""A heavier shape of rule set for the scale benchmark: an independent generator of a rules.d
folder and its articles, to check that figures measured on benchmarks.rules_scale's shape
hold for another one. Run: ``python -m benchmarks.rules_scale_heavy prepare FOLDER CACHE N``
then ``... measure FOLDER CACHE ARTICLES NAIVE EDIT [LONG]`` (JSON out, as rules_scale).

Differences from benchmarks.rules_scale: steeper Zipf (offset 2: top people in thousands of
rules), many wildcards incl. short prefixes, 2-3-word phrases, NEAR of phrase and name, ORs
of 3-6 names, file aliases used as @alias, structured all/any/none rules, title: terms and
phrases, Cyrillic/Greek/Arabic-script names, common lower-case words ("said",
"government") as rule terms, per-rule notify, some disabled rules. 45 files x 5,000.
"""

from __future__ import annotations

import itertools
import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.bench_rules import FILLER, SYLLABLES, TOPICS
from benchmarks.corpus import sentence
from benchmarks.rules_scale import Shape, run_command
from workers.query import Document

SEED = 777001
PER_FILE = 5_000

CYR = {"ka": "ка", "lo": "ло", "vi": "ви", "ra": "ра", "mi": "ми", "to": "то", "se": "се",
       "na": "на", "ri": "ри", "do": "до", "be": "бе", "la": "ла", "go": "го", "mo": "мо",
       "ne": "не", "ku": "ку", "sha": "ша", "va": "ва", "zo": "зо", "te": "те", "li": "ли",
       "pe": "пе", "dru": "дру", "kor": "кор", "ban": "бан", "tel": "тел", "mar": "мар",
       "sov": "сов", "lav": "лав", "rov": "ров", "ich": "ич", "sky": "ский", "enko": "енко",
       "ova": "ова", "ski": "ски", "ber": "бер", "din": "дин", "gar": "гар", "hol": "хол",
       "pan": "пан", "tur": "тур", "vas": "вас", "zel": "зел"}  # fmt: skip
GRK = {"a": "α", "b": "β", "g": "γ", "d": "δ", "e": "ε", "z": "ζ", "i": "ι", "k": "κ", "l": "λ",
       "m": "μ", "n": "ν", "o": "ο", "p": "π", "r": "ρ", "s": "σ", "t": "τ", "u": "ου",
       "v": "β", "h": "χ", "y": "ι", "c": "κ"}  # fmt: skip
ARB = {"a": "ا", "b": "ب", "d": "د", "e": "ي", "g": "غ", "h": "ه", "i": "ي", "k": "ك", "l": "ل",
       "m": "م", "n": "ن", "o": "و", "p": "ب", "r": "ر", "s": "س", "t": "ت", "u": "و",
       "v": "ف", "z": "ز", "y": "ي", "c": "ك"}  # fmt: skip

WILD = ["sanction*", "terror*", "nucl*", "elect*", "milit*", "protest*", "attack*", "econ*",
        "negotiat*", "corrupt*", "investigat*", "arrest*", "missil*", "refuge*", "diplom*",
        "bomb*", "cyber*", "hack*", "vacc*", "infla*", "tarif*", "strik*", "kill*",
        "war*"]  # fmt: skip
PHRASES = ["prime minister", "foreign minister", "peace talks", "interest rates",
           "human rights", "climate change", "security council", "central bank",
           "nuclear deal", "trade war", "arms control", "state media", "border crossing",
           "oil prices", "supreme court", "cease fire agreement", "european union summit",
           "national security adviser", "general election", "air strike"]  # fmt: skip
COMMON = ["said", "government", "officials", "new", "year", "people", "president", "report"]
EXTRA_FILLER = ["government", "officials", "people", "told", "reporters", "according",
                "statement", "minister", "country", "state", "prime", "foreign", "security",
                "rights", "human", "deal", "talks", "prices", "war", "court", "media"]  # fmt: skip


def _word(rng: random.Random, parts: int) -> tuple[str, list[str]]:
    syl = [rng.choice(SYLLABLES) for _ in range(parts)]
    return "".join(syl).capitalize(), syl


class Zipf:
    def __init__(self, items: Sequence[object], offset: int) -> None:
        self.items = list(items)
        self.cum = list(itertools.accumulate(1.0 / (r + 1 + offset) for r in range(len(items))))

    def pick(self, rng: random.Random) -> object:
        return rng.choices(self.items, cum_weights=self.cum)[0]


class Person:
    def __init__(self, first: str, last: str, syl: list[str]) -> None:
        self.first, self.last, self.syl = first, last, syl

    def cyr(self) -> str:
        return "".join(CYR[s] for s in self.syl).capitalize()

    def grk(self) -> str:
        return "".join(GRK.get(c, "") for c in self.last.lower()).capitalize()

    def arb(self) -> str:
        return "".join(ARB.get(c, "") for c in self.last.lower())


class Vocab:
    def __init__(self, rng: random.Random) -> None:
        firsts = sorted({_word(rng, 2)[0] for _ in range(800)})
        lasts: dict[str, list[str]] = {}
        while len(lasts) < 30_000:
            w, syl = _word(rng, rng.randint(2, 4))
            lasts.setdefault(w, syl)
        people = [Person(rng.choice(firsts), w, s) for w, s in sorted(lasts.items())]
        rng.shuffle(people)
        self.people = Zipf(people, 2)
        places = sorted({_word(rng, rng.randint(2, 3))[0] for _ in range(9000)})
        rng.shuffle(places)
        self.places = Zipf(places, 3)
        kinds = ["Bank", "Group", "Party", "Energy", "Corp", "Institute", "Council"]
        orgs = sorted({f"{_word(rng, 2)[0]} {rng.choice(kinds)}" for _ in range(5000)})
        rng.shuffle(orgs)
        self.orgs = Zipf(orgs, 3)
        self.topics = Zipf(TOPICS, 5)
        self.wild = Zipf(WILD, 2)
        self.phrases = Zipf(PHRASES, 2)

    def person(self, rng: random.Random) -> Person:
        return self.people.pick(rng)  # type: ignore[return-value]

    def s(self, z: Zipf, rng: random.Random) -> str:
        return str(z.pick(rng))


def _name(rng: random.Random, p: Person) -> str:
    r = rng.random()
    if r < 0.5:
        return f'"{p.first} {p.last}"'
    if r < 0.9:
        return p.last
    if r < 0.95:
        return p.cyr()
    if r < 0.98:
        return p.grk()
    return p.arb()


def make_rule(rng: random.Random, v: Vocab, aliases: list[str]) -> tuple[str, dict[str, object]]:
    """A rule query (or structured form) and extra keys."""
    p, q = v.person(rng), v.person(rng)
    name = _name(rng, p)
    place, org = v.s(v.places, rng), v.s(v.orgs, rng)
    topic, other = v.s(v.topics, rng), v.s(v.topics, rng)
    wild, phrase = v.s(v.wild, rng), v.s(v.phrases, rng)
    common = rng.choice(COMMON)
    many = " OR ".join(v.person(rng).last for _ in range(rng.randint(3, 6)))
    alias = rng.choice(aliases)
    shapes: list[Callable[[], str]] = [
        lambda: f"{name} AND {wild}",
        lambda: f"({many}) AND {topic}",
        lambda: f'"{phrase}" AND {p.last}',
        lambda: f'"{phrase}" NEAR/5 {name}',
        lambda: f"@{alias} AND {wild}",
        lambda: f"@{alias} NEAR/10 ({topic} OR {other})",
        lambda: f"title:{p.last} AND {wild} NOT {other}",
        lambda: f'title:"{p.first} {p.last}"',
        lambda: f"{p.last} AND {common}",
        lambda: f"{common} AND {place}",
        lambda: f'"{org}" NEAR/10 {wild}',
        lambda: (
            f'({place} OR {v.s(v.places, rng)}) AND "{p.first} {p.last}" NOT ({other} OR sport)'
        ),
        lambda: f'{p.last} AND {topic} AND NOT "{phrase}"',
        lambda: f"{p.cyr()} AND ({topic} OR {wild})",
        lambda: f"{p.last} NEAR/3 {q.last}",
        lambda: f'"{p.first} {p.last}" AND "{org}" AND {topic}',
        lambda: f"({p.last} OR {p.cyr()} OR {p.arb()}) AND {place}",
        lambda: f"{wild} AND {v.s(v.wild, rng)} AND {place}",
        lambda: f"{name} AND {common} AND {wild}",
    ]
    extra: dict[str, object] = {}
    roll = rng.random()
    if roll < 0.08:
        extra["all"] = [name if not name.startswith('"') else f"{p.first} {p.last}"]
        extra["any"] = [topic, wild, phrase]
        extra["none"] = [other]
        return "", extra
    if roll < 0.12:
        extra["notify"] = [f"desk{rng.randint(0, 9)}"]
    if roll > 0.99:
        extra["enabled"] = False
    return rng.choice(shapes)(), extra


def _q(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def write_folder(folder: Path, n_rules: int, seed: int = SEED) -> list[Path]:
    rng = random.Random(seed)
    v = Vocab(rng)
    folder.mkdir(parents=True, exist_ok=True)
    files = -(-n_rules // PER_FILE)
    out = []
    left = n_rules
    for f in range(files):
        count = min(PER_FILE, left)
        left -= count
        lines = ["version: 1", f"notify: [client{f:02d}]", "aliases:"]
        aliases = []
        for a in range(40):
            p = v.person(rng)
            items = [p.last, f"{p.first} {p.last}", p.cyr()]
            if rng.random() < 0.5:
                items.append(v.s(v.orgs, rng))
            if rng.random() < 0.3:
                items.append(v.person(rng).last)
            key = f"a{a}"
            aliases.append(key)
            lines.append(f"  {key}: [{', '.join(_q(i) for i in items)}]")
        lines.append("rules:")
        for i in range(count):
            query, extra = make_rule(rng, v, aliases)
            lines.append(f"  - name: c{f:02d}-r{i}")
            if query:
                lines.append(f"    query: {_q(query)}")
            for k, val in extra.items():
                if isinstance(val, list):
                    lines.append(f"    {k}: [{', '.join(_q(str(x)) for x in val)}]")
                else:
                    lines.append(f"    {k}: {str(val).lower()}")
        path = folder / f"client{f:02d}.yaml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        out.append(path)
    return out


def make_article(rng: random.Random, v: Vocab) -> Document:
    cast = [v.person(rng) for _ in range(rng.randint(2, 6))]
    places = [v.s(v.places, rng) for _ in range(rng.randint(1, 3))]
    orgs = [v.s(v.orgs, rng) for _ in range(rng.randint(0, 2))]
    topics = [v.s(v.topics, rng) for _ in range(rng.randint(2, 4))]
    phrases = [v.s(v.phrases, rng) for _ in range(rng.randint(1, 3))]
    sents: list[str] = []
    size, target = 0, rng.randint(3000, 6500)
    while size < target:
        words: list[str] = []
        for _ in range(rng.randint(10, 24)):
            r = rng.random()
            if r < 0.035:
                p = rng.choice(cast)
                c = rng.random()
                words.append(
                    f"{p.first} {p.last}" if c < 0.3 else (p.cyr() if c > 0.97 else p.last)
                )
            elif r < 0.045:
                words.append(rng.choice(places))
            elif r < 0.05 and orgs:
                words.append(rng.choice(orgs))
            elif r < 0.08:
                words.append(rng.choice(topics))
            elif r < 0.09:
                words.append(rng.choice(phrases))
            elif r < 0.15:
                words.append(rng.choice(EXTRA_FILLER))
            else:
                words.append(rng.choice(FILLER))
        line = sentence(words)
        sents.append(line)
        size += len(line) + 1
    p = cast[0]
    title = f"{p.first} {p.last} in {places[0]}: {topics[0]} and {phrases[0]}"
    return Document(title=title, body=" ".join(sents), source="wire", language="en")


def articles(count: int, seed: int = SEED + 1) -> list[Document]:
    v = Vocab(random.Random(SEED))
    rng = random.Random(seed)
    return [make_article(rng, v) for _ in range(count)]


def article_maker(seed: int) -> Callable[[], Document]:
    """Articles made one at a time (the long run holds none)."""
    vocab = Vocab(random.Random(SEED))
    rng = random.Random(seed)
    return lambda: make_article(rng, vocab)


HEAVY_SHAPE = Shape(generate=write_folder, articles=articles, article_maker=article_maker)


if __name__ == "__main__":
    run_command(sys.argv[1:], HEAVY_SHAPE)
