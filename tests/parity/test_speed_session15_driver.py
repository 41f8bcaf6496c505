"""Session 15 (pspeed15): the driver's faster forms give what the plain ones give: stances read with the acts
around remembered by text, sides and doers (claims_of), enum values from a table (claim_facts), prepared facts
made with tuple.__new__ (prepare)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from excerpt.loader import load_folder
from parity import claims
from parity.build import prepare
from parity.claims import VALUES, EventFacts, claims_of, event_facts, written_on
from pipeline.parallel import excerpt_stage
from timeline.build import build_timeline
from timeline.models import Kind, Modality

DATA = Path(__file__).resolve().parents[1] / "data"
# Dev folders with statements beside acts (stances aimed at the acts around them).
FOLDERS = [DATA / name for name in ("eval/scs", "eval/iran", "eval/bs", "dev12-links/radar")]


def _record(folder: Path):
    excerpts = load_folder(folder, structure=False).excerpts
    results = [excerpt_stage(e) for e in excerpts]
    timeline = build_timeline(excerpts, [r[0] for r in results], [r[1] for r in results])
    return excerpts, timeline, [r[0] for r in results], [pickle.loads(pickle.dumps(r[3])) for r in results]


@pytest.mark.parametrize("folder", [f for f in FOLDERS if f.is_dir()], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_stances_remembered_by_text_sides_and_doers_are_the_stances_read_each_time(folder, monkeypatch):
    _, timeline, _, _ = _record(folder)
    remembered = claims_of(timeline)
    real = claims._with_act_stances
    asked: list[int] = []

    def each_time(c, acts, ends_at, people, read=None):
        asked.append(1)
        return real(c, acts, ends_at, people, None)  # nothing remembered: every statement read again

    monkeypatch.setattr(claims, "_with_act_stances", each_time)
    plain = claims_of(timeline)
    assert asked  # the statements were read through it
    assert plain == remembered
    assert [c.stances for c in plain] == [c.stances for c in remembered]
    assert any(c.stances for c in plain)  # a folder whose statements take stances, not an empty comparison


def test_a_remembered_reading_is_reused_only_for_the_same_text_sides_and_doers():
    read: dict = {}
    _, timeline, _, _ = _record(DATA / "eval" / "scs")
    statements = [c for c in claims_of(timeline) if c.kind == "statement"]
    c = statements[0]
    acts = [(c.event.evidence.start, c.event.evidence.end, frozenset({"fire"}), "China")]
    ends_at = {c.event.evidence.end: c.event.evidence.start}
    claims._with_act_stances(c, acts, ends_at, {}, read)
    assert list(read) == [(c.event.evidence.exact, c.sides, ((frozenset({"fire"}), "China"),))]
    other = [(c.event.evidence.start, c.event.evidence.end, frozenset({"fire"}), "Vietnam")]
    claims._with_act_stances(c, other, ends_at, {}, read)
    assert len(read) == 2  # another doer's side: read again, not taken from the first


def test_enum_values_table_holds_every_kind_and_modality():
    assert set(VALUES) == set(Kind) | set(Modality)
    assert all(VALUES[m] == m.value for m in VALUES)


@pytest.mark.parametrize("folder", [DATA / "eval" / "scs", DATA / "gaps" / "kgtj"], ids=lambda p: p.name)
def test_prepared_facts_are_event_facts_as_made_alone(folder):
    excerpts, timeline, events, parts = _record(folder)
    prepared = prepare(timeline, excerpts, events, parts)
    written = {e.id: written_on(e.as_of, e.published) for e in excerpts}
    assert len(prepared.facts) == len(timeline.events) > 0
    for ev, facts in zip(timeline.events, prepared.facts, strict=True):
        assert type(facts) is EventFacts
        assert facts == event_facts(ev, written[ev.excerpt])
        assert facts.stanceless == event_facts(ev, written[ev.excerpt]).stanceless  # named fields, not positions only
