"""`newswatch clean`: show what newswatch keeps of article files (title, body, language)."""

from __future__ import annotations

import argparse
from typing import Any

from services.core.settings import Settings


def _cmd_clean(settings: Settings, args: argparse.Namespace) -> int:
    from services.offline import FileReading, print_cleaned

    return print_cleaned(args.paths, FileReading.from_settings(settings), as_json=args.json)


def register(sub: Any) -> None:
    clean = sub.add_parser("clean", help="print the title and body newswatch keeps of files")
    clean.add_argument("--json", action="store_true", help="JSON lines")
    clean.add_argument("paths", nargs="+", metavar="PATH")
    clean.set_defaults(handler=_cmd_clean, role="clean")
