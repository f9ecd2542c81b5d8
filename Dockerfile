# One image, several commands: `newswatch poller | worker | notifier | run | health | ...`.
# The base image is a build argument, so mirrors and air-gapped builds work:
#   docker compose build --build-arg PYTHON_IMAGE=registry.example.org/python:3.11-slim
# No file of config/ is copied: configuration (and channel secrets) is mounted at run time.
ARG PYTHON_IMAGE=python:3.11-slim
FROM ${PYTHON_IMAGE} AS install

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    NEWSWATCH_NATIVE_DIR=/opt/newswatch-native

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
RUN /opt/newswatch/bin/pip install --no-deps . && rm -rf build ./*.egg-info

# The query engine (workers/query, names included) compiled with mypyc
# (workers/query/native.py), in a stage of its own: the C compiler and mypy stay out of the
# image. Where no Debian mirror answers, the folder stays empty and the query engine runs as
# Python, with the same results. Compiled from /app's copy (mypy refuses sources inside
# site-packages); the installed copy hashes the same.
FROM install AS native
RUN mkdir -p /opt/newswatch-native \
 && { apt-get update -qq \
      && apt-get install -y -qq --no-install-recommends gcc libc6-dev >/dev/null \
      && { /opt/newswatch/bin/python -c "import os, sysconfig, sys; sys.exit(not os.path.exists(sysconfig.get_paths()['include'] + '/Python.h'))" \
           || apt-get install -y -qq --no-install-recommends python3-dev >/dev/null; } \
      && /opt/newswatch/bin/pip install --quiet 'mypy>=1.11' 'setuptools>=68' \
      && /opt/newswatch/bin/python -m workers.query.native_build; } \
 || echo "query engine: no native build in the image; it runs as Python"

FROM install
COPY --from=native /opt/newswatch-native /opt/newswatch-native
RUN (getent group 10001 >/dev/null || groupadd --system --gid 10001 newswatch) \
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
