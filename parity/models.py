"""pydantic models of parity: differences, claim links, claims, origins, verdicts."""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from timeline.models import Lean


class Status(str, Enum):
    """How a claim stands against the other sources."""

    corroborated = "corroborated"
    conflicting = "conflicting"
    later_development = "later_development"
    single_source = "single_source"
    echo = "echo"


class Relation(str, Enum):
    """How two claims are related."""

    same_event = "same_event"
    same_topic = "same_topic"


class Decision(str, Enum):
    """An editor's decision on a link."""

    accept_here = "accept_here"
    accept_there = "accept_there"
    both_wrong = "both_wrong"
    not_same = "not_same"
    noted = "noted"


class Difference(Lean):
    """One attribute on which two linked claims differ, with both values."""

    model_config = ConfigDict(frozen=True)
    attribute: str  # date | place | count | actor | polarity | modality | stance | kind
    here: str | None
    there: str | None


class ClaimLink(Lean):
    """A link from one claim to a claim of another source."""

    model_config = ConfigDict(frozen=True)
    event: str
    excerpt: str
    relation: Relation
    agrees: bool
    independent: bool
    score: float = 0.0
    differences: list[Difference] = Field(default_factory=list)


class Verdict(Lean):
    """An editor's decision read from verdicts.toml, keyed by stable event ids."""

    model_config = ConfigDict(frozen=True)
    here: str
    there: str | None = None
    decision: Decision
    note: str = ""
    line: int = 0  # line in verdicts.toml, for messages


class Claim(Lean):
    """One event of the record as a claim of its source, with its links and status."""

    model_config = ConfigDict(frozen=True)
    event: str
    excerpt: str
    status: Status
    links: list[ClaimLink] = Field(default_factory=list)
    verdict: Verdict | None = None


class Origin(Lean):
    """A group of events that share one origin (a wire story, an agency): one witness."""

    model_config = ConfigDict(frozen=True)
    name: str
    events: list[str]
    excerpts: list[str] = Field(default_factory=list)
    basis: str = ""  # how the shared origin was found: attribution or near-duplicate text


class Parity(BaseModel):
    """Each source's claims against the others."""

    model_config = ConfigDict(frozen=True, populate_by_name=True)
    schema_: str = Field(default="parity/1", alias="schema")
    claims: list[Claim]
    origins: list[Origin] = Field(default_factory=list)
    stale_verdicts: list[Verdict] = Field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        """Plain JSON data, keys as record-format.md names them."""
        return self.model_dump(mode="json", by_alias=True)
