"""Hostile input to a worker: what one bad article or rules file costs, beside a normal one.

Each case runs in its own subprocess (so its peak memory, ru_maxrss, is its own): an article
goes through ``match_article`` (bounds, cleaning, every shipped rule, fingerprint with
MinHash) with the default limits; a rules file through ``check_rules`` (parse, check,
compile). ``value`` is the CPU seconds of that work, ``baseline`` the same for a normal input
of the same size in the same run, ``note`` the subprocess's peak memory. The goal for every
case is under 10 s and 500 MB.

Run alone: ``python -m benchmarks.harness --only hostile``.
"""

from __future__ import annotations

import contextlib
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import Row

REPO = Path(__file__).resolve().parent.parent
PROSE = (
    "Foreign Minister Sergey Lavrov said on Monday that the talks in Cairo had made progress "
    "on trade and water, and condemned the terrorist attack on the border post. "
)
TARGET = "< 10 s, < 500 MB"


def _html_prose(size: int) -> str:
    paragraph = f"<p>{PROSE}</p>\n"
    return "<html><body>" + paragraph * (size // len(paragraph)) + "</body></html>"


def _text_prose(size: int) -> str:
    return (PROSE.strip() + "\n\n") * (size // (len(PROSE) + 1))


def _attribute_bomb(size: int) -> str:
    count = size // 9
    return "<html><body><div " + " ".join(f"a{i}=x" for i in range(count)) + "></div></body></html>"


def _deep_nesting(size: int) -> str:
    depth = size // 11
    return "<html><body>" + "<div>" * depth + PROSE + "</div>" * depth + "</body></html>"


def _tiny_elements(size: int) -> str:
    return "<html><body>" + "<b>x</b>" * (size // 8) + "</body></html>"


def _entities(size: int) -> str:
    return "<html><body><p>" + "&amp;" * (size // 5) + "</p></body></html>"


def _million_lines(size: int) -> str:
    return "x\n" * (size // 2)


def _giant_line(size: int) -> str:
    return "word " * (size // 5)


def _lavrov_pairs(size: int) -> str:
    return "Lavrov terrorists " * (size // 18)


def _distinct_words(size: int) -> str:
    """Every word different: the most postings, stems and shingles per byte."""
    words, n = [], 0
    while n < size:
        words.append(f"w{n:x}q")
        n += len(words[-1]) + 1
    return " ".join(words)


def _distinct_names(size: int) -> str:
    """Every word a different capitalised word with diacritics: each is keyed as a name
    (transliterated, read in every case) once."""
    letters = "aáâäąbcćčdďeéęěfgğhiíîıjklłmnńňoóöőprřsśšştťuúüűůvyýzźžß"
    words, n = [], 0
    while n < size:
        digits, k = [], len(words)
        while True:
            k, digit = divmod(k, len(letters))
            digits.append(letters[digit])
            if not k:
                break
        words.append("K" + "".join(digits) + "ova")
        n += len(words[-1]) + 1
    return " ".join(words)


def _long_word(size: int) -> str:
    return "a" * size


# name -> (content type, hostile builder, baseline builder, query or None for the shipped rules)
ARTICLE_CASES: dict[str, tuple[str, Callable[[int], str], Callable[[int], str], str | None]] = {
    "attribute bomb (HTML)": ("html", _attribute_bomb, _html_prose, None),
    "deep nesting (HTML)": ("html", _deep_nesting, _html_prose, None),
    "many tiny elements (HTML)": ("html", _tiny_elements, _html_prose, None),
    "entity-heavy (HTML)": ("html", _entities, _html_prose, None),
    "millions of lines (text)": ("text", _million_lines, _text_prose, None),
    "one giant line (text)": ("text", _giant_line, _text_prose, None),
    "5 MB prose drop incl. MinHash": ("text", _text_prose, lambda n: _text_prose(n // 100), None),
    "wildcard *a*a*a*a*a*a*a*b, 1 MB word": ("article", _long_word, _long_word, "*a*a*a*a*a*a*a*b"),
    "wildcard *a*b, 30,000-letter word": ("article", _long_word, _long_word, "*a*b"),
    "proximity bomb Lavrov NEAR/1000 terror*": (
        "article",
        _lavrov_pairs,
        _lavrov_pairs,
        "Lavrov NEAR/1000 terror*",
    ),
    "chained NEAR/1000 x5": (
        "article",
        _lavrov_pairs,
        _lavrov_pairs,
        " NEAR/1000 ".join(["Lavrov", "terror*"] * 3),
    ),
    "5 MB of hits, shipped rules": ("article", _lavrov_pairs, _text_prose, None),
    "5 MB of distinct words, stemming rule": (
        "article",
        _distinct_words,
        _text_prose,
        "STEMMED terrorist",
    ),
    "1 MB of distinct name-like words, name rule": (
        "article",
        _distinct_names,
        _text_prose,
        "Lavrov",
    ),
    "attribute bomb before the article (HTML)": (
        "html",
        lambda n: _attribute_bomb(n).replace("</div>", f"</div><p>{PROSE * 5}</p>"),
        _html_prose,
        None,
    ),
}
ARTICLE_SIZES = {
    "5 MB prose drop incl. MinHash": 5_000_000,
    "wildcard *a*a*a*a*a*a*a*b, 1 MB word": 1_000_000,
    "wildcard *a*b, 30,000-letter word": 30_000,
    "proximity bomb Lavrov NEAR/1000 terror*": 1_000_000,
    "chained NEAR/1000 x5": 1_000_000,
    "5 MB of hits, shipped rules": 5_000_000,
    "5 MB of distinct words, stemming rule": 5_000_000,
    "1 MB of distinct name-like words, name rule": 1_000_000,
}
BASELINE_QUERY = "Lavrov AND terror*"


def _rules_nested(n: int) -> str:
    return f"version: 1\nrules:\n  - name: r\n    query: {'(' * n}Lavrov{')' * n}\n"


RULES_CASES: dict[str, Callable[[], str]] = {
    "rules: 200 nested parentheses": lambda: _rules_nested(200),
    "rules: 1,000 chained NOT": lambda: (
        "version: 1\nrules:\n  - name: r\n    query: " + "NOT " * 1000 + "Lavrov\n"
    ),
    "rules: NEAR/ with 5,000 digits": lambda: (
        "version: 1\nrules:\n  - name: r\n    query: Lavrov NEAR/" + "9" * 5000 + " terror*\n"
    ),
    "rules: YAML nested 5,000 deep": lambda: (
        "version: 1\nrules:\n  - " + "[" * 5000 + "]" * 5000 + "\n"
    ),
    "rules: 2,000 rules of 40 terms": lambda: (
        "version: 1\nrules:\n"
        + "".join(
            f"  - name: r{i}\n    query: {' OR '.join(f'w{i}x{j}*' for j in range(40))}\n"
            for i in range(2000)
        )
    ),
}


def _measure_article(name: str, hostile: bool, scale: float) -> dict[str, float]:
    from services.core.errors import InputRejected
    from services.core.models import ArticleMessage
    from workers.limits import ArticleLimits
    from workers.pipeline import match_article
    from workers.rules.loader import load_rules, parse_rules

    kind, bad, good, query = ARTICLE_CASES[name]
    size = int(ARTICLE_SIZES.get(name, 4_400_000) * scale)
    content = (bad if hostile else good)(size)
    if query is None:
        rules = load_rules(REPO / "config" / "rules.yaml")
    else:
        stemmed = query.startswith("STEMMED ")
        text = query.removeprefix("STEMMED ") if hostile else BASELINE_QUERY
        option = "    stemming: true\n" if stemmed else ""
        rules = parse_rules(
            f"version: 1\nrules:\n  - name: r\n    query: '{text}'\n{option}".encode(), "b"
        )
    message = ArticleMessage(
        id="bench01",
        origin="drop",
        source="bench",
        origin_ref=name,
        content_type=kind,  # type: ignore[arg-type]
        encoding="utf-8",
        content=content,
        title="Lavrov in Cairo",
    )
    started = time.process_time()
    with contextlib.suppress(InputRejected):  # a refusal is fine; its cost is measured
        match_article(message, rules, ArticleLimits(match_budget_seconds=None))
    return {"seconds": time.process_time() - started}


def _measure_rules(name: str, hostile: bool) -> dict[str, float]:
    from services.core.errors import ConfigError
    from workers.rules.loader import check_rules

    text = RULES_CASES[name]() if hostile else _rules_nested(0)
    if not hostile:
        size = len(RULES_CASES[name]())
        text += "".join(f"# {'x' * 70}\n" for _ in range(size // 73))
    started = time.process_time()
    with contextlib.suppress(ConfigError):  # a refusal is the expected outcome
        check_rules(text.encode(), "rules.yaml")
    return {"seconds": time.process_time() - started}


def _child(kind: str, name: str, hostile: bool, scale: float) -> None:
    if kind == "article":
        result = _measure_article(name, hostile, scale)
    else:
        result = _measure_rules(name, hostile)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def _in_subprocess(kind: str, name: str, hostile: bool, scale: float) -> dict[str, float]:
    args = [sys.executable, "-m", "benchmarks.bench_hostile_worker", kind, name]
    args += ["hostile" if hostile else "normal", str(scale)]
    done = subprocess.run(args, cwd=REPO, capture_output=True, text=True, check=True, timeout=900)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _row(kind: str, name: str, scale: float) -> Row:
    bad = _in_subprocess(kind, name, True, scale)
    good = _in_subprocess(kind, name, False, scale)
    return Row(
        stage="hostile",
        metric=name,
        value=bad["seconds"],
        baseline=good["seconds"],
        unit="s",
        target=TARGET,
        note=f"peak {bad['peak_mb']:.0f} MB (normal {good['peak_mb']:.0f} MB)",
    )


def run(quick: bool) -> list[Row]:
    """One row per hostile case; quick: inputs a tenth the size."""
    scale = 0.1 if quick else 1.0
    rows = [_row("article", name, scale) for name in ARTICLE_CASES]
    rows += [_row("rules", name, scale) for name in RULES_CASES]
    return rows


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2], sys.argv[3] == "hostile", float(sys.argv[4]))
