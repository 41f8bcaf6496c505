"""Session 18 (scale18): parity parts are shared word by word as each chunk is unpacked, not after the last one.

pipeline.transfer.unpack gives each excerpt's part as a parity.build.PooledPart of EventFacts made by one run-wide
Shared (each word, word tuple and set one object across chunks), which prepare takes as it is; a plain list of parts is
still shared by prepare itself. The facts and the record are those of the old path (tuples shared in prepare).
"""

from __future__ import annotations

import pickle
from pathlib import Path

from excerpt.loader import load_folder
from parity import build
from parity.claims import EventFacts
from pipeline import transfer
from pipeline.parallel import excerpt_stage
from timeline.build import build_timeline

DATA = Path(__file__).resolve().parents[1] / "data"
FOLDER = DATA / "eval" / "scs"


def _chunks():
    """The folder's stage results, packed and pickled in two chunks as pool workers send them."""
    excerpts = load_folder(FOLDER, structure=False).excerpts
    results = [excerpt_stage(e) for e in excerpts]
    half = len(results) // 2
    sent = [pickle.dumps([transfer.pack(r) for r in part], protocol=pickle.HIGHEST_PROTOCOL)
            for part in (results[:half], results[half:])]
    return excerpts, results, sent


def test_unpacked_parts_are_the_facts_pooled_across_chunks():
    _, results, sent = _chunks()
    transfer.clear()
    got = [transfer.unpack(r) for chunk in sent for r in pickle.loads(chunk)]
    transfer.clear()
    assert len(got) == len(results)
    words: dict[tuple[str, ...], int] = {}
    for (_, _, _, part), (_, _, _, made) in zip(got, results, strict=True):
        assert type(part) is build.PooledPart
        assert part == made and all(type(f) is EventFacts for f in part)
        for f in part:
            # One object per distinct word tuple over both chunks (each pickle had its own copy).
            assert words.setdefault(f.words, id(f.words)) == id(f.words)
    assert len(sent) == 2 and any(len(r[3]) for r in results)


def test_prepare_takes_pooled_parts_as_they_are_and_shares_plain_ones():
    excerpts, results, sent = _chunks()
    transfer.clear()
    got = [transfer.unpack(r) for chunk in sent for r in pickle.loads(chunk)]
    transfer.clear()
    events = [r[0] for r in got]
    timeline = build_timeline(excerpts, events, [r[1] for r in got])
    parts = [r[3] for r in got]
    pooled = build.prepare(timeline, excerpts, events, list(parts))
    facts_of = {id(f) for part in parts for f in part}
    assert all(f is None or id(f) in facts_of for f in pooled.facts)  # the very objects, not made again
    # The old path: the parts as plain tuples (as they arrived before session 18), shared by prepare.
    plain = build.prepare(timeline, excerpts, events, [[tuple(f) for f in part] for part in parts])
    assert pooled.facts == plain.facts and any(f is not None for f in plain.facts)


def test_the_record_is_the_one_made_from_plain_parts():
    excerpts, _, sent = _chunks()
    transfer.clear()
    got = [transfer.unpack(r) for chunk in sent for r in pickle.loads(chunk)]
    transfer.clear()
    events = [r[0] for r in got]
    timeline = build_timeline(excerpts, events, [r[1] for r in got])
    bodies = {e.id: e.body for e in excerpts}
    pooled = build.build_parity(timeline, bodies=bodies, prepared=build.prepare(
        timeline, excerpts, events, [r[3] for r in got]), workers=1)
    plain = build.build_parity(timeline, bodies=bodies, prepared=build.prepare(
        timeline, excerpts, events, [[tuple(f) for f in r[3]] for r in got]), workers=1)
    assert pooled.model_dump_json() == plain.model_dump_json()
    assert any(c.links for c in pooled.claims)
