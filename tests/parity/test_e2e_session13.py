"""Session 13 (pe2e13): parity end to end, the classes read on the declassified heldout7 and heldout10 (fresh sentences
about other crises, scored among other claims of their story).

What was lost end to end that the oracle run finds, and why (main c285a52; `parity.evaluate --bridge`, -v, --why):

  links the oracle finds, lost end to end          heldout7 (82 found, 37 lost)   heldout10 (47 found, 28 lost)
  an end not extracted (timeline recall)                      24                              20
    of them: nothing in its sentence                          10 events                       5 events
             another gold event took the one event holding    16 events                       10 events
             its anchor (merged: one event, two anchors)
             another event of its sentence only               4 events                        1 event
  both ends extracted, another kind (an act read as a         5 (3 sanction/other read as     4 (other/statement x2,
    statement or deployment, the drills as a deployment)      statement, 3 drills/deploymt)   ship_movement/statement)
  both ends extracted, another actor (a pronoun read as       2 ("he" read as Peskov, not     1 (talks of two men, no actor)
    the wrong person; no actor)                               Trump; a passive)
  both ends extracted, undated (a date phrase missed:         2                               0
    "earlier Thursday")
  both ends extracted, modality (a deployment read as         0                               2
    conditional)
  both ends extracted, words (a spun speaker "Foreign         2                               1
    Workplace"; summaries sharing no word)
  a copy's other sentence (clause evidence)                   1                               0

  false links end to end (not in the gold)                    heldout7: 14                    heldout10: 2
  two meetings tied only by a party (the other's actor        4 (Lee convened his ministers / 0
    named in its sentence), both undated in sources written   Dai met Lee nine days later,
    days apart (class A, fixed: score.same_event_miss)        two copies)
  a threat and its side's later acts naming the other party   2 (a departure, a reported      0
    (acts.carries_out: any act, not only a hostile one)       school closure)
  an actor missing or wrong, so two states' acts look one     4 (170 shells / dozens of       0
                                                              shells into the other's waters)
  statements of two speakers on one policy, words apart       4                               1
  a plan and its outcome / a drill and its alert (arguable)   2                               1

  wrong statuses end to end, the oracle's right               heldout7: 44                    heldout10: 22
  the claim's own event not extracted                         19                              12
  a counterpart not extracted                                 3                               1
  clause evidence: two independent sentences' clauses looked  3 (the 2009 drill told by two   0
    copied (class B, fixed: origins.find_origins)             outlets: echo, gold corroborated)
  one false link flips it (class A's meetings)                3                               0
  kind / actor / date / summary read otherwise (extraction)   16                              9

Parity's own classes fixed here: A (a party's other meeting, undated), B (a copied passage checked on whole sentences).
"""

from __future__ import annotations

from datetime import date

from parity.blocking import build_index
from parity.build import build_parity
from parity.models import Relation
from parity.origins import find_origins
from parity.score import score_pair
from tests.parity.helpers import claims_for, event, record, timeline
from timeline.models import DateResolution, Event, Evidence, event_id

# ---- class A: two meetings tied only as one's actor named in the other's sentence, both undated

STORY = [
    ("The standoff over the dam entered its second week.", "other", None),
    ("Troops from both sides remained near the river, officials said.", "statement", None),
]
CONVENED = ("President Samia Hassan convened an emergency meeting of her security council at the state house.",
            "meeting", "Samia Hassan")
MET_LATER = ("Its special envoy, Li Wen, flew to Dodoma and met President Samia Hassan for three hours on security.",
             "meeting", "China")


def _scored(one: tuple, other: tuple, written: tuple[str, str]):
    """score_pair of two (text, kind, actor) rows of two sources written on the given days, among their story's claims."""
    recs = [record("m1", "Morning Wire", written[0]), record("m2", "Weekly Review", written[1]),
            record("m3", "Third Daily", written[0])]

    def make(excerpt: str, row: tuple):
        text, kind, actor, *place = row
        return event(excerpt, text, kind, actor=actor, summary=text.rstrip("."), place=place[0] if place else None)
    (fa, fb, *_), claims = claims_for(recs, [make("m1", one), make("m2", other)] + [make("m3", r) for r in STORY])
    return score_pair(fa, fb, build_index(claims))


def test_undated_meetings_tied_by_a_party_in_sources_days_apart_are_two_meetings() -> None:
    got = _scored(CONVENED, MET_LATER, ("2023-05-02", "2023-05-11"))
    assert got is None or got.relation != Relation.same_event


def test_undated_meetings_tied_by_a_party_in_one_news_cycle_stay_one_meeting() -> None:
    # Written a day apart: both may tell one meeting, whose parties each names (session 11's rule, kept).
    held = ("Ms. Hassan held talks with the Chinese envoy Li Wen at the state house.", "meeting", "Samia Hassan")
    got = _scored(held, MET_LATER, ("2023-05-10", "2023-05-11"))
    assert got is not None and got.relation == Relation.same_event


def test_undated_meetings_with_a_place_in_common_stay_one_meeting_days_apart() -> None:
    # A place both name anchors one meeting, whatever the days their sources were written.
    held = ("Ms. Hassan hosted the envoy Li Wen in Dodoma.", "meeting", "Samia Hassan", "Dodoma")
    got = _scored(held, (*MET_LATER, "Dodoma"), ("2023-05-02", "2023-05-11"))
    assert got is not None and got.relation == Relation.same_event


# ---- class B: a copied passage is checked on the whole sentences, not on the clauses extraction kept as evidence

WIRE = ("In 2014, the Caspian drills ended with a simulated landing on the western shore, according to officials in Baku. "
        "Warships also blocked the port for two days, and fishing boats were told to stay in harbour until the "
        "exercise was over. The defence ministry said 12,000 troops and 40 vessels would take part this year.")
PAPER = ("Nor is the record calming. In 2014 the exercise ended with a simulated landing on the western shore, and the "
         "2018 edition rehearsed the closure of the shipping lanes later used against the tankers. Diplomats in the "
         "region say the scale of this year's manoeuvres is hard to judge from the outside.")


def _clause_events():
    wire_clause = WIRE.index(", according")
    paper_start = PAPER.index("In 2014")
    paper_end = PAPER.index(", and the 2018")
    day = DateResolution(start=date(2014, 1, 1), end=date(2014, 12, 31), phrase="In 2014", basis="test",
                         relative_to="absolute")
    a = Event(id=event_id("w1", "military_exercise", WIRE[:wire_clause]), excerpt="w1", kind="military_exercise",
              summary="drills ended with a simulated landing on the western shore", date=day,
              evidence=Evidence.of(WIRE, 0, wire_clause))
    b = Event(id=event_id("p1", "military_exercise", PAPER[paper_start:paper_end]), excerpt="p1",
              kind="military_exercise", summary="exercise ended with a simulated landing on the western shore", date=day,
              evidence=Evidence.of(PAPER, paper_start, paper_end))
    return a, b


def test_two_outlets_telling_one_fact_in_a_clause_are_no_copied_passage() -> None:
    a, b = _clause_events()
    recs = [record("w1", "Wire Service", "2023-09-14"), record("p1", "Weekly Paper", "2023-09-16")]
    tl = timeline(recs, [a, b])
    (fa, fb), claims = claims_for(recs, [a, b])
    bodies = {"w1": WIRE, "p1": PAPER}
    pairs = [(0, 1)]
    # The clauses alone look copied (the fact told in the same stock words); their sentences do not.
    assert (0, 1) in find_origins(claims, pairs).passages
    assert not find_origins(claims, pairs, bodies=bodies).dependent(0, 1)
    parity = build_parity(tl, bodies=bodies)
    statuses = {c.event: c.status.value for c in parity.claims}
    assert statuses == {a.id: "corroborated", b.id: "corroborated"}


def test_a_sentence_copied_whole_is_still_one_passage() -> None:
    a, _ = _clause_events()
    reprint = "Officials have long worried. " + WIRE
    start = reprint.index("In 2014")
    b = Event(id=event_id("r1", "military_exercise", reprint[start:start + len(a.evidence.exact)]), excerpt="r1",
              kind="military_exercise", summary=a.summary, date=a.date,
              evidence=Evidence.of(reprint, start, start + len(a.evidence.exact)))
    recs = [record("w1", "Wire Service", "2023-09-14"), record("r1", "Aggregator", "2023-09-15")]
    _, claims = claims_for(recs, [a, b])
    origins = find_origins(claims, [(0, 1)], bodies={"w1": WIRE, "r1": reprint})
    assert origins.dependent(0, 1)


# ---- class C: one actor's act that extraction filed as a statement for its verb ("hit back at X, ordering ...")

ACT = ("President Gustavo Petro struck back at Ecuador on Monday, ordering tariffs on Ecuadorian imports and closing "
       "the border crossing at Rumichaca.")
TOLD = ("Colombia's President Gustavo Petro hit back at Ecuador on Monday with tariffs on Ecuadorian imports and the "
        "closure of the Rumichaca crossing.")
RECS_C = [record("c1", "Wire Service", "2024-02-12"), record("c2", "Andean Daily", "2024-02-12"),
          record("c3", "Third Daily", "2024-02-12")]
STORY_C = [("Trade between the two neighbours fell by a third last year.", "other", None, None),
           ("Ecuador's foreign ministry summoned Colombia's ambassador on Sunday.", "other", "Ecuador", "2024-02-11")]


def _scored_c(act_summary: str, said_text: str, said_summary: str, said_actor: str = "Gustavo Petro"):
    act = event("c1", ACT, "sanction", actor="Gustavo Petro", day="2024-02-12", summary=act_summary)
    said = event("c2", said_text, "statement", actor=said_actor, day="2024-02-12", summary=said_summary)
    others = [event("c3", text, kind, actor=actor, day=day, summary=text.rstrip(".")) for text, kind, actor, day in STORY_C]
    (fa, fb, *_), claims = claims_for(RECS_C, [act, said, *others])
    return score_pair(fa, fb, build_index(claims)), score_pair(fb, fa, build_index(claims))


def test_an_act_told_with_its_own_verb_read_as_a_statement_is_the_act() -> None:
    for got in _scored_c("Gustavo Petro: struck back at Ecuador on Monday, ordering tariffs on Ecuadorian imports",
                         TOLD, "Gustavo Petro hit back: at Ecuador on Monday with tariffs on Ecuadorian imports"):
        assert got is not None and got.relation == Relation.same_event


def test_a_remark_about_the_act_stays_a_statement() -> None:
    said = "President Gustavo Petro said on Monday that tariffs on Ecuadorian imports were a last resort."
    for got in _scored_c("Gustavo Petro: struck back at Ecuador on Monday, ordering tariffs on Ecuadorian imports",
                         said, "Gustavo Petro said: tariffs on Ecuadorian imports were a last resort"):
        assert got is None or got.relation != Relation.same_event


def test_another_actor_telling_the_act_in_those_words_is_no_stand_in() -> None:
    told = "Ecuador's President Daniel Noboa hit back at Colombia on Monday with tariffs on Colombian imports."
    for got in _scored_c("Gustavo Petro: struck back at Ecuador on Monday, ordering tariffs on Ecuadorian imports",
                         told, "Daniel Noboa hit back: at Colombia on Monday with tariffs on Colombian imports",
                         said_actor="Daniel Noboa"):
        assert got is None or got.relation != Relation.same_event
