"""`newswatch status` says which rules the workers use and whether the file is stale."""

from __future__ import annotations

import pytest

from services.status import rules_line


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ({}, "rules: not reported yet (workers report on their first job)"),
        (
            {"version": "abc", "stale": "0", "error": "", "checked_at": "0"},
            "rules: version abc, loaded ?",
        ),
        (
            {"version": "abc", "stale": "0", "error": "", "checked_at": "86400"},
            "rules: version abc, loaded 1970-01-02 00:00",
        ),
        (
            {
                "version": "abc",
                "stale": "1",
                "error": "r.yaml:3:4: x\nr.yaml:5:6: y",
                "checked_at": "60",
            },
            "rules: STALE since 1970-01-01 00:01: a rules file has an invalid edit; "
            "version abc still in use: r.yaml:3:4: x; r.yaml:5:6: y",
        ),
    ],
)
def test_rules_line(state: dict[str, str], expected: str) -> None:
    assert rules_line(state) == expected
