"""Every command the README's command table names is a real `newswatch` command."""

from __future__ import annotations

import re

import pytest

from services.cli import build_parser
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
TABLE = README[README.index("| command | what it does |") :].split("\n\n", 1)[0]
COMMANDS = re.findall(r"`(newswatch [^`]+)`", TABLE)


def test_command_table_lists_commands():
    assert len(COMMANDS) >= 8


@pytest.mark.parametrize("command", COMMANDS)
def test_command_parses(command):
    words = re.sub(r"\[[^\]]*\]", " ", command).split()[1:]
    words = ["x.opml" if w == "FILE.opml" else "f.txt" if w == "PATH..." else w for w in words]
    words = ["q" if w == "'QUERY'" else w for w in words]
    args = build_parser().parse_args([w.rstrip(",") for w in words if w != "FILE"])
    assert args.handler
