# One image, several commands: `newswatch poller | worker | notifier | run | health | ...`.
# The base image is a build argument, so mirrors and air-gapped builds work:
#   docker compose build --build-arg PYTHON_IMAGE=registry.example.org/python:3.11-slim
# No file of config/ is copied: configuration (and channel secrets) is mounted at run time.
ARG PYTHON_IMAGE=python:3.11-slim
FROM ${PYTHON_IMAGE}

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Dependencies first, in their own layer: a code change does not reinstall them.
COPY pyproject.toml /tmp/pyproject.toml
RUN python -m venv /opt/newswatch \
 && python -c "import tomllib; print('\n'.join(tomllib.load(open('/tmp/pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/requirements.txt \
 && /opt/newswatch/bin/pip install --upgrade 'pip>=24' \
 && /opt/newswatch/bin/pip install -r /tmp/requirements.txt \
 && rm /tmp/requirements.txt /tmp/pyproject.toml

WORKDIR /app
COPY pyproject.toml README.md ./
COPY services ./services
COPY workers ./workers
RUN /opt/newswatch/bin/pip install --no-deps . \
 && rm -rf build ./*.egg-info \
 && (getent group 10001 >/dev/null || groupadd --system --gid 10001 newswatch) \
 && useradd --system --uid 10001 --gid 10001 --home-dir /app --shell /usr/sbin/nologin newswatch \
 && mkdir -p /app/config /app/var /app/drops \
 && chown 10001:10001 /app/var /app/drops

COPY docker/identity.sh /usr/local/lib/newswatch/identity.sh
COPY docker/entrypoint.sh /usr/local/bin/newswatch-entrypoint
COPY docker/newswatch.sh /usr/local/bin/newswatch

ENV NEWSWATCH_CONFIG_DIR=/app/config \
    NEWSWATCH_STATE_DIR=/app/var \
    NEWSWATCH_DROP_DIR=/app/drops

# Starts as root only to prepare the drop and state folders, then runs as the service user
# for good (docker/entrypoint.sh).
ENTRYPOINT ["newswatch-entrypoint"]
CMD ["run"]
