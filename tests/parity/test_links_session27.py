"""Session 27 (plink27): links on unseen text, main 94147ff (heldout22 declassified this session).

heldout22's missed links under --oracle and end to end (`python -m parity.evaluate --eval tests/data/heldout22 [--oracle]
-v --why`) on main 94147ff by the rule that refused them (bk = batken, eb = entebbe, sl = palliser):
| missed link: rule (--why)                        | oracle bk| eb| sl|all| e2e bk| eb| sl|all|
| an end not extracted (e2e: "miss (no event)")    |         -|  -|  -|  -|     13| 14| 18| 45|
| same_event: score under threshold                |         1|  4|  1|  6|      2|  2|  1|  5|
| same_event: summaries share no word              |          |   |  4|  4|      1|   |  1|  2|
| same_event: no anchor / speaker unknown          |         2|  1|   |  3|      2|  1|   |  3|
| same_event or same_topic: blocked                |         3|  2|  2|  7|      1|  1|  3|  5|
| same_topic: a relay                              |         5|  4|  1| 10|      2|   |   |  2|
| same_topic: similarity < 0.05 / 0.12 / 0.25      |         8|  3|  3| 14|      5|  2|  1|  8|
| same_topic: kinds differ                         |          |  1|  4|  5|       |  3|  1|  4|
| the rest (found as same_event, 0.45 no entity)   |          |  1|   |  1|      2|   |   |  2|
| all missed (fn)                                  |        19| 16| 15| 50|     26| 23| 25| 74|
| false links (fp)                                 |         1|  8|  9| 18|      0|  3|  5|  8|
| found (tp)                                       |        21| 10| 27| 58|     16|  3| 20| 39|

End to end recall is the gap (.35 against .54 with gold events). Why the links the oracle finds are lost end to end
(`--bridge`), heldout22 and heldout21 (with heldout18, 19, 20, 17 and 4 for the parity-side causes):
| lost end to end, by the first change that brings it back  | h22| h21| h18| h19| h20| h17| h4|
| an end not extracted (the timeline's: see requests-plink27.md) |  19|  17|  16|  10|  12|  10|  7|
| objects read otherwise (one force or aircraft in two words) |   3|    |    |    |    |    |   |
| actor differs or missing (a person for its state, None)   |   1|   1|   6|   2|   2|   1|  5|
| kind, summary, several together, scoring context          |   4|   2|  12|   2|  11|  11|  8|
| all lost (found on gold events, not end to end)           |  27|  20|  34|  14|  25|  22| 20|
The parity-side cause this session fixes: one doer's act whose sources name its force or aircraft in other words
("Uzbek warplanes bombed" / "Uzbek jets bombed", read as the objects "fighter jet" / "jets"; "landed at Lungi" with
"soldiers" / "paratroopers") lost the object penalty's 0.15 below EVENT_SCORE (`score._one_force`, objects.toml [kin]:
the wider word of a force or of aircraft against a unit or craft of that kind, actors that agree). heldout22 e2e links
tp 39 -> 42, F1 .49 -> .52 (fp 8 kept).

heldout22's false links under --oracle by what made them:
| false link: what made it                                                  | bk| eb| sl|all|
| one side's two acts of a day or two at one place ("secured the airport" / "landed at Lungi"), a day apart |   |  1|  3|  4|
| an act and its sequel or its toll's part ("seized the peacekeepers" / "released nearly 300 of them") |   |  2|  4|  6|
| tolls of other people ("Thirty-five Ugandan soldiers" / "245 Kenyans") |   |  2|   |  2|
| one person's two acts weeks apart (same_topic: "flew to the area" / "was dismissed") |  1|   |   |  1|
| a meeting's parts and sequels, a denial of knowledge and the act          |   |  3|  2|  5|
dev27-links (written gold-first this session: France's first strikes in Mali 2013; the French and Belgian drops on
Kolwezi 1978) shows two of these shapes on fresh text: one force's two moves of two days at two places ("landed at
Kamina air base on Friday" / "reached Kolwezi on Saturday": same_event on actor, kind and head; now two moves,
`score._moves_to_two_places`: each summary names a place of its own, none in common, single days apart), and other
people's tolls, which the existing two-states'-people rule refuses once their nationality is known (Zaire, Zairean:
parity/data/aliases.toml). dev27-links oracle status 74% -> 83% (F1 .71 kept: the two legs stay one subject,
same_topic); end to end F1 .64 -> .67. Two legs need one act head in both and places of their own: a voyage's start and
where it was next day (test_links_session19) and a ship's name beside "the pole" / "the North Pole" (heldout10, which
the first version cost two links) stay one move.

Then one act in other words, the largest oracle miss left ("summaries share no word": 29 misses on heldout17-22): a
treaty abrogated or repudiated is given up (paraphrases.toml give_up), troops firing into a crowd clash with it
(words.toml clash: "fired into a crowd", read as [spin] makes it, "group"). heldout21 oracle tp 55 -> 57 (F1 .61 -> .63).

Tried and not kept: people flown out of danger as rescued (words.toml rescue "airlifted", "flew out", "flown out";
depart "flew out of"): heldout22 oracle tp 58 -> 60 (F1 .63 -> .65), but blind heldout6 oracle fp 5 -> 7 (P .94 ->
.92): dropped unread. More candidates per claim (blocking.PER_CLAIM 15 -> 25 or 40; "blocked: cut by the candidate limit"
names 38 oracle misses on heldout17-22): no link came back on heldout22 or heldout19 (the pairs fail scoring too) and
heldout19 gained 3 false links.
"""

from __future__ import annotations

import pytest

from parity import lexicon
from parity.blocking import build_index
from parity.models import Relation
from parity.score import _moves_to_two_places, _one_force, event_score, score_pair, similarity
from tests.parity.helpers import claims_for, event, record

ANKARA = [record("t1", "Anatolia Wire", "2007-12-20"), record("t2", "Tigris Post", "2007-12-22")]
CHAD = [record("c1", "Sahel Press", "2008-02-03"), record("c2", "Lyon Evening", "2008-02-04")]


def _relation(records: list, events: list, i: int, j: int) -> Relation | None:
    """The relation of events[j] to events[i] scored among the claims of all the events."""
    facts, claims = claims_for(records, events)
    got = score_pair(facts[i], facts[j], build_index(claims))
    return got.relation if got else None


def _strike(excerpt: str, text: str, day: str | tuple[str, str], objects: tuple[str, ...], actor: str | None = "Turkey"):
    return event(excerpt, text, "other", actor=actor, day=day, objects=objects, summary=text)


# ---- one doer's force or aircraft named in other words (each scoring row fails on main 94147ff: the object penalty,
# 0.15, took one strike below EVENT_SCORE)

WEEK = ("2007-12-10", "2007-12-16")
MONTH = ("2007-12-01", "2007-12-31")


@pytest.mark.parametrize("one, other", [
    (("fighter jet",), ("jets",)),  # "warplanes" (read as "fighter jet") / "jets"
    (("jets",), ("bombers",)),
    (("soldiers",), ("paratroopers",)),
    (("troops",), ("commandos",)),
    (("forces",), ("marines",)),
    (("soldiers",), ("troops",)),
])
def test_one_force_in_other_words(one: tuple[str, ...], other: tuple[str, ...]) -> None:
    a = _strike("t1", "Turkey bombed rebel hideouts in northern Iraq last week", WEEK, one)
    b = _strike("t2", "Ankara pounded the Qandil mountains repeatedly in December", MONTH, other)
    (fa, fb), claims = claims_for(ANKARA, [a, b])
    assert _one_force(fa, fb) and _one_force(fb, fa)
    # No penalty: scored as if neither named a thing (on main 94147ff, 0.15 less).
    (na, nb), bare = claims_for(ANKARA, [_strike("t1", a.summary, WEEK, ()), _strike("t2", b.summary, MONTH, ())])
    sim = similarity(fa, fb, build_index(claims))
    assert sim == pytest.approx(similarity(na, nb, build_index(bare)))
    assert event_score(fa, fb, sim) == pytest.approx(event_score(na, nb, sim))


@pytest.mark.parametrize("one, other, actor_a, actor_b", [
    (("fighter jet",), ("jets",), "Turkey", "Syria"),  # two doers known apart: each side's own strike
    (("paratroopers",), ("marines",), "Turkey", "Turkey"),  # two units named
    (("jets",), ("helicopters",), "Turkey", "Turkey"),  # two kinds of craft
    (("troops",), ("artillery",), "Turkey", "Turkey"),
    (("paratroopers",), ("jets",), "Turkey", "Turkey"),  # a force and a craft
    (("soldiers", "artillery"), ("paratroopers",), "Turkey", "Turkey"),  # a thing of the one's own besides its force
])
def test_not_one_force(one: tuple[str, ...], other: tuple[str, ...], actor_a: str, actor_b: str) -> None:
    a = _strike("t1", "They bombed rebel hideouts in northern Iraq last week", WEEK, one, actor_a)
    b = _strike("t2", "They pounded the Qandil mountains repeatedly in December", MONTH, other, actor_b)
    (fa, fb), _ = claims_for(ANKARA, [a, b])
    assert not _one_force(fa, fb) and not _one_force(fb, fa)


def test_one_strike_by_warplanes_and_jets_is_one_event() -> None:
    # Fails on main 94147ff (score under threshold: the penalty for "fighter jet" / "jets").
    a = _strike("t1", "Turkish warplanes bombed rebel hideouts in northern Iraq last week, killing at least 30 fighters",
                WEEK, ("fighter jet",))
    b = _strike("t2", "Turkish jets bombed the area several times in December", MONTH, ("jets",))
    assert _relation(ANKARA, [a, b], 0, 1) is Relation.same_event


# ---- one force's two moves of two days, each at a place of its own (fails on main 94147ff: same_event on actor, kind
# and one head, "landed" ~ "reached")

KOSOVO = [record("k1", "Balkan Wire", "1999-06-13"), record("k2", "Danube Daily", "1999-06-14")]


def _move(excerpt: str, text: str, day: str, actor: str = "Russia") -> object:
    return event(excerpt, text, "deployment", actor=actor, day=day, summary=text)


@pytest.mark.parametrize("one, other", [
    (("Russian paratroopers landed at Ugljevik on Friday", "1999-06-11"),
     ("The Russian column reached Slatina airfield on Saturday", "1999-06-12")),
    (("Russian troops arrived in Bijeljina on Friday", "1999-06-11"),
     ("Russian troops arrived at Slatina on Saturday", "1999-06-12")),
])
def test_two_moves_at_two_places(one: tuple[str, str], other: tuple[str, str]) -> None:
    events = [_move("k1", *one), _move("k2", *other)]
    (fa, fb), _ = claims_for(KOSOVO, events)
    assert _moves_to_two_places(fa, fb)
    assert _relation(KOSOVO, events, 0, 1) is not Relation.same_event


@pytest.mark.parametrize("one, other", [
    # one place in both: one move whose day the sources dispute
    (("Russian paratroopers landed at Slatina on Friday", "1999-06-11"),
     ("The Russian troops landed at Slatina airfield on Saturday", "1999-06-12")),
    # one day: not two legs
    (("Russian paratroopers landed at Ugljevik on Friday", "1999-06-11"),
     ("Russian troops arrived at Slatina on Friday", "1999-06-11")),
    # no place of its own in one
    (("Russian paratroopers landed at Ugljevik on Friday", "1999-06-11"),
     ("the paratroopers arrived on Saturday", "1999-06-12")),
    # a ship's name is no place, and "the pole" / "the North Pole" is one place (heldout10's shape, fresh words)
    (("the arrival at the pole on Thursday of the icebreaker Kapitan Dranitsyn", "1999-06-11"),
     ("reached the geographic point of the North Pole on June 12", "1999-06-12")),
    # two heads: a start and where the force was the next day
    (("Russian paratroopers left Ugljevik on Friday", "1999-06-11"),
     ("Russian paratroopers were camped outside Slatina on Saturday", "1999-06-12")),
])
def test_not_two_moves_at_two_places(one: tuple[str, str], other: tuple[str, str]) -> None:
    (fa, fb), _ = claims_for(KOSOVO, [_move("k1", *one), _move("k2", *other)])
    assert not _moves_to_two_places(fa, fb)


# ---- other people's tolls: a state's old name read as that state (fails on main 94147ff: "Zairean" was no demonym, so
# two tolls of two peoples on days a day apart were one toll)

SHABA = [record("z1", "Continental Press", "1977-04-10"), record("z2", "Brussels Evening", "1977-04-11")]


@pytest.mark.parametrize("text, states", [
    ("Twelve Zairean soldiers", ["DR Congo"]),
    ("the Zairian army", ["DR Congo"]),
])
def test_old_state_names(text: str, states: list[str]) -> None:
    assert lexicon.demonym_states(text) == states


def test_other_peoples_tolls() -> None:
    events = [
        event("z1", "Twelve Zairean soldiers were killed in the fighting on Saturday", "other", day="1977-04-09",
              count="Twelve", summary="Twelve Zairean soldiers were killed in the fighting on Saturday"),
        event("z2", "Five Moroccan soldiers died in the fighting on Sunday", "other", day="1977-04-10", count="Five",
              summary="Five Moroccan soldiers died in the fighting on Sunday"),
    ]
    assert _relation(SHABA, events, 0, 1) is not Relation.same_event


# ---- one act in other words (each fails on main 94147ff: the two wordings shared no head)

def _canon(word: str) -> str:
    return lexicon.content_words(word)[0]  # a head as claims read it


@pytest.mark.parametrize("a, b, head", [
    # a treaty given up: abrogated, repudiated, renounced
    ("decided to abrogate the 1959 defence pact", "renounced its defence pact with Turkey", "renounced"),
    ("repudiated the border treaty", "gave up the border treaty", "renounced"),
    # guards or troops shooting into a crowd
    ("troops fired into a crowd of marchers", "soldiers opened fire on the marchers", "clash"),
    ("police firing into the crowd outside the palace", "police fired on protesters", "clash"),
])
def test_one_act_in_other_words(a: str, b: str, head: str) -> None:
    canon = _canon(head)
    assert canon in lexicon.content_words(a) and canon in lexicon.content_words(b)


@pytest.mark.parametrize("text, head", [
    ("the gunboat fired into the air", "clash"),  # warning shots
    ("the destroyer fired into the sea", "clash"),
])
def test_not_that_act(text: str, head: str) -> None:
    assert _canon(head) not in lexicon.content_words(text)

