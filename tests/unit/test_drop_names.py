"""Drop file names from outside: shown safely, and filed under a name the file system takes
with room for the `.error.txt` beside it, recognisable and never clashing."""

from __future__ import annotations

import os

import pytest

from services.poller.drop_files import display_name
from services.poller.drop_folder import MAX_NAME_BYTES, REASON_SUFFIX, fitted_name


def from_bytes(raw: bytes) -> str:
    """A name as os.listdir hands it over (undecodable bytes as lone surrogates)."""
    return os.fsdecode(raw)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("note.txt", "note.txt"),
        ("line\nFAKE 12:00 ERROR forged.txt", "line\\x0aFAKE 12:00 ERROR forged.txt"),
        ("bell\x07\x1b[31m.txt", "bell\\x07\\x1b[31m.txt"),
        (from_bytes(b"caf\xe9.txt"), "caf\\xe9.txt"),
        ("rtl\u202etxt.exe", "rtl\\u202etxt.exe"),
    ],
    ids=["plain", "newline", "control", "not-utf8", "bidi"],
)
def test_display_name_is_one_line_of_valid_text(name: str, shown: str) -> None:
    assert display_name(name) == shown
    display_name(name).encode("utf-8")  # storable in Redis, JSON and pydantic


@pytest.mark.parametrize(
    "name",
    [
        "a" * 251 + ".txt",
        "é" * 127 + ".json",
        from_bytes(b"\xff" * 250 + b".txt"),
        "x" * 240 + "." + "y" * 14,
        "b" * 255,
    ],
    ids=["ascii-251", "multibyte", "not-utf8", "long-suffix", "no-suffix"],
)
def test_long_names_are_shortened_to_leave_room_for_the_reason(name: str) -> None:
    for n in (0, 1, 12):
        fitted = fitted_name(name, n)
        size = len((fitted + REASON_SUFFIX).encode("utf-8", "surrogateescape"))
        assert size <= MAX_NAME_BYTES
        assert fitted[:20] == name[:20]  # recognisable by its start
    assert len({fitted_name(name, n) for n in range(5)}) == 5  # never the same twice


def test_shortened_names_of_different_files_differ() -> None:
    assert fitted_name("a" * 300 + "1.txt", 0) != fitted_name("a" * 300 + "2.txt", 0)


def test_short_names_keep_their_form() -> None:
    assert (fitted_name("empty.txt", 0), fitted_name("empty.txt", 2)) == (
        "empty.txt",
        "empty.2.txt",
    )
    assert fitted_name("a" * 300 + ".txt", 0).endswith(".txt")
