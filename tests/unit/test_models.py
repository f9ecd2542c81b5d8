"""Queue messages: strict, versioned, with ids RQ accepts, and JSON round trips."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from pydantic import ValidationError

from services.core.models import AlertMessage, ArticleBatch, ArticleMessage


def article(**overrides: Any) -> dict[str, Any]:
    return {
        "id": "d0123abc",
        "origin": "drop",
        "source": "drop",
        "origin_ref": "note.txt",
        "content_type": "text",
        "encoding": "utf-8",
        "content": "Headline\nBody",
        **overrides,
    }


def alert(**overrides: Any) -> dict[str, Any]:
    return {
        "alert_id": "a-1",
        "rule": "lavrov",
        "rules_version": "abc123",
        "article_id": "d0123abc",
        "story_id": "s1",
        "title": "T",
        "source": "drop",
        "matched_terms": ["lavrov"],
        "snippet": "Lavrov spoke.",
        **overrides,
    }


def carried(data: bytes) -> dict[str, str]:
    encoding, content = ArticleMessage.carry_bytes(data)
    return {"encoding": encoding, "content": content}


@pytest.mark.parametrize(
    "data",
    [b"plain ascii", "Überschrift – “quoted”".encode(), b""],
)
def test_utf8_bytes_travel_as_text(data: bytes) -> None:
    assert ArticleMessage.carry_bytes(data) == ("utf-8", data.decode("utf-8"))


@pytest.mark.parametrize(
    "data",
    ["café".encode("cp1252"), b"\xff\xfeH\x00i\x00", b"\x80\x81\x82"],
)
def test_non_utf8_bytes_travel_as_base64(data: bytes) -> None:
    encoding, content = ArticleMessage.carry_bytes(data)
    assert encoding == "base64"
    assert base64.b64decode(content, validate=True) == data


def test_carried_bytes_build_a_valid_message() -> None:
    message = ArticleMessage.model_validate(article(**carried(b"\xe9t\xe9")))
    assert (message.encoding, message.content) == ("base64", "6XTp")


@pytest.mark.parametrize(
    ("model", "data"),
    [
        (ArticleMessage, article(priority="high")),
        (ArticleBatch, {"article_ids": ["d1"], "articles": []}),
        (AlertMessage, alert(channel_url="mailto://secret")),
    ],
)
def test_extra_fields_are_refused(model: type[Any], data: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        model.model_validate(data)


def test_schema_version_defaults_to_one() -> None:
    assert ArticleMessage.model_validate(article()).schema_version == 1


@pytest.mark.parametrize(
    ("model", "data"),
    [
        (ArticleMessage, article(schema_version=2)),
        (ArticleBatch, {"schema_version": 0, "article_ids": ["d1"]}),
        (AlertMessage, alert(schema_version=2)),
    ],
)
def test_other_schema_versions_are_refused(model: type[Any], data: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match="schema_version"):
        model.model_validate(data)


@pytest.mark.parametrize(
    "article_id",
    ["feed:123", "a b", "a/b", "a.b", "", "x" * 129, "é"],
)
def test_ids_outside_rq_characters_are_refused(article_id: str) -> None:
    with pytest.raises(ValidationError, match="id"):
        ArticleMessage.model_validate(article(id=article_id))


@pytest.mark.parametrize("article_id", ["f0123abcdef", "A-b_9", "x" * 128])
def test_ids_of_rq_characters_are_accepted(article_id: str) -> None:
    assert ArticleMessage.model_validate(article(id=article_id)).id == article_id


def test_alert_id_with_colon_is_refused() -> None:
    with pytest.raises(ValidationError, match="alert_id"):
        AlertMessage.model_validate(alert(alert_id="rule:article"))


@pytest.mark.parametrize(
    ("field", "value"),
    [("origin", "email"), ("content_type", "pdf"), ("encoding", "latin-1")],
)
def test_closed_choices_refuse_other_values(field: str, value: str) -> None:
    with pytest.raises(ValidationError, match=field):
        ArticleMessage.model_validate(article(**{field: value}))


def test_batch_needs_at_least_one_article_id() -> None:
    with pytest.raises(ValidationError, match="article_ids"):
        ArticleBatch.model_validate({"article_ids": []})


def test_batch_carries_article_ids_in_order() -> None:
    assert ArticleBatch(article_ids=["d2", "d1"]).article_ids == ["d2", "d1"]


def test_messages_are_immutable() -> None:
    message = ArticleMessage.model_validate(article())
    with pytest.raises(ValidationError):
        message.content = "changed"  # type: ignore[misc]


def test_received_at_defaults_to_now_in_utc() -> None:
    before = datetime.now(UTC)
    received = ArticleMessage.model_validate(article()).received_at
    assert before <= received <= datetime.now(UTC)
    assert received.utcoffset() is not None


def test_validation_error_does_not_echo_input() -> None:
    with pytest.raises(ValidationError) as info:
        ArticleMessage.model_validate(article(id="secret:token-42"))
    assert "secret:token-42" not in str(info.value)


@pytest.mark.parametrize(
    "overrides",
    [
        {
            "title": "Headline",
            "url": "https://example.org/a",
            "language": "en",
            "published_at": datetime(2024, 5, 1, 12, 30, tzinfo=timezone(timedelta(hours=2))),
        },
        carried(b"\xe9t\xe9"),
        {"origin": "feed", "content_type": "html", "content": "<p>x</p>"},
    ],
)
def test_article_survives_a_json_round_trip(overrides: dict[str, Any]) -> None:
    message = ArticleMessage.model_validate(article(**overrides))
    assert ArticleMessage.model_validate(message.model_dump(mode="json")) == message


def test_batch_survives_a_json_round_trip() -> None:
    batch = ArticleBatch(article_ids=["d1", "f2"])
    assert ArticleBatch.model_validate(batch.model_dump(mode="json")) == batch


def test_alert_survives_a_json_round_trip() -> None:
    message = AlertMessage.model_validate(
        alert(notify=["ops"], published_at=datetime(2024, 5, 1, tzinfo=UTC))
    )
    assert AlertMessage.model_validate(message.model_dump(mode="json")) == message
