"""Session 21 (pstatus21): claim statuses on unseen text, and the status rules changed for them.

Every wrong status at session 21's start (main aeb65a5) on the open sets eval, gaps, gaps2, heldout, heldout2-4, heldout7,
heldout9-17 (heldout17 declassified this session), fresh6, dev12-links and dev16-standoff (1,913 gold statuses), by the
cause that decides it, under --oracle (gold events) and end to end (extracted events), counted over `parity.evaluate -v
--why` (each "status" line's cause; heldout17's share beside):

| cause (gold status)                                                                   | oracle |  e2e | h17 o | h17 e |
|---------------------------------------------------------------------------------------|-------:|-----:|------:|------:|
| conflicting: the differing link missing (a same_event link, or a same_topic link of   |    151 |  178 |    35 |    29 |
|   two statements' stances or a denial): of these, by the gold's differing attribute,  |        |      |       |       |
|   stance 74 / 79 e2e (two sides' statements on one act: blocked, "no shared key" or   |        |      |       |       |
|   "cut by the candidate limit", or words apart, < 0.05), date 38 / 64, count 23 / 55, |        |      |       |       |
|   polarity 16 / 19, actor 5 / 4, place 4 / 5                                         |        |      |       |       |
| corroborated: the agreeing same_event link missing (or only a copy's, or same_topic)  |    113 |  163 |     6 |     5 |
| e2e only: the event, or the counterpart deciding it, not extracted                    |        |  242 |       |    57 |
| a link the gold lacks, or the gold's relation otherwise                               |     54 |   34 |    17 |     4 |
| later_development: the same_topic link to the later source missing                    |     41 |   44 |     7 |     3 |
| conflicting: the gold's difference not seen on a found link (ships / warships counted |     10 |   17 |     1 |     4 |
|   as two things: step 4; a place, a partition "one died and another is missing")      |        |      |       |       |
| conflicting where the gold is not: a difference or a link the gold lacks              |     13 |   10 |     2 |     0 |
| echo or single_source otherwise                                                       |      1 |    9 |     0 |     0 |
| right                                                                                 |  1,530 | 1,216 |  144 |   110 |

So almost every wrong status follows a link (plink21's) or an event not extracted: the status rule itself
(status.py) read the links as the gold's rule says in every case counted, and origins were right in every set (origins
F1 1.00). What is the status side's: the differences a found link shows (tolerance: steps 2-4), the stances statements
take (steps 5-6), and the outcomes of planned sessions (step 1). No copy's counterpart was missing where a copy had the
independent witness (through_copies lent every one).

After steps 1-6 (the same count): right oracle 1,530 -> 1,533, end to end 1,216 -> 1,222 (conflicting with the differing
link missing 178 -> 171 e2e; the gold's difference not seen 10 -> 7 oracle). By set: heldout14 oracle 67 -> 70/105
(differs 7/9 -> 9/9: step 4), heldout10 e2e 44 -> 47/73 (link F1 .68 -> .67: the two stance links found end to end
reach an event the gold anchors elsewhere in the sentence; step 6), heldout15 e2e 55 -> 57/93 (F1 .39 -> .41; steps 5-6),
heldout9 e2e 77 -> 78/163; every other open set unchanged, oracle and end to end; the stance tables 22/22 and 32/34 as
before. Blind (summary lines only): heldout18 e2e 48 -> 49/141, oracle link P .76 -> .78 (tp 61 -> 60, fp 19 -> 17, F1
.62 both; step 1), heldout5, 6, 8 and 19 unchanged. dev21-status (written this session, gold first): oracle 23/32, e2e
28/32 before and after (its crossings' rounded counts now agree, but each crossing is also linked to a denial of the
detention, a link the gold lacks: plink21's).

Step 1: a UN organ's planned session and the UN's other voices. Session 20's rule (acts._bloc_outcome with the UN in
words.toml [meeting_bodies]) took any UN statement or act of the session's days as its outcome; measured on the blind
heldout18 (summary lines only) it added 2 gold links and 4 false ones (oracle P .80 -> .76). A body of many organs
(organ_bodies: the UN) now needs the outcome's sentence to name the organ the plan names ("the Council", "the Assembly").

Step 2: a round figure hedged as approximate and a figure within a tenth of it are one count on a link ("About 30
soldiers" / "Thirty-two soldiers"; parity/tolerance.py, counts.toml [rounding]); bounds ("at least 20" / "23"), far
figures and exact figures still differ (the golds mark those conflicts). Step 3: two events' own counts naming things of
no kind in common ("32 soldiers" / "two farmers") are not compared. Step 4: a fleet counted as ships and as warships is
one count (counts.toml [things] vessels: "a naval force of some 30 ships" / "some 40 warships"), and a figure of the
other side that one of this side's figures of its kind matches is no difference (a part counted beside the whole).

Step 5: a blame verb pinning a label ("condemned the transfer of power as an unconstitutional change of government"):
the label is read as a label verb's is (stance.toml [labels] verbs), and the African Union's and ECOWAS's charter name
for a coup is a label and a thing of the coup group. Step 6: a statement's stance on a thing is kept where its own words
take it (claims._own_thing_stances): its summary "Speaker verb: what was said" is read as one clause, and a summary
clipped at its length carries on through its evidence (claims._summary_words), so "said it was following the situation
and stopped short of calling the transfer a coup" keeps its stance past the clip.

Fresh sentences below: invented states, bodies, people and days, no text of a heldout set.
"""

from __future__ import annotations

import pytest

from parity.acts import meeting_outcome
from parity.build import build_parity
from parity.models import Status
from parity.score import count_difference
from parity.stance import stances_in
from parity.tolerance import rounded_alike, things_apart
from tests.parity.helpers import claims_for, event, record, stances_of, timeline

# ---------------------------------------------------------------- step 1: a UN organ's session and the UN's other voices

COUNCIL = "The UN Security Council will hold closed consultations on Tuesday on the fighting in Eastland"


def _council(outcome: str, *, actor: str = "UN", kind: str = "statement"):
    recs = [record("a", "Capital Wire", "2033-05-09"), record("b", "Harbour Post", "2033-05-11")]
    plan = event("a", COUNCIL, "meeting", actor="UN", modality="planned", day="2033-05-10")
    done = event("b", outcome, kind, actor=actor, day="2033-05-10")
    return recs, plan, done


@pytest.mark.parametrize("outcome", [
    # A UN agency, peacekeepers, an envoy and the Secretary-General speak and act outside the Council's meetings.
    "The UN refugee agency said on Tuesday that 4,000 people had fled across the border from Eastland",
    "UN peacekeepers reported on Tuesday that two shells had struck their base near the river",
    "The UN envoy for Eastland, speaking in Geneva on Tuesday, urged both sides to open talks",
])
def test_the_uns_other_voices_that_day_are_no_outcome_of_a_council_session(outcome):
    recs, plan, done = _council(outcome)
    (cm, cs), _ = claims_for(recs, [plan, done])
    assert not meeting_outcome(cm, cs)


@pytest.mark.parametrize("outcome", [
    "The Council agreed on Tuesday on a press statement calling for a ceasefire in Eastland",
    "Members of the Security Council voiced concern on Tuesday at the fighting in Eastland",
])
def test_what_the_council_itself_agreed_is_the_sessions_outcome(outcome):
    recs, plan, done = _council(outcome)
    (cm, cs), _ = claims_for(recs, [plan, done])
    assert meeting_outcome(cm, cs)


def test_a_bloc_of_one_voice_needs_no_organ_named():
    """The African Union acts by meeting: what it did on the planned meeting's day is its outcome though no organ is named."""
    recs = [record("a", "Capital Wire", "2033-05-09"), record("b", "Harbour Post", "2033-05-11")]
    plan = event("a", "The African Union's Peace and Security Council will meet on Tuesday to weigh sanctions on Eastland",
                 "meeting", actor="African Union", modality="planned", day="2033-05-10")
    done = event("b", "The African Union suspended Eastland on Tuesday", "sanction", actor="African Union", day="2033-05-10")
    (cm, cs), _ = claims_for(recs, [plan, done])
    assert meeting_outcome(cm, cs)


# ---------------------------------------------------------------- step 2: a hedged round figure and the figure it rounds

def _crossings(count_a: str, count_b: str):
    recs = [record("a", "Capital Wire", "2033-08-14"), record("b", "Valley Daily", "2033-08-15")]
    a = event("a", f"{count_a} Westland soldiers crossed the border into Eastland on Tuesday", "other", actor="Westland",
              day="2033-08-12", count=count_a.casefold())
    b = event("b", f"{count_b} Westland soldiers crossed into Eastland on Tuesday, the army said", "other",
              actor="Westland", day="2033-08-12", count=count_b.casefold())
    return recs, a, b


@pytest.mark.parametrize("count_a, count_b", [
    ("About 30", "32"),
    ("Some 40", "38"),
    ("Roughly 200", "214"),
])
def test_a_hedged_round_figure_and_one_it_rounds_are_one_count(count_a, count_b):
    recs, a, b = _crossings(count_a, count_b)
    (ca, cb), _ = claims_for(recs, [a, b])
    assert count_difference(ca, cb, own=True) is None
    parity = build_parity(timeline(recs, [a, b]), None, {"a": a.evidence.exact, "b": b.evidence.exact})
    assert {c.status for c in parity.claims} == {Status.corroborated}


@pytest.mark.parametrize("count_a, count_b", [
    ("At least 20", "23"),  # a bound, not a rounding: the golds mark it a conflict
    ("About 100", "85"),  # beyond the share
    ("Nearly 30", "34"),  # "nearly" is below the figure
    ("About 35", "37"),  # not a round figure
    ("32", "35"),  # two exact figures
])
def test_bounds_far_figures_and_exact_figures_still_differ(count_a, count_b):
    recs, a, b = _crossings(count_a, count_b)
    (ca, cb), _ = claims_for(recs, [a, b])
    assert count_difference(ca, cb, own=True) is not None


def test_the_rounding_reads_hedges_as_data():
    assert rounded_alike("30", "about 30 soldiers", "32", "32 soldiers")
    assert rounded_alike("32", "32 soldiers", "30", "an estimated 30 soldiers")
    assert not rounded_alike("30", "more than 30 soldiers", "32", "32 soldiers")


# ---------------------------------------------------------------- step 3: two events' own counts of two kinds of thing

@pytest.mark.parametrize("count_a, count_b, apart", [
    ("32 soldiers", "two farmers", True),  # the force that crossed and the people it took
    ("3 killed", "4 injured", True),
    ("about 30 soldiers", "32 troops", False),  # one kind ([things] people_under_arms)
    ("four", "4 crew", False),  # a count naming no thing may be of anything
    ("12 people", "eleven fishermen", False),  # a toll of people is of any kind of them ([persons])
])
def test_events_own_counts_of_two_kinds_of_thing_are_two_counts(count_a, count_b, apart):
    assert things_apart(count_a, count_b) is apart


def test_a_crossing_and_a_seizure_counting_other_things_show_no_count_difference():
    """Their summaries hold no number (the counts are the events' own): "32 soldiers" / "two farmers" differ in nothing."""
    recs = [record("a", "Capital Wire", "2033-08-14"), record("b", "Valley Daily", "2033-08-15")]
    a = event("a", "The soldiers entered the valley on Tuesday", "other", actor="Westland", day="2033-08-12",
              count="32 soldiers")
    b = event("b", "They seized the farmers on Tuesday", "other", actor="Westland", day="2033-08-12", count="two farmers")
    (ca, cb), _ = claims_for(recs, [a, b])
    assert count_difference(ca, cb, own=True) is None


# ---------------------------------------------------------------- step 4: a naval force counted as ships and as warships

def _fleets(text_a: str, text_b: str):
    recs = [record("a", "Capital Wire", "2033-11-20"), record("b", "Valley Daily", "2033-11-21")]
    a = event("a", text_a, "ship_movement", actor="Westland", day=("2033-11-15", "2033-11-20"))
    b = event("b", text_b, "ship_movement", actor="Westland", day=("2033-11-15", "2033-11-21"))
    (ca, cb), _ = claims_for(recs, [a, b])
    return count_difference(ca, cb, own=True)


def test_a_fleet_counted_as_ships_and_as_warships_is_one_count():
    got = _fleets("A Westland naval force of some 30 ships had sailed south from its base",
                  "A force of some 40 warships was at sea off the southern cape")
    assert got is not None and (got.here, got.there) == ("some 30 ships", "some 40 warships")


def test_a_part_of_the_fleet_counted_beside_the_whole_is_no_difference():
    assert _fleets("A Westland force of 30 ships, including four warships, sailed south from its base",
                   "Four warships sailed south from the base") is None


# ---------------------------------------------------------------- step 5: a label pinned by a blame verb

@pytest.mark.parametrize("text, expect", [
    ("The Southern Union condemned the transfer of power as an unconstitutional change of government",
     ("blame", "thing:coup", "positive")),
    ("ECOWAS denounced the army's seizure of power as an unconstitutional change of government",
     ("blame", "thing:coup", "positive")),
])
def test_a_blame_verb_pinning_a_coups_charter_name_blames_the_coup(text, expect):
    assert expect in {(s.stance, s.target, s.polarity) for s in stances_in(text, ("Southern Union",), {}, (), things=True)}


@pytest.mark.parametrize("text", [
    "Ghana condemned the attack as well as the looting of the market",  # "as well as" pins no label
    "Lagos condemned the raid as soldiers looked on",  # no label word after "as"
])
def test_a_blame_verb_with_as_and_no_label_pins_none(text):
    assert not any(s.target.startswith("thing:") for s in stances_in(text, ("Nigeria",), {}, (), things=True))


# ---------------------------------------------------------------- step 6: a statement's own words past its clipped summary

SAID = ("The Southern Union said on Tuesday that it was closely following the situation in Westland and stopped short of "
        "calling the transfer a coup")


def test_a_stance_past_the_clipped_summary_is_the_statements_own():
    recs = [record("a", "Capital Wire", "2034-02-03")]
    said = event("a", SAID, actor="Southern Union", day="2034-02-03",
                 summary="Southern Union said: it was closely following the situation in Westland and stopped short of…")
    assert ("blame", "thing:coup", "negative") in stances_of(recs, [said], 0)


def test_a_relays_speaker_still_takes_no_stance_of_the_sentence():
    """"X's government endorsed the plan, a spokesman said": the spokesman's summary names no words of his own."""
    text = "Westland's government endorsed the peace plan, a spokesman said"
    recs = [record("a", "Capital Wire", "2034-02-03")]
    said = event("a", text, actor="Westland", day="2034-02-03", summary="a spokesman said")
    assert not any(t.startswith("thing:") for _, t, _ in stances_of(recs, [said], 0))
