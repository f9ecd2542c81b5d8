"""Page furniture that reads like text: teaser lists, newsletter and share prompts.

A related-articles or most-read box is a label ("Related posts", "Most popular", "You might
also like") followed by teaser headlines; a promo line asks the reader to subscribe, share or
"read more". Both sit right after (or inside) the article and escape a line model because a
teaser headline is a clean, well-formed phrase. English labels: the drops this cleans are
English news and blog pages; other languages keep the model's judgement alone.
"""

from __future__ import annotations

import re

from workers.cleaning.line_features import LineFeatures

_LIST_LABEL = re.compile(
    r"^\W*(?:"
    r"related(?:\s+(?:posts?|articles?|stories|content|coverage|links|reading|news|videos?))?"
    r"|(?:the\s+)?most\s+(?:popular|read|viewed|shared|emailed|e-mailed|commented|recent)\b.*"
    r"|(?:popular|recent|latest|top|trending|featured|recommended|similar|more)\s+"
    r"(?:posts?|articles?|stories|news|headlines|videos?|reads?|entries)\b.*"
    r"|(?:you|readers)\s+(?:may|might|will)\s+(?:also\s+)?(?:like|enjoy|be\s+interested)\b.*"
    r"|(?:more|also)\s+(?:from|on|in)\s+.{1,40}"
    r"|(?:further|recommended|suggested)\s+reading"
    r"|read\s+(?:next|also|more\s+about\s+.{1,40})"
    r"|(?:trending|popular|recommended)(?:\s+now)?"
    r"|(?:don't|do\s+not)\s+miss\b.*"
    r"|around\s+the\s+web|from\s+around\s+the\s+web|sponsored\s+(?:links|content|stories)"
    r")\W*$",
    re.IGNORECASE,
)
_LABEL_MAX_WORDS = 8
_PROMO = re.compile(
    r"\b(?:sign\s*up|subscribe|newsletter|get\s+(?:free\s+)?(?:e-?mail\s+)?updates"
    r"|enter\s+your\s+e-?mail|follow\s+(?:us|me)\s+on|like\s+us\s+on"
    r"|share\s+(?:this|on)|click\s+here|continue\s+reading|read\s+more|read\s+the\s+full"
    r"|all\s+rights\s+reserved|privacy\s+policy|terms\s+of\s+(?:use|service))\b",
    re.IGNORECASE,
)
_PROMO_MAX_WORDS = 30
_COUNT_SUFFIX = re.compile(r"\(\d[\d,]*\)\s*$")  # "Teaser headline (63)": a most-commented list


def is_list_label(text: str, f: LineFeatures) -> bool:
    """A label opening a related-articles, most-read or sponsored-links box."""
    return f.words <= _LABEL_MAX_WORDS and not f.ends_sentence and bool(_LIST_LABEL.match(text))


def is_promo(text: str, f: LineFeatures) -> bool:
    """A subscribe, share, follow or "read more" prompt, or a copyright / policy line."""
    return f.words <= _PROMO_MAX_WORDS and _PROMO.search(text) is not None


def is_counted_teaser(text: str, f: LineFeatures) -> bool:
    """A teaser headline with a count after it: "Headline (63)"."""
    return not f.ends_sentence and _COUNT_SUFFIX.search(text) is not None
