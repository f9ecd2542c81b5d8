"""The `newswatch` command: the composition root that wires settings to each process."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from pydantic import ValidationError

from services.core.errors import NewswatchError, PermanentError
from services.core.logs import setup_logging
from services.core.settings import Settings

EXIT_CONFIG = 2
EXIT_UNAVAILABLE = 3
# The modules adding commands, in --help order, and the module of each of their commands:
# a command imports only its own module (`rules check` never imports the archive, the
# notifier or the web console: a second less before a check starts).
COMMAND_MODULES = ("cli_rules", "cli_clean", "cli_feeds", "cli_alerts", "cli_stories",
                   "cli_health", "cli_backtest")  # fmt: skip
MODULE_OF_COMMAND = {
    "rules": "cli_rules", "match": "cli_rules", "clean": "cli_clean", "feeds": "cli_feeds",
    "alerts": "cli_alerts", "notify": "cli_alerts", "stories": "cli_stories",
    "health": "cli_health", "backtest": "cli_backtest", "archive": "cli_backtest",
}  # fmt: skip


def _cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    from services import cli_rules
    from services.supervisor.run import RunOptions, run

    if not cli_rules.preflight(settings):
        return EXIT_CONFIG
    return run(settings, RunOptions(once=args.once, timeout=args.timeout))


def _cmd_poller(settings: Settings, args: argparse.Namespace) -> int:
    from services.poller.service import run_poller

    run_poller(settings, once=args.once)
    return 0


def _cmd_worker(settings: Settings, args: argparse.Namespace) -> int:
    from services import cli_rules
    from workers.process import run_worker

    if not cli_rules.preflight(settings):
        return EXIT_CONFIG
    run_worker(settings)
    return 0


def _cmd_notifier(settings: Settings, args: argparse.Namespace) -> int:
    from services.notifier.process import run_notifier

    run_notifier(settings)
    return 0


def _cmd_status(settings: Settings, args: argparse.Namespace) -> int:
    from services.status import print_status

    print_status(settings, as_json=args.json)
    return 0


def _cmd_web(settings: Settings, args: argparse.Namespace) -> int:
    from services.web.server import serve

    serve(settings)
    return 0


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; for a ``command`` of a module (MODULE_OF_COMMAND), only
    that module's commands are added (every command otherwise: help, errors)."""
    parser = argparse.ArgumentParser(
        prog="newswatch", description="Watch news feeds and article drops; alert on rules."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="everything in one process tree (embedded Valkey default)")
    run.add_argument("--once", action="store_true", help="process what is pending, then exit")
    run.add_argument("--timeout", type=float, default=600.0, help="--once gives up after this")
    run.set_defaults(handler=_cmd_run, role="run")
    poller = sub.add_parser("poller", help="poll feeds and the drop folder (needs REDIS_URL)")
    poller.add_argument("--once", action="store_true", help="one pass, then exit")
    poller.set_defaults(handler=_cmd_poller, role="poller")
    worker = sub.add_parser("worker", help="match articles against rules (needs REDIS_URL)")
    worker.set_defaults(handler=_cmd_worker, role="worker")
    notifier = sub.add_parser("notifier", help="deliver alerts (needs REDIS_URL)")
    notifier.set_defaults(handler=_cmd_notifier, role="notifier")
    status = sub.add_parser("status", help="queues, counters, feeds and recent errors")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_cmd_status, role="status")
    web = sub.add_parser("web", help="the console: pages, JSON API, /metrics (needs REDIS_URL)")
    web.set_defaults(handler=_cmd_web, role="web")
    only = MODULE_OF_COMMAND.get(command or "")
    for name in COMMAND_MODULES:
        if only is None or name == only:
            importlib.import_module(f"services.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(words[0] if words else None).parse_args(words)
    try:
        settings = Settings()
    except ValidationError as exc:
        from services.core.yaml_files import validation_message

        print(f"newswatch: invalid settings:\n{validation_message('env', exc)}", file=sys.stderr)
        return EXIT_CONFIG
    setup_logging(settings.log_level, args.role)
    handler: Callable[[Settings, argparse.Namespace], int] = args.handler
    try:
        return handler(settings, args)
    except PermanentError as exc:
        print(f"newswatch {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except NewswatchError as exc:
        print(f"newswatch {args.command}: unavailable: {exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    except KeyboardInterrupt:
        return 130
