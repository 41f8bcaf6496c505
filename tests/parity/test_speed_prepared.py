"""Parity's per-excerpt parts, made beside extraction (pipeline.parallel.excerpt_stage), give the same
claims, copies and record as parity working alone."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from excerpt.loader import load_folder
from parity.build import build_parity, prepare
from parity.claims import claims_of
from pipeline.parallel import excerpt_stage
from pipeline.run import build_outputs
from timeline.build import build_timeline

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"
STORIES = sorted(p for p in EVAL.iterdir() if p.is_dir())


def _staged(folder: Path):
    """The excerpts, the record and each excerpt's stage results, the parts pickled as a worker sends them."""
    excerpts = load_folder(folder, structure=False).excerpts
    results = [excerpt_stage(e) for e in excerpts]
    parts = [pickle.loads(pickle.dumps(r[3])) for r in results]
    timeline = build_timeline(excerpts, [r[0] for r in results], [r[1] for r in results])
    return excerpts, timeline, [r[0] for r in results], parts


@pytest.mark.parametrize("folder", STORIES, ids=lambda p: p.name)
def test_claims_from_the_workers_facts_are_the_claims_made_alone(folder):
    excerpts, timeline, events, parts = _staged(folder)
    prepared = prepare(timeline, excerpts, events, parts)
    # Every event of the record is found among the workers' events (by identity), none made again.
    assert len(prepared.facts) == len(timeline.events) > 0 and None not in prepared.facts
    assert claims_of(timeline, prepared.facts) == claims_of(timeline)


@pytest.mark.parametrize("folder", STORIES, ids=lambda p: p.name)
def test_the_record_from_prepared_parts_is_byte_identical(folder):
    excerpts, timeline, events, parts = _staged(folder)
    bodies = {e.id: e.body for e in excerpts}
    prepared = prepare(timeline, excerpts, events, parts)
    assert parts == [None] * len(excerpts)  # read once and let go
    fast = build_parity(timeline, bodies=bodies, prepared=prepared).model_dump_json()
    assert prepared.facts == []  # handed over, not kept for the rest of the run
    assert fast == build_parity(timeline, bodies=bodies).model_dump_json()


def test_a_missing_part_is_made_in_place():
    excerpts, timeline, events, parts = _staged(STORIES[0])
    parts[0] = None
    prepared = prepare(timeline, excerpts, events, parts)
    missing = {id(ev) for ev in events[0]}
    assert [f is None for f in prepared.facts] == [id(ev) in missing for ev in timeline.events]
    bodies = {e.id: e.body for e in excerpts}
    assert (build_parity(timeline, bodies=bodies, prepared=prepared).model_dump_json()
            == build_parity(timeline, bodies=bodies).model_dump_json())


def test_the_pipeline_hands_the_parts_to_parity(monkeypatch):
    import pipeline.run as run

    seen = []

    def spy(*args):
        prepared = prepare(*args)
        seen.append(sum(f is not None for f in prepared.facts))
        return prepared

    monkeypatch.setattr(run, "prepare", spy)
    result = build_outputs(STORIES[0], pages=False)
    assert seen == [len(result.timeline.events)] and seen[0] > 0
    bodies = {e.id: e.body for e in result.excerpts}
    assert result.parity == build_parity(result.timeline, bodies=bodies)


def _hand_built():
    from tests.parity.stories import STORIES
    from tests.parity.stories_acts import island
    from tests.parity.stories_crises import CRISES
    from tests.parity.stories_sides import drills, ossetia

    return [make().timeline for make in (*STORIES.values(), *CRISES.values(), island, ossetia, drills)]


def test_a_statement_marked_stanceless_takes_no_stance_whatever_its_sides_and_people():
    from parity.claims import claim_facts, event_facts, surname_sides, written
    from parity.stance import stances_in

    timelines = _hand_built() + [_staged(folder)[1] for folder in STORIES]
    taken = 0
    for timeline in timelines:
        people = surname_sides(timeline.events)
        records = {r.id: r for r in timeline.excerpts}
        for ev in timeline.events:
            if ev.kind.value != "statement":
                continue
            facts = event_facts(ev, written(records[ev.excerpt]))
            claim = claim_facts(ev, 0, records[ev.excerpt], people, None, facts)
            full = tuple(stances_in(ev.evidence.exact, claim.sides, people))
            assert claim.stances == full
            assert facts.stanceless == (not stances_in(ev.evidence.exact))
            taken += bool(full)
    assert taken >= 10  # the stories hold statements that take stances


def test_parts_pickled_apart_share_one_object_per_distinct_word_tuple_and_set():
    excerpts, timeline, events, parts = _staged(STORIES[0])
    prepared = prepare(timeline, excerpts, events, parts)
    facts = [f for f in prepared.facts if f is not None]
    for name in ("speaker", "words", "core", "own_core", "quote_words", "denied", "sides", "objects", "counts"):
        by_value: dict = {}
        for f in facts:
            value = getattr(f, name)
            assert by_value.setdefault(value, value) is value  # equal values are one object
    strings: dict = {}
    for f in facts:
        for word in (*f.words, *f.speaker):
            assert strings.setdefault(word, word) is word
    assert len({f.speaker for f in facts if f.speaker}) < sum(1 for f in facts if f.speaker)  # some were shared
