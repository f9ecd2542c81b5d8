"""The shape of config/rules.yaml (version 1)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class RuleConfig(BaseModel):
    """One watch rule as the user writes it."""

    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)

    name: str = Field(min_length=1, max_length=200)
    query: str = Field(min_length=1)
    notify: list[str] = Field(default_factory=list, description="channel tags; empty: all")
    description: str = ""
    enabled: bool = True

    @field_validator("name")
    @classmethod
    def _no_control_chars(cls, value: str) -> str:
        if any(ord(ch) < 32 for ch in value):
            raise ValueError("rule names cannot contain control characters")
        return value.strip()


class RulesFile(BaseModel):
    """The whole rules file."""

    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)

    version: Literal[1] = 1
    rules: list[RuleConfig] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_names(self) -> RulesFile:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.name in seen:
                raise ValueError(f"duplicate rule name {rule.name!r}")
            seen.add(rule.name)
        return self
