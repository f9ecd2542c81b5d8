"""`newswatch web`: serve the console with uvicorn on NEWSWATCH_WEB_ADDRESS (host:port)."""

from __future__ import annotations

import logging

from services.core.errors import ConfigError
from services.core.queues import connect
from services.core.settings import Settings

log = logging.getLogger(__name__)

# Bounds on what a client may make the server hold (request bodies: app.BodyLimit).
MAX_CONNECTIONS = 64
KEEP_ALIVE_SECONDS = 5
MAX_HEADER_BYTES = 16 * 1024


def parse_address(address: str) -> tuple[str, int]:
    """`host:port` (IPv6 as `[::1]:8080`) to (host, port)."""
    host, sep, port = address.rpartition(":")
    if not sep or not host or not port.isdigit() or int(port) > 65535:
        raise ConfigError(f"NEWSWATCH_WEB_ADDRESS: expected host:port, got {address!r}")
    return host.strip("[]"), int(port)


def console_url(address: str) -> str:
    """The address a person opens (a wildcard bind is opened on loopback)."""
    host, port = parse_address(address)
    shown = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)  # noqa: S104
    return f"http://[{shown}]:{port}/" if ":" in shown else f"http://{shown}:{port}/"


def serve(settings: Settings) -> None:
    """Run the console until SIGINT/SIGTERM."""
    import uvicorn

    from services.web.app import create_app

    host, port = parse_address(settings.web_address)
    redis = connect(settings.client_redis_url())
    app = create_app(settings, redis)
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_config=None,  # our logging setup (services.core.logs) stays in charge
        access_log=False,
        server_header=False,
        proxy_headers=False,
        limit_concurrency=MAX_CONNECTIONS,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        h11_max_incomplete_event_size=MAX_HEADER_BYTES,
    )
    log.info("console on %s", console_url(settings.web_address))
    uvicorn.Server(config).run()
