"""One act told in other words by independent sources (session 5 categories, fresh stories): a paraphrase
of one actor's act on one day, the same words told weeks later, one doer's launch and strike (and two sides'), one
act filed under two kinds, and act heads worded differently (searched ~ inspected, diverted ~ forced to land, summoned)."""

from __future__ import annotations

from parity.models import Relation
from tests.parity.helpers import event, record, scored

RECS = [record("q1", "Caribbean Wire", "2025-03-10"), record("q2", "Orinoco Herald", "2025-03-10"),
        record("q3", "Atlantic Quarterly", "2025-04-02")]


def _scored(a, b, recs=RECS):
    return scored(recs, a, b)


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
    # "launch" ~ "strike" is one head only for one doer (words.toml [one_doer], not [compatible]): else the strike
    # on the launchers would read as one incident told from either side (acts.from_either_side).
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


def test_a_search_and_an_inspection_of_one_ship_are_one_act():
    # words.toml [heads] inspect: "searched" ~ "inspected" ~ "checked" is one act head, which anchors a
    # telling that names no doer to one that does.
    searched = event("q1", "Greek coast guard officers searched the freighter Aegean Star at Piraeus on Sunday.",
                     "other", actor="Greece", day="2025-03-09", summary="officers searched the freighter Aegean Star")
    checked = event("q2", "The Aegean Star's cargo was inspected in port on Sunday before it sailed for Haifa.",
                    "other", day="2025-03-09", summary="The Aegean Star's cargo was inspected")
    scored = _scored(searched, checked)
    assert scored is not None and scored.relation == Relation.same_event


def test_a_diverted_flight_and_one_forced_to_land_are_one_act():
    diverted = event("q1", "Controllers diverted a Turkish Airlines flight to Ganja on Sunday.", "other",
                     actor="Azerbaijan", day="2025-03-09", summary="Controllers diverted a Turkish Airlines flight")
    forced = event("q2", "A jet bound for Tbilisi was forced to land in Ganja on Sunday.", "other", day="2025-03-09",
                   summary="A jet bound for Tbilisi was forced to land")
    scored = _scored(diverted, forced)
    assert scored is not None and scored.relation == Relation.same_event


def test_a_summons_told_by_its_doer_and_in_the_passive_is_one_act():
    # words.toml [heads] summon: one act head, which anchors a passive telling that names no doer.
    summoned = event("q1", "Foreign Minister Hakan Fidan summoned Greece's ambassador on Monday over the drilling "
                     "dispute.", "other", actor="Hakan Fidan", day="2025-03-10",
                     summary="Hakan Fidan summoned Greece's ambassador")
    passive = event("q2", "The Greek envoy was called in to the ministry in Ankara on Monday and handed a note.",
                    "other", day="2025-03-10", summary="The Greek envoy was called in to the ministry")
    scored = _scored(summoned, passive)
    assert scored is not None and scored.relation == Relation.same_event


def test_a_launch_and_the_strike_it_made_are_one_attack_of_one_doer():
    # words.toml [one_doer]: "launched" ~ "struck" is one head when both name one known doer.
    launched = event("q1", "Houthi forces launched four drones at the bulk carrier Sea Lark in the Red Sea on "
                     "Saturday.", "other", actor="Houthis", day="2025-03-08",
                     summary="Houthi forces launched four drones at the bulk carrier Sea Lark")
    struck = event("q2", "Drones fired by the Houthis struck the Sea Lark, a Maltese-flagged bulk carrier, on "
                   "Saturday, setting a hold on fire.", "other", actor="Houthis", day="2025-03-08",
                   summary="Drones fired by the Houthis struck the Sea Lark")
    scored = _scored(launched, struck)
    assert scored is not None and scored.relation == Relation.same_event
