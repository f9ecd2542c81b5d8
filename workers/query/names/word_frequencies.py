"""Words of a language at least so frequent, from wordfreq's lists, read once when asked.

The context rules that ask how often a language writes a word (Arabic words also names,
Turkish words read as written, ordinary words opening a sentence) keep only the words they
need; wordfreq itself keeps every list it read (the long ones about 30 MB each)."""

from __future__ import annotations

Buckets = list[tuple[float, list[str]]]  # (Zipf, the words of that frequency), commonest first


def frequent_words(language: str, least: float, sizes: tuple[str, ...] = ("small",)) -> Buckets:
    """The words of ``language``'s first list of ``sizes`` that wordfreq has, at least
    ``least`` on the Zipf scale, by frequency; [] if it has none of them. wordfreq's own
    copy of the list is dropped."""
    # Imported here: wordfreq and what it imports take 0.1 s, which a process that never
    # asks (a command line, an article of another language) need not pay.
    from wordfreq import get_frequency_list

    for size in sizes:
        try:
            lists = get_frequency_list(language, size)
        except LookupError:
            continue
        break
    else:
        return []
    found: Buckets = []
    # Buckets of words by frequency, one per centibel below Zipf 9 (wordfreq's format).
    for below, words in enumerate(lists):
        zipf = 9 - below / 100
        if zipf < least:
            break
        found.append((zipf, words))
    clear = getattr(get_frequency_list, "cache_clear", None)
    if clear is not None:  # wordfreq keeps every list it read: keep only these words
        clear()
    return found
