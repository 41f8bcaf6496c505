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
  "dismissed Prime Minister X" is "had removed Mr X", not "swore in Y as interim prime minister");
- a ministry named by its portfolio ("the Ministry of Foreign Affairs") is its state's organ, not a person "affairs"
  (claims.INSTITUTION_WORDS; an actor alias that kept one protest from its state's other tellings);
- in a copy of one origin, a claim keeps one counterpart per copied sentence even for one actor's two acts of a kind
  (repeats.one_per_sentence copy=...): the copy tells its source's events one for one.
- one known actor's test of one named weapon (a shared object) on single days at most a day apart is one test, its
  day in dispute, however worded (score._one_weapon_test: "tested a cruise missile yesterday" / "the cruise missile test
  carried out on August 19"): heldout11 oracle .69 -> .70, status 67 -> 69%.
Figures (oracle links F1, status; main 87d82c8 -> this session's last commit): heldout11 .63 59% -> .70 69% (P .80 ->
.84, tp 33 -> 38, fp 8 -> 7); heldout7 .74 75% -> .77 77% (P .91 -> .95, fp 9 -> 5); fresh6 .57 -> .59; dev16-standoff
.66 -> .67; heldout9/10/12/13, dev12-links, eval, gaps, gaps2, heldout..heldout4 unchanged; samples .83, 14/14. Blind
(summaries only): heldout6 F1 .76 -> .77, status 75 -> 77%; heldout8 F1 .71 (tp +1, fp +1), status 75 -> 76%; heldout14
P .72 -> .76 (fp 12 -> 10), F1 .57 -> .58; heldout15 P .59 -> .58 (fp 31 -> 33: score._state_and_its_person), F1 .55;
heldout5 unchanged. End to end: the five blind sets unchanged; heldout11 status 47 -> 48%, heldout12 54 -> 55%, fresh6
.42 -> .47, the other dev sets unchanged.
Tried and left out: one actor's two acts of a kind in one sentence as parts of one only when told alike (a word of
their own or one act head): dev heldout7/9 lost false links but a blind set lost two right ones, so each of two
measures of one sentence may still link both of the other outlet's (xfail row below). Diplomatic relations "broke off" ~
"severed" ~ "cut ties" as one act head (a head group, then phrases before "relations"/"ties" only): heldout9 +3 links,
but a blind set lost two, and heldout11 lost the words "diplomatic relations" its group shares. A mutual-best pass (drop
a link whose two ends each have a better counterpart in the other's excerpt): fp unchanged, heldout -5 links. Raising
the candidate limit to 25 or lowering EVENT_SCORE to 0.29: precision fell on heldout3/7/9/11. In a copy, preferring the
counterpart told at the same place of the copied sentence (a spun "grabbed energy" for "seized power", not the arrest
after it sharing the capture head): by rank, heldout11 oracle +1 link but end to end -1; by share of the sentence, a
blind set lost a link. A drill's first day and its span told elsewhere as one drill: heldout7 +2 links but -2 statuses (its count then differs), blind unchanged.
Ships "turned about" / "altered course" as a diversion: heldout9 +2 links, +2 false. The refusal "summaries share no
word" was measured right: of one actor's acts of one kind a day apart at most that it refuses on the dev and declassified
sets, the golds leave 248 pairs unlinked and 19 same_topic, and link 16.
"""

from __future__ import annotations

import pytest

from parity import lexicon
from parity.blocking import build_index
from parity.models import Relation
from parity.score import _state_and_its_person, similarity
from tests.parity.helpers import check_pair, claims_for, event, pair_param, pair_rows, record, scored

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


# ---- a copy holds its source's events one for one

def test_a_copy_gives_one_counterpart_per_sentence() -> None:
    """In a copy of one origin (copy(link)), a claim keeps one counterpart of the copied sentence even when the two are
    one actor's acts of a kind (alike): the copy tells the same events one for one. Between independent outlets
    (no copy) both stay, parts of one speech or act."""
    from parity.repeats import one_per_sentence

    def run(dependent: bool) -> list[int]:
        links = {0: [(1, "e", not dependent), (2, "e", not dependent)], 1: [(0, "e", not dependent)],
                 2: [(0, "e", not dependent)]}
        one_per_sentence(links, lambda link: link[1] == "e", [0, 1, 1], lambda i, link: link[0] == 2,
                         lambda j, k: True, lambda link: not link[2])
        return [j for j, *_ in links[0]]

    assert run(dependent=True) == [2]
    assert run(dependent=False) == [1, 2]


# ---- one weapon's test told on two days (score._one_weapon_test)

def test_one_weapons_test_a_day_apart_is_one_test() -> None:
    """"Tested a ground-launched cruise missile yesterday" (Sunday, Washington's day) / "the cruise missile test it carried
    out on March 10" (Moscow's day): one test of one weapon, its day in dispute."""
    a, b = _two(("The United States has tested a ground-launched cruise missile off the coast of Oregon.", "US",
                 "2031-03-09", "the United States has tested a ground-launched cruise missile"),
                ("The cruise missile test that Washington carried out on March 10 alarmed Moscow.", "US",
                 "2031-03-10", "the United States carried out on March 10"), kind="missile_test")
    a = a.model_copy(update={"objects": ["cruise missile"]})
    b = b.model_copy(update={"objects": ["cruise missile"]})
    got = scored(RECS, a, b)
    assert got is not None and got.relation == Relation.same_event
    assert {d.attribute for d in got.differences} == {"date"}


def test_two_weapons_tests_a_day_apart_are_no_one_weapons_test() -> None:
    """A cruise missile test one day and a ballistic missile test the next: not one weapon's test (this rule anchors
    nothing; whether scoring links them otherwise is another rule's)."""
    from parity.score import _one_weapon_test
    a, b = _two(("Pyongyang tested a cruise missile over the Yellow Sea on Sunday.", "North Korea", "2031-03-09",
                 "Pyongyang tested a cruise missile"),
                ("North Korea fired a ballistic missile into the sea on Monday.", "North Korea", "2031-03-10",
                 "fired a ballistic missile on Monday"), kind="missile_test")
    a = a.model_copy(update={"objects": ["cruise missile"]})
    b = b.model_copy(update={"objects": ["ballistic missile"]})
    (fa, fb), _ = claims_for(RECS, [a, b])
    assert not _one_weapon_test(fa, fb)
    later = b.date.model_copy(update={"start": b.date.start.replace(day=12), "end": b.date.end.replace(day=12)})
    c = b.model_copy(update={"objects": ["cruise missile"], "date": later})
    (fa, fc), _ = claims_for(RECS, [a, c])
    assert not _one_weapon_test(fa, fc)  # one weapon three days apart: two tests


# ---- fresh pairs end to end (link_pairs_session17.toml)

@pytest.mark.parametrize("row", [pair_param(r) for r in pair_rows("link_pairs_session17.toml")])
def test_pair(row: dict) -> None:
    check_pair(row)
