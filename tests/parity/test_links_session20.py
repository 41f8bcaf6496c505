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
heldout16's own misses (48): same_topic words under the topic thresholds 16 (a plan and what came of it in other words:
"would be deported within 48 hours" / "deported every one of the activists"; a council "was to meet" and its statement,
kinds differ 6), same_event score under threshold 6 (one boarding told as "stormed the flotilla" / "descended from
helicopters onto the ship" / "the ships were intercepted"), blocking 7 (no shared key 4: two sides' speakers on one day).
False links (147) are mostly one actor's two acts of a day (h16: "froze assets" / "suspended imports", "broke off
relations" / "broke off the exercise") and relays of one ministry.

Fixed (general rule; hand-built claims below and fresh pairs end to end, link_pairs_e2e_session20.toml):
- a side driven out of a place, told by the side that drove it, naming the other in its summary ("drove the X Front from
  the city", "forced out", "pushed out": paraphrases.toml drive_out) and by the side that left ("the Front's fighters
  withdrew from the city"), is one incident told from either side (acts.driven_out in acts.from_either_side), whatever
  place the withdrawing side names: its city may be the driver's own state, which made both summaries "name" the other
  and read as an exchange. A movement that is no state is named by the words of its name (two at least).
After (tp/fp): h15 57/15 -> 59/15; every other set above unchanged (missed 400 -> 398, false 147). Blind summaries (oracle
and e2e): unchanged.
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
  powers" no longer read alike "handed power").
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
                                        "Kivu Patriotic Front units retreated from Kinshasa")])
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


def test_driving_out_is_no_withdrawal_of_the_driver_itself() -> None:
    """Both summaries telling a drive (no withdrawal): no driven-out pair."""
    (a, b), _ = claims_for(RECS, [_drove(), _left("Kivu Patriotic Front fighters drove the army from Kinshasa")])
    assert not driven_out(a, b)


@pytest.mark.parametrize("row", [pair_param(r) for r in E2E_ROWS])
def test_pair_end_to_end(row: dict) -> None:
    check_pair(row)
