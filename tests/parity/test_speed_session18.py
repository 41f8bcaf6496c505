"""Session 18 (scale18): parity's structures held through scoring made smaller, the record the same.

- `build.Pairs`: the candidate pairs as two arrays, read as the (i, j) tuples candidate_pairs gives.
- find_origins skips the shingle intersection of a pair where either side has fewer than PASSAGE_MIN_SHARED
  shingles: the passages are those of the old test of every pair.
- build_parity reads the pairs through Pairs: the record equals the one made from the old list of tuples. (It also
  lets go of the passages once each pair's dependence is known and keeps copied pairs as ints; out/ byte-identical
  on dev folders and a generated 1,000 set, in the commit message.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from excerpt.loader import load_folder
from parity import build
from parity.blocking import build_index, candidate_pairs
from parity.claims import claims_of
from parity.origins import PASSAGE_JACCARD, PASSAGE_MIN_SHARED, _similar, find_origins, shingles
from pipeline.parallel import excerpt_stage
from timeline.build import build_timeline

DATA = Path(__file__).resolve().parents[1] / "data"
FOLDERS = [DATA / "eval" / "scs", DATA / "eval" / "iran", DATA / "gaps2" / "przewodow"]


def _record(folder: Path):
    excerpts = load_folder(folder, structure=False).excerpts
    results = [excerpt_stage(e) for e in excerpts]
    timeline = build_timeline(excerpts, [r[0] for r in results], [r[1] for r in results])
    return timeline, {e.id: e.body for e in excerpts}


def test_pairs_read_as_the_tuples_they_were_made_from():
    made = [(0, 3), (0, 7), (2, 5), (4, 70000), (9, 10)]
    pairs = build.Pairs(made)
    assert len(pairs) == 5 and list(pairs) == made
    assert pairs[1:4] == made[1:4] and pairs[3:99] == made[3:] and pairs[5:10] == []
    assert list(pairs.firsts) == [0, 0, 2, 4, 9] and list(pairs.seconds) == [3, 7, 5, 70000, 10]
    assert len(build.Pairs([])) == 0 and not build.Pairs([]) and list(build.Pairs([])) == []


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.parent.name + "/" + p.name)
def test_passages_are_those_of_the_old_test_of_every_pair(folder):
    timeline, bodies = _record(folder)
    claims = claims_of(timeline)
    pairs = candidate_pairs(claims, build_index(claims))
    found = find_origins(claims, pairs, build.excerpt_credits(timeline, bodies))  # evidence alone: no bodies
    old = {(i, j) for i, j in pairs if _similar(shingles(claims[i].event.evidence.exact),
                                                shingles(claims[j].event.evidence.exact), PASSAGE_JACCARD)}
    assert found.passages == old
    # The shingles of every claim of a pair are still made (copied_sentence reads them): none left to make again.
    assert {k for pair in pairs for k in pair} <= set(found.sentence_shingles)


def test_too_few_shingles_share_no_passage():
    # Fewer than PASSAGE_MIN_SHARED shingles on one side: _similar is false whatever the other holds.
    short = shingles("Troops moved north.")
    assert len(short) < PASSAGE_MIN_SHARED
    assert not _similar(short, short | shingles("Troops moved north on Monday after the talks in Verlona failed again."),
                        0.0)


def _old_build(timeline, bodies):
    """build_parity with the candidate pairs as the old list of (i, j) tuples."""
    real_pairs = build.Pairs

    class TuplePairs(list):
        """The old list of (i, j) tuples, with the arrays build reads."""

        @property
        def firsts(self):
            return [i for i, _ in self]

        @property
        def seconds(self):
            return [j for _, j in self]

    build.Pairs = TuplePairs
    try:
        return build.build_parity(timeline, bodies=bodies, workers=1)
    finally:
        build.Pairs = real_pairs


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.parent.name + "/" + p.name)
def test_the_record_is_the_one_made_with_tuple_pairs(folder):
    timeline, bodies = _record(folder)
    new = build.build_parity(timeline, bodies=bodies, workers=1)
    old = _old_build(timeline, bodies)
    assert new.model_dump_json() == old.model_dump_json()
    assert any(c.links for c in new.claims)  # a record with links, not an empty one


def _old_weights(index, claims):
    """weigh's per-claim weights as made before session 18: a dict of its own for each claim."""
    idf = {w: index.idf(w) ** 2 for w in index.word_df}
    return ([{w: idf[w] for w in c.words if w not in c.speaker} for c in claims],
            [{w: idf[w] for w in c.core if w in idf and w not in c.speaker} for c in claims])


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.parent.name + "/" + p.name)
def test_weights_are_shared_between_claims_of_one_wording_and_equal_the_old(folder):
    timeline, _ = _record(folder)
    claims = claims_of(timeline)
    index = build_index(claims)
    weights, core_weights = _old_weights(index, claims)
    assert index.weights == weights and index.core_weights == core_weights
    # The same keys in the same order (scoring sums a dict's weights in its order: the same float).
    assert all(list(a) == list(b) for a, b in zip(index.weights, weights, strict=True))
    assert all(list(a) == list(b) for a, b in zip(index.core_weights, core_weights, strict=True))
    # Events of one sentence share one dict, never two wordings one.
    shared = len(claims) - len({id(w) for w in index.weights})
    if folder.name == "scs":  # a reprint's events are worded as its source's (elsewhere each claim has its own words)
        assert shared > 0
    for k, c in enumerate(claims):
        for m in range(k):
            if index.weights[m] is index.weights[k]:
                assert (claims[m].words, claims[m].speaker) == (c.words, c.speaker)
                break


class _Unshared(dict):
    """A links memo that never finds: every link its own model, as before session 18."""

    def get(self, key, default=None):
        return default


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.parent.name + "/" + p.name)
def test_links_of_equal_values_are_one_model_and_the_record_is_the_same(folder, monkeypatch):
    timeline, bodies = _record(folder)
    new = build.build_parity(timeline, bodies=bodies, workers=1)
    links = [link for c in new.claims for link in c.links]
    assert links
    by_value: dict[str, int] = {}
    for link in links:  # equal values: one object; never one object for two values
        assert by_value.setdefault(link.model_dump_json(), id(link)) == id(link)
    real_init = build._Differences.__init__

    def unshared(self):
        real_init(self)
        self.links = _Unshared()

    monkeypatch.setattr(build._Differences, "__init__", unshared)
    old = build.build_parity(timeline, bodies=bodies, workers=1)
    assert len({id(link) for c in old.claims for link in c.links}) == len(links)  # the old path: one model per link
    assert new.model_dump_json() == old.model_dump_json()
