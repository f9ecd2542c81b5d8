"""Logging set-up shared by every process: one line per event, the process role in each."""

from __future__ import annotations

import logging
import re
import sys

QUIET_LOGGERS = ("rq", "apprise", "urllib3", "feedparser")
# Control characters (newlines included), line and paragraph separators, bidi overrides:
# anything that could end a log line early or make it read as something else.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
ESCAPED_MAX_CHARS = 300


def escape(text: object, limit: int = ESCAPED_MAX_CHARS) -> str:
    """Input-derived text made safe for one log line: control characters as \\xNN / \\uNNNN
    escapes (so a file name cannot forge a line), undecodable bytes kept as escapes, cut."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "backslashreplace")
    value = str(text).encode("utf-8", "backslashreplace").decode("utf-8")
    value = _UNSAFE.sub(_escape_char, value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _escape_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def setup_logging(level: str, role: str) -> None:
    """Configure the root logger; apprise stays at WARNING (at DEBUG it prints tokens)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        logging.Formatter(f"%(asctime)s %(levelname)-7s {role}: %(message)s", "%H:%M:%S")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLevelName(level)))
