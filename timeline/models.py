"""pydantic models of the dated record: evidence, date resolution, event, timeline."""

from __future__ import annotations

import hashlib
from datetime import date
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

CONTEXT_CHARS = 32  # prefix/suffix length, as a W3C TextQuoteSelector would carry

_FIELD_SETS: dict[frozenset[str], set[str]] = {}
_EVERY: dict[type, set[str]] = {}  # a model class -> the shared set naming all its fields


def _every(cls: type[BaseModel]) -> set[str]:
    """The shared set naming every field of a model class (made once per class)."""
    names = set(cls.__pydantic_fields__)
    every = _EVERY[cls] = _FIELD_SETS.setdefault(frozenset(names), names)
    return every


class Lean(BaseModel):
    """A frozen record model whose instances share one set of the names of their fields that were set."""

    # Why: pydantic gives every instance its own `__pydantic_fields_set__`, a set that costs 216-728
    # bytes, more than the instance and its values together (a third of the record at 10,000 excerpts:
    # ~0.9 GB over events, claims and links). Sharing one set per distinct content changes nothing a
    # frozen model can observe: the set is never changed in place (model_copy copies it first).
    def model_post_init(self, context: Any, /) -> None:
        names = self.__pydantic_fields_set__
        every = _EVERY.get(type(self))
        if every is None:
            every = _every(type(self))
        # Every field set (most models): the class's shared set, found without hashing a frozenset.
        shared = every if len(names) == len(every) else _FIELD_SETS.setdefault(frozenset(names), names)
        object.__setattr__(self, "__pydantic_fields_set__", shared)

    @classmethod
    def built(cls, **values: Any) -> Any:
        """model_construct(**values) when values hold every field: the same instance, made without
        pydantic's loop over each field's aliases and defaults (a tenth of an event's cost)."""
        fields = cls.__pydantic_fields__
        if values.keys() != fields.keys():
            return cls.model_construct(**values)
        m = cls.__new__(cls)
        object.__setattr__(m, "__dict__", {name: values[name] for name in fields})
        every = _EVERY.get(cls)
        if every is None:
            every = _every(cls)
        object.__setattr__(m, "__pydantic_fields_set__", every)
        object.__setattr__(m, "__pydantic_extra__", None)
        object.__setattr__(m, "__pydantic_private__", None)
        return m


class Kind(str, Enum):
    """What an event is."""

    statement = "statement"
    ship_movement = "ship_movement"
    missile_test = "missile_test"
    nuclear_test = "nuclear_test"
    deployment = "deployment"
    military_exercise = "military_exercise"
    meeting = "meeting"
    sanction = "sanction"
    other = "other"


class Modality(str, Enum):
    """Whether the source says it happened, will happen, might, did not, or only relays it."""

    asserted = "asserted"
    planned = "planned"
    expected = "expected"
    conditional = "conditional"
    denied = "denied"
    reported_claim = "reported_claim"


class Evidence(Lean):
    """Where an event came from: offsets into the body, the exact text, and its surroundings."""

    model_config = ConfigDict(frozen=True)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    exact: str
    prefix: str = ""
    suffix: str = ""

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> Evidence:
        if self.end < self.start:
            raise ValueError("evidence end before start")
        if self.end - self.start != len(self.exact):
            raise ValueError("evidence length differs from its exact text")
        body = (info.context or {}).get("body") if info is not None else None
        if body is not None and not self.matches(body):
            raise ValueError(f"body[{self.start}:{self.end}] != exact {self.exact!r}")
        return self

    def matches(self, body: str) -> bool:
        """True when the exact text is still at its offsets in body."""
        return body[self.start : self.end] == self.exact

    @classmethod
    def of(cls, body: str, start: int, end: int) -> Evidence:
        """Evidence for body[start:end], with up to CONTEXT_CHARS of context either side."""
        if type(body) is str and type(start) is int and type(end) is int and 0 <= start <= end <= len(body):
            # Valid by construction (body[start:end] is exact, of length end - start): made without
            # the validator's round trip (a tenth of an event's cost); anything else is validated below.
            return cls.built(start=start, end=end, exact=body[start:end],
                             prefix=body[max(0, start - CONTEXT_CHARS):start], suffix=body[end:end + CONTEXT_CHARS])
        return cls.model_validate(
            {
                "start": start,
                "end": end,
                "exact": body[start:end],
                "prefix": body[max(0, start - CONTEXT_CHARS) : start],
                "suffix": body[end : end + CONTEXT_CHARS],
            },
            context={"body": body},
        )


class DateResolution(Lean):
    """A date as a day or an interval, with the phrase it came from and how it was resolved."""

    model_config = ConfigDict(frozen=True)
    start: date | None = None
    end: date | None = None
    phrase: str | None = None
    basis: str = ""
    relative_to: str | None = None  # as_of | published | absolute | event:<id> | None

    @model_validator(mode="after")
    def _ordered(self) -> DateResolution:
        if (self.start is None) != (self.end is None):
            raise ValueError("date start and end must both be set or both be null")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"date end {self.end} before start {self.start}")
        return self

    @property
    def dated(self) -> bool:
        """True when the event has a day or an interval."""
        return self.start is not None


class Quote(Lean):
    """Words attributed to the actor; direct when inside quotation marks in the source."""

    model_config = ConfigDict(frozen=True)
    text: str
    direct: bool = True


class Event(Lean):
    """One dated (or undated) thing the source says happened, will happen, or was said."""

    model_config = ConfigDict(frozen=True)
    id: str
    excerpt: str
    kind: Kind
    actor: str | None = None
    actor_role: str | None = None
    participants: list[str] = Field(default_factory=list)
    summary: str
    quote: Quote | None = None
    modality: Modality = Modality.asserted
    via: str | None = None
    date: DateResolution = Field(default_factory=DateResolution)
    evidence: Evidence
    # Attributes parity compares; computed once here so parity never re-parses text.
    place: str | None = None
    objects: list[str] = Field(default_factory=list)  # weapons, ships, units, systems named
    count: str | None = None  # a number the claim rests on ("154", "90 percent", "sixth")
    polarity: str = "positive"  # positive | negative (the claim is negated)
    tense: str = "past"  # past | present | future

    def sort_key(self) -> tuple[Any, ...]:
        """Record order: dated by start, end, excerpt, offset; undated last by excerpt, offset."""
        if self.date.start is None:
            return (1, "", "", self.excerpt, self.evidence.start)
        return (0, self.date.start.isoformat(), self.date.end.isoformat() if self.date.end else "",
                self.excerpt, self.evidence.start)


def event_id(excerpt_id: str, kind: str, exact: str, occurrence: int = 0) -> str:
    """A stable id from the excerpt id and the evidence text, never from a running count."""
    key = f"{excerpt_id}\x00{kind}\x00{exact}\x00{occurrence}"
    return f"{excerpt_id}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:6]}"


class ExcerptRecord(Lean):
    """An excerpt's metadata as the record carries it (no body)."""

    model_config = ConfigDict(frozen=True)
    id: str
    path: str
    sha256: str
    title: str
    outlet: str
    url: str | None = None
    author: str | None = None
    published: str = ""
    as_of: str | None = None
    extra: dict[str, Any] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)


class Timeline(BaseModel):
    """The one dated record: excerpts and events in record order."""

    model_config = ConfigDict(frozen=True, populate_by_name=True)
    schema_: str = Field(default="timeline/1", alias="schema")
    excerpts: list[ExcerptRecord]
    events: list[Event]

    def to_json_dict(self) -> dict[str, Any]:
        """The record as plain JSON data, keys as record-format.md names them."""
        return self.model_dump(mode="json", by_alias=True)
