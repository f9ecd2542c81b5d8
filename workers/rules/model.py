"""The shape of config/rules.yaml (version 1), validated with pydantic (unknown keys refused).

A rule is written either as query text (``query: Lavrov AND terror*``) or in the structured
form (``all:`` / ``any:`` / ``none:`` lists of query text), never both. Aliases are named
lists of terms used in queries as ``@name``.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from services.core.models import DeliveryPolicy

# What the query lexer accepts after `@`: a letter, then letters, digits, '.', '-', '_'.
AliasName = Annotated[str, StringConstraints(pattern=r"^[^\W\d][\w.-]*$")]
AliasItem = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
_CONTROL_CHARS = re.compile(r"[\x00-\x1f]")
_STRICT = ConfigDict(extra="forbid", hide_input_in_errors=True)


class RuleConfig(BaseModel):
    """One watch rule as the user writes it."""

    model_config = _STRICT

    name: str = Field(min_length=1, max_length=200)
    query: str | None = Field(default=None, description="query text; or all/any/none")
    all: list[str] = Field(default_factory=list, description="every item must match")
    any: list[str] = Field(default_factory=list, description="at least one item must match")
    none: list[str] = Field(default_factory=list, description="no item may match")
    notify: list[str] = Field(default_factory=list, description="channel tags; empty: all")
    description: str = ""
    enabled: bool = True
    sources: list[str] = Field(default_factory=list, description="only these sources; empty: any")
    languages: list[str] = Field(default_factory=list, description="only these languages")
    stemming: bool = Field(default=False, description="compare words by their Snowball stem")
    names: Literal["exact", "scripts", "variants"] = Field(
        default="variants",
        description="capitalised words: as written (exact), also in other scripts (scripts), "
        "or also Latin spelling variants and grammatical cases (variants)",
    )
    delivery: DeliveryPolicy = Field(default_factory=DeliveryPolicy)
    realert_on_update: bool = Field(
        default=False, description="alert again when a story is materially updated"
    )

    @field_validator("name")
    @classmethod
    def _no_control_chars(cls, value: str) -> str:
        if _CONTROL_CHARS.search(value):
            raise ValueError("rule names cannot contain control characters")
        return value.strip()

    @model_validator(mode="after")
    def _one_query_form(self) -> RuleConfig:
        structured = bool(self.all or self.any or self.none)
        if self.query is not None and structured:
            raise ValueError("give either `query` or `all`/`any`/`none`, not both")
        if self.query is None and not structured:
            raise ValueError("a rule needs a `query` (or `all`/`any`/`none` lists)")
        return self

    @property
    def structured(self) -> bool:
        return self.query is None


class RulesFile(BaseModel):
    """The whole rules file (one of config/rules.yaml and config/rules.d/*.yaml).

    ``notify`` is the default channel tags of the file's rules (a rule's own ``notify``
    replaces it); ``enabled: false`` parks every rule of the file.
    """

    model_config = _STRICT

    version: Literal[1] = 1
    enabled: bool = Field(default=True, description="false: every rule of the file is off")
    notify: list[str] = Field(
        default_factory=list, description="default channel tags of the file's rules"
    )
    aliases: dict[AliasName, Annotated[list[AliasItem], Field(min_length=1)]] = Field(
        default_factory=dict
    )
    rules: list[RuleConfig] = Field(default_factory=list)
