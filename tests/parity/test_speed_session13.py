"""Session 13 (speed): answers of one claim alone kept on the claim (claims.per_claim) are the plain functions'
answers, and the acts' relations score_pair skips for two statements are false for every two statements."""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations
from pathlib import Path

import pytest

from excerpt.loader import load_folder
from parity import acts, score
from parity.claims import ClaimFacts, claims_of
from pipeline.parallel import excerpt_stage
from timeline.build import build_timeline

DATA = Path(__file__).resolve().parents[1] / "data"
FOLDERS = [DATA / "eval" / "scs", DATA / "eval" / "iran", DATA / "eval" / "bs", DATA / "gaps2" / "przewodow",
           DATA / "gaps2" / "ryanair", DATA / "dev12-links" / "globalhawk", DATA / "dev12-links" / "radar"]

# Every function kept per claim, with its slot.
REMEMBERED = [
    (score.doer_named, "memo_doer_named"),
    (score.told_group, "memo_told_group"),
    (score._counts_itself, "memo_counts_itself"),
    (score._quote_text, "memo_quote_text"),
    (acts._threat_in_own_clause, "memo_threat"),
    (acts._speaks_for, "memo_speaks_for"),
    (acts._doers, "memo_doers"),
]

# What score_pair asks only when one claim of the pair is no statement, each as (a, b) -> bool.
ACTS_RELATIONS = [
    ("plan_and_outcome", score.plan_and_outcome),
    ("announces", acts.announces),
    ("plan_fulfilled", score.plan_fulfilled),
    ("plan_on_its_day", score.plan_on_its_day),
    ("drill_phases", score.drill_phases),
    ("one_trip", acts.one_trip),
    ("carries_out", acts.carries_out),
    ("meeting_outcome", acts.meeting_outcome),
    ("follows", acts.follows),
]


def _claims(folder: Path) -> list[ClaimFacts]:
    excerpts = load_folder(folder, structure=False).excerpts
    results = [excerpt_stage(e) for e in excerpts]
    return claims_of(build_timeline(excerpts, [r[0] for r in results], [r[1] for r in results]))


@pytest.fixture(scope="module", params=FOLDERS, ids=lambda p: p.parent.name + "/" + p.name)
def claims(request) -> list[ClaimFacts]:
    return _claims(request.param)


def test_remembered_answers_are_the_plain_functions(claims):
    kinds = set()
    for c in claims:
        kinds.add(c.kind)
        for fn, slot in REMEMBERED:
            if fn is acts._threat_in_own_clause and c.kind != "statement":
                continue  # asked of statements only (carries_out)
            assert getattr(c, slot) is None  # made on first use, not before
            first = fn(c)
            assert first is not None
            assert first == fn.__wrapped__(c), (fn.__name__, c.id)
            assert getattr(c, slot) is first and fn(c) is first  # kept, and read back
    assert "statement" in kinds and len(kinds) >= 3
    # Equal answers of two claims are one object (claims._KEPT), not a copy per claim.
    for _, slot in REMEMBERED:
        kept = [getattr(c, slot) for c in claims if getattr(c, slot) is not None]
        assert len({id(v) for v in kept}) == len({v for v in kept}), slot


def test_a_claim_changed_by_replace_starts_unmade():
    c = next(c for c in _claims(FOLDERS[0]) if c.kind != "statement" and c.modality == "asserted")
    assert score.told_group(c) == "fact"
    planned = replace(c, modality="planned")
    assert planned.memo_told_group is None
    assert score.told_group(planned) == "future"
    assert planned == replace(c, modality="planned")  # the kept answers are never compared


def test_two_statements_hold_none_of_the_acts_relations(claims):
    # The record's statements, and each of its other claims told as a statement (the acts' fields, kind statement).
    statements = [c for c in claims if c.kind == "statement"]
    statements += [replace(c, kind="statement") for c in claims if c.kind != "statement"]
    assert len(statements) > 20
    checked = 0
    for a, b in combinations(statements, 2):
        for name, relation in ACTS_RELATIONS:
            assert not relation(a, b) and not relation(b, a), (name, a.id, b.id)
        checked += 1
    assert checked > 100


def test_score_pair_as_without_the_skip(claims, monkeypatch):
    # The same Scored for every candidate pair when score_pair asks the acts' relations of two statements too.
    from parity.blocking import build_index, candidate_pairs

    index = build_index(claims)
    pairs = candidate_pairs(claims, index)
    assert any(claims[i].kind == claims[j].kind == "statement" for i, j in pairs)
    got = [score.score_pair(claims[i], claims[j], index) for i, j in pairs]
    monkeypatch.setattr(score, "_acts_may_relate", lambda a, b: True)
    assert [score.score_pair(claims[i], claims[j], index) for i, j in pairs] == got
    assert any(s is not None for s in got)


def test_a_scored_pair_holds_no_dict():
    # A Scored waits for each linked pair until the claims are built: slots, not a __dict__ per instance.
    from parity.models import Relation

    scored = score.Scored(Relation.same_topic, 0.5, (), True)
    assert not hasattr(scored, "__dict__")
    assert scored == score.Scored(Relation.same_topic, 0.5, (), True)
    with pytest.raises(AttributeError):
        scored.score = 0.7  # type: ignore[misc] - frozen
