"""docker-compose.yml, Dockerfile and the ignore files, checked without a Docker engine.

Debian's docker-compose (v1) validates the compose file offline; CI installs it (.ci/run).
Outside CI the validation test skips when it is missing. The topology itself runs end to end
in tests/compose (`make test-compose`).
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
import yaml

from services.cli import build_parser
from tests.conftest import REPO

COMPOSE = REPO / "docker-compose.yml"
NEWSWATCH_SERVICES = ("poller", "worker", "notifier", "web")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def test_docker_compose_validates_the_file():
    tool = shutil.which("docker-compose")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("docker-compose is not installed; .ci/run should install it")
        pytest.skip("docker-compose not installed (CI installs it)")
    result = subprocess.run(
        [tool, "-f", str(COMPOSE), "config", "-q"], capture_output=True, text=True, cwd=REPO
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("service", NEWSWATCH_SERVICES)
def test_service_command_is_a_real_newswatch_command(compose, service):
    command = compose["services"][service]["command"]
    args = build_parser().parse_args(command)
    assert args.command == service


@pytest.mark.parametrize("service", NEWSWATCH_SERVICES)
def test_service_connects_to_the_compose_valkey(compose, service):
    env = compose["x-newswatch"]["environment"]
    assert env["REDIS_URL"].startswith("redis://valkey:")
    assert compose["services"][service].get("image") == "${NEWSWATCH_IMAGE:-newswatch:latest}"


# (service, how config/ is mounted): only the poller writes it (`feeds import`).
CONFIG_MOUNTS = [
    ("poller", "./config:/app/config"),
    ("worker", "./config:/app/config:ro"),
    ("notifier", "./config:/app/config:ro"),
    ("web", "./config:/app/config:ro"),
]


@pytest.mark.parametrize(("service", "mount"), CONFIG_MOUNTS)
def test_config_is_writable_only_where_feeds_are_imported(compose, service, mount):
    volumes = compose["services"][service].get("volumes") or compose["x-newswatch"]["volumes"]
    assert [v for v in volumes if v.startswith("./config:")] == [mount]


@pytest.mark.parametrize("service", NEWSWATCH_SERVICES)
def test_every_service_checks_its_own_health(compose, service):
    test = compose["services"][service]["healthcheck"]["test"]
    assert test[:2] == ["CMD", "newswatch"]
    args = build_parser().parse_args(test[2:])
    assert (args.command, args.check_role) == ("health", service)


def test_only_the_console_is_published_and_only_on_loopback(compose):
    published = {name: svc["ports"] for name, svc in compose["services"].items() if "ports" in svc}
    assert published == {"web": ["127.0.0.1:${NEWSWATCH_WEB_PORT:-8080}:8080"]}


def test_valkey_persists_and_reports_health(compose):
    valkey = compose["services"]["valkey"]
    assert "--appendonly" in valkey["command"]
    assert valkey["command"][valkey["command"].index("--appendonly") + 1] == "yes"
    assert "healthcheck" in valkey


def test_base_images_are_build_arguments_defaulting_to_the_official_ones(compose):
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8").splitlines()
    assert "ARG PYTHON_IMAGE=python:3.11-slim" in dockerfile
    # Every stage starts from the base image argument or from a stage before it.
    stages = [line.split() for line in dockerfile if line.startswith("FROM ")]
    assert stages[0] == ["FROM", "${PYTHON_IMAGE}", "AS", "install"]
    named = [stage[3] for stage in stages if len(stage) == 4]
    assert all(stage[1] in named[:i] for i, stage in enumerate(stages[1:], 1))
    build_args = compose["x-newswatch"]["build"]["args"]
    assert build_args["PYTHON_IMAGE"] == "${PYTHON_IMAGE:-python:3.11-slim}"
    assert compose["services"]["valkey"]["image"] == "${VALKEY_IMAGE:-valkey/valkey:8-alpine}"


def test_image_never_copies_config():
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8")
    copied = [line.split()[1] for line in dockerfile.splitlines() if line.startswith("COPY ")]
    assert copied and not [src for src in copied if src.strip("./").startswith("config")]


def test_container_drops_root_for_good_before_newswatch_runs():
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8")
    assert 'ENTRYPOINT ["newswatch-entrypoint"]' in dockerfile
    identity = (REPO / "docker" / "identity.sh").read_text(encoding="utf-8")
    assert "exec setpriv --reuid" in identity


def ignore_lines(name: str) -> set[str]:
    lines = (REPO / name).read_text(encoding="utf-8").splitlines()
    return {line.strip().strip("/") for line in lines if line.strip() and line[0] not in "#!"}


def test_docker_builds_ignore_what_git_ignores_and_every_secret():
    docker = ignore_lines(".dockerignore")
    git = {line.removeprefix("**/") for line in ignore_lines(".gitignore")}
    docker_plain = {line.removeprefix("**/") for line in docker}
    wanted = {"config/apprise.yaml", "*.env", "var", "drops", ".venv", ".git", "config"}
    assert git - docker_plain == set()
    assert wanted - docker_plain == set()


# (path, ignored by git): secrets and local settings are, their tracked examples are not.
GIT_IGNORED = [
    ("config/apprise.yaml", True),
    ("config/production.env", True),
    ("config/apprise.example.yaml", False),
    ("config/newswatch.example.env", False),
]


@pytest.mark.parametrize(("path", "ignored"), GIT_IGNORED)
def test_git_ignores_channel_secrets_but_not_the_examples(path, ignored):
    result = subprocess.run(["git", "check-ignore", "-q", path], cwd=REPO, check=False)
    assert (result.returncode == 0) == ignored
