# One image, several commands: `newswatch poller | worker | notifier | run`.
FROM python:3.11-slim AS base

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY services ./services
COPY workers ./workers
RUN pip install . \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin newswatch \
 && mkdir -p /app/var /app/drops \
 && chown newswatch /app/var /app/drops

COPY config ./config

USER newswatch
ENV NEWSWATCH_CONFIG_DIR=/app/config \
    NEWSWATCH_STATE_DIR=/app/var \
    NEWSWATCH_DROP_DIR=/app/drops

ENTRYPOINT ["newswatch"]
CMD ["run"]
