"""The README's webhook example is what a json:// target receives (same shape, same keys)."""

from __future__ import annotations

import json
import re

from services.notifier.outbox import Outgoing
from services.notifier.payload import message_object
from tests.conftest import REPO
from tests.support.notifier import make_alert

README = (REPO / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("**Webhooks for machines.**") :]
EXAMPLE = json.loads(re.search(r"```jsonc\n(.*?)```", SECTION, re.S).group(1))  # type: ignore[union-attr]


def test_example_has_apprises_fields_beside_ours():
    assert {"version", "title", "message", "attachments", "type", "newswatch"} == set(EXAMPLE)


def test_example_object_has_exactly_the_fields_sent():
    sent = message_object(Outgoing.single(make_alert(also_reported_by=["reuters.com"])))
    example = EXAMPLE["newswatch"]
    assert set(example) == set(sent)
    assert set(example["alert"]) == set(sent["alert"])
    assert example["id"] == example["alert"]["alert_id"]
