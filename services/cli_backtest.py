"""`newswatch backtest`: what a query, a rule or a rules file would have caught in the archive.

Reads the archive through services.supervisor.inspection (works after `newswatch run
--once` has ended). For a rule in ``--rules`` that exists in config/rules.yaml with another
query, the report also lists what the edit adds and removes against the live version.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

from services.core.durations import parse_duration
from services.core.errors import ConfigError
from services.core.logs import escape
from services.core.settings import Settings
from services.history.archive import (
    PAGE_MAX,
    bytes_used,
    count_entries,
    get_entry,
    iter_entries,
    list_entries,
)
from services.history.estimate import estimate_delivery
from services.supervisor.inspection import inspection_client
from workers.history.backtest import (
    BacktestMatch,
    BacktestReport,
    RuleOutcome,
    document,
    run_backtest,
)
from workers.query import Document, QuerySyntaxError, RuleSpec, check_query, parse_query
from workers.query.names.forms import POLICIES, VARIANTS
from workers.rules.checks import Rule
from workers.rules.matcher import RuleSet

RULES_FILE = "rules.yaml"
QUERY_RULE = "query"
TITLE_SHOWN_CHARS = 200
SHOWN_PER_RULE = 50  # matches listed per rule in the text report (--json lists all)


def _cmd_backtest(settings: Settings, args: argparse.Namespace) -> int:
    since = _since(args.since, settings)
    live_path = settings.config_dir / RULES_FILE
    if args.query is not None:
        aliases_from = Path(args.rules) if args.rules else live_path
        rules = _query_rules(args.query, aliases_from, stemming=args.stemming, names=args.names)
        if rules is None:
            return 1
        baseline = None
    else:
        rules, baseline = _file_rules(Path(args.rules) if args.rules else None, live_path)
        if args.rule:
            rules = _only(rules, args.rule)
            baseline = _only(baseline, args.rule, missing_ok=True) if baseline else None
    with inspection_client(settings) as redis:
        report = run_backtest(
            redis,
            rules,
            since=since,
            baseline=baseline,
            budget_seconds=settings.match_budget_seconds,  # the workers' budget per article
        )
    if args.json:
        _print_json(report)
    else:
        _print_text(report, args.since or f"{settings.archive_days}d")
    return 0


def _since(text: str | None, settings: Settings) -> datetime:
    try:
        seconds = parse_duration(text) if text else settings.archive_days * 86400.0
    except ValueError as exc:
        raise ConfigError(f"--since: {exc}") from None
    return datetime.now(UTC) - timedelta(seconds=seconds)


def _query_rules(
    text: str, aliases_from: Path, *, stemming: bool = False, names: str = "variants"
) -> RuleSet | None:
    """A rule set of one rule named ``query``; None (said on stderr) on a syntax error."""
    from services.core.yaml_files import load_yaml_file
    from workers.rules.checks import valid_aliases
    from workers.rules.report import query_error

    aliases = valid_aliases(load_yaml_file(aliases_from)) if aliases_from.exists() else {}
    try:
        query = parse_query(text, aliases=aliases)
    except QuerySyntaxError as exc:
        print("\n".join(query_error("query", text, exc)), file=sys.stderr)
        return None
    for problem in check_query(query):
        print(
            f"query: {problem.severity}: {problem.message} (hint: {problem.hint})", file=sys.stderr
        )
    rule = Rule(
        QUERY_RULE, (), "", text, RuleSpec(QUERY_RULE, query, stemming=stemming, names=names)
    )
    return RuleSet("query", (rule,))


def _file_rules(path: Path | None, live_path: Path) -> tuple[RuleSet, RuleSet | None]:
    """The rules to test and, when they come from another file, the live versions of the
    rules they edit (same name, other query or options)."""
    from workers.rules.loader import load_rules

    if path is None or (live_path.exists() and path.resolve() == live_path.resolve()):
        return load_rules(live_path), None
    rules = load_rules(path)
    if not live_path.exists():
        return rules, None
    try:
        live = load_rules(live_path)
    except ConfigError as exc:
        print(f"warning: live rules not compared: {exc}", file=sys.stderr)
        return rules, None
    edited = tuple(
        live.by_name[r.name]
        for r in rules.rules
        if r.name in live.by_name and _definition(live.by_name[r.name]) != _definition(r)
    )
    return rules, RuleSet(live.version, edited) if edited else None


def _definition(rule: Rule) -> tuple[Any, ...]:
    spec = rule.spec
    return (rule.query, spec.stemming, spec.sources, spec.languages, spec.names)


def _only(rules: RuleSet, name: str, *, missing_ok: bool = False) -> RuleSet:
    kept = tuple(r for r in rules.rules if r.name == name)
    if not kept and not missing_ok:
        raise ConfigError(f"no enabled rule named {name!r}")
    return RuleSet(rules.version, kept)


def _summary(outcome: RuleOutcome) -> dict[str, Any]:
    estimate = estimate_delivery(outcome.rule.delivery, outcome.alert_times())
    summary: dict[str, Any] = {
        "rule": outcome.rule.name,
        "query": outcome.rule.query,
        "articles": len(outcome.matches),
        "stories": len(outcome.stories),
        "alerts": estimate.alerts,
        "messages": estimate.messages,
        "sent_now": estimate.sent_now,
        "digests": estimate.digests,
    }
    if outcome.added is not None and outcome.removed is not None:
        summary["added"] = [m.article_id for m in outcome.added]
        summary["removed"] = [m.article_id for m in outcome.removed]
    return summary


def _print_json(report: BacktestReport) -> None:
    for outcome in report.outcomes:
        for match in outcome.matches:
            print(json.dumps(match.record(), ensure_ascii=False))
    summary = {
        "summary": True,
        "scanned": report.scanned,
        "decompressed": report.decoded,
        "over_budget": report.over_budget,
        "rules": [_summary(o) for o in report.outcomes],
    }
    print(json.dumps(summary, ensure_ascii=False))


def _print_text(report: BacktestReport, window: str) -> None:
    print(f"archive: {report.scanned} article(s) in the last {window}")
    for outcome in report.outcomes:
        s = _summary(outcome)
        print(
            f"\n{s['rule']}: {s['articles']} article(s), {s['stories']} story(ies); "
            f"{s['alerts']} alert(s), {s['messages']} message(s) by its delivery policy"
        )
        for match in outcome.matches[:SHOWN_PER_RULE]:
            print(text_line("  ", match))
        if len(outcome.matches) > SHOWN_PER_RULE:
            print(f"  … and {len(outcome.matches) - SHOWN_PER_RULE} more (--json lists all)")
        for sign, changed in (("+", outcome.added), ("-", outcome.removed)):
            for match in (changed or [])[:SHOWN_PER_RULE]:
                print(text_line(f"  {sign} ", match))
        if outcome.added is not None and outcome.removed is not None:
            print(
                f"  edit vs live rule: {len(outcome.added)} added, {len(outcome.removed)} removed"
            )
    if report.over_budget:
        print(f"\n{report.over_budget} article(s) skipped: matching ran past the time budget")


def text_line(prefix: str, match: BacktestMatch) -> str:
    """One match on one line; article text escaped (no control characters reach the terminal)."""
    stamp = f"{match.received_at:%Y-%m-%d %H:%M}"
    title, snippet = escape(match.title, TITLE_SHOWN_CHARS), escape(match.snippet, 400)
    return f"{prefix}{stamp} {match.article_id} [{escape(match.source, 80)}] {title}: {snippet}"


def archived_documents(
    settings: Settings, article_ids: list[str]
) -> list[tuple[str, Document | None]]:
    """``(name, document)`` of archived articles for `rules test --archive`; None (said on
    stderr) for an id not archived, or archived as rejected (nothing was matched)."""
    found: list[tuple[str, Document | None]] = []
    with inspection_client(settings) as redis:
        for article_id in article_ids:
            name = f"archive:{article_id}"
            entry = get_entry(redis, article_id)
            if entry is None:
                print(f"{name}: not in the archive", file=sys.stderr)
                found.append((name, None))
            elif entry.status != "processed":
                print(f"{name}: rejected, never matched: {entry.reason}", file=sys.stderr)
                found.append((name, None))
            else:
                found.append((name, document(entry)))
    return found


def _cmd_archive(settings: Settings, args: argparse.Namespace) -> int:
    """`newswatch archive`: the newest archived articles (or only the rejected ones)."""
    since = _since(args.since, settings) if args.since else None
    limit = max(1, min(args.limit, PAGE_MAX))
    with inspection_client(settings) as redis:
        total, used = count_entries(redis, since=since), bytes_used(redis)
        if args.rejected:
            everything = iter_entries(redis, since=since, chunk=200)
            entries = list(islice((e for e in everything if e.status == "rejected"), limit))
        else:
            entries = list_entries(redis, since=since, limit=limit).entries
    if args.json:
        for entry in entries:
            print(entry.model_dump_json(exclude={"body"}))
        print(json.dumps({"summary": True, "articles": total, "bytes": used}))
        return 0
    print(f"archive: {total} article(s), {used} bytes")
    for entry in entries:
        stamp = f"{entry.received_at:%Y-%m-%d %H:%M}"
        what = (
            f"rejected: {escape(entry.reason or '', 200)}"
            if entry.status == "rejected"
            else ", ".join(entry.rules) or "no rule"
        )
        title = escape(entry.title or entry.origin_ref, TITLE_SHOWN_CHARS)
        print(f"{stamp} {entry.article_id} [{escape(entry.source, 80)}] {title} ({what})")
    return 0


def register(sub: Any) -> None:
    """Add `backtest` and `archive` to the top-level parser's subcommands."""
    parser = sub.add_parser(
        "backtest", help="run a query, a rule or a rules file over the article archive"
    )
    parser.add_argument("--query", help="a query to try (aliases from --rules or rules.yaml)")
    parser.add_argument("--rules", help="rules file (default: config/rules.yaml)")
    parser.add_argument("--rule", help="only this rule of the rules file")
    parser.add_argument("--since", help="how far back: 90m, 12h, 7d (default: all kept)")
    parser.add_argument("--json", action="store_true", help="one JSON line per match + summary")
    parser.add_argument("--stemming", action="store_true", help="--query: compare by stem")
    parser.add_argument(
        "--names",
        choices=POLICIES,
        default=VARIANTS,
        help="--query: capitalised words as written, also in other scripts, or also in "
        "spelling variants and cases (default, as in rules.yaml)",
    )
    parser.set_defaults(handler=_cmd_backtest, role="backtest")
    listing = sub.add_parser("archive", help="the newest archived articles, rejected ones too")
    listing.add_argument("--since", help="how far back: 90m, 12h, 7d (default: all kept)")
    listing.add_argument("--limit", type=int, default=50, help=f"at most this many (<= {PAGE_MAX})")
    listing.add_argument("--rejected", action="store_true", help="only rejected articles")
    listing.add_argument("--json", action="store_true", help="one JSON line per article + summary")
    listing.set_defaults(handler=_cmd_archive, role="archive")
