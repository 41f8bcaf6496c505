"""Build Excerpt models from plain test text (the loader's structure step, no file)."""

from __future__ import annotations

import hashlib
from typing import NamedTuple

from excerpt.models import Excerpt
from excerpt.structure import paragraphs_of
from timeline.datefind import find_dates


def make_excerpt(body: str, published: str = "2019-06-14", as_of: str | None = None, id: str = "t01",
                 title: str = "Test story", outlet: str = "Test Wire") -> Excerpt:
    """An excerpt as the loader would build it from this body and metadata."""
    return Excerpt(id=id, path=f"tests/{id}.txt", sha256=hashlib.sha256(body.encode()).hexdigest(),
                   title=title, outlet=outlet, published=published, as_of=as_of, body=body,
                   paragraphs=tuple(paragraphs_of(body, title=title)))


def find_event(events, words: str, kind: str):
    """The first event of that kind whose evidence holds the words (the assertion lists what was found)."""
    hits = [e for e in events if words in e.evidence.exact and e.kind.value == kind]
    assert hits, [(e.kind.value, e.evidence.exact) for e in events]
    return hits[0]


def held_by(events, text: str, kinds: str, anchor: str) -> list:
    """The events of those kinds ("other|sanction") whose evidence holds the anchor's place in text (maybe none)."""
    start = text.index(anchor)
    return [e for e in events if e.kind.value in kinds.split("|") and e.evidence.start <= start
            and start + len(anchor) <= e.evidence.end]


def held_any(events, text: str, anchor: str) -> list:
    """The events of any kind whose evidence holds the anchor's place in text (maybe none)."""
    start = text.index(anchor)
    return [e for e in events if e.evidence.start <= start and start + len(anchor) <= e.evidence.end]


def shown(events) -> list:
    """What a kind table's failure prints of each event: its kind and evidence."""
    return [(e.kind.value, e.evidence.exact) for e in events]


def holding(events, kind: str, text: str, anchor: str) -> list:
    """The events of that kind whose evidence holds the anchor's place in text (the test fails when none does)."""
    held = held_by(events, text, kind, anchor)
    assert held, f"no {kind} holds {anchor!r}: {[(e.kind.value, e.evidence.exact) for e in events]}"
    return held


ANY = object()  # a statement table's actor that is not checked (an unnamed speaker may or may not be given its state)



def check_clause_row(text: str, published: str, kind: str, anchor: str, actor: str | None, day: str | None) -> None:
    """One clause row: an event of kind holds anchor, by actor (when given), on day (None: undated; "": not checked)."""
    from timeline.events import extract

    events = extract(make_excerpt(text + "\n", published=published))
    held = holding(events, kind, text, anchor)
    if actor is not None:
        assert any((e.actor or "") == actor for e in held), [(e.actor, e.evidence.exact) for e in held]
    if day == "":
        return
    got = [str(e.date.start) if e.date and e.date.start else None for e in held]
    assert day in got, got

def show(events) -> list:
    """What a statement table's failure prints of each event."""
    return [(e.kind.value, e.actor, e.actor_role, e.via, e.modality.value, e.evidence.exact) for e in events]


def check_act(events, text: str, kind: str, anchor: str, actor: str | None, extra: dict) -> None:
    """An act table's row: an event of that kind holds the anchor, with the actor and the extra fields given."""
    held = holding(events, kind, text, anchor)
    if actor is not None:
        assert any((e.actor or "").casefold() == actor.casefold() for e in held), [e.actor for e in held]
    if "modality" in extra:
        assert any(e.modality.value in extra["modality"] for e in held), [e.modality.value for e in held]
    if "count" in extra:
        assert any(e.count == extra["count"] for e in held), [e.count for e in held]
    if "date" in extra:
        assert any(str(e.date.start) == extra["date"] for e in held), [(e.date.phrase, e.date.start) for e in held]


def missed_cases(rows, missed: dict[str, str]) -> list:
    """An act table's rows as pytest params; a row whose text starts with a key of `missed` is a strict xfail."""
    import pytest

    return [pytest.param(r, id=f"{r.kind}:{r.anchor}:{r.text[:40]}",
                         marks=[pytest.mark.xfail(reason=why, strict=True) for key, why in missed.items()
                                if r.text.startswith(key)]) for r in rows]


class ActRow(NamedTuple):
    """One row of an act table: the sentence, its kind(s), the anchor, and what is checked (None: not checked)."""

    text: str
    kind: str  # "a|b": either kind is right
    anchor: str
    actor: str | None = None  # None: not checked
    modality: str | None = None
    date: str | None = None  # the event's first day


def check_row(events, row) -> None:
    """An act table's Row (text, kind, anchor, actor, modality "a|b" or None, date or None), checked by check_act."""
    extra = {k: v for k, v in (("modality", row.modality and row.modality.split("|")), ("date", row.date)) if v}
    check_act(events, row.text, row.kind, row.anchor, row.actor, extra)


def kinds_found(events, absent: list[str]) -> list:
    """The events of the given kinds, as (kind, evidence): a negative row wants none."""
    return [(e.kind.value, e.evidence.exact) for e in events if e.kind.value in absent]


def check_statement(events, text: str, anchor: str, want: dict) -> None:
    """A statement table's row: a statement holds the anchor, with the actor (unless ANY), role, via, modality and quote given."""
    held = holding(events, "statement", text, anchor)
    if want["actor"] is not ANY:
        actor = want["actor"]
        held = [e for e in held if (e.actor or None) == actor
                or (actor is not None and (e.actor or "").casefold() == str(actor).casefold())]
        assert held, f"no statement by {actor!r}: {show(events)}"
    if want["role"] is not None:
        assert any(want["role"].casefold() in (e.actor_role or "").casefold() for e in held), show(held)
    if want["via"] is not None:
        assert any(e.via == want["via"] for e in held), show(held)
    if want["mod"] is not None:
        assert any(e.modality.value == want["mod"] for e in held), show(held)
    if want["quote"] is not None:
        assert any(e.quote is not None and want["quote"] in e.quote.text for e in held), \
            [(e.quote.text if e.quote else None) for e in held]


def found_date(text: str, phrase: str):
    """The first date mention find_dates reads as exactly that phrase (the assertion lists what it read)."""
    found = find_dates(text)
    hits = [m for m in found if m.phrase == phrase]
    assert hits, [m.phrase for m in found]
    return hits[0]


def check_resolved(text: str, phrase: str, anchor: str, tense: str, start, end, previous=None):
    """One date-table row: the phrase is found in text and resolves to start..end (an anaphor from previous)."""
    from timeline.dates import Anchor, resolve
    got = resolve(found_date(text, phrase), Anchor.from_value(anchor, "published"), tense, previous)
    assert (got.start, got.end) == (start, end), got.basis
    if previous is None:
        assert got.basis.startswith(f"'{phrase}'")
    else:
        assert got.relative_to == f"event:{previous[0]}"


def check_dateline(text: str, anchor: str, day) -> None:
    """One dateline row: the first mention is a dateline for that day, and no mention reads as an absolute date."""
    from timeline.dates import Anchor, resolve
    found = find_dates(text)
    assert found and found[0].kind == "dateline", found
    got = resolve(found[0], Anchor.from_value(anchor, "published"), "past")
    assert (got.start, got.end) == (day, day), got.basis
    assert all(m.kind != "absolute" for m in found), found


def check_no_dates(text: str, allowed: list[str]) -> None:
    """One trap row: find_dates reads only the allowed phrases (year modifiers aside)."""
    got = [m.phrase for m in find_dates(text) if m.kind != "modifier"]
    assert got == allowed, got


def actor_at(text: str, anchor: str, kind: str | None = None, published: str = "2024-05-10") -> str | None:
    """The doer of the tightest event (of that kind) whose evidence holds the anchor; the assertion lists the events."""
    from timeline.events import extract_strict  # read lazily: most helpers here need no extraction

    start = text.index(anchor)
    events = extract_strict(make_excerpt(text, published=published))
    held = [e for e in events if e.evidence.start <= start and start + len(anchor) <= e.evidence.end
            and (kind is None or e.kind.value == kind)]
    assert held, show(events)
    return min(held, key=lambda e: e.evidence.end - e.evidence.start).actor
