"""A Redis client for inspection commands (status, backtest, alerts history, the console).

With a Redis URL configured, or a `newswatch run` running on this state folder, that server.
Otherwise, when the state folder holds the data of an embedded server that has stopped (after
`newswatch run --once`, say), that data is opened with a private embedded server for the
command's duration, so the history stays readable after the service ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import redis

from services.core.queues import connect, ping
from services.core.settings import Settings
from services.supervisor.embedded_valkey import EmbeddedValkey


def embedded_data_dir(settings: Settings) -> EmbeddedValkey:
    """The embedded server of this state folder (the one `newswatch run` starts)."""
    return EmbeddedValkey(settings.state_dir / "valkey")


@contextmanager
def inspection_client(settings: Settings) -> Iterator[redis.Redis]:
    """A pinged client to the service's data; ConfigError when there is none anywhere."""
    url = settings.client_redis_url()
    valkey = embedded_data_dir(settings)
    started = False
    if url is None and _has_data(valkey):
        valkey.start()
        started = True
        url = valkey.url
    client = connect(url)
    try:
        ping(client)
        yield client
    finally:
        client.close()
        if started:
            valkey.stop()


def _has_data(valkey: EmbeddedValkey) -> bool:
    folder = valkey.data_dir
    return folder.is_dir() and any(path.name.startswith("appendonly") for path in folder.iterdir())
