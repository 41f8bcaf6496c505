"""Session 15 (kinds, issue 4): every wrong kind on the four declassified sets (heldout13, new this session, and
heldout7/10/12), sorted by the word that decided it and why; the largest classes fixed by general rules. Rows are
fresh sentences about other crises, outlets and years (never those sets' text).

The table, from `python -m timeline.evaluate --corpus tests/data/heldoutN -v` at main c360e1f (gold -> found):

KIND ERRORS (52: heldout13 20, heldout7 16, heldout10 8, heldout12 8)
  K1 an act read only as the statement reporting it (the statement's evidence covers the act's anchor): a recall
     miss of the act, counted as a kind error (actsay15's task, not fixed here)                                    26
     - act first, attribution after (", the Red Cross said", ", the Defence Ministry said", ", defence sources
       said", ", according to the defence ministry", ", the official said")  9  hn-01, pj-01, pj-04, lb-01, im-03, ...
     - act in a that-clause or infinitive of the verb of speech ("adding that X had suspended", "said Wellington
       would suspend", "stated the marines can be handed over")  5  fj-02 x2, fj-03, pj-03, ar-02
     - act in a which/who/where aside or a participle ("which had three warships standing off", "where Iskander-M
       systems made launches", "meeting in Sydney the same day, condemned", "who watched the final phase")  6
       fj-04 x2, zp-02, zp-03, im-01, hn-02
     - sanctions restated by their targets, a spun series, a quote, a transcript line, "It should be recalled that"
       6  ex-01 x2, ex-02 x2, yp-03, hn-03, pj-02, lb-04
  K2 a measure against a state told by suspend/cut/freeze read as `other` (heldout13's and heldout10's READMEs:
     "a suspension from a body, cut aid or military ties ... are sanction")  5
     - "suspended Honduras late Saturday" (a state suspended by a body: the fallback verb "suspended"; old rows in
       test_acts_civil6.py and test_acts_session7.py hold it `other`, so it stays: the lead's call)  1  hn-01  [open]
     - "has cut joint military activities with", "suspended its military cooperation", "froze defence ties"
       (triggers.toml [kinds] other: ties and cooperation suspended were `other`)  3  hn-01, hn-02, fj-04
       [open: a rule for them added one matched event on a blind set and one false parity link there]
     - "is expected to ease the ban on Americans travelling to" (a ban named by what it bars)  1  lb-04  [open]
  K3 forces moved told by a verb of another act  6
     - "Rabat later replaced them with navy marines", "a squadron of Army helicopters was moved to Ceuta"
       (deployment -> other: "replaced"; and triggers.toml's [[rare]] other "were moved to" (people taken somewhere),
       tried before deployment, took the span)  2  pj-01 x2  [fixed: "was moved to" after a {unit} (FORCES_MOVED) and
       "replaced them with <unit>" (triggers.toml deployment; REPLACED below)]
     - "the navy commandos landed on the islet" matched to "ordered back to their ships" (ship_movement), "which had
       sent 14 warships" matched to the denied withdrawal (deployment): one-to-one matching picked the other event  2
       im-01, im-02
     - "units were due to go home within ten days of the end of the exercise" (military_exercise), "Zapad, which ran
       from 14 to 20 September, mobilised 70,000 troops" (deployment for the exercise)  2  zp-03 x2
  K4 a ship's movement told by a verb the ship list lacks  3
     - "despatched two frigates, three corvettes and a submarine" (British spelling: `other`)  1  pj-03  [fixed]
     - "aboard the icebreaker Oden set out this week to map" (`other`)  1  ar-04  [fixed]
     - "residents have left by ferry for Incheon" (people, not the ship: ship_movement for `other`)  1  yp-04
  K5 words said read as an act, or an act read as words  7
     - "endorsed the statement hours later", "credited the war in Iraq" (statement -> other: no verb of speech)  2  lb-01
     - "added seven F-15 fighter jets to the air policing mission" ("added" read as speech)  2  zp-01, zp-04
     - "told a meeting of senior secretaries", "noted in a commentary" ... "the six-party talks" (statement ->
       meeting), "praised the openness of the exercise" (statement -> military_exercise)  3  jk-03, yp-03, zp-02
  K6 "Benaissa received ... the ambassadors of the member states" (a meeting told by "received": other)  1  pj-02
  K7 "went ahead on Monday with a planned amphibious exercise" (other: the exercise as an object)  1  pj-04
  K8 weapons fired in drills: "Iskander-M crews fired at simulated targets" (other), "a helicopter firing rockets
     towards spectators" (missile_test for other)  2  zp-03 x2
  K9 "agreed early on Wednesday to withdraw their forces" (an agreement read as the withdrawal: deployment)  1  im-01

Blind sets at c360e1f (`--by-kind`, counts only): beside K1 (X -> statement), the largest true confusions are
statement -> other 9, ship_movement -> other 7, sanction -> other 5, other -> missile_test 3, deployment -> other 3.
"""
import pytest

from tests.timeline.events_helpers import held_any, make_excerpt, shown
from timeline.events import extract_strict


def _events(text: str, published: str = "2023-09-15"):
    return extract_strict(make_excerpt(text, published=published))




# K4: a ship despatched (British spelling) or setting out is a ship's movement; "set out" a plan is none.
SHIPS = [
    ("The Royal Navy despatched the patrol ship HMS Mersey from Portsmouth on Tuesday.", "despatched the patrol ship"),
    ("The research vessel Xiang Yang Hong 03 set out from Sanya on Tuesday.", "set out from Sanya"),
    ("A Canadian team aboard the icebreaker Louis S. St-Laurent set out last week to survey the shelf.", "set out"),
]


@pytest.mark.parametrize(("text", "words"), SHIPS)
def test_a_ship_despatched_or_setting_out_moves(text, words):
    events = _events(text)
    assert any(e.kind.value == "ship_movement" for e in held_any(events, text, words)), shown(events)


def test_setting_out_a_plan_is_no_voyage():
    text = "The navy set out its plans for six new frigates on Monday."
    assert not any(e.kind.value == "ship_movement" for e in _events(text))


# K3: forces moved somewhere in the passive are a deployment, never the `other` of people taken somewhere.
FORCES_MOVED = [
    ("A squadron of Su-30 fighter jets was moved to the Lipetsk base on Tuesday.", "was moved to", "deployment"),
    ("Additional air defence batteries were moved to the northern border on Tuesday.", "were moved to", "deployment"),
    ("The captured soldiers were moved to a prison in Donetsk on Monday.", "were moved to", "other"),
    ("The detained crew were moved to Bandar Abbas on Sunday.", "were moved to", "other"),
]


@pytest.mark.parametrize(("text", "words", "kind"), FORCES_MOVED)
def test_forces_moved_are_deployed_and_captives_are_not(text, words, kind):
    events = _events(text)
    held = held_any(events, text, words)
    assert [e.kind.value for e in held] == [kind], shown(events)


# K3: one force relieved by another is the new force's deployment; a person or kit replaced is none.
REPLACED = [
    ("Baku later replaced them with special forces.", "replaced them with special forces", "deployment"),
    ("The junta replaced the French troops at the base with Russian instructors on Monday.", "replaced the French troops",
     "deployment"),
]


@pytest.mark.parametrize(("text", "words", "kind"), REPLACED)
def test_a_force_relieved_by_another_is_deployed(text, words, kind):
    events = _events(text)
    assert any(e.kind.value == kind for e in held_any(events, text, words)), shown(events)


@pytest.mark.parametrize("text", ["The president replaced the defence minister with a retired general on Friday.",
                                  "Warsaw replaced its Soviet-era jets with F-16s."])
def test_a_person_or_kit_replaced_is_no_deployment(text):
    assert not any(e.kind.value == "deployment" for e in _events(text)), shown(_events(text))


def test_a_ship_passing_over_a_pipeline_moves():
    text = "The Chinese container ship passed over the gas pipeline shortly after midnight on 8 October."
    assert any(e.kind.value == "ship_movement" and "passed over" in e.evidence.exact for e in _events(text))
