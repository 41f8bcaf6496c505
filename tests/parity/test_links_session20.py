"""Session 20 (plink20): parity links on GOLD events (`python -m parity.evaluate --eval DIR --oracle -v --why`), main
ab9f0b1 (session 19's end + heldout16 declassified).

Every missed link under --oracle on heldout16 (declassified this session: 91 gold links, tp 43 fp 12 fn 48) and on the
declassified and dev link sets, by the rule that refused it (--why; same_e = a gold same_event pair, same_t = same_topic;
h16 heldout16, h14, h15, h11, h9, h13, h7, h10, h12; d16 dev16-standoff, d12l dev12-links, f6 fresh6, eval, gaps, gaps2,
h = heldout, h2..h4 = heldout2..4), main ab9f0b1:
| missed link: rule (--why)                     |  h16|  h14|  h15|  h11|   h9|  h13|   h7|  h10|  h12|  d16| d12l|   f6| eval| gaps|gaps2|    h|   h2|   h3|   h4|  all|
| same_e: summaries share no word               |    4|    5|   10|    3|   12|    1|    7|    2|     |    1|    2|    6|     |    2|    2|     |    4|    1|    7|   69|
| same_t: similarity under threshold            |   16|    1|     |    1|    3|     |   14|    2|    2|    3|    1|    3|     |    1|    3|     |    1|    5|    2|   58|
| same_e: score under threshold                 |    6|    1|    8|    2|    7|    1|    6|     |    6|    2|    7|    1|     |     |    1|     |    1|    4|    1|   54|
| same_t: kinds differ                          |    6|    3|    4|    2|     |    4|    2|     |    1|     |    9|    5|     |     |    2|     |    1|    1|     |   40|
| same_e: two relays, words apart               |    1|     |     |    1|    3|     |    1|     |     |    3|    9|    2|    2|     |     |     |     |    1|     |   23|
| same_t: a relay                               |    3|    5|     |    2|    1|     |     |    1|    2|    1|    2|    1|    1|     |     |     |     |     |    2|   21|
| same_e: no anchor                             |    1|    3|    4|    2|    3|     |    1|     |    1|    1|     |     |     |     |    1|     |    1|     |    1|   19|
| same_t: blocked: cut by the candidate limit   |    2|    3|     |    3|     |    1|    7|     |    1|     |    1|     |    1|     |     |     |     |     |     |   19|
| same_e: a relay                               |    1|    4|    3|     |     |     |    3|     |     |    2|    1|     |     |     |     |    1|     |     |     |   15|
| same_t: blocked: no shared key                |    4|     |     |    5|    1|     |    1|     |     |     |    1|    1|     |     |     |     |    1|     |     |   14|
| same_e: blocked: cut by the candidate limit   |    1|    1|     |    1|    2|     |    1|     |     |    1|    2|     |     |     |     |     |    2|     |    1|   12|
| same_e: kinds differ                          |     |    3|     |    1|     |    3|    1|     |     |     |     |    1|     |     |     |     |     |     |     |    9|
| same_e: blocked: no shared key                |     |     |     |     |    3|    1|     |     |     |     |     |    1|    3|     |     |     |     |     |     |    8|
| same_e: other act heads                       |    2|     |     |     |     |    1|     |     |     |     |    2|    1|    1|     |     |     |     |     |     |    7|
| same_t: found as same_event                   |    1|     |     |     |     |    1|    1|     |     |     |     |     |     |     |    1|     |    1|    2|     |    7|
| same_e: speaker unknown, words apart          |     |    1|     |     |    3|    1|     |     |     |    1|    1|     |     |     |     |     |     |     |     |    7|
| same_t: similarity under threshold, no shared |     |     |     |     |    2|     |     |     |     |    1|     |     |     |     |     |     |    1|     |     |    4|
| same_e: a copy's other sentence               |     |     |     |     |     |     |     |    1|     |     |    3|     |     |     |     |     |     |     |     |    4|
| same_e: ?                                     |     |     |     |    1|     |     |     |     |     |     |    2|     |     |     |     |     |     |     |     |    3|
| same_e: statement undated, days apart         |     |     |     |     |    1|     |     |     |     |     |    1|     |     |     |     |     |     |     |     |    2|
| same_e: told repeated                         |     |     |     |     |     |     |     |     |     |     |     |     |    2|     |     |     |     |     |     |    2|
| same_e: two kinds, only actor and thing in com|     |     |    1|     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |    1|
| same_e: moves apart                           |     |     |     |    1|     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |    1|
| same_e: modality differs                      |     |     |     |     |    1|     |     |     |     |     |     |     |     |     |     |     |     |     |     |    1|
| all missed                                    |   48|   30|   30|   25|   42|   14|   45|    6|   13|   16|   44|   22|   10|    3|   10|    1|   13|   14|   14|  400|
| false links                                   |   12|    9|   15|    8|    8|    8|    5|    8|    6|    7|    1|    5|    3|    3|    5|    9|   11|   14|   10|  147|
| found (tp)                                    |   43|   36|   57|   38|   64|   46|   93|   63|   45|   35|   42|   25|   81|   45|   38|   62|   61|   91|   52| 1017|
End to end (`python -m parity.evaluate --eval DIR --bridge -v`, main ab9f0b1): the gold links found on gold events but lost
end to end with both ends extracted, by the rule that kept each out (the sets as above):
| lost e2e link, both ends extracted: rule    |  h16|  h14|  h15|  h11|   h9|  h13|   h7|  h10|  h12|  d16| d12l|   f6| eval| gaps|gaps2|    h|   h2|   h3|   h4|  all|
| same_event: kinds differ (an act / a stateme|    3|     |     |    4|    6|    4|    4|    5|    3|    1|    1|     |     |    4|    1|    1|     |    2|     |   39|
| same_event: summaries share no word         |    2|    2|    7|     |    2|    2|    3|     |    3|    2|     |     |     |     |    1|    1|    2|     |    3|   30|
| same_event: no anchor                       |     |     |    1|    2|    1|    2|    1|    9|     |     |    5|    1|     |     |     |    1|     |    1|     |   24|
| same_topic: similarity under threshold      |     |     |    1|     |    1|    1|     |    1|    2|     |    2|     |     |    4|    1|     |    1|     |    2|   16|
| same_event: score under threshold           |    2|    1|    1|     |    1|     |    1|     |    2|    2|     |     |     |     |     |     |    1|    2|    1|   14|
| same_topic: kinds differ (an act / a stateme|     |    1|     |     |     |     |    4|    1|    2|    1|     |    2|    1|    1|     |     |     |     |    1|   14|
| same_event: blocked: no shared key          |     |     |    3|     |    1|    2|    2|     |     |     |    2|     |     |     |    1|     |     |     |     |   11|
| same_topic: blocked: no shared key          |    1|     |     |     |     |     |    1|     |     |     |    1|     |     |     |     |    3|    2|    2|     |   10|
| same_event: a relay                         |     |     |     |     |    2|    2|     |     |    1|    1|     |     |     |     |     |     |     |     |     |    6|
| same_event: speaker unknown, words apart    |     |    1|     |    1|     |     |    1|     |     |     |     |     |     |     |     |     |     |     |    2|    5|
| same_topic: kinds differ (two act kinds)    |     |    1|     |     |     |     |    2|    1|     |     |     |     |     |     |     |     |    1|     |     |    5|
| same_event: blocked: cut by the candidate li|     |     |     |     |    1|     |     |     |     |     |     |     |     |     |     |    1|     |    2|    1|    5|
| same_event: kinds differ (two act kinds)    |     |     |     |     |     |     |    1|    1|    1|     |     |     |     |     |    1|    1|     |     |     |    5|
| same_topic: a relay                         |     |     |    1|     |    1|     |     |     |     |     |    1|     |     |     |     |     |     |     |    1|    4|
| same_topic: found as same_event             |     |     |     |    1|     |     |     |     |     |     |     |     |    2|     |     |     |    1|     |     |    4|
| same_topic: blocked: cut by the candidate li|     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |    1|     |     |    3|    4|
| same_event: modality differs                |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |    3|     |     |    3|
| same_event: two relays, words apart         |     |     |     |     |    2|     |     |     |     |     |     |     |     |     |     |     |     |     |     |    2|
| same_event: each side's act                 |     |     |     |     |     |    2|     |     |     |     |     |     |     |     |     |     |     |     |     |    2|
| same_event: ?                               |     |     |     |    1|     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |    1|
| same_event: statement undated, days apart   |     |     |     |     |    1|     |     |     |     |     |     |     |     |     |     |     |     |     |     |    1|
| same_event: undated, not recent             |     |     |     |     |    1|     |     |     |     |     |     |     |     |     |     |     |     |     |     |    1|
| same_event: other act heads                 |     |     |     |     |     |    1|     |     |     |     |     |     |     |     |     |     |     |     |     |    1|
| same_event: kinds differ                    |     |     |     |     |     |     |    1|     |     |     |     |     |     |     |     |     |     |     |     |    1|
| all lost, both ends extracted               |    8|    6|   14|    9|   20|   16|   21|   18|   14|    7|   12|    3|    3|    9|    5|    9|   11|    9|   14|  208|
The largest class, an act against a statement (39), is mostly extraction filing one copied or spun sentence's act as a
remark in one excerpt (a reprint's "is anticipated to succeed in the waters", a source's "is expected to reach the
waters" and its relay): the copy's statement pairs with its source's relay, not with the act. Tried and left out: the
copy's told act compared whatever its day (score._told_act, copied) with the counterpart key preferring a claim of the
same relay-ness first (build._counterpart_key): gaps +1 link -1 false, eval -1, heldout -1 (e2e); neither alone changed a link.
heldout16's own misses (48): same_topic words under the topic thresholds 16 (a plan and what came of it in other words:
"would be deported within 48 hours" / "deported every one of the activists"; a council "was to meet" and its statement,
kinds differ 6), same_event score under threshold 6 (one boarding told as "stormed the flotilla" / "descended from
helicopters onto the ship" / "the ships were intercepted"), blocking 7 (no shared key 4: two sides' speakers on one day).
False links (147) are mostly one actor's two acts of a day (h16: "froze assets" / "suspended imports", "broke off
relations" / "broke off the exercise") and relays of one ministry.

Fixed (general rule; hand-built claims below and fresh pairs end to end, link_pairs_e2e_session20.toml):
- a side driven out of a place, told by the side that drove it, naming the other in its summary ("drove the X Front from
  the city", "forced out", "pushed out": paraphrases.toml drive_out) and by the side that left ("the Front's fighters
  withdrew from the city", "the Front abandoned the capital"), is one incident told from either side (acts.driven_out in
  acts.from_either_side), whatever
  place the withdrawing side names: its city may be the driver's own state, which made both summaries "name" the other
  and read as an exchange. A movement that is no state is named by the words of its name (two at least).
After (tp/fp): h15 57/15 -> 61/15 (withdrew 2, abandoned 2); every other set above unchanged (missed 400 -> 396, false
147). Blind summaries (oracle and e2e, heldout5/6/8/17/18): unchanged; e2e on the dev sets and samples unchanged.
Tried and left out (measured on the sets above, blind by summary only):
- two relays of one speaker whose relayed acts are one event (claims keeping the acts each relays, same_event_miss on
  them): +9 links, +14 false ones (golds link two relays of one ministry only when worded alike, eval README; "the
  Israeli army said" / "according to the Israeli military" relaying one strike stay apart); only when both relays are
  dated on one day: +2, +4;
- EVENT_SCORE 0.29 (not 0.32): +12 links, +11 false;
- course reversed in other words ("turned about", "altered course", "reversed course" as words.toml's divert): +2 links
  (h9), +3 false (h9 2 within one copied sentence pair, gaps2 1);
- "drove X from" and "withdrew" as compatible heads (paraphrases.toml [compatible]): any two doers' such acts became one
  on a shared day (a state's troops "drove the militia from the city" / another movement "withdrew from the city");
- power handed over in other words ("handed power", "transferred the powers", "passed it on"): -1 link (h15: "handing full
  powers" no longer read alike "handed power");
- a relay linked same_topic by its words as any statement (score_pair's attribution gate off): +1 link, +38 false (the
  gold majority: the eval README's relay rule, counted there);
- TOPIC_SIM 0.22 (not 0.25): +3 links, +17 false;
- "stormed" and "boarded" as a capture ("commandos stormed the aid ship" / "the ship was seized"): +5 links (h14 4), +11
  false ("was briefly boarded by armed guards" is not the seizure of the tanker another source tells; a capture's
  sequel, the crew's release, then linked too);
- the UN as a body that acts by sitting (words.toml [meeting_bodies]) and a bloc meeting's outcome told a day after its
  last day (a night sitting): +2 links (h16), +2 false (h3: a planned emergency session and "members voted down the
  agenda"), and heldout18's oracle summary tp 59 -> 61 but fp 15 -> 19 (precision down more than recall up); with
  statements by people of unknown side naming the bloc on its day ("NATO Secretary-General X said"): +4, +8 false.
"""

from __future__ import annotations

import pytest

from parity.acts import driven_out, from_either_side
from parity.models import Relation
from tests.parity.helpers import check_pair, claims_for, event, pair_param, pair_rows, record, scored

E2E_ROWS = pair_rows("link_pairs_e2e_session20.toml")

RECS = [record("w1", "Harbour Wire", "2031-09-11"), record("w2", "Coastal Gazette", "2031-09-12")]


def _drove(summary: str = "drove the Kivu Patriotic Front from Kinshasa", day: str = "2031-09-09"):
    return event("w1", f"Government troops {summary} on Tuesday.", "other", actor="DR Congo", day=day, summary=summary)


def _left(summary: str = "Kivu Patriotic Front fighters withdrew from Kinshasa overnight",
          day: str | tuple[str, str] = ("2031-09-08", "2031-09-09")):
    return event("w2", f"{summary}.", "other", actor="Kivu Patriotic Front", day=day, summary=summary)


# ---- a side driven out, told by the side that drove it and by the side that left (acts.driven_out)

def test_a_side_driven_out_and_that_side_withdrawing_are_one_incident() -> None:
    """The capital is the driver's own state by its aliases: the withdrawing side's summary "names" it, no exchange."""
    got = scored(RECS, _drove(), _left())
    assert got is not None and got.relation is Relation.same_event


@pytest.mark.parametrize("verb,left", [("forced out the Kivu Patriotic Front from Kinshasa",
                                        "Kivu Patriotic Front fighters pulled out of Kinshasa"),
                                       ("pushed out the Kivu Patriotic Front from Kinshasa",
                                        "Kivu Patriotic Front units retreated from Kinshasa"),
                                       # the side that left told as abandoning the place (paraphrases.toml give_up)
                                       ("drove the Kivu Patriotic Front from Kinshasa",
                                        "the Kivu Patriotic Front abandoned the capital")])
def test_other_verbs_of_driving_out_and_leaving(verb: str, left: str) -> None:
    got = scored(RECS, _drove(verb), _left(left))
    assert got is not None and got.relation is Relation.same_event


def test_the_driver_must_name_the_side_that_left() -> None:
    """Troops that drove another movement out: no incident of the withdrawing front (nor one subject)."""
    (a, b), _ = claims_for(RECS, [_drove("drove the Ituri Militia from Kinshasa"), _left()])
    assert not driven_out(a, b) and not from_either_side(a, b)
    assert scored(RECS, _drove("drove the Ituri Militia from Kinshasa"), _left()) is None


def test_days_apart_are_two_stages_not_one_incident() -> None:
    got = scored(RECS, _drove(), _left(day="2031-09-05"))
    assert got is None or got.relation is not Relation.same_event


def test_one_word_of_a_two_word_name_is_not_the_side() -> None:
    """"the Front" alone may be any front: the driver names a movement by two words of its name at least."""
    (a, b), _ = claims_for(RECS, [_drove("drove the Front from Kinshasa"), _left()])
    assert not driven_out(a, b)


def test_a_programme_abandoned_is_no_side_driven_out_when_the_driver_names_another() -> None:
    """Abandoning (give_up) is a leaving only against a drive naming its doer."""
    (a, b), _ = claims_for(RECS, [_drove("drove the Ituri Militia from Kinshasa"),
                                  _left("the Kivu Patriotic Front abandoned its demand for talks")])
    assert not driven_out(a, b)


def test_driving_out_is_no_withdrawal_of_the_driver_itself() -> None:
    """Both summaries telling a drive (no withdrawal): no driven-out pair."""
    (a, b), _ = claims_for(RECS, [_drove(), _left("Kivu Patriotic Front fighters drove the army from Kinshasa")])
    assert not driven_out(a, b)


@pytest.mark.parametrize("row", [pair_param(r) for r in E2E_ROWS])
def test_pair_end_to_end(row: dict) -> None:
    check_pair(row)
