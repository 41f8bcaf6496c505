"""A number or ordinal inside a proper name is no count (lexicon.in_name, counts_in, named_count)."""

from __future__ import annotations

from parity.blocking import build_index
from parity.claims import claims_of
from parity.lexicon import counts_in
from parity.score import score_pair
from tests.parity.helpers import event, record, timeline


def test_numbers_in_names_are_not_counted_but_counts_beside_them_are():
    found = counts_in("Two frigates of the Sixth Fleet shadowed the convoy near Second Thomas Shoal.")
    assert [value for value, _, _ in found] == ["2"]
    assert counts_in("Finance ministers of the Group of 20 met in Riyadh.") == ()
    assert counts_in("The Group of Seven and the Big Three issued a joint text; the G7 and G-20 did not.") == ()
    assert counts_in("Envoys of the Six Party Talks and the P5+1 talks gathered.") == ()
    assert counts_in("The Third Army moved 3 brigades.")[0][:1] == ("3",)
    assert counts_in("Seven tankers were seized. Four crew were hurt.")[0][0] == "7"


def test_a_count_read_from_a_units_name_makes_no_count_conflict():
    recs = [record("n1", "Gulf Wire", "2019-07-19"), record("n2", "Harbour Post", "2019-07-20")]
    a = event("n1", "The Fifth Fleet sent the USS Boxer into the Strait of Hormuz on Thursday.", "ship_movement",
              actor="United States", day="2019-07-18", count="fifth", objects=("USS Boxer",),
              summary="Fifth Fleet sent the USS Boxer into the Strait of Hormuz")
    b = event("n2", "The USS Boxer, of the Seventh Fleet, entered the Strait of Hormuz on Thursday.", "ship_movement",
              actor="United States", day="2019-07-18", count="seventh", objects=("USS Boxer",),
              summary="USS Boxer entered the Strait of Hormuz")
    claims = claims_of(timeline(recs, [a, b]))
    fa, fb = (next(c for c in claims if c.id == e.id) for e in (a, b))
    assert fa.count is None and fb.count is None
    scored = score_pair(fa, fb, build_index(claims))
    assert scored is not None and "count" not in {d.attribute for d in scored.differences}
