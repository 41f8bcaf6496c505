"""The lean forms parity keeps while it builds (shared field sets and differences, pruned index and shingles)
give the same record as the full ones."""

from __future__ import annotations

import pickle

from parity.blocking import build_index, candidate_pairs
from parity.build import _Differences, build_parity
from parity.claims import claims_of
from parity.models import ClaimLink, Difference
from parity.origins import find_origins
from tests.parity.stories import STORIES
from timeline.models import Evidence


def test_models_share_one_fields_set_per_content_and_copies_do_not_leak_into_it():
    a = Evidence.of("The fleet sailed on Monday.", 4, 9)
    b = Evidence.of("Ships left port on Tuesday.", 0, 5)
    assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__  # one set, not one per instance
    changed = a.model_copy(update={"prefix": "x"})
    assert changed.__pydantic_fields_set__ is not a.__pydantic_fields_set__
    assert a.__pydantic_fields_set__ == {"start", "end", "exact", "prefix", "suffix"}
    # Links with and without a score set differ in what was set: their sets are not mixed up.
    plain = ClaimLink(event="e1", excerpt="x", relation="same_event", agrees=True, independent=True)
    scored = ClaimLink(event="e2", excerpt="y", relation="same_event", agrees=True, independent=True, score=0.5)
    assert "score" not in plain.model_fields_set and "score" in scored.model_fields_set
    again = pickle.loads(pickle.dumps(scored))
    assert again == scored and again.model_dump_json() == scored.model_dump_json()


def test_a_mirrored_difference_swaps_its_values_and_each_value_is_one_model():
    shared = _Differences()
    d = Difference(attribute="date", here="2024-05-01", there="2024-05-02")
    same = Difference(attribute="date", here="2024-05-01", there="2024-05-02")
    assert shared.one(d, mirror=False) is d and shared.one(same, mirror=False) is d
    back = shared.one(d, mirror=True)
    assert (back.attribute, back.here, back.there) == ("date", "2024-05-02", "2024-05-01")
    assert shared.one(same, mirror=True) is back


def test_the_pruned_index_and_shingles_score_as_the_full_ones():
    story = STORIES["grain"]()
    claims = claims_of(story.timeline)
    index = build_index(claims)
    pairs = candidate_pairs(claims, index)
    objects = {k: v for k, v in index.postings.items() if k[0] == "object" and len(k) == 2}  # not per week
    index.scoring_only()
    assert index.postings == objects and index.keys == [] and index.weights
    origins = find_origins(claims, pairs)
    full = [origins.copied_sentence(i, j) for i, j in pairs]
    origins.keep_shingles(set())  # every sentence's shingles made again on demand
    assert [origins.copied_sentence(i, j) for i, j in pairs] == full


def test_parity_json_is_the_same_whatever_links_were_pending_as():
    # Built twice in one process: the shared field sets and differences of the first run must not
    # change the second's output.
    story = STORIES["grain"]()
    first = build_parity(story.timeline).model_dump_json()
    assert build_parity(story.timeline).model_dump_json() == first
    assert '"differences":[{"attribute":"count","here":"Some 27 ships","there":"17 ships"}]' in first
