"""One act told in other words by independent sources (session 5 categories, fresh stories): a paraphrase
of one actor's act on one day, the same words told weeks later, and two sides' launch and strike."""

from __future__ import annotations

from parity.blocking import build_index
from parity.claims import claims_of
from parity.models import Relation
from parity.score import score_pair
from tests.parity.helpers import event, record, timeline

RECS = [record("q1", "Caribbean Wire", "2025-03-10"), record("q2", "Orinoco Herald", "2025-03-10"),
        record("q3", "Atlantic Quarterly", "2025-04-02")]


def _scored(a, b, recs=RECS):
    claims = claims_of(timeline(recs, [a, b]))
    fa, fb = (next(c for c in claims if c.id == e.id) for e in (a, b))
    return score_pair(fa, fb, build_index(claims))


BOARDED = event("q1", "Venezuelan marines boarded the oil tanker Stella Maris off Aruba on Sunday, the coast guard "
                "said.", "other", actor="Venezuela", day="2025-03-09",
                summary="Venezuelan marines boarded the oil tanker Stella Maris off Aruba")
TOOK = event("q2", "Venezuela's navy took control of a Liberian-flagged tanker near Aruba on Sunday and escorted "
             "it to Puerto Cabello.", "other", actor="Venezuela", day="2025-03-09",
             summary="Venezuela's navy took control of a Liberian-flagged tanker near Aruba")


def test_one_actors_act_on_one_day_in_other_words_is_one_event():
    scored = _scored(BOARDED, TOOK)
    # Before session 5 (EVENT_SCORE 0.42) the two wordings were two events: their words alone are too few.
    assert scored is not None and scored.relation == Relation.same_event and scored.agrees


def test_the_same_wording_a_month_later_and_undated_is_not_that_days_act():
    later = event("q3", "Venezuela's navy took control of a Liberian-flagged tanker near Aruba and escorted it to "
                  "Puerto Cabello.", "other", actor="Venezuela",
                  summary="Venezuela's navy took control of a Liberian-flagged tanker near Aruba")
    scored = _scored(BOARDED, later)
    assert scored is None or scored.relation != Relation.same_event


def test_a_launch_and_a_strike_of_two_sides_are_two_acts():
    # "launch" and "strike" are no compatible heads (words.toml [compatible]): with them, the strike on the
    # launchers read as one incident told from either side (acts.from_either_side).
    launched = event("q1", "Houthi forces launched four drones at the bulk carrier Sea Lark on Saturday.", "other",
                     actor="Houthis", day="2025-03-08", summary="Houthi forces launched four drones at the Sea Lark")
    answer = event("q2", "US jets struck Houthi radar sites near Hodeidah on Saturday.", "other", actor="US",
                   day="2025-03-08", summary="US jets struck Houthi radar sites near Hodeidah")
    scored = _scored(launched, answer)
    assert scored is None or scored.relation != Relation.same_event


def test_one_act_filed_under_a_specific_kind_and_under_other_is_one_event():
    fired = event("q1", "Pyongyang fired two cruise missiles toward the Yellow Sea on Sunday, Seoul's military said.",
                  "missile_test", actor="North Korea", day="2025-03-09",
                  summary="Pyongyang fired two cruise missiles toward the Yellow Sea")
    told = event("q2", "North Korea's launch of two cruise missiles over the Yellow Sea on Sunday drew a protest "
                 "from Tokyo.", "other", actor="North Korea", day="2025-03-09",
                 summary="North Korea's launch of two cruise missiles over the Yellow Sea")
    scored = _scored(fired, told)
    assert scored is not None and scored.relation == Relation.same_event


def test_a_sanction_and_another_act_of_that_day_stay_two_events():
    listed = event("q1", "Washington sanctioned ten Russian officials over the poisoning on Thursday.", "sanction",
                   actor="US", day="2025-03-06", summary="Washington sanctioned ten Russian officials")
    expelled = event("q2", "Washington expelled ten Russian diplomats over the poisoning on Thursday.", "other",
                     actor="US", day="2025-03-06", summary="Washington expelled ten Russian diplomats")
    scored = _scored(listed, expelled)
    assert scored is None or scored.relation != Relation.same_event


def test_a_statement_and_the_act_it_reports_are_never_one_event():
    said = event("q1", "Seoul's military said North Korea fired two cruise missiles toward the Yellow Sea on Sunday.",
                 actor="South Korea", day="2025-03-09", summary="Seoul's military said")
    told = event("q2", "North Korea's launch of two cruise missiles over the Yellow Sea on Sunday drew a protest.",
                 "other", actor="North Korea", day="2025-03-09",
                 summary="North Korea's launch of two cruise missiles over the Yellow Sea")
    scored = _scored(said, told)
    assert scored is None or scored.relation != Relation.same_event
