"""Session 25 (scale25): parity's scoring holds less in one process, the record the same.

- `build._copied_sentences`: where no helper scores (every run at 10,000 excerpts), each pair of one origin has its
  copied sentence read before scoring, and the sentences' shingles go (`OriginMap.drop_sentences`) before the word
  weights and the links are made: the answers are those copied_sentence gives pair by pair, and the record equals the
  one scored the helpers' way (copied read inside each pair's scoring, the shingles kept).
- The dependence of each pair is one byte (a bytearray), not a list of bools: the same links.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from excerpt.loader import load_folder
from parity import build
from parity.blocking import build_index, candidate_pairs
from parity.claims import claims_of
from parity.origins import OriginMap, find_origins
from pipeline.parallel import excerpt_stage
from timeline.build import build_timeline

DATA = Path(__file__).resolve().parents[1] / "data"
# Folders with copies of one story (a reprint, spun copies, credited wires): pairs of one origin to read.
FOLDERS = [DATA / "eval" / "scs", DATA / "eval" / "iran", DATA / "gaps2" / "przewodow"]


@pytest.fixture(scope="module", params=FOLDERS, ids=lambda p: p.parent.name + "/" + p.name)
def record(request):
    excerpts = load_folder(request.param, structure=False).excerpts
    results = [excerpt_stage(e) for e in excerpts]
    timeline = build_timeline(excerpts, [r[0] for r in results], [r[1] for r in results])
    return timeline, {e.id: e.body for e in excerpts}, request.param


def timeline_folder(record) -> str:
    return str(record[2])


def _origins(timeline, bodies):
    claims = claims_of(timeline)
    pairs = build.Pairs(candidate_pairs(claims, build_index(claims)))
    return claims, pairs, find_origins(claims, pairs, build.excerpt_credits(timeline, bodies), bodies)


def test_copied_sentences_read_first_are_those_read_pair_by_pair(record):
    timeline, bodies, _ = record
    _, pairs, origins = _origins(timeline, bodies)
    dependents = bytearray(map(origins.dependent, pairs.firsts, pairs.seconds))
    first = build._copied_sentences(origins, pairs, dependents)
    _, _, fresh = _origins(timeline, bodies)
    one_by_one = [bool(d) and fresh.copied_sentence(i, j, True) for (i, j), d in zip(pairs, dependents, strict=True)]
    assert [b == 1 for b in first] == one_by_one
    if "eval" in timeline_folder(record):
        assert any(dependents)  # the eval stories' copies: pairs of one origin were read, not none


def test_sentences_dropped_are_read_again_alike(record):
    timeline, bodies, _ = record
    _, pairs, origins = _origins(timeline, bodies)
    before = [origins.copied_sentence(i, j) for i, j in pairs]
    origins.drop_sentences()
    assert not origins.sentence_shingles
    assert [origins.copied_sentence(i, j) for i, j in pairs] == before


def test_the_record_is_the_one_scored_the_helpers_way(record, monkeypatch):
    timeline, bodies, _ = record
    alone = build.build_parity(timeline, bodies=bodies, workers=1)
    # The helpers' way in this process: blocks packed, copied read inside each pair's scoring, the shingles kept.
    monkeypatch.setattr(build, "helpers_for", lambda work, workers, least=None: 1 if least is None else 0)
    monkeypatch.setattr(build, "run_blocks", lambda work, blocks, helpers: map(work, range(blocks)))
    kept = []
    real_keep = OriginMap.keep_shingles

    def keep(self, positions):
        kept.append(len(positions))
        real_keep(self, positions)

    monkeypatch.setattr(OriginMap, "keep_shingles", keep)
    helpers_way = build.build_parity(timeline, bodies=bodies, workers=2)
    assert kept  # the helpers' path ran
    assert helpers_way.model_dump_json() == alone.model_dump_json()
    assert any(c.links for c in alone.claims)
