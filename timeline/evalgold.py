"""Gold for the evaluation corpus: events, non-date traps, parity links and statuses (tests/data/eval)."""

from __future__ import annotations

import tomllib
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from excerpt.errors import ExcerptError
from parity.models import Relation, Status
from timeline.models import Event, Kind, Modality

GOLD_FILE = "gold.toml"  # the gold of one story folder


def split_ref(ref: str) -> tuple[str, str]:
    """'excerpt-id:anchor words' -> ('excerpt-id', 'anchor words')."""
    excerpt_id, sep, anchor = ref.partition(":")
    if not sep or not excerpt_id or not anchor:
        raise ValueError(f"reference {ref!r} is not 'excerpt-id:anchor'")
    return excerpt_id, anchor


class GoldEvent(BaseModel):
    """One event a reader finds in an excerpt, located by a verbatim anchor inside its evidence."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    excerpt: str
    anchor: str = Field(min_length=1)
    kind: Kind
    kinds_ok: tuple[Kind, ...] = ()  # other kinds a careful reader would also accept
    actor: str = ""  # canonical name; "" when the text names nobody
    start: date | None = None
    end: date | None = None
    date_phrase: str = ""
    window: bool = False  # right when the predicted interval lies inside [start, end]
    undated_ok: bool = False  # an undated prediction is right too (vague or inherited dates)
    optional: bool = False  # neither a miss when absent nor a false positive when found
    modality: str = "asserted"
    count: str | None = None
    note: str = ""

    @field_validator("modality")
    @classmethod
    def _modality(cls, value: str) -> str:
        # Kept a plain string for the scorers, but checked here so a typo names the gold file, not a traceback later.
        if value not in {m.value for m in Modality}:
            raise ValueError(f"modality {value!r} is none of {', '.join(m.value for m in Modality)}")
        return value

    @model_validator(mode="after")
    def _dates(self) -> GoldEvent:
        if (self.start is None) != (self.end is None):
            raise ValueError("start and end must both be given or both be left out")
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"end {self.end} before start {self.start}")
        return self

    @property
    def ref(self) -> str:
        """The 'excerpt-id:anchor' string links and statuses use."""
        return f"{self.excerpt}:{self.anchor}"

    def kind_ok(self, kind: str) -> bool:
        """True when a predicted kind is the gold kind or one it also accepts."""
        return kind in {self.kind.value, *(k.value for k in self.kinds_ok)}


class GoldLink(BaseModel):
    """Two claims of different excerpts that a parity stage should link."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    a: str
    b: str
    relation: Relation
    differs: tuple[str, ...] = ()  # attributes on which the two differ (date, count, stance, ...)
    note: str = ""

    @field_validator("a", "b")
    @classmethod
    def _ref(cls, value: str) -> str:
        split_ref(value)
        return value

    @property
    def pair(self) -> frozenset[str]:
        """The unordered pair of references."""
        return frozenset((self.a, self.b))


class GoldStatus(BaseModel):
    """The status a claim should get against the other sources."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    event: str
    status: Status


class Gold(BaseModel):
    """The gold of one story folder (or of the samples)."""

    model_config = ConfigDict(frozen=True)
    path: str
    story: str = ""
    title: str = ""
    origins: dict[str, list[str]] = Field(default_factory=dict)  # origin name -> excerpt ids
    traps: dict[str, list[str]] = Field(default_factory=dict)  # excerpt id -> non-date words
    events: list[GoldEvent] = Field(default_factory=list)
    links: list[GoldLink] = Field(default_factory=list)  # groups already expanded into pairs
    statuses: list[GoldStatus] = Field(default_factory=list)

    def events_of(self, excerpt_id: str) -> list[GoldEvent]:
        """Gold events of one excerpt, in file order."""
        return [g for g in self.events if g.excerpt == excerpt_id]

    def event(self, ref: str) -> GoldEvent | None:
        """The gold event an 'excerpt-id:anchor' reference names, or None."""
        return next((g for g in self.events if g.ref == ref), None)

    @property
    def excerpt_ids(self) -> list[str]:
        """Excerpt ids the gold covers, sorted."""
        return sorted({g.excerpt for g in self.events} | set(self.traps))


def _expand_links(raw: dict[str, Any]) -> list[dict[str, Any]]:
    """Explicit links plus every cross-excerpt pair of each group; one link per pair, differs merged."""
    found: dict[frozenset[str], dict[str, Any]] = {}
    items = [dict(x) for x in raw.get("link", [])]
    for group in raw.get("group", []):
        members = list(group.get("members", []))
        for a, b in combinations(members, 2):
            if split_ref(a)[0] != split_ref(b)[0]:
                items.append({"a": a, "b": b, "relation": group.get("relation", "same_event")})
    for item in items:
        key = frozenset((item["a"], item["b"]))
        if key in found:
            merged = sorted(set(found[key].get("differs", ())) | set(item.get("differs", ())))
            found[key]["differs"] = merged  # the explicit link (listed first) keeps its relation
        else:
            found[key] = item
    return list(found.values())


def load_gold(where: str | Path) -> Gold:
    """The gold of a story folder (its gold.toml) or of a gold file; ExcerptError naming the problem."""
    path = Path(where)
    if path.is_dir():
        path = path / GOLD_FILE
    shown = path.as_posix()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ExcerptError(shown, f"cannot read gold: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ExcerptError(shown, f"gold is not valid TOML: {exc}") from None
    try:
        gold = Gold(
            path=shown,
            story=raw.get("story", ""),
            title=raw.get("title", ""),
            origins=raw.get("origins", {}),
            traps=raw.get("traps", {}),
            events=raw.get("event", []),
            links=_expand_links(raw),
            statuses=raw.get("status", []),
        )
    except (ValidationError, ValueError, KeyError, TypeError) as exc:
        raise ExcerptError(shown, f"gold does not fit the format: {exc}") from None
    problems = _dangling_refs(gold)
    if problems:
        raise ExcerptError(shown, "; ".join(problems))
    return gold


def _dangling_refs(gold: Gold) -> list[str]:
    """References in links and statuses that name no gold event, and duplicate gold events."""
    refs = [g.ref for g in gold.events]
    problems = [f"gold event {r!r} listed twice" for r in sorted({r for r in refs if refs.count(r) > 1})]
    known = set(refs)
    for link in gold.links:
        problems += [f"link names {r!r}, which is no gold event" for r in (link.a, link.b) if r not in known]
    problems += [f"status names {s.event!r}, which is no gold event" for s in gold.statuses if s.event not in known]
    return problems


def anchor_problems(gold: Gold, bodies: dict[str, str]) -> list[str]:
    """Anchors that are missing from, or not unique in, their excerpt body; unknown excerpt ids."""
    problems = []
    for g in gold.events:
        body = bodies.get(g.excerpt)
        if body is None:
            problems.append(f"{g.ref}: no excerpt {g.excerpt!r} in the folder")
        elif body.count(g.anchor) == 0:
            problems.append(f"{g.ref}: anchor not found in the body")
        elif body.count(g.anchor) > 1:
            problems.append(f"{g.ref}: anchor occurs {body.count(g.anchor)} times in the body")
    problems += [f"traps for unknown excerpt {eid!r}" for eid in gold.traps if eid not in bodies]
    return problems


def anchor_span(body: str, anchor: str) -> tuple[int, int] | None:
    """Offsets of the first occurrence of an anchor in a body, or None."""
    at = body.find(anchor)
    return None if at < 0 else (at, at + len(anchor))


def covers(event: Event, span: tuple[int, int]) -> bool:
    """True when the event's evidence contains the span."""
    return event.evidence.start <= span[0] and span[1] <= event.evidence.end


def match_event(gold_anchor: str, events: list[Event], bodies: dict[str, str]) -> Event | None:
    """The predicted event whose evidence holds an 'excerpt-id:anchor' (tightest evidence wins), or None."""
    excerpt_id, anchor = split_ref(gold_anchor)
    body = bodies.get(excerpt_id)
    span = anchor_span(body, anchor) if body is not None else None
    if span is None:
        return None
    found = [e for e in events if e.excerpt == excerpt_id and covers(e, span)]
    found.sort(key=lambda e: (e.evidence.end - e.evidence.start, e.evidence.start, e.id))
    return found[0] if found else None
