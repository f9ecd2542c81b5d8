"""Process settings, read once at the entry point from NEWSWATCH_* variables and `.env`.

Every setting is documented in config/newswatch.example.env (a test keeps the two in step).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR"]


class Settings(BaseSettings):
    """Everything a newswatch process needs to know about its environment."""

    model_config = SettingsConfigDict(
        env_prefix="NEWSWATCH_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        hide_input_in_errors=True,
    )

    redis_url: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("NEWSWATCH_REDIS_URL", "REDIS_URL"),
        description="Redis/Valkey URL; unset means `newswatch run` starts an embedded server.",
    )
    config_dir: Path = Field(default=Path("config"), description="rules, feeds and channels")
    state_dir: Path = Field(default=Path("var"), description="embedded server data, alert log")
    drop_dir: Path = Field(default=Path("drops"), description="article drops: inbox/ etc.")
    workers: int = Field(default=2, ge=1, le=64, description="worker processes for `run`")
    log_level: LogLevel = "INFO"
    example_drops: bool = Field(
        default=True, description="seed drops/inbox with config/examples/drops on first run"
    )
    batch_size: int = Field(default=50, ge=1, le=1000, description="articles per queue job")
    drop_scan_seconds: float = Field(default=1.0, gt=0, description="drop folder poll interval")
    drop_settle_seconds: float = Field(
        default=1.0, ge=0, description="a drop file must be this old and unchanged to be taken"
    )
    max_drop_bytes: int = Field(default=5 * 1024 * 1024, ge=1024)
    seen_ttl_days: int = Field(default=90, ge=1, description="how long article identities last")
    fetch_allowed_networks: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="CIDRs exempt from the private-address refusal (comma-separated or JSON)",
    )
    fetch_timeout_seconds: float = Field(default=30.0, gt=0, description="overall per fetch")
    feed_concurrency: int = Field(
        default=16, ge=1, le=256, description="feeds fetched at once by one poller process"
    )
    feed_alert_after_seconds: float = Field(
        default=6 * 3600.0, gt=0, description="a feed failing this long raises one ops alert"
    )
    rules_reload_seconds: float = Field(default=2.0, gt=0, description="rules file check period")
    delivery_attempts: int = Field(
        default=6, ge=1, le=20, description="attempts per alert and target before it is parked"
    )
    delivery_backoff_seconds: float = Field(
        default=2.0, gt=0, description="first retry delay; x5 per attempt, capped at 15 min"
    )
    story_window_days: float = Field(
        default=7.0, gt=0, description="copies within this window join an earlier story"
    )
    story_min_jaccard: float = Field(
        default=0.25, gt=0, le=1, description="estimated shingle Jaccard that makes a copy"
    )
    story_min_containment: float = Field(
        default=0.5, gt=0, le=1, description="or: share of the shorter text found in the other"
    )
    story_update_growth: float = Field(
        default=0.33, gt=0, description="a copy this much longer is a material update"
    )
    story_update_on_headline: bool = Field(
        default=True, description="a new headline from the story's own source is an update"
    )
    # --- poller bounds (issue 10) ---
    max_json_depth: int = Field(
        default=64, ge=2, le=1000, description="JSON drops and JSON Feeds nested deeper: refused"
    )
    max_feed_entries: int = Field(
        default=500, ge=1, le=100_000, description="entries read per feed poll, the newest"
    )
    # --- notifier templates and config reload ---
    template_render_seconds: float = Field(
        default=2.0, gt=0, le=60, description="time limit for rendering a rule's own template"
    )
    template_max_chars: int = Field(
        default=100_000,
        ge=1_000,
        le=10_000_000,
        description="size limit of a rule's template output and of every value it builds",
    )
    # --- worker bounds (issue 10: articles, cleaning, stories, matching) ---
    clean_max_chars: int = Field(
        default=5_000_000, ge=1000, description="characters of one article cleaned; cut beyond"
    )
    clean_max_elements: int = Field(
        default=50_000, ge=100, description="HTML elements of one page cleaned; cut beyond"
    )
    clean_max_attributes: int = Field(
        default=64, ge=1, description="attributes of one HTML element; more are all dropped"
    )
    clean_max_total_attributes: int = Field(
        default=100_000, ge=100, description="HTML attributes of one page; cut beyond"
    )
    clean_max_depth: int = Field(
        default=200, ge=10, description="HTML nesting depth cleaned; cut at a deeper element"
    )
    clean_max_lines: int = Field(
        default=100_000, ge=100, description="lines of one text drop cleaned; cut beyond"
    )
    clean_max_title_chars: int = Field(
        default=1000, ge=10, description="characters of a title kept"
    )
    clean_max_body_chars: int = Field(
        default=1_000_000, ge=1000, description="characters of a cleaned body matched; cut beyond"
    )
    story_max_words: int = Field(
        default=20_000, ge=100, description="words of a body fed to MinHash (story detection)"
    )
    match_budget_seconds: float = Field(
        default=5.0,
        gt=0,
        description="CPU seconds matching one article may take before it is failed",
    )
    # --- history (archive of articles and alerts) ---
    archive_days: int = Field(
        default=7,
        ge=0,
        description="days processed articles and alert history are kept (0: not kept)",
    )
    archive_max_bytes: int = Field(
        default=512 * 1024 * 1024,
        ge=1024 * 1024,
        description="bytes the article archive may take in Redis; oldest dropped first",
    )
    # --- alert history and the alert log (issue 12) ---
    alerts_log_max_bytes: int = Field(
        default=10 * 1024 * 1024,
        ge=64 * 1024,
        description="var/alerts.jsonl is renamed to alerts.jsonl.1 when it would grow past this",
    )
    alert_history_max_alerts: int = Field(
        default=50_000,
        ge=100,
        description="alerts kept in the alert history (about 2 KB each); oldest dropped first",
    )
    # --- console (issue 13) ---
    web_address: str = Field(
        default="127.0.0.1:8080",
        pattern=r"^$|^[A-Za-z0-9.\-]+:[0-9]{1,5}$|^\[[0-9A-Fa-f:]+\]:[0-9]{1,5}$",
        description="host:port the console (`newswatch web`, started by `run`) listens on; "
        "empty: `run` starts no console",
    )
    web_token: SecretStr | None = Field(
        default=None,
        description="token every console action needs (retry); unset: actions are disabled",
    )
    # --- rules at scale ---
    rules_max_bytes: int = Field(
        default=256 * 1024 * 1024,
        ge=1024,
        description="size cap of one rules file (rules.yaml, rules.d/*.yaml), in bytes",
    )
    # --- console alerts and feedback (issue 13, phase 2a) ---
    public_url: str = Field(
        default="",
        pattern=r"^$|^https?://[^\s/?#]+(/[^\s?#]*)?$",
        description="the console's address as alert readers reach it (e.g. "
        "https://news.example.org); every alert message links to its /alerts/{id} page "
        "there; empty: http://<NEWSWATCH_WEB_ADDRESS>",
    )

    @field_validator("fetch_allowed_networks", mode="before")
    @classmethod
    def _split_networks(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        if value.strip().startswith("["):
            try:
                return json.loads(value)
            except json.JSONDecodeError:
                raise ValueError("not a JSON list of CIDRs") from None
        return [part.strip() for part in value.split(",") if part.strip()]

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @property
    def inbox_dir(self) -> Path:
        return self.drop_dir / "inbox"

    @property
    def alerts_log(self) -> Path:
        return self.state_dir / "alerts.jsonl"

    @property
    def running_url_file(self) -> Path:
        """Where `newswatch run` advertises its embedded server while it runs."""
        return self.state_dir / "run.url"

    def redis_url_value(self) -> str | None:
        """The URL itself, for connecting only: never log it (it may hold a password)."""
        return self.redis_url.get_secret_value() if self.redis_url else None

    def client_redis_url(self) -> str | None:
        """For inspection commands (status, feeds, ...): the configured URL, else the embedded
        server of a `newswatch run` running on this state folder."""
        configured = self.redis_url_value()
        if configured is not None:
            return configured
        try:
            return self.running_url_file.read_text(encoding="utf-8").strip() or None
        except OSError:
            return None
