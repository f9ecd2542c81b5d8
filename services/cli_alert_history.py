"""`newswatch alerts history|show|mute|unmute|mutes`: the alert history and muted stories.

Every command reads the service's data through `inspection_client`, so the history is
readable while `newswatch run` runs, against REDIS_URL, and after `run --once` has ended.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from pydantic import ValidationError

from services.core.durations import parse_duration
from services.core.errors import ConfigError
from services.core.logs import escape
from services.core.settings import Settings
from services.history import alert_query, mutes
from services.history.alert_query import AlertHistory
from services.supervisor.inspection import inspection_client

EXIT_NOT_FOUND = 1
DAY_SECONDS = 86400


def register(verbs: Any) -> None:
    """Add the history and mute verbs to the `alerts` command group."""
    history = verbs.add_parser("history", help="alert decisions and delivery outcomes")
    history.add_argument("--rule", help="only this rule's alerts")
    history.add_argument("--since", default="1d", help="how far back (90m, 12h, 7d; default 1d)")
    history.add_argument("--source", help="only alerts from this source")
    history.add_argument("--text", help="only alerts whose title, url or source contains this")
    history.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    history.add_argument("--offset", type=int, default=0, help="skip this many (paging)")
    history.add_argument("--json", action="store_true", help="one JSON object per alert")
    history.set_defaults(handler=_cmd_history, role="alerts")
    show = verbs.add_parser("show", help="one alert with every decision and delivery record")
    show.add_argument("alert_id", metavar="ALERT_ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_cmd_show, role="alerts")
    mute = verbs.add_parser("mute", help="stop a rule's alerts for one story (recorded: muted)")
    mute.add_argument("rule", metavar="RULE")
    mute.add_argument("story_id", metavar="STORY_ID")
    mute.add_argument("--reason", default="", help="why (shown by `alerts mutes`)")
    mute.add_argument("--days", type=float, default=30.0, help="how long (default 30 days)")
    mute.set_defaults(handler=_cmd_mute, role="alerts")
    unmute = verbs.add_parser("unmute", help="lift a mute")
    unmute.add_argument("rule", metavar="RULE")
    unmute.add_argument("story_id", metavar="STORY_ID")
    unmute.set_defaults(handler=_cmd_unmute, role="alerts")
    listed = verbs.add_parser("mutes", help="list the muted (rule, story) pairs")
    listed.add_argument("--json", action="store_true")
    listed.set_defaults(handler=_cmd_mutes, role="alerts")


def _since(text: str) -> float:
    try:
        return time.time() - parse_duration(text)
    except ValueError as exc:
        raise ConfigError(f"--since {text!r}: {exc}") from None


def _cmd_history(settings: Settings, args: argparse.Namespace) -> int:
    with inspection_client(settings) as redis:
        page = alert_query.list_alerts(
            redis,
            since=_since(args.since),
            rule=args.rule,
            source=args.source,
            text=args.text,
            offset=max(0, args.offset),
            limit=args.limit,
        )
    for alert in page.alerts:
        print(_json(alert) if args.json else "\n".join(alert_lines(alert)))
    if not args.json and not page.alerts:
        print(f"no alerts in the last {args.since}")
    if not args.json and page.next_offset is not None:
        print(f"(more: --offset {page.next_offset})")
    if not page.complete:
        print(
            f"(looked at the newest {alert_query.MAX_SCANNED} alerts only: narrow --since)",
            file=sys.stderr,
        )
    return 0


def _cmd_show(settings: Settings, args: argparse.Namespace) -> int:
    with inspection_client(settings) as redis:
        alert = alert_query.get_alert(redis, args.alert_id)
    if alert is None:
        print(f"no history for alert {escape(args.alert_id)}")
        return EXIT_NOT_FOUND
    if args.json:
        print(_json(alert))
        return 0
    print("\n".join(alert_lines(alert)))
    for item in alert.records:
        where = f" → {item.target}" if item.target else ""
        why = f": {escape(item.reason)}" if item.reason else ""
        print(f"    {_when(item.at)}  {item.event}{where}  (article {item.article_id}){why}")
    return 0


def _cmd_mute(settings: Settings, args: argparse.Namespace) -> int:
    with inspection_client(settings) as redis:
        try:
            entry = mutes.mute(
                redis,
                args.rule,
                args.story_id,
                reason=args.reason,
                ttl_seconds=max(1, int(args.days * DAY_SECONDS)),
            )
        except ValidationError:
            raise ConfigError(
                f"not a story id ({escape(args.story_id)!r}) or a rule name over 200 characters"
            ) from None
    print(f"muted {escape(entry.rule)} for story {entry.story_id} until {_when(entry.until)}")
    return 0


def _cmd_unmute(settings: Settings, args: argparse.Namespace) -> int:
    with inspection_client(settings) as redis:
        lifted = mutes.unmute(redis, args.rule, args.story_id)
    if not lifted:
        print(f"{escape(args.rule)} was not muted for story {escape(args.story_id)}")
        return EXIT_NOT_FOUND
    print(f"unmuted {escape(args.rule)} for story {escape(args.story_id)}")
    return 0


def _cmd_mutes(settings: Settings, args: argparse.Namespace) -> int:
    with inspection_client(settings) as redis:
        entries = mutes.list_mutes(redis)
    if args.json:
        print(json.dumps([e.model_dump(mode="json") for e in entries], indent=2))
        return 0
    if not entries:
        print("no muted stories")
    for entry in entries:
        why = f"  ({escape(entry.reason)})" if entry.reason else ""
        print(f"{escape(entry.rule)}  {entry.story_id}  until {_when(entry.until)}{why}")
    return 0


def alert_lines(alert: AlertHistory) -> list[str]:
    """An alert as text: its decision, then one line per target with its latest outcome."""
    copies = f", {alert.copies} cop(ies) suppressed" if alert.copies else ""
    lines = [
        f"{_when(alert.decided_at)}  {escape(alert.rule)}  {alert.decision}{copies}  "
        f"{escape(alert.title, 120)} ({escape(alert.source, 60)})  "
        f"[alert {alert.alert_id}, story {alert.story_id}]",
    ]
    if alert.decision_reason:
        lines.append(f"    {escape(alert.decision_reason)}")
    for target in alert.targets:
        attempt = f" (attempt {target.attempt})" if target.attempt else ""
        why = f": {escape(target.reason)}" if target.reason else ""
        lines.append(f"    → {target.target}: {target.outcome}{attempt} {_when(target.at)}{why}")
    return lines


def _json(alert: AlertHistory) -> str:
    return json.dumps(alert.model_dump(mode="json"), ensure_ascii=False)


def _when(epoch: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(epoch))
