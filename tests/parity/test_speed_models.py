"""Links and claims made without validation (Lean.built in parity.build) are the models validation makes."""

from __future__ import annotations

from pathlib import Path

import pytest

from excerpt.loader import load_folder
from parity.build import build_parity
from parity.models import Claim, ClaimLink
from pipeline.parallel import excerpt_stage
from timeline.build import build_timeline

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"
STORIES = sorted(p for p in EVAL.iterdir() if p.is_dir())


def _same_model(made, cls):
    again = cls.model_validate(made.model_dump())
    assert made == again
    # Field by field, each value of the very type validation gives (an int score would print "1", not "1.0").
    for name in cls.model_fields:
        assert type(getattr(made, name)) is type(getattr(again, name)), name
    assert made.__pydantic_fields_set__ == again.__pydantic_fields_set__ == set(cls.model_fields)
    assert made.__pydantic_extra__ is None and made.__pydantic_private__ is None
    assert made.model_dump_json() == again.model_dump_json()


@pytest.mark.parametrize("folder", STORIES, ids=lambda p: p.name)
def test_links_and_claims_are_validated_models(folder):
    excerpts = load_folder(folder, structure=False).excerpts
    results = [excerpt_stage(e) for e in excerpts]
    timeline = build_timeline(excerpts, [r[0] for r in results], [r[1] for r in results])
    parity = build_parity(timeline, bodies={e.id: e.body for e in excerpts})
    links = [lk for c in parity.claims for lk in c.links]
    assert parity.claims and links
    for claim in parity.claims:
        _same_model(claim, Claim)
    for link in links:
        _same_model(link, ClaimLink)
    # One shared set of field names per model class, as timeline.models.Lean gives validated models.
    assert len({id(m.__pydantic_fields_set__) for m in links}) == 1


def test_the_fast_maker_falls_back_to_built_when_the_fields_differ():
    from parity.build import _maker
    from parity.models import Relation

    values = {"event": "e1", "excerpt": "x1", "relation": Relation.same_event, "agrees": True,
              "independent": False, "score": 0.5, "differences": []}
    fast = _maker(ClaimLink, tuple(values))(dict(values))
    _same_model(fast, ClaimLink)
    assert fast == ClaimLink.built(**values)
    # Names not the model's fields in order (a field added to the model later): built, so nothing is left out.
    shuffled = dict(reversed(values.items()))
    slow = _maker(ClaimLink, tuple(shuffled))(shuffled)
    _same_model(slow, ClaimLink)
    assert list(slow.__dict__) == list(ClaimLink.model_fields)
