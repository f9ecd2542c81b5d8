"""`newswatch rules ...`: commands for people who write watch rules."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from services.core.settings import Settings


def _cmd_check(settings: Settings, args: argparse.Namespace) -> int:
    from workers.rules.loader import load_rules

    path = Path(args.file) if args.file else settings.config_dir / "rules.yaml"
    rules = load_rules(path)
    print(f"{path}: ok, {len(rules.rules)} enabled rule(s), version {rules.version}")
    return 0


def register(sub: Any) -> None:
    """Add the `rules` command group to the top-level parser's subcommands."""
    rules = sub.add_parser("rules", help="watch rules").add_subparsers(
        dest="rules_cmd", required=True
    )
    check = rules.add_parser("check", help="validate a rules file (default: config/rules.yaml)")
    check.add_argument("file", nargs="?")
    check.set_defaults(handler=_cmd_check, role="rules")
