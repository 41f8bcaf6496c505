"""Hand-built events and timelines for parity tests (fresh stories, not the samples)."""

from __future__ import annotations

from datetime import date

from parity.blocking import build_index
from parity.claims import claims_of
from parity.models import Relation
from parity.score import score_pair
from parity.topics import plan_carried_out
from timeline.models import DateResolution, Event, Evidence, ExcerptRecord, Quote, Timeline, event_id


def record(excerpt: str, outlet: str, written: str, published: str | None = None) -> ExcerptRecord:
    """An excerpt's metadata: written is its as_of day."""
    return ExcerptRecord(id=excerpt, path=f"{excerpt}.txt", sha256="0" * 64, title=f"{outlet} story",
                         outlet=outlet, published=published or written, as_of=written)


def event(excerpt: str, text: str, kind: str = "statement", *, actor: str | None = None,
          role: str | None = None, day: str | tuple[str, str] | None = None, via: str | None = None,
          quote: str | None = None, modality: str = "asserted", place: str | None = None,
          objects: tuple[str, ...] = (), count: str | None = None, polarity: str = "positive",
          summary: str | None = None) -> Event:
    """An event whose evidence is the whole of text (the body is the sentence itself)."""
    if isinstance(day, str):
        day = (day, day)
    dr = DateResolution(start=date.fromisoformat(day[0]), end=date.fromisoformat(day[1]),
                        phrase="test", basis="test", relative_to="absolute") if day else DateResolution()
    return Event(id=event_id(excerpt, kind, text), excerpt=excerpt, kind=kind, actor=actor, actor_role=role,
                 summary=summary or text, quote=Quote(text=quote) if quote else None, modality=modality,
                 via=via, date=dr, evidence=Evidence.of(text, 0, len(text)), place=place,
                 objects=list(objects), count=count, polarity=polarity)


def timeline(records: list[ExcerptRecord], events: list[Event]) -> Timeline:
    """A timeline with events in record order."""
    return Timeline(excerpts=records, events=sorted(events, key=lambda e: e.sort_key()))


def claims_for(records: list[ExcerptRecord], events: list[Event]) -> tuple[list, list]:
    """The claims of events (in their order) and every claim of the timeline they make."""
    claims = claims_of(timeline(records, events))
    return [next(c for c in claims if c.id == e.id) for e in events], claims


def scored(records: list[ExcerptRecord], a: Event, b: Event):
    """score_pair of b seen from a, with the index of their own two claims."""
    (fa, fb), claims = claims_for(records, [a, b])
    return score_pair(fa, fb, build_index(claims))


def assert_one_subject(records: list[ExcerptRecord], plan: Event, deed: Event) -> None:
    """A plan and its deed told later are one subject: plan_carried_out both ways, and scored same_topic."""
    (cp, cd), _ = claims_for(records, [plan, deed])
    assert plan_carried_out(cp, cd) and plan_carried_out(cd, cp)
    got = scored(records, plan, deed)
    assert got is not None and got.relation == Relation.same_topic


def stances_of(records: list[ExcerptRecord], events: list[Event], index: int) -> set[tuple[str, str, str]]:
    """(stance, target, polarity) of each stance the claim of events[index] takes, in the timeline of all events."""
    claim = next(c for c in claims_of(timeline(records, events)) if c.id == events[index].id)
    return {(st.stance, st.target, st.polarity) for st in claim.stances}


def stances_shown(case: dict) -> list[str]:
    """A stance table row's stances as 'sides|stance|target|polarity' strings (the rows' expect format)."""
    from parity.stance import stances_in
    found = stances_in(case["text"], tuple(case.get("actor_sides", [])), case.get("people", {}))
    return [f"{'+'.join(s.sides)}|{s.stance}|{s.target}|{s.polarity}" for s in found]


def pair_rows(table: str) -> list[dict]:
    """The [[pair]] rows of a claim-pair table beside these tests."""
    import tomllib
    from pathlib import Path

    return tomllib.loads((Path(__file__).parent / table).read_text(encoding="utf-8"))["pair"]


def pair_param(row: dict):
    """A pair row as a pytest param, strict xfail where the row names a known miss."""
    import pytest

    marks = [pytest.mark.xfail(reason=row["xfail"], strict=True)] if "xfail" in row else []
    return pytest.param(row, id=f"{row['anchor_a'][:30]}~{row['anchor_b'][:30]}", marks=marks)


def check_pair(row: dict) -> None:
    """The relations end to end between a pair row's two anchors are the row's ("none", "not_same_event" or a|b)."""
    from tests.parity.test_link_pairs_session8 import relations  # that module's pipeline, read lazily

    got = relations(row)
    want = row["relation"]
    if want == "none":
        assert not got
    elif want == "not_same_event":
        assert "same_event" not in got
    else:
        assert got & set(want.split("|")), got
