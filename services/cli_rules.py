"""`newswatch rules check|test` and `newswatch match`: commands for people who write rules.

Also :func:`preflight`, the same check at service start-up. This is where the rules file
meets the channels file (workers never import the notifier), so ``notify`` tags are checked
against the tags of config/apprise.yaml here, when that file exists.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from services.core.errors import ConfigError, InputRejected
from services.core.settings import Settings
from services.core.yaml_files import load_yaml_nodes
from workers.query import Document, QuerySyntaxError, check_query, parse_query
from workers.query.names.forms import POLICIES, VARIANTS
from workers.rules.matcher import RuleSet

RULES_FILE = "rules.yaml"


def known_tags(config_dir: Path) -> tuple[set[str] | None, str]:
    """The channel tags of config/apprise.yaml (None: no such file, or it is invalid) and a
    note saying why tags could not be checked."""
    from services.notifier.channels import APPRISE_FILE, load_targets

    path = config_dir / APPRISE_FILE
    if not path.exists():
        return None, ""
    try:
        targets = load_targets(path)
    except ConfigError as exc:
        return None, f"{path}: notify tags not checked: {exc}"
    return {tag for target in targets for tag in target.tags}, ""


def report(
    path: Path,
    config_dir: Path,
    out: TextIO,
    settings: Settings | None = None,
    *,
    planned: bool = True,
) -> RuleSet | None:
    """Print every problem of the rules file or folder to ``out``; the rule set if none is
    an error. With ``settings``: their size cap, and the compiled-rules cache of the state
    folder (files unchanged since they were last checked are not checked again).
    ``planned=False``: check only, no index plans (see folder.check_file_rules)."""
    from workers.rules.cache import RulesCache, rules_cache_dir
    from workers.rules.folder import DEFAULT_MAX_BYTES
    from workers.rules.loader import check_path

    max_bytes = settings.rules_max_bytes if settings else DEFAULT_MAX_BYTES
    cache = RulesCache(rules_cache_dir(settings)) if settings else None

    tags, note = known_tags(config_dir)
    if note:
        print(f"warning: {note}", file=out)
    try:
        rules, diagnostics = check_path(
            path,
            known_tags=tags,
            max_bytes=max_bytes,
            cache=cache,
            parallel=cache is not None,
            planned=planned,
        )
    except ConfigError as exc:
        print(exc, file=out)
        return None
    for diagnostic in diagnostics:
        print(diagnostic, file=out)
    return rules


def preflight(settings: Settings) -> bool:
    """Check config/rules.yaml and config/rules.d/*.yaml before a service starts: problems to
    stderr, False on errors."""
    config = settings.config_dir
    return report(config, config, sys.stderr, settings) is not None


def _rules_path(settings: Settings, given: str | None) -> Path:
    """A rules file or folder given on the command line, else the config folder (its
    rules.yaml and rules.d/*.yaml)."""
    return Path(given) if given else settings.config_dir


def _cmd_check(settings: Settings, args: argparse.Namespace) -> int:
    path = _rules_path(settings, args.file)
    # A check needs no index plans (a worker plans the files it meets checked only).
    rules = report(path, settings.config_dir, sys.stdout, settings, planned=False)
    if rules is None:
        return 1
    warned = f", {len(rules.warnings)} warning(s)" if rules.warnings else ""
    files = f" in {len(rules.files)} files" if len(rules.files) > 1 else ""
    name = rules.files[0].source if len(rules.files) == 1 else path
    print(f"{name}: ok, {len(rules.rules)} enabled rule(s){files}{warned}, version {rules.version}")
    return 0


def _document(settings: Settings, name: str) -> Document | None:
    """The cleaned article of a file as the live pipeline would match it (same message, same
    source), or None (said on stderr) if it cannot be used."""
    from services.offline import FileReading, document_from_file

    try:
        return document_from_file(Path(name), FileReading.from_settings(settings))
    except InputRejected as exc:
        print(f"{name}: {exc}", file=sys.stderr)
    except OSError as exc:
        print(f"{name}: cannot read: {exc.strerror}", file=sys.stderr)
    return None


def _aliases(settings: Settings, rules_file: str | None) -> dict[str, list[str]]:
    """The aliases of a rules file, or of every file of a rules folder (later files win)."""
    from workers.rules.checks import valid_aliases
    from workers.rules.folder import read_rules, rule_files

    path = Path(rules_file) if rules_file else settings.config_dir / RULES_FILE
    if rules_file is None and not path.exists():
        return {}
    aliases: dict[str, list[str]] = {}
    for file in rule_files(path):
        text = read_rules(file, settings.rules_max_bytes).decode("utf-8", "replace")
        aliases.update(
            valid_aliases(load_yaml_nodes(text, str(file), max_bytes=settings.rules_max_bytes)[0])
        )
    return aliases


def _cmd_test(settings: Settings, args: argparse.Namespace) -> int:
    from workers.rules.report import explain_test, query_error

    if not args.paths and not args.archive:
        print("rules test: give a PATH or --archive ARTICLE_ID", file=sys.stderr)
        return 2

    try:
        query = parse_query(args.query, aliases=_aliases(settings, args.rules))
    except QuerySyntaxError as exc:
        print("\n".join(query_error("query", args.query, exc)), file=sys.stderr)
        return 1
    for problem in check_query(query):
        print(f"query: {problem.severity}: {problem.message} (hint: {problem.hint})")
    status = 0
    for name in args.paths:
        doc = _document(settings, name)
        if doc is None:
            status = 1
            continue
        print("\n".join(explain_test(name, query, doc, stemming=args.stemming, names=args.names)))
    if args.archive:
        from services.cli_backtest import archived_documents

        for name, found in archived_documents(settings, args.archive):
            if found is None:
                status = 1
                continue
            print(
                "\n".join(
                    explain_test(name, query, found, stemming=args.stemming, names=args.names)
                )
            )
    return status


def _cmd_match(settings: Settings, args: argparse.Namespace) -> int:
    from workers.rules.cache import RulesCache, rules_cache_dir
    from workers.rules.loader import load_rules
    from workers.rules.report import match_line, match_records

    rules = load_rules(
        _rules_path(settings, args.rules),
        max_bytes=settings.rules_max_bytes,
        cache=RulesCache(rules_cache_dir(settings)),
    )
    status = 0
    for name in args.paths:
        doc = _document(settings, name)
        if doc is None:
            status = 1
            continue
        for record in match_records(name, rules, doc):
            print(json.dumps(record, ensure_ascii=False) if args.json else match_line(record))
    return status


def register(sub: Any) -> None:
    """Add the `rules` command group and `match` to the top-level parser's subcommands."""
    rules = sub.add_parser("rules", help="watch rules").add_subparsers(
        dest="rules_cmd", required=True
    )
    check = rules.add_parser(
        "check",
        help="validate a rules file or folder (default: config/rules.yaml and config/rules.d/)",
    )
    check.add_argument("file", nargs="?")
    check.set_defaults(handler=_cmd_check, role="rules")
    test = rules.add_parser("test", help="match one query against files, and say why not")
    test.add_argument("query", metavar="QUERY")
    test.add_argument("paths", nargs="*", metavar="PATH")
    test.add_argument(
        "--archive",
        action="append",
        default=[],
        metavar="ARTICLE_ID",
        help="an archived article (see `newswatch backtest`); repeatable",
    )
    test.add_argument("--rules", help="take @aliases from this file (default: config/rules.yaml)")
    test.add_argument("--stemming", action="store_true", help="compare words by their stem")
    test.add_argument(
        "--names",
        choices=POLICIES,
        default=VARIANTS,
        help="capitalised words: as written, also in other scripts, or also in spelling "
        "variants and cases (default, as in rules.yaml)",
    )
    test.set_defaults(handler=_cmd_test, role="rules")
    match = sub.add_parser("match", help="match files against the rules offline (no server)")
    match.add_argument(
        "--rules", help="rules file or folder (default: config/rules.yaml and rules.d/)"
    )
    match.add_argument("--json", action="store_true", help="JSON lines")
    match.add_argument("paths", nargs="+", metavar="PATH")
    match.set_defaults(handler=_cmd_match, role="match")
