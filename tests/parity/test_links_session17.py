"""Session 17 (plink17): parity same_event links on GOLD events (`python -m parity.evaluate --eval DIR --oracle -v
--why`), main 87d82c8.

Missed same_event links (`--oracle --why`: the first rule that refused each), by class:
| missed same_event: rule                                                  | h11 | h9 | h13 | h7 | h10 | h12 | d16 | d12l | f6 | all |
|--------------------------------------------------------------------------|-----|----|-----|----|-----|-----|-----|------|----|-----|
| score feature: summaries share no word or head                           |   4 | 12 |   1 |  8 |   3 |     |   1 |    2 |  6 |  37 |
| score feature: similarity + bonuses under EVENT_SCORE                    |   2 |  7 |   2 |  7 |   1 |   6 |   2 |    6 |  1 |  34 |
| one side a relay: two relays worded apart                                |   1 |  3 |     |  1 |     |     |   3 |    9 |  2 |  19 |
| blocking: cut by the candidate limit, or no shared key                   |   1 |  5 |   1 |  1 |     |     |   1 |    2 |  1 |  12 |
| no anchor (actor told as a state and as its person; no shared thing)     |   4 |  3 |     |  3 |     |   1 |   1 |      |    |  12 |
| one side a relay: speaker unknown, words apart                           |     |  3 |   1 |    |     |     |   1 |    1 |    |   6 |
| one side a relay: a relay and a remark                                   |     |    |     |  3 |     |     |   2 |    1 |    |   6 |
| found with the other relation (same_topic) or modality differs           |     |  2 |     |    |     |     |   1 |    1 |  2 |   6 |
| kind mismatch                                                            |   1 |    |   3 |  1 |     |     |     |      |  1 |   6 |
| act heads told apart (struck / rammed, withdrew / left)                  |   3 |    |   1 |    |     |     |     |    2 |    |   6 |
| copy rules (a copy's other sentence)                                     |     |    |     |    |   1 |     |     |    3 |    |   4 |
| day tolerance / repeats (moves apart, statements days apart), other      |   1 |    |     |    |     |     |     |    3 |    |   4 |
| all                                                                      |  17 | 35 |   9 | 24 |   5 |   7 |  12 |   30 | 13 | 152 |

False same_event links (each counted once, by the rule that made it; "counterpart choice": the gold links one end to
another event of the same kind in the other end's excerpt, so the tool picked the wrong one of many similar acts):
| false same_event: rule                                                   | h11 | h9 | h13 | h7 | h10 | h12 | d16 | d12l | f6 | all |
|--------------------------------------------------------------------------|-----|----|-----|----|-----|-----|-----|------|----|-----|
| counterpart choice among similar acts of one excerpt                     |   2 |  4 |     |  4 |   6 |   2 |   2 |      |  4 |  24 |
| a relay and a statement of one speaker or state                          |     |    |   1 |  1 |     |     |   2 |      |    |   4 |
| one actor's acts of one day, by the actor and day bonuses                |   1 |    |     |    |     |   1 |     |      |    |   2 |
| other anchors (a place, an object, words)                                |   1 |    |     |    |     |   1 |     |      |    |   2 |
| one_act (one head a day apart), one actor's acts days apart, statements  |     |    |     |  1 |   2 |     |     |      |    |   3 |
| all                                                                      |   4 |  4 |   1 |  6 |   8 |   4 |   4 |    0 |  4 |  35 |
(On the older dev sets the same count is 28 more, 19 of them counterpart choice: eval 1, heldout2 3, heldout3 9,
heldout4 4, heldout 2; 43 of 63 in all.)

Two relays of one speaker worded differently (session 16's open class), counted on the declassified golds (heldout7/9/10/
11/12/13, independent excerpts): of the pairs told on one day, 9 are linked and 8 not; of those the tool refuses as "two
relays, words apart", 5 are linked (4 with a day missing) and 6 not (all of one day); undated pairs 5 linked, 128 not. The majority leaves them
unlinked, so the rule stays (tests/data/eval/README.md now says so).


Fixed (general rules; fresh pairs below, invented names, places and days):
- one doer's ship striking another is the ramming or collision another outlet tells, and one doer leaving a treaty or
  a place is its withdrawal (paraphrases.toml [one_doer]: strike ~ collide, withdraw ~ depart; both claims must name
  one known doer, so one side's air strike and the other side's collision stay apart);
- a state's act and the same act told of a person whose side is not known (its leader or officer), one kind (no
  statement or meeting), days at most a day apart, worded alike and sharing a word of what was done besides titles,
  is anchored as one act (score._state_and_its_person: "President X ordered 40 diplomats out" / "Ruritania expelled 40
  diplomats").
- of one claim's same_event links into one sentence of another excerpt, the counterpart kept is the one whose summary
  shares more words of its own with the claim's, titles aside, before the fuzzy wording ratio (build._counterpart_key:
  "dismissed Prime Minister X" is "had removed Mr X", not "swore in Y as interim prime minister").
Tried and left out: one actor's two acts of a kind in one sentence as parts of one only when told alike (a word of
their own or one act head): dev heldout7/9 lost false links but a blind set lost two right ones, so each of two
measures of one sentence may still link both of the other outlet's (xfail row below).
"""

from __future__ import annotations

import pytest

from parity import lexicon
from parity.blocking import build_index
from parity.models import Relation
from parity.score import _state_and_its_person, similarity
from tests.parity.helpers import claims_for, event, record, scored

RECS = [record("q1", "Andes Wire", "2031-03-12"), record("q2", "Pacific Herald", "2031-03-13")]


def _two(one: tuple, other: tuple, kind: str = "other"):
    """Two events of the two sources as (text, actor, day, summary) rows."""
    def make(excerpt: str, row: tuple):
        text, actor, day, summary = row
        return event(excerpt, text, kind, actor=actor, day=day, summary=summary)
    return make("q1", one), make("q2", other)


def _linked(a, b) -> Relation | None:
    got = scored(RECS, a, b)
    return got.relation if got is not None else None


# ---- one doer's strike and the collision, a treaty left and withdrawn from

def test_one_doer_strike_is_the_ramming() -> None:
    """The patrol ship that struck a boat on Wednesday and the ramming of that boat by the ship's navy, told a day
    later by another outlet: one act, its day in dispute."""
    a, b = _two(("The destroyer KRI Samudra struck the fisheries boat Lembu on Wednesday off Bintan.", "Indonesia",
                 "2031-03-11", "the destroyer KRI Samudra struck the fisheries boat Lembu on Wednesday"),
                ("The reckless ramming of the fisheries boat Lembu by an Indonesian destroyer on March 10 drew "
                 "protests.", "Indonesia", "2031-03-10",
                 "the reckless ramming of the fisheries boat Lembu by an Indonesian destroyer on March 10"))
    got = scored(RECS, a, b)
    assert got is not None and got.relation == Relation.same_event
    assert {d.attribute for d in got.differences} == {"date"}


def test_strike_and_collision_share_a_head_only_for_one_doer() -> None:
    """[one_doer]: "struck" ~ "collided" only when both claims name one known doer (one side's air strike is no
    collision the other side tells)."""
    struck, rammed = lexicon.content_words("struck the boat"), lexicon.content_words("rammed the boat")
    assert lexicon.one_head(struck, rammed, one_doer=True)
    assert not lexicon.one_head(struck, rammed, one_doer=False)


def test_two_doers_strike_and_collision_stay_apart() -> None:
    """Ruritania's air strike and Borduria's trawler colliding with a patrol boat on one day: two acts."""
    a, b = _two(("Ruritanian jets struck a depot near Velka on Wednesday.", "Ruritania", "2031-03-11",
                 "Ruritanian jets struck a depot near Velka"),
                ("A Bordurian trawler collided with a patrol boat near Velka on Wednesday.", "Borduria", "2031-03-11",
                 "a Bordurian trawler collided with a patrol boat"))
    assert _linked(a, b) != Relation.same_event


def test_a_treaty_left_is_the_withdrawal() -> None:
    """"Formally withdrew on Friday from the fisheries convention" / "the convention, which Ruritania left on 7 March":
    one act."""
    a, b = _two(("Ruritania formally withdrew on Friday from the 1990 Baltic fisheries convention.", "Ruritania",
                 "2031-03-07", "Ruritania formally withdrew on Friday from the 1990 Baltic fisheries convention"),
                ("The fisheries convention, which Ruritania left on 7 March, had bound six states.", "Ruritania",
                 "2031-03-07", "the fisheries convention, which Ruritania left on 7 March"))
    assert _linked(a, b) == Relation.same_event


# ---- a state's act told of its leader

def test_a_leaders_order_is_the_states_act() -> None:
    """"President Ana Ruiz ordered 40 Venezuelan diplomats expelled" / "Colombia expelled 40 Venezuelan diplomats":
    one act, its doer told as the state or its president."""
    a, b = _two(("President Ana Ruiz on Monday ordered 40 Venezuelan diplomats expelled.", "ana ruiz", "2031-03-10",
                 "ordered 40 Venezuelan diplomats expelled"),
                ("Colombia expelled 40 Venezuelan diplomats on Monday.", "Colombia", "2031-03-10",
                 "Colombia expelled 40 Venezuelan diplomats"), kind="sanction")
    (fa, fb), claims = claims_for(RECS, [a, b])
    assert _state_and_its_person(fa, fb, similarity(fa, fb, build_index(claims)))
    assert _linked(a, b) == Relation.same_event


def test_an_emergency_declared_by_the_acting_president() -> None:
    """"Acting President Luis Mora declared a state of emergency" / "a state of emergency was declared": one act."""
    a, b = _two(("Acting President Luis Mora declared a state of emergency yesterday.", "luis mora", "2031-03-11",
                 "Acting President Luis Mora declared a state of emergency yesterday"),
                ("A 90-day state of emergency had been declared in Ecuador, the army said.", "Ecuador", "2031-03-11",
                 "a 90-day state of emergency had been declared"))
    assert _linked(a, b) == Relation.same_event


def test_titles_alone_anchor_nothing() -> None:
    """"President Ana Ruiz had been detained" / "Acting President Luis Mora declared martial law": only the title is
    shared, two acts."""
    a, b = _two(("President Ana Ruiz had also been detained, Ecuador's army said.", "Ecuador", "2031-03-11",
                 "President Ana Ruiz had also been detained"),
                ("Acting President Luis Mora declared martial law yesterday.", "luis mora", "2031-03-11",
                 "Acting President Luis Mora declared martial law yesterday"))
    (fa, fb), claims = claims_for(RECS, [a, b])
    assert not _state_and_its_person(fa, fb, similarity(fa, fb, build_index(claims)))


def test_a_person_days_apart_is_no_anchor() -> None:
    """The leader's order and the state's act five days apart: not anchored as one act by this rule."""
    a, b = _two(("President Ana Ruiz on Monday ordered 40 Venezuelan diplomats expelled.", "ana ruiz", "2031-03-03",
                 "ordered 40 Venezuelan diplomats expelled"),
                ("Colombia expelled 40 Venezuelan diplomats on Saturday.", "Colombia", "2031-03-08",
                 "Colombia expelled 40 Venezuelan diplomats"), kind="sanction")
    (fa, fb), claims = claims_for(RECS, [a, b])
    assert not _state_and_its_person(fa, fb, similarity(fa, fb, build_index(claims)))


# ---- counterpart choice: two acts of one actor in one sentence, told by another outlet in other words

def _sentence_events():
    """Two outlets each telling, in one sentence, one government's two measures of one day: sanctions on a ministry and
    diplomats expelled (invented names)."""
    one = "Canberra on Friday imposed sanctions on Freedonia's interior ministry and expelled 12 Freedonian diplomats."
    other = "Australia froze the assets of the Freedonian interior ministry on Friday and ordered out 12 of its envoys."
    return [event("q1", one, "sanction", actor="Australia", day="2031-03-07",
                  summary="imposed sanctions on Freedonia's interior ministry"),
            event("q1", one + " ", "sanction", actor="Australia", day="2031-03-07",
                  summary="expelled 12 Freedonian diplomats"),
            event("q2", other, "sanction", actor="Australia", day="2031-03-07",
                  summary="froze the assets of the Freedonian interior ministry"),
            event("q2", other + " ", "sanction", actor="Australia", day="2031-03-07",
                  summary="ordered out 12 of its envoys")]


@pytest.mark.xfail(strict=True, reason="one actor's two acts of a kind in one sentence are parts of one (build._parts_of_one): "
                   "each keeps both of the other outlet's; narrowing it lost right links on a blind set (session 17)")
def test_each_measure_links_its_own_counterpart() -> None:
    """End to end through parity.build: the sanctions link the frozen assets and the expulsion the envoys ordered out,
    not crosswise."""
    from parity.build import build_parity
    from tests.parity.helpers import timeline
    evs = _sentence_events()
    parity = build_parity(timeline(RECS, evs), bodies={})
    ids = [e.id for e in evs]
    linked = {(c.event, link.event) for c in parity.claims for link in c.links if link.relation == Relation.same_event}
    assert (ids[0], ids[2]) in linked and (ids[1], ids[3]) in linked
    assert (ids[0], ids[3]) not in linked and (ids[1], ids[2]) not in linked


def test_the_counterpart_shares_a_word_beyond_titles() -> None:
    """build._counterpart_key: "dismissed Prime Minister X" is better told by "had removed Mr X" than by "swore in Y as
    interim prime minister" (titles are no word of what was done)."""
    from parity.build import _counterpart_key
    from parity.score import Scored
    text = "The commander said he had removed Mr Okafor and swore in Dr Bello as interim prime minister."
    evs = [event("q1", "The army dismissed Prime Minister Okafor on Tuesday.", "other", actor="Ruritania",
                 day="2031-03-11", summary="dismissed Prime Minister Okafor"),
           event("q2", text, "other", actor="Ruritania", day="2031-03-11", summary="he had removed Mr Okafor"),
           event("q2", text + " ", "other", actor="Ruritania", day="2031-03-11",
                 summary="swore in Dr Bello as interim prime minister")]
    (dismissed, removed, sworn), _ = claims_for(RECS, evs)
    same = Scored(Relation.same_event, 0.4, (), True)
    assert _counterpart_key(dismissed, removed, same) > _counterpart_key(dismissed, sworn, same)


# ---- a ministry named by its portfolio is its state's organ, no person

def test_a_ministry_of_foreign_affairs_is_no_person() -> None:
    """"the Ruritanian Ministry of Foreign Affairs" speaks for Ruritania ("Affairs" is no one's name); a person stays."""
    from parity.claims import canonical_actor
    assert canonical_actor("Chinese Ministry of Foreign Affairs") == "China"
    assert canonical_actor("Philippine Department of Foreign Affairs") == "Philippines"
    assert canonical_actor("Indian Ministry of External Affairs") == "India"
    assert canonical_actor("Sergei Lavrov") == "sergei lavrov"
