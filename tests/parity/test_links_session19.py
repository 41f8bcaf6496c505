"""Session 19 (plink19): parity links on GOLD events (`python -m parity.evaluate --eval DIR --oracle -v --why`), main
4bd4a1f (session 18's end + heldout14 declassified).

Every missed link under --oracle on heldout14 (declassified this session: 66 gold links, tp 31 fp 10 fn 35) and on the
declassified and dev link sets, by the first rule that refused it (--why; h14 heldout14, h15, h11, h9, h13, h7, h10, h12;
d16 dev16-standoff, d12l dev12-links, f6 fresh6, eval, gaps2, h2, h3, h4 = heldout2..4), main 4bd4a1f:
| missed link: first rule (--why)           |  h14|  h15|  h11|   h9|  h13|   h7|  h10|  h12|  d16| d12l|   f6| eval|gaps2|   h2|   h3|   h4|  all|
| score: summaries share no word            |    8|   13|    3|   12|    1|    7|    3|     |    1|    2|    6|     |    3|    5|    1|    7|   72|
| relay rules (a relay, two relays, speaker |   10|    3|    3|    7|    1|    4|    1|    2|    7|   16|    3|    3|     |     |    1|    2|   63|
|   unknown)                                |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |
| score: similarity + bonuses < EVENT_SCORE |    1|    8|    2|    7|    2|    7|    1|    6|    2|    7|    1|     |    1|    1|    4|    1|   51|
| same_topic: similarity under the topic    |    2|     |    1|    5|     |   14|    2|    2|    4|    1|    3|     |    3|    2|    5|    2|   46|
|   thresholds                              |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |
| blocking: cut by the candidate limit (28) |    4|     |    9|    6|    2|    9|     |    1|    1|    4|    2|    4|     |    3|     |    1|   46|
|   or no shared key (18)                   |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |
| kinds differ (plan/outcome, relay/act)    |    7|    5|    3|     |    7|    3|     |    1|     |    9|    6|     |    2|    1|    1|     |   45|
| other (found as same_event, other heads,  |     |     |    2|    2|    2|    1|    1|     |     |    8|    1|    3|    1|    1|    2|     |   24|
|   a copy's other sentence, ...)           |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |     |
| score: no anchor                          |    3|    4|    2|    3|     |    1|     |    1|    1|     |     |     |    1|    1|     |    1|   18|
| all missed                                |   35|   33|   25|   42|   15|   46|    8|   13|   16|   47|   22|   10|   11|   14|   14|   14|  365|
| false links                               |   10|   15|    8|    8|    8|    5|    8|    6|    7|    1|    5|    3|    5|   11|   14|   10|  124|
| found (tp)                                |   31|   54|   38|   64|   45|   92|   61|   45|   35|   39|   25|   81|   37|   60|   91|   52|  850|
heldout14's own misses (35): relay rules 10 (a statement relaying a remark or an act, against another source's remark of
that speaker: "the ministry says" / "its spokesman condemned the measures"), summaries share no word 8 (a navy's voyage
told as "had steamed north from its home port" / "a squadron was at sea off the cape"; a ship "stopped and searched" /
"impounded"; a plan "to impose curbs on X's firms" / "to answer with steps of its own"), kinds differ 7 (a voyage and its
drills, a breakdown of talks and the side that walked out), blocking 4 (cut by the candidate limit), no anchor 3 (one act
told by the side that did it and by the side it was done to: "the talks collapsed" / "it walked out of the talks").
Tried and left out: a candidate limit of 30 (not 15) per claim finds +1 link over all the sets above and +5 false ones
(the pairs it adds fail scoring).

Fixed (general rules; fresh rows below, invented crises, names and days):
- one known actor's only act of a kind on a day in either source (parity/sole.py: a voyage, deployment, test, meeting or
  sanction; not drills, statements or "other" acts), the two on days at most a day apart, is the other's counterpart
  however each words it: score.same_event_miss waives its word and anchor tests (never its refusals of two acts:
  other heads, targets, ships or moves apart, a place or thing of each one's own, an attempt, modality). Measured on the
  sets above before it was written: of such pairs not linked same_event, 14 are gold same_event and 1 unlinked;
- the counterpart among the events of one sentence is not another known state's act before one sharing more words
  (build._counterpart_key: "its own squadron, which left port" is not the other state's force "at sea"). First written
  as "one known actor first": heldout17's oracle summary lost 2 (fp 27 -> 29) with it, none with the rule as it stands
  (a person, a body or an unknown doer may be either state's), dev the same either way.
After (tp/fp): h14 31/10 -> 34/8, h15 54/15 -> 57/15, h13 45/8 -> 46/8, h7 92 -> 93, h10 61 -> 63, gaps2 37 -> 38,
h2 60 -> 61; the other sets unchanged (missed 365 -> 353, false 124 -> 122). Blind summaries (oracle tp/fp): heldout5
95/12 and heldout16 43/12 unchanged, heldout6 74/5 -> 76/5, heldout8 52/9 -> 53/9, heldout17 40/27 unchanged; e2e unchanged
on every dev and blind set (the pairs it links are rarely both extracted as such); the parity stage on 1,000 generated
excerpts 5.30 -> 5.28 CPU s, its output identical.
Tried and left out (measured on the sets above, blind by summary only):
- "broke off / severed / cut diplomatic relations" as one act head (paraphrases.toml): +1 link on h9 with the bare "broke
  off", -2 on h11 without it ("which X broke off on the 19th" loses its only shared word); blind heldout6 -3 links;
- a ship movement and a deployment (or a drill) of one actor as compatible kinds: no link changes;
- "missile test" read as a launch head; a relay and a remark of one speaker a day apart (_relay_says_it_too): none;
- a state's act and its person's (_state_and_its_person) at similarity 0.20, not 0.25: +1 link (h11), +1 false (h3);
- the sole rule on the same day only (SOLE_GAP_DAYS = 0): -2 links (h10, h13) and heldout6's two gains lost; with one
  side undated in the other's news cycle: no change.
"""

from __future__ import annotations

import pytest

from parity.blocking import build_index
from parity.build import _counterpart_key
from parity.models import Relation
from parity.score import Scored, same_event_miss, similarity
from parity.sole import sole_counterparts
from tests.parity.helpers import claims_for, event, record, scored

RECS = [record("w1", "Harbour Wire", "2031-03-14"), record("w2", "Coastal Gazette", "2031-03-15"),
        record("w3", "Northern Post", "2031-03-20")]

SAILED = ("Norwegian officials said a squadron of 12 ships, including the frigate Fridtjof Nansen, had sailed north from "
          "the base at Haakonsvern on Thursday.")
AT_SEA = "A flotilla of some 15 warships, led by the frigate Fridtjof Nansen, was at sea off the Lofoten islands."


def _sailed(day: str = "2031-03-13", excerpt: str = "w1"):
    return event(excerpt, SAILED, "ship_movement", actor="Norway", day=day, objects=("frigate",),
                 summary="had sailed north from the base at Haakonsvern")


def _at_sea(day: str = "2031-03-13", excerpt: str = "w2"):
    return event(excerpt, AT_SEA, "ship_movement", actor="Norway", day=day, objects=("frigate",),
                 summary="A flotilla of some 15 warships, led by the frigate Fridtjof Nansen, was at sea off the Lofoten")


# ---- one actor's only act of a kind on a day in either source: its counterpart, however worded (parity/sole.py)

def test_one_navys_only_voyage_told_in_other_words_is_one_event() -> None:
    """Summaries sharing no word are one voyage when neither source tells another voyage of that navy on its day."""
    got = scored(RECS, _sailed(), _at_sea())
    assert got is not None and got.relation is Relation.same_event


def test_a_day_apart_across_time_zones_is_still_the_only_counterpart() -> None:
    got = scored(RECS, _sailed("2031-03-13"), _at_sea("2031-03-14"))
    assert got is not None and got.relation is Relation.same_event


def test_a_second_voyage_in_one_source_leaves_the_words_to_decide() -> None:
    """A source telling two voyages of that navy on the day: either could be the other source's, so no sole pair."""
    other = event("w2", "Two Norwegian corvettes left Bergen for the Skagerrak on Thursday.", "ship_movement",
                  actor="Norway", day="2031-03-13", summary="Two Norwegian corvettes left Bergen for the Skagerrak")
    (a, b, _), claims = claims_for(RECS, [_sailed(), _at_sea(), other])
    assert not sole_counterparts(a, b)
    assert same_event_miss(a, b, similarity(a, b, build_index(claims))) == "summaries share no word"


def test_an_undated_voyage_in_one_source_may_be_the_counterpart_too() -> None:
    other = event("w2", "Norwegian corvettes also left Bergen.", "ship_movement", actor="Norway",
                  summary="Norwegian corvettes also left Bergen")
    (a, b, _), _ = claims_for(RECS, [_sailed(), _at_sea(), other])
    assert not sole_counterparts(a, b)


def test_another_navys_voyage_is_no_rival() -> None:
    other = event("w2", "Two Swedish corvettes left Karlskrona on Thursday.", "ship_movement", actor="Sweden",
                  day="2031-03-13", summary="Two Swedish corvettes left Karlskrona")
    (a, b, _), _ = claims_for(RECS, [_sailed(), _at_sea(), other])
    assert sole_counterparts(a, b)


def test_each_naming_a_place_of_its_own_and_no_thing_in_common_are_two_voyages() -> None:
    """As for one day's move (score._one_day_move): "steamed past Tromso" / "transited the Vestfjord", no ship named in
    both, are two voyages of one navy even when each is its source's only one."""
    a = event("w1", "A Norwegian frigate steamed past Tromso on Thursday.", "ship_movement", actor="Norway",
              day="2031-03-13", summary="A Norwegian frigate steamed past Tromso")
    b = event("w2", "Norwegian sailors transited the Vestfjord on Thursday.", "ship_movement", actor="Norway",
              day="2031-03-13", summary="Norwegian sailors transited the Vestfjord")
    (ca, cb), _ = claims_for(RECS, [a, b])
    assert sole_counterparts(ca, cb)
    got = scored(RECS, a, b)
    assert got is None or got.relation is not Relation.same_event


def test_days_further_apart_are_two_voyages() -> None:
    (a, b), _ = claims_for(RECS, [_sailed("2031-03-10"), _at_sea("2031-03-13")])
    assert not sole_counterparts(a, b)


def test_other_acts_and_statements_are_never_sole() -> None:
    """An "other" act or a statement: one actor does many a day (a seizure, the fire drawn by the planes sent after it)."""
    seized = event("w1", "Gunboats of Ruritania seized the freighter Aldora on Monday.", "other", actor="Ruritania",
                   day="2031-03-10", summary="seized the freighter Aldora")
    fire = event("w2", "Patrol planes drew fire from Ruritanian gunboats on Monday.", "other", actor="Ruritania",
                 day="2031-03-10", summary="drew fire from Ruritanian gunboats")
    assert scored(RECS, seized, fire) is None
    (a, b), _ = claims_for(RECS, [seized, fire])
    # Session 26 (plink26): an "other" act carries its rivals (none here: RIVAL_KINDS), and is still never sole.
    assert not a.rivals and not sole_counterparts(a, b)
    said_a = event("w1", "Ruritania said on Monday it would protect its waters.", actor="Ruritania", day="2031-03-10",
                   summary="Ruritania said it would protect its waters")
    said_b = event("w2", "Ruritania warned shipowners on Monday.", actor="Ruritania", day="2031-03-10",
                   summary="Ruritania warned shipowners")
    (a, b), _ = claims_for(RECS, [said_a, said_b])
    assert a.rivals is None and not sole_counterparts(a, b)


def test_one_states_plan_of_measures_told_two_ways_is_one_plan() -> None:
    """A sanction planned, told as "restrictions on X's firms" and as "steps of its own": one plan, one day."""
    a = event("w1", "Caracas will impose restrictions on Colombian firms and citizens, the ministry said on Friday.",
              "sanction", actor="Venezuela", day="2031-03-14", modality="planned",
              summary="Caracas will impose restrictions on Colombian firms and citizens")
    b = event("w2", "Venezuela would answer with steps of its own, its foreign minister said on Friday.",
              "sanction", actor="Venezuela", day="2031-03-14", modality="planned",
              summary="Venezuela would answer with steps of its own")
    got = scored(RECS, a, b)
    assert got is not None and got.relation is Relation.same_event


def test_a_plan_and_its_deed_stay_one_subject_not_one_event() -> None:
    """The sole pair waives only the word and anchor tests: a plan and the act done keep their modality apart."""
    a = event("w1", SAILED, "ship_movement", actor="Norway", day="2031-03-13", modality="planned",
              summary="will sail north from the base at Haakonsvern")
    got = scored(RECS, a, _at_sea())
    assert got is None or got.relation is Relation.same_topic


def test_two_act_heads_stay_two_acts() -> None:
    """Other act heads ("docked" / "left port") are two acts even when each is its source's only one."""
    a = event("w1", "The Norwegian frigate docked at Tromso on Thursday.", "ship_movement", actor="Norway",
              day="2031-03-13", summary="The Norwegian frigate docked at Tromso")
    b = event("w2", "A Norwegian frigate left port at Narvik on Thursday.", "ship_movement", actor="Norway",
              day="2031-03-13", summary="A Norwegian frigate departed from Narvik")
    (ca, cb), claims = claims_for(RECS, [a, b])
    assert sole_counterparts(ca, cb)
    assert same_event_miss(ca, cb, similarity(ca, cb, build_index(claims))) == "other act heads"


# ---- the counterpart among the events of one sentence: one known actor before shared words (build._counterpart_key)

def _own_squadron_and_at_sea(text: str) -> tuple:
    """Norway's own squadron told in the sentence `text` (its second event), and another source's Swedish force at sea."""
    own = event("w1", text, "ship_movement", actor="Norway", day="2031-03-13",
                summary="its own squadron, which left port on Monday")
    own = own.model_copy(update={"id": f"{own.id}-2"})
    at_sea = event("w2", "A Swedish force of 15 warships was at sea off Gotland.", "ship_movement", actor="Sweden",
                   day="2031-03-13", summary="A Swedish force of 15 warships was at sea off Gotland")
    return own, at_sea


def test_the_counterpart_in_a_sentence_is_not_the_other_states_act() -> None:
    """"X's squadron sailed and Y's own, which left port, would shadow it": of the two, X's is "X's force at sea"."""
    text = ("Oslo said a Swedish squadron had sailed north from Karlskrona and that its own squadron, which left port "
            "on Monday, would shadow it.")
    swedes = event("w1", text, "ship_movement", actor="Sweden", day="2031-03-13",
                   summary="had sailed north from Karlskrona")
    own, at_sea = _own_squadron_and_at_sea(text)
    (s, o, t), _ = claims_for(RECS, [swedes, own, at_sea])
    link = Scored(Relation.same_event, 0.1, (), agrees=True)
    assert _counterpart_key(t, s, link) > _counterpart_key(t, o, link)


def test_a_persons_act_is_no_other_states_act() -> None:
    """A person (or an unknown doer) may act for either state: only two known states' acts rank apart, so the words decide
    between "the admiral ordered the squadron to sea" and Norway's own act."""
    text = ("Admiral Lind ordered the Swedish squadron to sea off Gotland, and Norway said its own squadron, which left "
            "port on Monday, would shadow it.")
    admiral = event("w1", text, "ship_movement", actor="Erik Lind", day="2031-03-13",
                    summary="Admiral Lind ordered the Swedish squadron to sea off Gotland")
    own, at_sea = _own_squadron_and_at_sea(text)
    (p, o, t), _ = claims_for(RECS, [admiral, own, at_sea])
    link = Scored(Relation.same_event, 0.1, (), agrees=True)
    assert _counterpart_key(t, p, link)[1] and not _counterpart_key(t, o, link)[1]
    assert _counterpart_key(t, p, link) > _counterpart_key(t, o, link)


# ---- known misses (heldout14's shapes, invented here): left for a later session

@pytest.mark.xfail(strict=True, reason="one act told by its doer and by the side it was done to, in converse verbs "
                   "(drove X from / X abandoned): no act-head pair says the two verbs are one act's two sides")
def test_a_city_taken_told_by_the_taker_and_by_the_side_that_left() -> None:
    a = event("w1", "Ruritanian troops drove the rebels from the capital on Monday.", "other", actor="Ruritania",
              day="2031-03-10", summary="drove the rebels from the capital")
    b = event("w2", "The rebel militia abandoned the capital on Monday, its commander said.", "other",
              actor="rebel militia", day="2031-03-10", summary="The rebel militia abandoned the capital")
    got = scored(RECS, a, b)
    assert got is not None and got.relation is Relation.same_event


def test_a_ship_stopped_and_boarded_is_the_ship_seized() -> None:
    """Session 24 (plink24): passes since paraphrases.toml capture reads "stopped and boarded" (was a strict xfail)."""
    a = event("w1", "Ruritanian gunboats stopped and boarded the freighter Aldora on Monday.", "other",
              actor="Ruritania", day="2031-03-10", summary="stopped and boarded the freighter Aldora")
    b = event("w2", "The freighter Aldora was seized off Cape Lys on Tuesday by Ruritania.", "other", actor="Ruritania",
              day="2031-03-11", summary="was seized off Cape Lys")
    got = scored(RECS, a, b)
    assert got is not None and got.relation is Relation.same_event
