"""The identity of one article's text: exact digests, a MinHash signature and its LSH bands.

Pure and deterministic: every worker computes the same fingerprint for the same article, so
they can compare notes in Redis. Parameters (chosen with `make bench`, bench_stories):

* 4-word shingles: 3 lets common phrases link unrelated reports, 5 loses more of a lightly
  edited copy; 4 separated the benchmark's copies from its hard negatives best.
* 128 MinHash values, stored as their low 8 bits (b-bit MinHash): 128 bytes per article,
  and a Jaccard estimate within ±0.04 around the 0.25 threshold.
* 16 bands of 1 row (the first 16 full 32-bit minima): a copy sharing a fifth of its
  shingles with the original shares a band with probability 1 - 0.8**16 = 0.97, while each
  article adds only 16 small keys; candidates are then checked on the full signature.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np

from workers.stories.minhash import minhashes, shingle_hashes

BANDS = 16
SIGNATURE_BYTES = 128
TITLE_MAX = 200
NEAR_MIN_WORDS = 12  # shorter bodies are matched by exact identity only
# Only the first this many words of a body are shingled: MinHash cost grows with the text
# (a 5 MB drop took 8.7 s and 949 MiB), while a copy is recognised by its opening thousands
# of words. Far above a normal article (a long one has 3,000), so their sketch is unchanged.
MAX_WORDS = 20_000
TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$", re.IGNORECASE)
# Ideographs, kana and Hangul syllables are one word each (as in workers.query.text).
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
WORD = re.compile(f"[{CJK}]|[^\\W_{CJK}]+")


@dataclass(frozen=True)
class Fingerprint:
    """What the story index stores and compares for one article."""

    article_id: str
    source: str
    title: str
    title_digest: str
    url_digest: str  # "" without a URL
    text_digest: str  # "" without body text
    length: int  # words in the body: "grew by a third" is measured in these
    shingles: int
    signature: bytes  # SIGNATURE_BYTES low bytes of the minima; b"" when too short
    bands: tuple[str, ...]  # "index-value" tokens; () when too short


def story_words(text: str) -> list[str]:
    """Case-folded words in any script (CJK one per character); punctuation never counts.

    Simpler than the rule matcher's words (no accent folding, no possessive rule) and about
    three times faster; a copy only has to produce the same words as its original.
    """
    return WORD.findall(text.casefold())


def canonical_url(url: str | None) -> str:
    """The URL without scheme, `www.`, fragment, tracking parameters or trailing slash."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not TRACKING.match(k)))
    return urlunsplit(("", host, parts.path.rstrip("/"), query, "")).lstrip("/")


def digest(kind: str, text: str) -> str:
    return f"{kind}{hashlib.blake2b(text.encode(), digest_size=12).hexdigest()}"


def fingerprint(
    article_id: str,
    source: str,
    title: str,
    body: str,
    url: str | None,
    max_words: int = MAX_WORDS,
) -> Fingerprint:
    """The fingerprint of one cleaned article (title, body, canonical URL); the sketch
    covers the first ``max_words`` words of the body."""
    body_words = story_words(body)
    url_key = canonical_url(url)
    signature, shingles = b"", 0
    bands: tuple[str, ...] = ()
    if len(body_words) >= NEAR_MIN_WORDS:
        hashes = shingle_hashes(body_words[:max_words])
        minima = minhashes(hashes)
        shingles = len(hashes)
        signature = (minima & np.uint32(0xFF)).astype(np.uint8).tobytes()
        bands = tuple(f"{i}-{int(v):08x}" for i, v in enumerate(minima[:BANDS]))
    return Fingerprint(
        article_id=article_id,
        source=source,
        title=title[:TITLE_MAX],
        title_digest=digest("h", " ".join(story_words(title))),
        url_digest=digest("u", url_key) if url_key else "",
        text_digest=digest("t", " ".join(body_words)) if body_words else "",
        length=len(body_words),
        shingles=shingles,
        signature=signature,
        bands=bands,
    )
