"""Session 28 (plink28): links on unseen text, main 92206fc (heldout23 declassified this session).

heldout23's missed links under --oracle and end to end (`python -m parity.evaluate --eval tests/data/heldout23 [--oracle]
-v --why`) on main 92206fc by the rule that refused them (lb = labis, ls = lesotho, qm = quemoy):
| missed link: rule (--why)                          | oracle lb| ls| qm|all| e2e lb| ls| qm|all|
| an end not extracted (e2e: "miss (no event)")      |         -|  -|  -|  -|     15|  9|  7| 31|
| same_event: score under threshold                  |         2|  1|  3|  6|      2|  1|   |  3|
| same_event: summaries share no word                |         2|  2|  2|  6|      1|  2|   |  3|
| same_event: kinds differ (an act read as a remark) |          |   |   |   |      1|  2|  2|  5|
| same_event: a relay / speakers differ              |         1|   |   |  1|       |   |  1|  1|
| same_event or same_topic: blocked                  |          |  1|  1|  2|      1|   |  2|  3|
| same_topic: a relay (a denial and the act denied)  |         4|  4|   |  8|      1|   |   |  1|
| same_topic: kinds differ                           |         4|   |   |  4|      3|  2|   |  5|
| same_topic: similarity < 0.05 / 0.12 / 0.25 / 0.45 |         5|  2|  2|  9|      1|  2|  2|  5|
| same_topic: found as same_event                    |         1|   |   |  1|       |   |   |   |
| all missed (fn)                                    |        19| 10|  8| 37|     25| 18| 14| 57|
| false links (fp)                                   |         1|  0|  6|  7|      0|  3|  2|  5|
| found (tp)                                         |         6| 22| 19| 47|      0| 14| 13| 27|

End to end recall is the gap (.32 against .56 with gold events). The links the oracle finds and end to end loses
(`--bridge -v`), heldout23 (21) and heldout22 (20), by why the e2e side refused them:
| lost end to end (41)                                                           | h23| h22| whose |
| an end not extracted (its event missed, or matched to another of its sentence)  |  12|  16| timeline (requests-plink28.md) |
| an act read as a statement or another kind (kinds differ end to end)            |   6|    | timeline |
| one crossing in other words ("traversed into" / "entered")                     |   1|    | parity: fixed here |
| one force as "troopers" / "paratroopers", its doer untold in one source          |    |   1| parity: fixed here |
| objects read otherwise ("warships and aircraft" / "forces"), score under threshold |   1|    | parity (not fixed) |
| an actor untold and an undated other told weeks later ("touched down at 11.01 p.m.") |    |   1| timeline date, parity score |
| speakers: copies' "He said" with the actor missing                               |   1|    | timeline |
| summary or evidence words apart (a vote's request and its result)                |    |   1| timeline summary |
| an event matched to another clause ("was caught" read as "fled ten days earlier") |    |   1| timeline |
Of 41, 37 start in the timeline (an event missed, mis-kinded or matched to another clause: counts in
requests-plink28.md); of the 4 of parity's own, two are fixed here (one crossing in other words, one force in two words).

What this session changes (parity/data only; every rule a word list's row):
- a border crossed told by crossing, entering or rolling or marching in (paraphrases.toml border_crossed: "crossed into",
  "entered", "rolled across", "traversed into", spun copy's; every form of "cross", since a phrase alone split heldout4's
  "crossing the border" / "crossed the Line of Actual Control"; verbs only: the nouns "invasion", "incursion" are what
  statements condemn, and as one word made a condemnation and a request to condemn one subject on heldout22; guards
  no_incursion: "entered into talks", "entered office", "entered a plea", "entered its second week");
- fire opened told "shot at" (words.toml clash: "shot at", "shooting at"; not "shot dead" or "shot down");
- "troopers" a force's wider word (objects.toml [kin]);
- a body's session is its meeting (paraphrases.toml meet: "session", "sessions"; a closed session stays in private);
- a crossing back and an attempt to cross are no crossing (crossed_back, crossing_tried: heldout3's "crossed back into
  the United States" / "entered U.S. airspace" days before, "attempting to cross the Kerch Strait" / "illegally entered
  Russian territorial waters", both false links of the first version);
- score._undated_doer_unknown: words alike alone (ANCHOR_SIM) no longer anchor an act of an unknown doer told undated
  outside the other's news cycle, as _unknown_doer_one_day asks (session 11's guard pair, "crossed into Canadian
  airspace" / "entered Canadian airspace" told weeks later, became one word apart from the crossing).

Figures, main 92206fc -> this commit (links F1 (tp/fp), status; E = end to end, O = --oracle):
| set         | E F1 (tp/fp)           | E status  | O F1 (tp/fp)           | O status  |
| heldout23   | .47 (27/5) -> .48 (28/5) | 92 -> 94 | .68 (47/7) -> .69 (48/7) | 133 = |
| heldout22   | .54 (46/11) -> .55 (47/11) | 141 = | .63 (58/17) =           | 165 -> 166 |
| heldout21   | .56 (44/12) -> .57 (45/12) | 62 -> 64 | .63 (57/26 -> 57/27)   | 79 -> 78 |
| heldout19   | .54 =                  | 111 =     | .66 =                  | 131 -> 130 |
| heldout17   | .27 =                  | 118 =     | .46 (41/27 -> 41/25)   | 145 = |
| heldout3    | .78 (75/12 -> 75/13)   | 108 =     | .86 (91/16 -> 91/15)   | 119 = |
| dev28-links | .75 (6/1) -> .80 (8/3) | 13 -> 15 of 17 | .89 (8/1) -> .90 (9/2) | 15 -> 17 of 17 |
| blind heldout5 | .55 =               | 65 -> 66  | .83 =                  | 101 = |
| blind heldout8 | .48 (29/13 -> 29/14) | 78 -> 79 | .75 =                  | 103 = |
| blind heldout24 | .35 =              | 109 -> 108 | .52 (53/14 -> 53/15)  | 146 = |
| blind heldout25 | .30 (27/16) -> .31 (28/15) | 82 -> 84 | .61 = | 132 = |
Unchanged: heldout4, 7, 14, 16, 18, 20, eval, fresh6, gaps, dev12-links, dev16-standoff, dev26/27-links, blind heldout6;
dev25-links e2e fp 2 -> 1. heldout21's oracle false link ("would meet in emergency session" / "are to meet in Vilnius
this weekend": two bodies' meetings) and its e2e link ("an emergency meeting of the Central Committee" / "at its
extraordinary session held today") both come from the session row; heldout19's status from "entered" read with every
crossing (one word more common, so weighed less: "had entered the archipelago" / "did not try to enter the zone", a link
the gold does not list, now under the threshold).

Tried and not kept: ties cut told by "severed" / "to sever" (damage's forms) with "diplomatic ties" / "diplomatic
relations" as one word: heldout21 e2e tp 44 -> 45, but its oracle lost 2 links and gained 7 false ones (F1 .63 -> .59:
every act of the day's break with Cuba tied to "to sever diplomatic relations", one break told as a plan). The crossing
nouns ("invasion", "incursion"): heldout22 oracle +1 false link. "caught" as a capture: heldout22's "Foday Sankoh was
caught" is not extracted as its own event, so nothing to gain, dropped unmeasured.

A border crossed in other words, fire opened in other words, a force named "troopers": see the rows below.
"""

from __future__ import annotations

import pytest

from parity import lexicon
from parity.blocking import build_index
from parity.models import Relation
from parity.score import _one_force, score_pair, shared_head
from tests.parity.helpers import claims_for, event, record

KIVU = [record("k1", "Great Lakes Wire", "1998-08-04"), record("k2", "Kampala Monitor", "1998-08-05")]
# Other claims of the story, so that words are weighed as in a record, not in a pair alone.
AROUND = [
    event("k1", "Congo's president Laurent Kabila said on Monday the rebels would be crushed", actor="Laurent Kabila",
          day="1998-08-03"),
    event("k2", "Angolan jets bombed rebel positions at Kitona on Tuesday", "other", actor="Angola", day="1998-08-04",
          objects=("jets",)),
]


def _relation(records: list, events: list, i: int, j: int) -> Relation | None:
    """The relation of events[j] to events[i] scored among the claims of all the events."""
    facts, claims = claims_for(records, events)
    got = score_pair(facts[i], facts[j], build_index(claims))
    return got.relation if got else None


def _canon(word: str) -> str:
    return lexicon.content_words(word)[0]  # a head as claims read it


# ---- a border crossed, told by crossing, entering or rolling in (each fails on main 92206fc: the wordings shared no
# word, "cross" / "roll", "across" / "enter")

@pytest.mark.parametrize("text", [
    "Rwandan troops crossed into eastern Congo on Sunday",
    "Rwandan forces rolled across the border near Goma",
    "Rwandan armoured columns entered Congolese territory",
    "the soldiers marched into Goma on Monday",
    "troops traversed into the Kingdom of Lesotho at daybreak",  # spun copy of "crossed into"
    "a column moved into the disputed zone on Tuesday",
    "Rwanda invaded its neighbour in August",
])
def test_a_border_crossed(text: str) -> None:
    assert _canon("crossed into") in lexicon.content_words(text)


@pytest.mark.parametrize("text", [
    "the two sides entered into talks in Lusaka",
    "the new president entered office on Monday",
    "the colonel entered a plea of not guilty",
    "the ceasefire entered into force at midnight",
    "the war entered its second week",
    "the frigate entered service in 1998",
    "artillery moved into position on the ridge",
])
def test_entered_but_crossed_nothing(text: str) -> None:
    assert _canon("crossed into") not in lexicon.content_words(text)


def test_one_crossing_in_other_words_is_one_event() -> None:
    # Fails on main 92206fc (score under threshold: no word in common, and "forces" with tanks against "troops" took the
    # object penalty).
    events = [
        event("k1", "Rwandan troops crossed into eastern Congo on Sunday", "deployment", actor="Rwanda",
              day="1998-08-02", objects=("troops",), summary="troops crossed into eastern Congo on Sunday"),
        event("k2", "Rwandan forces rolled across the border near Goma on Sunday, backed by tanks and helicopter "
              "gunships", "deployment", actor="Rwanda", day="1998-08-02", objects=("forces", "tank", "helicopter gunships"),
              summary="forces rolled across the border near Goma on Sunday, backed by tanks and helicopter gunships"),
    ]
    assert _relation(KIVU, events + AROUND, 0, 1) is Relation.same_event


def test_a_crossing_and_a_city_entered_days_later_stay_apart() -> None:
    # One force's crossing and its entry into a city two days later: two moves (moves apart), as on main 92206fc.
    events = [
        event("k1", "Rwandan troops crossed into eastern Congo on Sunday", "deployment", actor="Rwanda",
              day="1998-08-02", objects=("troops",), summary="troops crossed into eastern Congo on Sunday"),
        event("k2", "Rwandan troops entered Kisangani on Tuesday", "deployment", actor="Rwanda", day="1998-08-04",
              objects=("troops",), summary="troops entered Kisangani on Tuesday"),
    ]
    assert _relation(KIVU, events + AROUND, 0, 1) is not Relation.same_event


# ---- fire opened, told "shot at" (fails on main 92206fc: "shot" was no head, so the summaries shared no act)

@pytest.mark.parametrize("a, b", [
    ("rebel gunmen shot at a UN patrol near Bunia", "militiamen opened fire on UN peacekeepers outside Bunia"),
    ("the two armies' soldiers shot at each other near the temple", "troops exchanged fire near the temple"),
    ("border guards were shooting at the smugglers' boat", "border guards fired on the boat"),
])
def test_fire_opened_in_other_words(a: str, b: str) -> None:
    clash = _canon("clash")
    assert clash in lexicon.content_words(a) and clash in lexicon.content_words(b)


@pytest.mark.parametrize("text", [
    "two protesters were shot dead outside the palace",
    "the drone was shot down over the gulf",
    "a photographer shot the scene from a rooftop",
])
def test_shot_but_no_fire_opened(text: str) -> None:
    assert _canon("clash") not in lexicon.content_words(text)


def test_one_ambush_shot_at_and_fired_on() -> None:
    # Fails on main 92206fc (score under threshold: no head in common).
    events = [
        event("k1", "Rebel gunmen shot at a UN patrol near Bunia on Friday, wounding two soldiers", "other",
              day="1998-07-31", objects=("soldiers",),
              summary="shot at a UN patrol near Bunia on Friday, wounding two soldiers"),
        event("k2", "Militiamen had opened fire on UN peacekeepers outside Bunia on Friday, injuring two of them",
              "other", day="1998-07-31", objects=("peacekeepers",),
              summary="opened fire on UN peacekeepers outside Bunia on Friday, injuring two of them."),
    ]
    (fa, fb, *_), _ = claims_for(KIVU, events + AROUND)
    assert shared_head(fa, fb)
    assert _relation(KIVU, events + AROUND, 0, 1) is Relation.same_event


# ---- a force named "troopers" (fails on main 92206fc: "troopers" had no kin, so "troopers" / "paratroopers" took the
# object penalty and one landing, its doer untold in one source, scored under the threshold)

@pytest.mark.parametrize("one, other", [
    (("troopers",), ("paratroopers",)),
    (("troopers",), ("soldiers",)),
    (("troops",), ("troopers",)),
])
def test_troopers_are_one_force(one: tuple[str, ...], other: tuple[str, ...]) -> None:
    a = event("k1", "They landed at Kindu airport on Sunday", "deployment", actor="Belgium", day="1998-08-02",
              objects=one)
    b = event("k2", "They touched down at Kindu on Sunday", "deployment", actor="Belgium", day="1998-08-02",
              objects=other)
    (fa, fb), _ = claims_for(KIVU, [a, b])
    assert _one_force(fa, fb) and _one_force(fb, fa)


@pytest.mark.parametrize("one, other", [
    (("troopers",), ("jets",)),  # a force and a craft
    (("troopers",), ("artillery",)),
])
def test_troopers_not_that(one: tuple[str, ...], other: tuple[str, ...]) -> None:
    a = event("k1", "They struck at Kindu on Sunday", "other", actor="Belgium", day="1998-08-02", objects=one)
    b = event("k2", "They struck at Kindu on Sunday", "other", actor="Belgium", day="1998-08-02", objects=other)
    (fa, fb), _ = claims_for(KIVU, [a, b])
    assert not _one_force(fa, fb)


def test_one_landing_troopers_and_paratroopers() -> None:
    # Fails on main 92206fc (score under threshold: the object penalty for "troopers" / "paratroopers").
    events = [
        event("k1", "Roughly 300 Belgian troopers touched down at Kindu airport on Sunday", "deployment",
              actor="Belgium", day="1998-08-02", objects=("troopers",),
              summary="touched down at Kindu airport on Sunday to evacuate Belgian nationals from the town"),
        event("k2", "The paratroopers landed at Kindu on the night of 1 August, a day earlier than ministers told "
              "parliament", "deployment", day="1998-08-01", objects=("paratroopers",),
              summary="landed at Kindu on the night of 1 August, a day earlier than ministers told parliament"),
    ]
    assert _relation(KIVU, events + AROUND, 0, 1) is Relation.same_event


# ---- a body's session, told as its meeting (fails on main 92206fc: "meeting" / "session" were two words)

@pytest.mark.parametrize("a, b", [
    ("an emergency meeting of the Central Committee", "at its extraordinary session held today"),
    ("the assembly will hold a special session", "the assembly meeting on Monday"),
])
def test_a_session_is_a_meeting(a: str, b: str) -> None:
    meet = _canon("meeting")
    assert meet in lexicon.content_words(a) and meet in lexicon.content_words(b)


def test_a_closed_session_is_in_private() -> None:
    assert _canon("meeting") not in lexicon.content_words("the talks were held in closed session")


@pytest.mark.parametrize("a, b", [
    # heldout4's shape in fresh words: a bare "crossed" and a phrase of crossing (the phrase alone split the verb's forms)
    ("Chinese troops crossing the border twice on Tuesday", "Chinese troops crossed the Line of Actual Control"),
    ("the patrol crossed the demarcation line", "the patrol crossed into the buffer zone"),
])
def test_every_form_of_crossing_is_one_word(a: str, b: str) -> None:
    crossed = _canon("crossed into")
    assert crossed in lexicon.content_words(a) and crossed in lexicon.content_words(b)


@pytest.mark.parametrize("text", [
    # a crossing back is a return (heldout3's shape in fresh words: "crossed back into Kenya" / "entered Kenyan airspace")
    "the drone crossed back into Kenya on Friday",
    "the column was crossing back over the river",
    # an attempt is a stage of its own (words.toml [attempts]: "attempting to cross the strait" / "entered the waters")
    "the boats were attempting to cross the strait",
    "the trawler tried to enter the bay at dawn",
])
def test_no_crossing_done(text: str) -> None:
    assert _canon("crossed into") not in lexicon.content_words(text)


# ---- words alike alone do not anchor an undated act of an unknown doer told weeks later (fails on main 92206fc: a
# similarity of ANCHOR_SIM anchored it; the crossing word made session 11's guard pair this alike)

ARCTIC = [record("a1", "Nordic Wire", "2023-02-11"), record("a2", "Pacific Weekly", "2023-03-08"),
          record("a3", "Nordic Evening", "2023-02-11")]


def test_an_undated_crossing_weeks_later_is_another() -> None:
    events = [
        event("a1", "An unidentified object entered Alaskan airspace over the Bering Strait on Friday", "other",
              actor="United States", day="2023-02-10",
              summary="An unidentified object entered Alaskan airspace over the Bering Strait on Friday"),
        event("a2", "An unidentified object entered Alaskan airspace over the Bering Strait", "other",
              summary="An unidentified object entered Alaskan airspace over the Bering Strait"),
    ]
    assert _relation(ARCTIC, events, 0, 1) is not Relation.same_event


def test_an_undated_crossing_the_next_day_is_one() -> None:
    events = [
        event("a1", "An unidentified object entered Alaskan airspace over the Bering Strait on Friday", "other",
              actor="United States", day="2023-02-10",
              summary="An unidentified object entered Alaskan airspace over the Bering Strait on Friday"),
        event("a3", "An unidentified object crossed into Alaskan airspace over the Bering Strait", "other",
              summary="An unidentified object crossed into Alaskan airspace over the Bering Strait"),
    ]
    assert _relation(ARCTIC, events, 0, 1) is Relation.same_event
