"""Session 16 (pstatus16): parity status on gold events (`python -m parity.evaluate --eval DIR --oracle`).

Every wrong status under --oracle on the declassified and development sets at session 16's start (main 8988669:
heldout9, heldout13, heldout7, heldout10, heldout12, heldout4, gaps2, fresh6, dev12-links: 186 of 802), by cause.

| cause                                                                                    | count | whose  |
|------------------------------------------------------------------------------------------|------:|--------|
| the gold's link not found (no link at all: 84; the differing link: 36)                   |   120 | plink16 |
| only a copy's link found, the independent one missed                                     |    16 | plink16 |
| the same_topic link to the later source not found                                        |     9 | plink16 |
| a link the gold lacks, or found with the other relation (a difference on it: 8)          |    21 | plink16 |
| counts: a difference the gold does not list (another event's count in the sentence: 2;   |     4 | status  |
|   "one died and another is missing" against "two lost": 2)                               |       |         |
| counts or places: the gold's difference not seen (prisoners / persons, servicemen /      |     8 | status  |
|   troops: 5; a place, which gold events do not carry: 3)                                 |       |         |
| a tally rising in later sources ("3,000 detained" .. "9,900 detained"): gold same_topic  |     2 | status  |
| two statements of one copied sentence each lent the other's independent link             |     2 | status  |
| a copy's shorter sentence taken to carry the clause it dropped (echo for single_source)  |     1 | status  |
| a planned meeting echoed by a copy, with a gold same_topic link to a later source        |     2 | gold    |
|   (the written rule gives later_development; the gold says echo)                         |       |         |
| a deed with no named doer against a state's denial (gold: same_topic, no conflict)       |     1 | status  |

So 166 of 186 are linking's; of the 20 left, this session fixes the copied-sentence counterparts (2, heldout7), the
dropped clause (1, heldout7): `status.counterparts` and `status.carried`; and another act's count in the sentence (2,
heldout12; and 2 of heldout10 on a link the gold lacks): `claims.others_counts`, `score.count_difference(own=True)`; and
one force counted as "servicemen" and as "troops" (2, heldout9): counts.toml [things], `lexicon.count_things`; a tally
of the detained told higher a week later (1, heldout9): `score._tally_grew`. Beside the table, a bloc's planned meeting
and what the bloc said or did on its day in a later source (tests/data/eval/README.md, planned meetings: gaps2, fresh6
links): `acts._bloc_outcome`. And one side's stance on a thing no state is named for, told both ways by two sources
("endorsed the quarantine" / "refused to associate itself with the blockade": 3, heldout9): stance.toml [things],
`stance._thing_targets` (claims read them: `stances_in(..., things=True)`), `claims._own_thing_stances`.

Origins (task 3): on every development corpus with gold origins (below, by name) the gold's copies and only they pass
the near-duplicate thresholds, now data (parity/data/origins.toml): copies share 0.19-0.92 of the smaller text's
3-shingles and keep 0.43-0.97 of its words in order, independent reports at most 0.10 and 0.43; origin F1 is 1.00 on
every set, blind ones included (summary lines), oracle and end to end.
Fresh sentences below: no text of a heldout set.
"""

from __future__ import annotations

from datetime import date
from itertools import combinations
from pathlib import Path

import pytest

from excerpt.loader import load_folder
from parity import lexicon, origins
from parity.build import build_parity
from parity.claims import claims_of
from parity.models import Relation, Status
from parity.score import Scored, count_difference
from parity.stance import Stance, stances_in
from parity.status import carried, counterparts, through_copies
from tests.parity.helpers import event, record, scored, timeline
from timeline.evalgold import load_gold
from timeline.models import DateResolution, Event, Evidence, event_id


def _in_sentence(excerpt: str, body: str, summary: str, kind: str = "statement", actor: str | None = None,
                 day: str | None = None) -> Event:
    """An event told by summary, its evidence the whole sentence of body holding it (as gold events are)."""
    at = body.index(summary)
    start = body.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = body.find(". ", at)
    end = len(body) if end < 0 else end + 1
    when = DateResolution(start=date.fromisoformat(day), end=date.fromisoformat(day), phrase="test", basis="test",
                          relative_to="absolute") if day else DateResolution()
    return Event(id=event_id(excerpt, kind, summary), excerpt=excerpt, kind=kind, actor=actor, summary=summary,
                 evidence=Evidence.of(body, start, end), date=when)


def _scored(agrees: bool = True, score: float = 0.5) -> Scored:
    return Scored(Relation.same_event, score, (), agrees)


# ---------------------------------------------------------------- copies: each claim's own counterpart only

def test_each_claim_keeps_one_counterpart_per_copy_best_score_first():
    # Wire a holds two statements in one sentence (0: "He said on Monday", 1: "but he said he would meet"),
    # its copy b the same (2: "stated on Monday", 3: "however he stated he would see"); each pair of the copied
    # sentence was linked, the right ones scoring higher or level.
    pairs = [(0.60, 0, 2), (0.60, 0, 3), (0.60, 1, 2), (0.65, 1, 3)]
    assert counterparts(pairs, ["a", "a", "b", "b"]) == {1: [3], 3: [1], 0: [2], 2: [0]}


def test_a_claim_has_a_counterpart_in_each_copy():
    # One wire (0) and two reprints (1 in b, 2 in c), each a copy of the others.
    pairs = [(0.9, 0, 1), (0.8, 0, 2), (0.7, 1, 2)]
    assert counterparts(pairs, ["a", "b", "c"]) == {0: [1, 2], 1: [0, 2], 2: [0, 1]}


def test_no_copied_pairs_no_counterparts():
    assert counterparts([], []) == {}


def test_an_independent_witness_of_one_statement_is_not_lent_to_the_other_of_its_sentence():
    # 0, 1: the wire's two statements; 2, 3: the copy's; 4: an independent paper telling the meeting (3's only).
    links = {0: [(2, _scored(score=0.6), False, False), (3, _scored(score=0.6), False, False)],
             1: [(2, _scored(score=0.6), False, False), (3, _scored(score=0.65), False, False)],
             2: [(0, _scored(score=0.6), False, True), (1, _scored(score=0.6), False, True)],
             3: [(0, _scored(score=0.6), False, True), (1, _scored(score=0.65), False, True),
                 (4, _scored(), True, False)],
             4: [(3, _scored(), True, True)]}
    mates = counterparts([(0.6, 0, 2), (0.6, 0, 3), (0.6, 1, 2), (0.65, 1, 3)], ["a", "a", "b", "b", "c"])
    witnessed = through_copies(links, mates)
    assert witnessed.get(1) == Status.corroborated  # its own counterpart (3) is witnessed
    assert 0 not in witnessed  # "He said on Monday" has no independent witness
    # Before session 16 every copied pair lent: the first statement was corroborated too.
    assert through_copies(links, {0: [2, 3], 1: [2, 3], 2: [0, 1], 3: [0, 1]}).get(0) == Status.corroborated


def test_a_disagreeing_witness_reaches_only_the_own_counterpart():
    links = {0: [(2, _scored(), False, False)], 1: [(3, _scored(), False, False)],
             2: [(0, _scored(), False, True), (4, _scored(agrees=False), True, False)],
             3: [(1, _scored(), False, True)]}
    witnessed = through_copies(links, counterparts([(0.7, 0, 2), (0.5, 0, 3), (0.7, 1, 3), (0.5, 1, 2)],
                                                   ["a", "a", "b", "b", "c"]))
    assert witnessed == {0: Status.conflicting}


# ---------------------------------------------------------------- echo: a copy's sentence carries only what it holds

WIRE = ("Egypt's president said on Tuesday the talks on the dam had failed, and Cairo has moved troops to the "
        "southern border.")
COPY = "Egypt's president said on Tuesday the talks on the dam had failed."
WIRE2 = ("The Chilean navy said on Friday a patrol boat had towed the stricken trawler to port, and a second vessel "
         "is still searching for two missing fishermen.")
COPY2 = "The Chilean navy stated on Friday a patrol boat had towed the stricken trawler to port."


def _claims(pairs: list[tuple[str, str, str, str]]):
    recs = [record("a", "Wire", "2024-05-08"), record("b", "Aggregator", "2024-05-08")]
    events = [_in_sentence(ex, body, summary, kind, "Egypt" if "Egypt" in body else "Chile")
              for ex, body, summary, kind in pairs]
    made = claims_of(timeline(recs, events))
    return [next(c for c in made if c.id == e.id) for e in events]


def test_a_copy_that_dropped_a_clause_carries_the_sentence_but_not_the_clause():
    said, moved, copied = _claims([("a", WIRE, "Egypt's president said on Tuesday", "statement"),
                                   ("a", WIRE, "Cairo has moved troops to the southern border", "deployment"),
                                   ("b", COPY, "Egypt's president said on Tuesday", "statement")])
    assert carried(said, copied) and carried(copied, said)
    assert not carried(moved, copied) and not carried(copied, moved)


def test_a_spun_copy_that_dropped_a_clause_carries_only_what_it_kept():
    said, towed, searching, copied = _claims([
        ("a", WIRE2, "The Chilean navy said on Friday", "statement"),
        ("a", WIRE2, "a patrol boat had towed the stricken trawler to port", "other"),
        ("a", WIRE2, "a second vessel is still searching for two missing fishermen", "other"),
        ("b", COPY2, "The Chilean navy stated on Friday", "statement")])
    assert carried(said, copied)
    assert carried(towed, copied)
    assert not carried(searching, copied)


def test_a_copy_of_the_whole_sentence_carries_every_clause():
    said, moved, copied_said, copied_moved = _claims([
        ("a", WIRE, "Egypt's president said on Tuesday", "statement"),
        ("a", WIRE, "Cairo has moved troops to the southern border", "deployment"),
        ("b", WIRE, "Egypt's president said on Tuesday", "statement"),
        ("b", WIRE, "Cairo has moved troops to the southern border", "deployment")])
    assert carried(moved, copied_said) and carried(moved, copied_moved) and carried(said, copied_moved)


# ---------------------------------------------------------------- counts: another act's count in the sentence

LANDED_A = ("Vietnamese marines landed on the smaller of the two reefs overnight, and the standoff had by then drawn "
            "some 12 coast guard ships from each side into the lagoon.")
LANDED_B = ("A Vietnamese marine unit was landed on the eastern reef on Tuesday night, the navy said, after Manila, "
            "which had sent 20 coast guard ships to the area, refused to pull back.")


def _sentence_claims(rows: list[tuple[str, str, str, str, str | None]]):
    recs = [record("a", "Wire", "2024-05-08"), record("b", "Paper", "2024-05-08")]
    events = [_in_sentence(ex, body, summary, kind, actor, "2024-05-07") for ex, body, summary, kind, actor in rows]
    made = claims_of(timeline(recs, events))
    return [next(c for c in made if c.id == e.id) for e in events], recs, events


def test_an_acts_count_told_by_another_act_of_its_sentence_is_no_count_of_it():
    (landed_a, drawn, landed_b, sent), _, _ = _sentence_claims([
        ("a", LANDED_A, "Vietnamese marines landed on the smaller of the two reefs", "deployment", "Vietnam"),
        ("a", LANDED_A, "the standoff had by then drawn some 12 coast guard ships from each side", "other", None),
        ("b", LANDED_B, "A Vietnamese marine unit was landed on the eastern reef", "deployment", "Vietnam"),
        ("b", LANDED_B, "which had sent 20 coast guard ships to the area", "deployment", "Philippines")])
    assert count_difference(landed_a, landed_b) is not None  # every count of the two sentences: 12 ships / 20 ships
    assert count_difference(landed_a, landed_b, own=True) is None
    assert count_difference(drawn, sent, own=True) is not None  # the ships' own acts still differ: 12 / 20
    assert [n[2] for n in landed_a.others_counts] == ["some 12 coast guard ships"]
    assert [n[2] for n in drawn.others_counts] == ["two reefs"]  # and the reefs are the landing's


def test_the_landing_told_twice_is_corroborated_and_the_ship_counts_conflict():
    _, recs, events = _sentence_claims([
        ("a", LANDED_A, "Vietnamese marines landed on the smaller of the two reefs", "deployment", "Vietnam"),
        ("a", LANDED_A, "the standoff had by then drawn some 12 coast guard ships from each side", "other", None),
        ("b", LANDED_B, "A Vietnamese marine unit was landed on the eastern reef", "deployment", "Vietnam"),
        ("b", LANDED_B, "which had sent 20 coast guard ships to the area", "deployment", "Philippines")])
    parity = build_parity(timeline(recs, events), None, {"a": LANDED_A, "b": LANDED_B})
    status = {c.event: c.status for c in parity.claims}
    assert status[events[0].id] == status[events[2].id] == Status.corroborated


TOLL_A = "Four crew members were injured when Chinese coast guard ships fired water cannon at the supply boat."
TOLL_B = "Chinese coast guard ships fired water cannon at a supply boat, injuring two of its crew members."


def test_a_toll_told_by_another_clause_stays_the_acts_count():
    (fired_a, hurt, fired_b), _, _ = _sentence_claims([
        ("a", TOLL_A, "Chinese coast guard ships fired water cannon at the supply boat", "other", "China"),
        ("a", TOLL_A, "Four crew members were injured", "other", None),
        ("b", TOLL_B, "Chinese coast guard ships fired water cannon at a supply boat", "other", "China")])
    assert not fired_a.others_counts
    assert count_difference(fired_a, fired_b, own=True) is not None or count_difference(hurt, fired_b, own=True)


SAID_A = "The defence ministry said 16 drones had been shot down, and air defences destroyed the launchers on Sunday."
SAID_B = "Air defences destroyed 11 drones and two launchers on Sunday, the army said."


def test_a_count_a_statement_of_the_sentence_reports_stays_the_acts():
    (said, destroyed_a, destroyed_b), _, _ = _sentence_claims([
        ("a", SAID_A, "The defence ministry said 16 drones had been shot down", "statement", "Ukraine"),
        ("a", SAID_A, "air defences destroyed the launchers on Sunday", "other", "Ukraine"),
        ("b", SAID_B, "Air defences destroyed 11 drones and two launchers on Sunday", "other", "Ukraine")])
    assert not destroyed_a.others_counts  # a statement's summary holding it takes nothing from the act
    assert not said.others_counts  # nor does a statement lose the counts it reports


# ---------------------------------------------------------------- counts: one kind of thing in other words

FORCE_A = "A contingent of 2,400 servicemen and 300 armoured vehicles arrived in the capital from Belarus on Friday."
FORCE_B = "The peacekeeping force numbers about 3,000 troops, most of them from Belarus, and arrived on Friday."


def test_servicemen_and_troops_are_one_force_counted_twice():
    (a, b), _, _ = _sentence_claims([
        ("a", FORCE_A, "A contingent of 2,400 servicemen and 300 armoured vehicles arrived in the capital", "deployment",
         "Belarus"),
        ("b", FORCE_B, "The peacekeeping force numbers about 3,000 troops", "deployment", "Belarus")])
    shown = count_difference(a, b, own=True)
    assert shown is not None and (shown.here, shown.there) == ("2,400 servicemen", "about 3,000 troops")
    assert count_difference(a, b) is None  # linking's tests read the words as they are


def test_only_the_listed_kinds_are_read_as_one():
    assert lexicon.count_things(lexicon.content_words("soldiers")) == lexicon.count_things(lexicon.content_words("troops"))
    assert lexicon.count_things(lexicon.content_words("policemen")) != lexicon.count_things(lexicon.content_words("troops"))
    assert lexicon.count_things(lexicon.content_words("civilians")) != lexicon.count_things(lexicon.content_words("soldiers"))


# ---------------------------------------------------------------- a running tally told higher days later

TALLY_EARLY = "More than 400 protesters have been detained since the unrest began, the interior ministry said."
TALLY_LATE = ("Rights groups say more than 1,200 protesters have now been detained across the country since the unrest "
              "started.")


def _two(text_a: str, text_b: str, written_a: str, written_b: str, day: str | None = None):
    recs = [record("a", "Wire", written_a), record("b", "Paper", written_b)]
    a, b = event("a", text_a, "other", day=day), event("b", text_b, "other", day=day)
    parity = build_parity(timeline(recs, [a, b]), None, {"a": text_a, "b": text_b})
    status = {c.event: c.status for c in parity.claims}
    return scored(recs, a, b), status[a.id], status[b.id]


def test_a_tally_told_higher_a_week_later_is_what_followed():
    link, early, late = _two(TALLY_EARLY, TALLY_LATE, "2024-03-02", "2024-03-09")
    assert (link.relation, link.agrees, [d.attribute for d in link.differences]) == (Relation.same_topic, True, ["count"])
    assert (early, late) == (Status.later_development, Status.single_source)


def test_a_tally_told_lower_later_or_on_the_same_day_conflicts():
    for text_a, text_b, written_b in ((TALLY_LATE, TALLY_EARLY, "2024-03-09"), (TALLY_EARLY, TALLY_LATE, "2024-03-02")):
        link, status_a, status_b = _two(text_a, text_b, "2024-03-02", written_b)
        assert link.relation == Relation.same_event and not link.agrees
        assert status_a == status_b == Status.conflicting


def test_one_days_toll_told_otherwise_later_conflicts():
    link, status_a, status_b = _two("Border guards killed 12 migrants near the crossing on Monday, officials said.",
                                    "Fifteen migrants were killed by border guards near the crossing on Monday, a "
                                    "rights group said.", "2024-03-05", "2024-03-09", day="2024-03-04")
    assert link.relation == Relation.same_event and not link.agrees
    assert status_a == status_b == Status.conflicting


# ---------------------------------------------------------------- a bloc's planned meeting and what it did that day

MEET = "ASEAN foreign ministers will hold an emergency meeting in Jakarta on Thursday to discuss the coup, diplomats said."
DID = "ASEAN foreign ministers on Thursday called for the release of all political detainees and an end to violence."
MEMBER = "Indonesia on Thursday called for the release of all political detainees and an end to violence."


def _meeting_and(text: str, actor: str, written: str):
    recs = [record("a", "Wire", "2024-02-05"), record("b", "Paper", written)]
    plan = event("a", MEET, "meeting", actor="ASEAN", day="2024-02-08", modality="planned",
                 summary="will hold an emergency meeting in Jakarta on Thursday")
    done = event("b", text, "statement", actor=actor, day="2024-02-08")
    parity = build_parity(timeline(recs, [plan, done]), None, {"a": MEET, "b": text})
    return {c.event: (c.status, [link.relation for link in c.links]) for c in parity.claims}, plan.id, done.id


def test_what_a_blocs_planned_meeting_said_on_its_day_is_its_later_development():
    got, plan, done = _meeting_and(DID, "ASEAN", "2024-02-09")
    assert got[plan] == (Status.later_development, [Relation.same_topic])


def test_a_member_states_own_remark_that_day_or_one_told_before_the_meeting_is_not():
    got, plan, _ = _meeting_and(MEMBER, "Indonesia", "2024-02-09")
    assert got[plan][0] != Status.later_development
    got, plan, _ = _meeting_and(DID, "ASEAN", "2024-02-05")  # written before the meeting was held
    assert got[plan][0] != Status.later_development


# ---------------------------------------------------------------- origins: the thresholds' margins on the dev corpora

DATA = Path(__file__).parent.parent / "data"
# Development corpora with gold origins, named one by one (never a glob of tests/data: blind sets live there too).
ORIGIN_CORPORA = ["eval", "gaps", "gaps2", "heldout", "heldout2", "heldout3", "heldout4", "fresh6", "dev12-links",
                  "heldout7", "heldout9", "heldout10", "heldout12", "heldout13"]


def _pairs(corpus: str):
    for gold_path in sorted((DATA / corpus).glob("*/gold.toml")):
        gold = load_gold(gold_path.parent)
        origin = {x: name for name, xs in gold.origins.items() for x in xs}
        bodies = {e.id: e.body for e in load_folder(gold_path.parent).excerpts}
        vocab: dict[str, int] = {}
        made = {k: origins.shingles_and_order(v, vocab) for k, v in bodies.items()}
        for a, b in combinations(sorted(bodies), 2):
            (sa, oa), (sb, ob) = made[a], made[b]
            smaller = min(len(sa), len(sb))
            share = len(sa & sb) / smaller if smaller else 0.0
            length = smaller / max(len(sa), len(sb)) if smaller else 0.0
            yield a, b, a in origin and origin.get(a) == origin.get(b), share, origins.in_order(oa, ob), length


def _passes(share: float, order: float, length: float) -> bool:
    """The excerpt-level copy test of origins._copies, on one pair's figures."""
    return share >= origins.COPY_CONTAINMENT or (
        share >= origins.COPY_NEAR and length >= origins.COPY_LENGTH_RATIO and order >= origins.COPY_ORDER)


@pytest.mark.parametrize("corpus", ORIGIN_CORPORA)
def test_the_gold_copies_and_only_they_pass_the_near_duplicate_thresholds(corpus):
    for a, b, copy, share, order, length in _pairs(corpus):
        assert _passes(share, order, length) == copy, (a, b, round(share, 2), round(order, 2))


def test_the_thresholds_are_data():
    data = lexicon.load("origins")
    assert origins.COPY_CONTAINMENT == data["excerpts"]["containment"]
    assert origins.COPY_NEAR == data["excerpts"]["near"] and origins.COPY_ORDER == data["excerpts"]["order"]
    assert origins.COPIED_SENTENCE_ORDER == data["sentences"]["copied_order"]


# ---------------------------------------------------------------- stances on a thing no state is named for

def _labels(text: str, sides: tuple[str, ...] = (), things: bool = True) -> list[str]:
    return [st.label() for st in stances_in(text, sides, things=things)]


def test_a_stance_on_a_thing_is_read_with_its_polarity_and_group():
    assert _labels("The Canadian government endorsed the naval blockade on Friday.", ("Canada",)) == [
        "Canada support thing:blockade"]
    assert _labels("Ottawa has refused to associate itself with the embargo.") == ["Canada not support thing:blockade"]
    assert _labels("Berlin refrained from criticising the referendum.") == ["Germany not blame thing:vote"]
    assert _labels("Kenya condemned the takeover in Niamey.", ("Kenya",)) == ["Kenya blame thing:coup"]


def test_a_state_object_is_the_target_and_the_tables_read_no_things():
    assert _labels("Japan backed South Korea's proposal.") == ["Japan support South Korea"]
    assert _labels("The Canadian government endorsed the naval blockade.", ("Canada",), things=False) == []
    assert _labels("Ottawa welcomed the rain.", ("Canada",)) == []  # not a thing of stance.toml [things]


def test_one_sides_stances_on_a_thing_relate_only_when_they_oppose():
    backs = Stance(("Canada",), "support", "thing:blockade", "positive")
    withholds = Stance(("Canada",), "support", "thing:blockade", "negative")
    other_side = Stance(("Mexico",), "support", "thing:blockade", "negative")
    unknown = Stance((), "support", "thing:blockade", "negative")
    assert backs.same_subject(withholds) and backs.conflicts_with(withholds)
    assert not backs.same_subject(backs)  # told alike: no tie (too common a stance to tell one remark)
    assert not backs.same_subject(other_side) and not backs.conflicts_with(unknown)
    assert not Stance(("Canada",), "neutral", "*", "positive").conflicts_with(backs)


BACKED = "The Canadian government endorsed the naval blockade, a foreign ministry spokesman said in Ottawa."
WITHHELD = "Reports from Ottawa say the Canadian government has refused to associate itself with the embargo."


def test_one_sides_position_told_both_ways_conflicts_and_the_frame_relays_it():
    recs = [record("a", "Wire", "2024-06-03"), record("b", "Paper", "2024-06-04")]
    events = [_in_sentence("a", BACKED, "The Canadian government endorsed the naval blockade", "statement", "Canada"),
              _in_sentence("a", BACKED, "a foreign ministry spokesman said in Ottawa", "statement", "Canada"),
              _in_sentence("b", WITHHELD, "has refused to associate itself with the embargo", "statement", "Canada")]
    parity = build_parity(timeline(recs, events), None, {"a": BACKED, "b": WITHHELD})
    status = {c.event: c.status for c in parity.claims}
    assert status[events[0].id] == status[events[2].id] == Status.conflicting
    assert status[events[1].id] != Status.conflicting  # the spokesman relays the government's stance


def test_one_sides_position_told_alike_links_nothing_by_it():
    told = "Ottawa has thrown its weight behind the embargo, officials say."
    recs = [record("a", "Wire", "2024-06-03"), record("b", "Paper", "2024-06-04")]
    events = [_in_sentence("a", BACKED, "The Canadian government endorsed the naval blockade", "statement", "Canada"),
              _in_sentence("b", told, "Ottawa has thrown its weight behind the embargo", "statement", "Canada")]
    parity = build_parity(timeline(recs, events), None, {"a": BACKED, "b": told})
    assert all(not c.links for c in parity.claims)
