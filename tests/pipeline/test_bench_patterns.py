"""bench.patterns: each pattern's calls recorded while the stage runs, replayed alone, and every pattern put back."""

from __future__ import annotations

import re

from bench.generate import write_folder
from bench.patterns import Calls, measure, recording, replay
from excerpt.loader import load_folder
from pipeline.parallel import excerpt_stage
from timeline import frames
from timeline import lexicon as L


def test_recorders_are_transparent_and_put_back(tmp_path) -> None:
    excerpts = load_folder(write_folder(tmp_path / "ex", 3, seed=5), structure=False).excerpts
    plain = [excerpt_stage(e)[0] for e in excerpts]
    before = (L.REPORTING_VERB_RE, L.TRIGGERS["other"], frames.ACCORDING_RE)
    with recording() as table:
        assert not isinstance(L.REPORTING_VERB_RE, re.Pattern)  # a recorder stands in
        recorded = [excerpt_stage(e)[0] for e in excerpts]
    assert recorded == plain  # the same events with the recorders in place
    assert (L.REPORTING_VERB_RE, L.TRIGGERS["other"], frames.ACCORDING_RE) == before
    # Once per story sentence, so as many calls as sentences read; one record for a pattern imported twice.
    assert len(table["lexicon.REPORTING_VERB_RE"].calls) > 10
    assert "lexicon.TRIGGERS[other]" in table
    assert sum(1 for c in table.values() if c.pattern is L.ENTITY_RE) == 1


def test_hits_count_calls_that_found_something_and_replay_makes_them_again() -> None:
    calls = Calls(re.compile(r"\d+"))
    with recording():
        pass  # nothing recorded outside the block
    from bench.patterns import _Recorder

    r = _Recorder(calls.pattern, calls)
    assert r.search("no digits") is None and r.search("7 ships").group(0) == "7"
    assert [m.group(0) for m in r.finditer("1 and 22")] == ["1", "22"]
    assert list(r.finditer("none")) == [] and r.sub("#", "a1") == "a#"
    assert [c[0] for c in calls.calls] == ["search", "search", "finditer", "finditer", "sub"]
    assert calls.hits == 3  # a sub always counts: it ran over the whole text
    assert replay(calls, rounds=2) >= 0.0


def test_measure_ranks_patterns_by_replayed_cost(tmp_path) -> None:
    folder = write_folder(tmp_path / "ex", 4, seed=9)
    costs, sentences, stage = measure(str(folder), excerpts=3)
    assert sentences > 0 and stage > 0
    assert [t for t, _, _ in costs] == sorted((t for t, _, _ in costs), reverse=True)
    assert all(c.calls for _, _, c in costs)
    assert isinstance(L.REPORTING_VERB_RE, re.Pattern)  # put back after measuring
