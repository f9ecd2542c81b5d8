"""The command line imports only the module of the command run; every command still parses."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from services.cli import COMMAND_MODULES, MODULE_OF_COMMAND, build_parser


def commands(parser: argparse.ArgumentParser) -> set[str]:
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return set(sub.choices)


FULL = commands(build_parser())
OWN = {"run", "poller", "worker", "notifier", "status", "web"}  # defined in cli.py itself


@pytest.mark.parametrize("command", sorted(FULL - OWN))
def test_the_parser_built_for_a_command_knows_it(command: str) -> None:
    assert command in commands(build_parser(command))


def test_every_command_of_a_module_is_mapped_to_it() -> None:
    assert set(MODULE_OF_COMMAND) == FULL - OWN
    assert set(MODULE_OF_COMMAND.values()) == set(COMMAND_MODULES)


@pytest.mark.parametrize("given", [None, "run", "--help", "nonsense"])
def test_other_words_get_every_command(given: str | None) -> None:
    assert commands(build_parser(given)) == FULL


def test_rules_check_imports_no_other_command_module() -> None:
    code = (
        "import sys; from services.cli import build_parser; build_parser('rules');"
        "print(sorted(m for m in sys.modules if m.startswith('services.cli_')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['services.cli_rules']"
