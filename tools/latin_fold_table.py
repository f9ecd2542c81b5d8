"""Print workers/query/latin_fold.py's table from ICU's Latin-ASCII transliteration.

Run with PyICU importable (the ``dev`` extra installs ``icukit-pyicu``; the service itself
does not depend on ICU, and tests/unit/query/test_folding.py checks the table against it):

    python tools/latin_fold_table.py > /tmp/table.txt

For each letter of the Latin blocks whose accent folding (NFKD, marks removed, casefold)
still leaves a non-ASCII letter, the table maps it to ICU's Latin-ASCII output in lower
case, when that output is ASCII letters only (``ł`` -> ``l``, ``Þ`` -> ``th``). Where ICU folds
only one of a capital and its small letter (``Ɩ`` but not ``ɩ``), the other gets the same
entry, so a word folds alike in any letter case.
"""

from __future__ import annotations

import unicodedata

import icu  # type: ignore[import-not-found]

LATIN_BLOCKS = (
    (0x0080, 0x0250),  # Latin-1 Supplement, Latin Extended-A and -B
    (0x0250, 0x02B0),  # IPA Extensions
    (0x1D00, 0x1DC0),  # Phonetic Extensions (and Supplement)
    (0x1E00, 0x1F00),  # Latin Extended Additional
    (0x2C60, 0x2C80),  # Latin Extended-C
    (0xA720, 0xA800),  # Latin Extended-D
    (0xAB30, 0xAB70),  # Latin Extended-E
)
MARKS = ("\u0300", "\u036f")


def accent_fold(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in decomposed if not MARKS[0] <= c <= MARKS[1])
    return unicodedata.normalize("NFC", kept.casefold())


def main() -> None:
    latin_ascii = icu.Transliterator.createInstance("Latin-ASCII")
    table: dict[str, str] = {}
    for start, end in LATIN_BLOCKS:
        for cp in range(start, end):
            ch = chr(cp)
            if not unicodedata.category(ch).startswith("L") or accent_fold(ch).isascii():
                continue
            out = latin_ascii.transliterate(ch).lower()
            if out.isascii() and out.isalpha():
                table[ch] = out
    for ch, out in list(table.items()):
        other = ch.swapcase()
        if len(other) == 1 and other != ch and not accent_fold(other).isascii():
            table.setdefault(other, out)
    print(f"# ICU {icu.ICU_VERSION}")
    for ch in sorted(table):
        print(f'    "\\u{ord(ch):04x}": "{table[ch]}",  # {ch} {unicodedata.name(ch)}')


if __name__ == "__main__":
    main()
