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


# ---- class D: an act dated wholly before its source was written, read as conditional for another clause's "if needed"

RECS_D = [record("d1", "Wire Service", "2025-03-10"), record("d2", "Coastal Times", "2025-03-12"),
          record("d3", "Third Daily", "2025-03-12")]
SENT = ("France sent two frigates to the Gulf of Guinea last week to protect merchant shipping.", "ship_movement",
        "France", ("2025-03-03", "2025-03-09"), "asserted")
STORY_D = [("Pirates boarded a tanker off Lagos on Sunday.", "other", None, "2025-03-09", "asserted")]


def _scored_d(one: tuple, other: tuple):
    def make(excerpt: str, row: tuple):
        text, kind, actor, day, modality = row
        return event(excerpt, text, kind, actor=actor, day=day, modality=modality, summary=text.rstrip("."))
    (fa, fb, *_), claims = claims_for(RECS_D, [make("d1", one), make("d2", other)] + [make("d3", r) for r in STORY_D])
    return score_pair(fa, fb, build_index(claims))


def test_a_past_act_read_as_conditional_for_another_clause_is_the_act_done() -> None:
    told = ("Two French frigates, sent to the Gulf of Guinea last week, remain on station to escort tankers if needed.",
            "ship_movement", "France", ("2025-03-03", "2025-03-09"), "conditional")
    got = _scored_d(SENT, told)
    assert got is not None and got.relation == Relation.same_event


def test_a_conditional_act_ahead_stays_a_plan() -> None:
    told = ("Two more French frigates would be sent to the Gulf of Guinea next week if the attacks go on.",
            "ship_movement", "France", ("2025-03-17", "2025-03-23"), "conditional")
    got = _scored_d(SENT, told)
    assert got is None or got.relation != Relation.same_event


# ---- class E: a copy's short clause ("a coast guard spokesman said.") is read in its whole sentence

AGENCY = ("Manila, June 18 (Wire) - Two Chinese coast guard ships fired water cannon at a Philippine supply boat near "
          "Second Thomas Shoal on Monday and blocked it for an hour, a coast guard spokesman said. The boat later "
          "returned to port.\n\nThe foreign ministry summoned China's ambassador on Tuesday, a ministry spokeswoman said.")
REPRINT = ("Two Chinese coast guard ships fired water cannon at a Philippine supply boat near Second Thomas Shoal on "
           "Monday and blocked it for an hour, a coast guard spokesman said.\n\nThe foreign ministry summoned China's "
           "ambassador on Tuesday, a ministry spokeswoman said. Source: Wire")


def _short_statements():
    def said(excerpt: str, body: str, phrase: str, start_at: int = 0) -> Event:
        start = body.index(phrase, start_at)
        return Event(id=event_id(excerpt, "statement", phrase + str(start)), excerpt=excerpt, kind="statement",
                     actor="Philippines", summary="Philippines said", evidence=Evidence.of(body, start, start + len(phrase)))
    return (said("a1", AGENCY, "a coast guard spokesman said."), said("r1", REPRINT, "a coast guard spokesman said."),
            said("r1", REPRINT, "a ministry spokeswoman said."))


def test_two_copies_of_a_short_clause_in_one_copied_sentence_are_one_sentence_copied() -> None:
    a, b, other = _short_statements()
    recs = [record("a1", "Wire", "2024-06-18"), record("r1", "Aggregator", "2024-06-18")]
    (fa, fb, fo), claims = claims_for(recs, [a, b, other])
    at = {c.id: k for k, c in enumerate(claims)}
    i, j, k = at[fa.id], at[fb.id], at[fo.id]
    bodies = {"a1": AGENCY, "r1": REPRINT}
    origins = find_origins(claims, [(min(i, j), max(i, j)), (min(i, k), max(i, k))], {"a1": "Wire", "r1": "Wire"},
                           bodies)
    assert origins.dependent(i, j)
    # The clauses alone are too short to tell (fewer shingles than a copied passage needs); their sentences tell.
    assert origins.copied_sentence(i, j)
    assert not origins.copied_sentence(i, k)  # the other sentence's "a ministry spokeswoman said."
    assert not find_origins(claims, [(min(i, j), max(i, j))], {"a1": "Wire", "r1": "Wire"}).copied_sentence(i, j)
