"""`newswatch alerts failed|retry` (parked deliveries) and `newswatch notify test [TAG]`;
`alerts history|show|mute|unmute|mutes` are in services.cli_alert_history."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from typing import Any

from services import cli_alert_history
from services.core.errors import ConfigError, DeliveryRejected, DeliveryUnavailable
from services.core.models import AlertMessage
from services.core.queues import connect, ping
from services.core.settings import Settings
from services.notifier import parking
from services.notifier.channels import APPRISE_FILE, load_targets, select
from services.notifier.compose import compose
from services.notifier.links import console_base
from services.notifier.outbox import Outgoing
from services.notifier.render import Renderer
from services.notifier.sender import stamp

EXIT_FAILED = 1


def register(sub: Any) -> None:
    alerts = sub.add_parser(
        "alerts", help="alert history, mutes, and parked deliveries (list and retry)"
    )
    verbs = alerts.add_subparsers(dest="alerts_command", required=True)
    failed = verbs.add_parser("failed", help="list parked deliveries with their errors")
    failed.add_argument("--json", action="store_true")
    failed.set_defaults(handler=_cmd_failed, role="alerts")
    retry = verbs.add_parser("retry", help="send parked deliveries again (via the notifier)")
    which = retry.add_mutually_exclusive_group(required=True)
    which.add_argument("ids", nargs="*", default=[], metavar="ID", help="ids from `failed`")
    which.add_argument("--all", action="store_true", help="every parked delivery")
    retry.set_defaults(handler=_cmd_retry, role="alerts")
    cli_alert_history.register(verbs)
    notify = sub.add_parser("notify", help="alert channels")
    notify_verbs = notify.add_subparsers(dest="notify_command", required=True)
    test = notify_verbs.add_parser("test", help="send a test message to every target (or a tag)")
    test.add_argument("tag", nargs="?", help="only the targets with this tag")
    test.set_defaults(handler=_cmd_notify_test, role="notify")


def _redis(settings: Settings) -> Any:
    """The configured server, else that of a `newswatch run` on this state folder."""
    redis = connect(settings.client_redis_url())
    ping(redis)
    return redis


def _cmd_failed(settings: Settings, args: argparse.Namespace) -> int:
    from services.supervisor.inspection import inspection_client

    with inspection_client(settings) as redis:
        entries = parking.list_parked(redis)
    if args.json:
        print(json.dumps([e.model_dump(mode="json") for e in entries], indent=2))
    elif not entries:
        print("no parked deliveries")
    for entry in [] if args.json else entries:
        print(entry.line())
    return 0


def _cmd_retry(settings: Settings, args: argparse.Namespace) -> int:
    taken, missing = parking.retry(_redis(settings), None if args.all else list(args.ids))
    for entry in taken:
        print(f"queued {entry.id}  {entry.rule}  → {entry.target_label}")
    for entry_id in missing:
        print(f"no parked delivery {entry_id} (see `newswatch alerts failed`)")
    if not taken and not missing:
        print("no parked deliveries")
    return EXIT_FAILED if missing else 0


def test_message(now: datetime | None = None) -> Outgoing:
    """The message `notify test` sends: an ordinary alert, so it shows the real layout."""
    alert = AlertMessage(
        alert_id="notify-test",
        rule="notify-test",
        rules_version="test",
        article_id="notify-test",
        story_id="notify-test",
        title="newswatch test message: this channel works",
        source="newswatch",
        url="https://github.com/caronc/apprise/wiki",
        published_at=now or datetime.now(UTC),
        matched_terms=["test"],
        snippet="Sent by «newswatch notify test» to check an alert channel.",
    )
    return Outgoing.single(alert)


def _cmd_notify_test(settings: Settings, args: argparse.Namespace) -> int:
    path = settings.config_dir / APPRISE_FILE
    targets = load_targets(path)
    if not targets:
        raise ConfigError(f"{path}: no channels configured (alerts go to the alert log)")
    chosen = select(targets, [args.tag] if args.tag else [])
    if not chosen:
        raise ConfigError(f"no channel has tag {args.tag!r}")
    renderer = Renderer(settings.config_dir / "templates", public_url=console_base(settings))
    message = test_message()
    failures = 0
    for target in chosen:
        try:
            target.send(compose(renderer, message, target), stamp(message, target))
        except (DeliveryUnavailable, DeliveryRejected) as exc:
            failures += 1
            kind = "transient" if exc.transient else "permanent"
            print(f"failed  {target.label}: {exc} ({kind})")
        else:
            print(f"sent    {target.label}")
    return EXIT_FAILED if failures else 0
