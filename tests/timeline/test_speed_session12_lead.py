"""actfirst.own_passives' gate: a sentence with no passive anywhere has none in any clause (session 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from excerpt.loader import load_folder
from timeline import actfirst
from timeline import attributes as A

DATA = Path(__file__).resolve().parents[1] / "data"
FOLDERS = ["eval", "gaps2", "heldout3", "dev11-acts", "dev12-kinds", "dev12-clauses", "excerpts"]


def _sentences():
    for name in FOLDERS:
        for story in sorted({p.parent for p in (DATA / name).rglob("*.txt")}):
            for x in load_folder(story).excerpts:
                for p in x.paragraphs:
                    for s in p.sentences:
                        yield x.body, s.start, s.end


def test_a_clause_passive_is_also_the_sentences():
    # own_passives returns nothing at once when the sentence holds no passive: exact only if no clause span can
    # match where its whole sentence does not (a word boundary at a clause's edge is the one way it could).
    seen = with_passive = 0
    for body, s, e in _sentences():
        lower = body.lower()
        whole = actfirst._passive_re().search(lower, s, e)
        seen += 1
        with_passive += whole is not None
        for c0, c1 in A.clauses(body, s, e):
            if actfirst._passive_re().search(lower, c0, c1) is not None:
                assert whole is not None, body[s:e]
    assert seen > 500 and 0 < with_passive < seen


@pytest.mark.parametrize("sentence,found", [
    ("On Tuesday, about 1,000 migrants were moved by Belarusian authorities to a warehouse.", True),
    ("The border guards moved about 1,000 migrants on Tuesday.", False),
])
def test_the_gate_sees_passives(sentence, found):
    assert (actfirst._passive_re().search(sentence.lower(), 0, len(sentence)) is not None) is found
