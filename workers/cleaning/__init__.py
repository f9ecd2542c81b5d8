"""Cleaning: keep the story, drop the page.

Turns bytes into text (``decode_bytes``) and text into a ``CleanArticle``: headline, body
paragraphs and metadata, from plain-text drops, HTML pages or feed entries.
"""

from workers.cleaning.decoding import decode_bytes
from workers.cleaning.feed import clean_feed_entry, html_to_paragraphs, plain_title
from workers.cleaning.html import clean_html
from workers.cleaning.language import detect_language
from workers.cleaning.model import CleanArticle, CleaningStats
from workers.cleaning.text_drop import clean_text_drop

__all__ = [
    "CleanArticle",
    "CleaningStats",
    "clean_feed_entry",
    "clean_html",
    "clean_text_drop",
    "decode_bytes",
    "detect_language",
    "html_to_paragraphs",
    "plain_title",
]
