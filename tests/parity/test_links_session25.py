"""Session 25 (plink25): false links on unseen text, main 0ab79b9 (heldout19 declassified this session).

Missed and extra links under --oracle (`python -m parity.evaluate --eval DIR --oracle -v --why`) on main 0ab79b9 by the
rule that refused them (h19 .. h17 = heldout19 .. heldout17; rest = heldout .. heldout16, eval, gaps, gaps2, fresh6,
dev12-links, dev16-standoff, dev21-links .. dev24-links; d25 = dev25-links, written gold-first this session):
| missed link: rule (--why)                      |  h19|  h20|  h18|  h17| rest|  d25|  all|
| extra same_event                               |    8|    2|    8|   12|   69|     |   99|
| same_event: summaries share no word            |    7|    6|    5|   11|   65|     |   94|
| extra same_topic                               |    4|    2|    8|   13|   67|     |   94|
| same_event: score under threshold              |    1|    3|    5|    7|   62|     |   78|
| same_topic: blocked (limit, no key)            |   12|    3|    3|   13|   37|     |   68|
| same_topic: kinds differ                       |    4|    4|    6|    7|   39|     |   60|
| same_event: blocked (limit, no key)            |    3|    2|   11|    7|   21|     |   44|
| same_event: no anchor                          |    2|    4|    9|    4|   18|     |   37|
| same_topic: similarity < 0.05                  |    3|    1|    1|    4|   27|     |   36|
| same_topic: a relay                            |    2|    1|    2|    3|   20|     |   28|
| same_topic: similarity < 0.12                  |    2|    4|    2|    1|   17|     |   26|
| same_event: two relays, words apart            |     |     |     |     |   25|    1|   26|
| same_event: a relay                            |    1|    4|    2|     |   17|    1|   25|
| same_topic: similarity < 0.25                  |    1|    2|     |    5|   11|     |   19|
| same_topic: found as same_event                |    1|    2|     |    2|    7|     |   12|
| the rest (other rules)                         |    1|    4|    3|    6|   45|     |   59|
| all missed (fn)                                |   40|   40|   49|   70|  411|    2|  612|
| false links (fp)                               |   13|    9|   17|   27|  158|    0|  224|
| found (tp)                                     |   51|   53|   69|   41| 1107|    8| 1329|

The false links (oracle, all open sets) by what made them: same_event between acts 65 (one act head 28, the actor
alone 18, a shared object, count, toll or place 16, other 3), between statements 31 (one known speaker on one day, the
actor alone, 24: parts of one speech by the one-person-one-day rule, mostly pueblo and beirut, where the gold lists a
speech's parts apart); same_topic 97 (a shared stance 17, words alone 11, a statement announcing an act 11, a shared
entity 10, a plan fulfilled 9, a planned meeting's outcome 8, the rest 4 or fewer each). No one cause is large and most
classes hold as many true links (oracle, stance: 30 true, 17 false; meeting outcome 15 / 8; announces 4 / 11, the one class
with more false than true: cut below). Nearly all pairs of "the actor alone" and "one act head" are true links too (130
true same_event links are anchored by the actor alone).

Fixed (each row below marked so fails on main 0ab79b9; guard rows pass on both):
- A doer untold in one act at least, each act done to a thing of its own that the other never names ("struck a missile
  site near Sirte" / "a patrol boat ... was struck by the aggressors"): two acts, "targets apart" as one actor's acts are
  (`targets.told_apart`); a passive summary's thing is read in its clause (`targets.told_in`: "attacked twice" of "a
  missile site that had been attacked twice"); an incident told from either side names the other's thing too ("His trawler
  rammed two coast guard cutters" / "intercepted a fishing boat", `targets.named_targets`), and stays one. heldout15 end
  to end: 4 false same_event links fewer (fp 19 -> 15, F1 .39 -> .41); its status falls 60% -> 55% (5 claims the false
  links had made "corroborated" are now echo or single source: their true counterparts are still missed, "summaries share
  no word", "score under threshold").
- The one thing both acts were done to, for `_one_target` (the heads one doer's act is told by), is read the same way
  (`score._told_targets`), never to tell two acts apart (a destination read as a target: "steered toward the port of
  Bandar Abbas" / "The vessel was escorted to Bandar Abbas port", heldout3 -2 links when targets_of itself read it).
- An act's end told at most END_TOLD_DAYS = 3 after the act's last day known (`acts.announces`): "declared them over on
  the 10th" of drills due to run until the 7th, not of drills begun on the 4th, nor a vow of 1 December whose sentence
  tells another drill "ended" and a drill of 23 November. Oracle false links heldout 9 -> 7, heldout7 5 -> 3; no true
  link lost on any open or blind set.

Tried and taken out: two acts each told on one single day, days apart beyond ACT_GAP_DAYS, no act head shared, as two
acts ("single days apart"): no open set moved (the case it was written for, heldout19's cenepa, is a copied sentence's
pair, linked as one remark), and a blind set lost 3 oracle links (F1 -.03, summary lines only): the guard rows below
stay. Not done: two relays of one body's remark worded apart as one remark (dev25-links: "the Turkish Defence Ministry
said" / "the Defence Ministry announced"; "Armenia's Defence Ministry said" / "Shushan Stepanyan said"): the golds link such
pairs in 9 pairs and leave 14 unlinked (eval README, relays of one speaker), so a rule would trade links for false ones.
"""

from __future__ import annotations

import pytest

from parity.acts import announces
from parity.models import Relation
from parity.score import _told_targets, targets_of
from parity.targets import act_targets, told_apart, told_in
from tests.parity.helpers import claims_for, event, record, scored

RECS = [record("w1", "Andes Wire", "1981-02-02"), record("w2", "Quito Ledger", "1981-02-03")]


def _act(excerpt: str, text: str, day: str | None, actor: str | None = None, summary: str | None = None) -> object:
    return event(excerpt, text, "other", actor=actor, day=day, summary=summary or text)


# ---- guard rows (pass on main 0ab79b9 and here): one act whose day the sources dispute stays one event. "Two acts of
# single days apart, no head shared" was tried as a veto and taken out (a blind set lost links: the header).

@pytest.mark.parametrize("b_text, b_day", [
    ("Ecuadorean troops downed two Peruvian helicopters near the outpost", "1981-01-31"),  # one head: a disputed day
    ("Ecuadorean troops shot down two Peruvian helicopters near the outpost", "1981-01-30"),  # a day's shift
    ("Ecuadorean troops shot down two Peruvian helicopters near the outpost", ("1981-01-27", "1981-02-02")),
])
def test_one_act_whose_day_the_sources_dispute(b_text: str, b_day: str | tuple[str, str]) -> None:
    a = _act("w1", "Ecuadorean troops shot down two Peruvian helicopters near the outpost", "1981-01-29",
             actor="Ecuador")
    got = scored(RECS, a, _act("w2", b_text, b_day, actor="Ecuador"))
    assert got is not None and got.relation is Relation.same_event


# ---- a doer untold, each act done to a thing of its own (each fails on main 0ab79b9: one head, linked same_event)

GULF = [record("g1", "Gulf Courier", "1988-04-19"), record("g2", "Tigris Agency", "1988-04-19")]


@pytest.mark.parametrize("a_text, a_actor, b_text, b_summary", [
    ("U.S. jets struck a missile site near the coast.", "US",
     "Radio said a patrol boat of the national navy was struck by the aggressors.", "struck by the aggressors"),
    ("Navy jets bombed a radar station on the coast.", None,
     "A gunboat of the coast guard was bombed by enemy aircraft.", "bombed by enemy aircraft"),
])
def test_acts_on_two_things_a_doer_untold(a_text: str, a_actor: str | None, b_text: str, b_summary: str) -> None:
    a = event("g1", a_text, "other", actor=a_actor, day="1988-04-18", summary=a_text.rstrip("."))
    b = event("g2", b_text, "other", day="1988-04-18", summary=b_summary)
    got = scored(GULF, a, b)
    assert got is None or got.relation is not Relation.same_event


@pytest.mark.parametrize("a_text, a_actor, b_text, b_summary", [
    # one incident told from either side: the doer's craft is the other's target
    ("Coast guard cutters intercepted a fishing boat off the reef.", "Japan",
     "His trawler rammed two coast guard cutters, the captain said.", "His trawler rammed two coast guard cutters"),
    # one thing both name
    ("U.S. jets struck a missile site near the coast.", "US",
     "A missile site was struck by the aggressors, radio said.", "struck by the aggressors"),
])
def test_one_act_a_doer_untold(a_text: str, a_actor: str | None, b_text: str, b_summary: str) -> None:
    a = event("g1", a_text, "other", actor=a_actor, day="1988-04-18", summary=a_text.rstrip("."))
    b = event("g2", b_text, "other", day="1988-04-18", summary=b_summary)
    got = scored(GULF, a, b)
    assert got is not None and got.relation is Relation.same_event


def test_a_passive_acts_target_is_read_in_its_sentence() -> None:
    told = told_in("struck by the aggressors", "Radio said a patrol boat of the national navy was struck by the aggressors.")
    assert act_targets(told) and not act_targets("struck by the aggressors")
    assert told_apart(told, "U.S. jets struck a missile site near the coast")


# ---- an act's end told days later (each "a week on" row fails on main 0ab79b9: announces had no bound after the act)

DRILLS = [record("d1", "Yellow Sea Post", "2011-03-02"), record("d2", "Han River Daily", "2011-03-12")]


def _drill(day: str | tuple[str, str]) -> object:
    return event("d1", "The navy staged live-fire drills off the island.", "military_exercise", actor="South Korea",
                 day=day, summary="staged live-fire drills off the island")


def _end_told(text: str, day: str) -> object:
    return event("d2", text, actor="South Korea", day=day, summary=text.rstrip("."))


@pytest.mark.parametrize("drill_day, told, told_day", [
    (("2011-03-01", "2011-03-08"), "The navy declared the drills over on Friday.", "2011-03-11"),
    ("2011-03-05", "The navy said the drills ended on Monday.", "2011-03-07"),
])
def test_an_acts_end_told_within_days(drill_day, told: str, told_day: str) -> None:
    (s, e), _ = claims_for(DRILLS, [_end_told(told, told_day), _drill(drill_day)])
    assert announces(s, e)


@pytest.mark.parametrize("drill_day, told, told_day", [
    ("2011-03-01", "The navy declared the drills over on Friday.", "2011-03-11"),  # a week on: another drill's end
    ("2011-03-01", "The minister vowed revenge as joint exercises ended on Friday.", "2011-03-11"),
])
def test_no_end_of_an_act_a_week_before(drill_day, told: str, told_day: str) -> None:
    (s, e), _ = claims_for(DRILLS, [_end_told(told, told_day), _drill(drill_day)])
    assert not announces(s, e)


# ---- a passive act's thing read in its sentence makes one act of two heads (fails on main 0ab79b9: "summaries share
# no word", "attacked twice" names nothing)

def test_one_thing_struck_and_attacked_told_in_its_sentence() -> None:
    a = event("g1", "Navy jets struck a missile site near the port.", "other", day="1988-04-18",
              summary="struck a missile site near the port")
    b = event("g2", "The agency said a missile site that had been attacked twice was burning.", "other",
              day="1988-04-18", summary="attacked twice")
    (ca, cb), _ = claims_for(GULF, [a, b])
    assert _told_targets(ca) == _told_targets(cb) == frozenset({("site", "missile")})
    assert not targets_of(cb)  # the summary alone names nothing: two acts are never told apart by its sentence
